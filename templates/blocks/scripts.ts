/**
 * pdfkit has no glyph fallback: text in a script the font lacks prints as boxes. Text is therefore cut into
 * runs by script, each with a font that has it.
 */
export type Script = 'cjk' | 'arabic' | 'other';
export type FontFamily = 'NotoSans' | 'NotoSansSC' | 'Amiri';

const cjk = /[\u2E80-\u2FDF\u3000-\u303F\u3040-\u30FF\u3100-\u312F\u3190-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/;
const arabic = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const neutral = /[\s\d.,;:!?'"()[\]{}\-–—/\\*&%#@+=<>|_~`^$]/;

export function scriptOf(ch: string): Script | null {
  if (cjk.test(ch)) return 'cjk';
  if (arabic.test(ch)) return 'arabic';
  if (neutral.test(ch)) return null;
  return 'other';
}

export const fontForScript: Record<Script, FontFamily> = { cjk: 'NotoSansSC', arabic: 'Amiri', other: 'NotoSans' };

/** Runs of one script; neutral characters (spaces, digits, punctuation) stay with the run they are in. */
export function splitByScript(text: string, start: Script = 'other'): { text: string; script: Script }[] {
  const runs: { text: string; script: Script }[] = [];
  let current: Script | null = null;
  let buf = '';
  for (const ch of text) {
    const s = scriptOf(ch);
    if (s === null || s === current || current === null) {
      buf += ch;
      if (current === null && s !== null) current = s;
      continue;
    }
    runs.push({ text: buf, script: current });
    buf = ch;
    current = s;
  }
  if (buf) runs.push({ text: buf, script: current ?? start });
  return runs;
}

/** Zero-width spaces inside very long unbroken tokens (URLs, hashes) so they wrap inside their cell. */
export function breakLongTokens(text: string, max = 28): string {
  return text.replace(/[^\s\u2E80-\u9FFF]{29,}/g, (tok) => tok.replace(new RegExp(`(.{${max}})`, 'g'), '$1\u200B'));
}
