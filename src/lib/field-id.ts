/** DOM id of the input for a form path (`answers.offences.0.name` → `f-answers-offences-0-name`). */
export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`;

/** Focuses the input for a path, or the nearest enclosing group that exists (a list with no rows yet, say). */
export function focusPath(path: string): boolean {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const el = document.getElementById(fieldId(parts.slice(0, n).join('.')));
    if (el) {
      el.focus();
      el.scrollIntoView?.({ block: 'center' });
      return true;
    }
  }
  return false;
}
