import { useState, type ClipboardEvent, type DragEvent, type InputHTMLAttributes, type Ref } from 'react';
import { useTranslations } from '../../i18n/use-translations';

type Field = HTMLInputElement | HTMLTextAreaElement;
interface Props extends Omit<InputHTMLAttributes<Field>, 'maxLength'> {
  id: string;
  multiline?: boolean;
  rows?: number;
  /** The schema's limit for this field; none for fields without one. */
  maxLength?: number;
  /** How long the value is now: the counter shows from 80 % of the limit. */
  length: number;
  ref?: Ref<Field>;
}

/**
 * A text field that holds no more than its answer may: the browser stops typing at the limit, a counter
 * shows near it, and a paste that would not fit is refused whole with its own message instead of being
 * cut silently. A stored value already over the limit shows, marked, and can be shortened.
 */
export function LimitedText({ multiline, rows, maxLength, length, ...rest }: Props) {
  const { t } = useTranslations();
  const [refused, setRefused] = useState('');
  const counterId = `${rest.id}-count`;
  const near = maxLength !== undefined && length >= maxLength * 0.8;
  const guard = (e: ClipboardEvent<Field> | DragEvent<Field>, text: string) => {
    if (maxLength === undefined) return;
    const el = e.currentTarget;
    const selected = (el.selectionEnd ?? 0) - (el.selectionStart ?? 0);
    const room = Math.max(0, maxLength - (el.value.length - selected));
    if (text.length > room) {
      e.preventDefault();
      setRefused(t('limits.pasteRefused', { given: text.length, room, max: maxLength }));
    } else setRefused('');
  };
  const describedBy = [rest['aria-describedby'], near ? counterId : ''].filter(Boolean).join(' ') || undefined;
  const props = {
    ...rest, maxLength, 'aria-describedby': describedBy,
    onPaste: (e: ClipboardEvent<Field>) => guard(e, e.clipboardData.getData('text')),
    onDrop: (e: DragEvent<Field>) => guard(e, e.dataTransfer.getData('text')),
  };
  return (
    <>
      {multiline ? <textarea rows={rows ?? 4} {...(props as InputHTMLAttributes<HTMLTextAreaElement>)} ref={rest.ref as Ref<HTMLTextAreaElement>} />
        : <input type="text" {...(props as InputHTMLAttributes<HTMLInputElement>)} ref={rest.ref as Ref<HTMLInputElement>} />}
      {near ? (
        <p id={counterId} className={length > maxLength! ? 'char-count over' : 'char-count'}>
          {length > maxLength! ? t('limits.over', { count: length, over: length - maxLength!, max: maxLength }) : t('limits.count', { count: length, max: maxLength })}
        </p>
      ) : null}
      {refused ? <p role="alert" className="field-error">{refused}</p> : null}
    </>
  );
}
