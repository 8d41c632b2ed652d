import type { InputHTMLAttributes } from 'react';
import { useFormContext } from 'react-hook-form';
import { fieldId } from '../../../lib/field-id';

interface Props extends InputHTMLAttributes<HTMLInputElement | HTMLTextAreaElement> {
  path: string;
  label: string;
  multiline?: boolean;
}

/** One labelled input inside a group: the id follows the path, so the completeness panel can jump to it. */
export function LabelledInput({ path, label, multiline, ...rest }: Props) {
  const { register } = useFormContext();
  const id = fieldId(path);
  return (
    <div className="sub-field">
      <label htmlFor={id}>{label}</label>
      {multiline
        ? <textarea id={id} rows={3} {...(rest as object)} {...register(path as never)} />
        : <input id={id} type="text" {...rest} {...register(path as never)} />}
    </div>
  );
}
