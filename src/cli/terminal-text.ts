/**
 * Text from files (names, kinds, snippets) is never written raw to a terminal: control characters could
 * clear the screen, recolour it or reorder what follows. Each is shown as an escape instead.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const unsafe = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/g;

const escapeOf = (ch: string) => {
  const cp = ch.codePointAt(0)!;
  return cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : `\\u{${cp.toString(16).toUpperCase()}}`;
};

/** One line of human output, safe to print: controls (line breaks too) as visible escapes. */
export const terminalSafe = (text: string) => text.replace(unsafe, escapeOf);

// JSON.stringify escapes C0 controls itself; these it leaves raw.
const unsafeInJson = /[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** JSON with the same characters escaped as \uXXXX: still the same JSON to a parser, inert in a terminal. */
export const terminalSafeJson = (json: string) => json.replace(unsafeInJson, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
