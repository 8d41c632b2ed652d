/** DOM id of the input for a form path (`answers.offences.0.name` → `f-answers-offences-0-name`). */
export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`;

/** Sent before focusing a path that is not in the page: a long list still filling in shows every row at once. */
export const revealEvent = 'mla:reveal';

const elementOf = (path: string) => document.getElementById(fieldId(path));
function focusOn(el: HTMLElement) {
  el.focus();
  el.scrollIntoView?.({ block: 'center' });
}

/**
 * Focuses the input for a path, or the nearest enclosing group that exists (a list with no rows yet, say).
 * A row a long list has not drawn yet is asked for, and takes the focus when it is there, unless the user
 * has moved on meanwhile.
 */
export function focusPath(path: string): boolean {
  const exact = elementOf(path);
  if (exact) {
    focusOn(exact);
    return true;
  }
  document.dispatchEvent(new CustomEvent(revealEvent, { detail: path }));
  const parts = path.split('.');
  for (let n = parts.length - 1; n > 0; n--) {
    const group = elementOf(parts.slice(0, n).join('.'));
    if (!group) continue;
    focusOn(group);
    const until = performance.now() + 3000;
    const retry = () => {
      if (document.activeElement !== group) return;
      const el = elementOf(path);
      if (el) focusOn(el);
      else if (performance.now() < until) setTimeout(retry, 16);
    };
    setTimeout(retry, 16);
    return true;
  }
  return false;
}
