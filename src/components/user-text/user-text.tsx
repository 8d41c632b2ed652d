import { Fragment } from 'react';
import { codeOf, isControl } from '../../core/printable/printable-text';

/**
 * Text the user (or a file) wrote, as the screen should show it: invisible controls that would make it
 * read otherwise (a right-to-left override in a reference) are shown as their code, as the PDF prints them.
 */
export function UserText({ text }: { text: string }) {
  if (![...text].some((ch) => ch !== '\n' && ch !== '\t' && isControl(ch))) return <>{text}</>;
  const parts: (string | { code: string })[] = [];
  for (const ch of text) {
    if (ch !== '\n' && ch !== '\t' && isControl(ch)) parts.push({ code: codeOf(ch.codePointAt(0)!) });
    else if (typeof parts[parts.length - 1] === 'string') parts[parts.length - 1] += ch;
    else parts.push(ch);
  }
  return (
    <bdi>
      {parts.map((p, i) => (typeof p === 'string' ? <Fragment key={i}>{p}</Fragment> : <span key={i} className="control-mark">[{p.code}]</span>))}
    </bdi>
  );
}
