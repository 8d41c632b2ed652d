import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import { LimitedText } from '../../../components/limited-text/limited-text';
import { limitsAt } from '../../../core/json-schema/input-limits';
import { requestSchemaFor } from '../../../core/request/request-schema';
import { fieldId } from '../../../lib/field-id';
import { useDraftContext } from '../field-context';
import { hasErrorAt } from '../field-errors';

interface Props {
  path: string;
  multiline?: boolean;
  rows?: number;
  type?: string;
  autoComplete?: string;
  /** The field's message, when it is shown by the field around this input. */
  errorId?: string;
  /** The field's "what to write" and example, when this input is the whole answer. */
  helpId?: string;
}

/** A form text input with its answer's own limit, from the request's schema. */
export function FormText({ path, errorId, helpId, ...rest }: Props) {
  const { register } = useFormContext();
  const { instrument, kind } = useDraftContext();
  const value = useWatch({ name: path as never }) as unknown;
  const { errors } = useFormState({ name: path as never });
  const invalid = hasErrorAt(errors, path);
  return (
    <LimitedText id={fieldId(path)} maxLength={limitsAt(requestSchemaFor(kind, instrument), path).maxLength}
      length={typeof value === 'string' ? value.length : 0}
      aria-invalid={invalid || undefined} aria-describedby={[helpId, invalid ? errorId : ''].filter(Boolean).join(' ') || undefined}
      {...rest} {...register(path as never)} />
  );
}
