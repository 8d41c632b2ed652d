import { fieldId } from '../../../lib/field-id';
import { errorId } from '../field-frame';
import { FormText } from './form-text';

interface Props {
  path: string;
  label: string;
  multiline?: boolean;
  type?: string;
  autoComplete?: string;
}

/**
 * One labelled input inside a group: the id follows the path, so the completeness panel can jump to it; its
 * message is the group's, which names the part it is about.
 */
export function LabelledInput({ path, label, ...rest }: Props) {
  const group = path.split('.').slice(0, 2).join('.');
  return (
    <div className="sub-field">
      <label htmlFor={fieldId(path)}>{label}</label>
      <FormText path={path} rows={rest.multiline ? 3 : undefined} errorId={errorId(group)} {...rest} />
    </div>
  );
}
