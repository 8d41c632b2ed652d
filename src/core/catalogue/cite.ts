import type { Translate } from '../completeness/report-messages';

/**
 * A citation in a language's own style, from patterns in that language's document pack (`doc:cite.*`):
 * French "article 42, paragraphe 3, alinéa c)", Chinese "第四十二条第三款(c)项", Arabic with the letters of
 * its UN texts ("(ج)"). English keeps the compact "42(3)(c)". A citation of this tool's own (46-1, a
 * practice list) has no style and is given back as it is.
 */
const structured = /^(\d+)(?:\((\d+)\))?(?:\(([a-z])\))?$/;

const hanziDigits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 1–99 as written in the Convention's Chinese text: 十五, 四十, 四十二. */
export function hanziNumber(n: number): string {
  if (n < 10) return hanziDigits[n]!;
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 1 ? '' : hanziDigits[tens]}十${ones ? hanziDigits[ones] : ''}`;
  }
  return String(n);
}

export function citeWith(t: Translate, citation: string): string {
  const m = structured.exec(citation);
  if (!m) return citation;
  const numerals = t('doc:cite.numerals');
  const number = (digits: string) => (numerals === 'hanzi' ? hanziNumber(Number(digits)) : digits);
  const letters = t('doc:cite.letters');
  const letter = (l: string) => (letters ? (letters.split(',')[l.charCodeAt(0) - 97] ?? l) : l);
  const [, a, p, s] = m;
  const params = { a: number(a!), p: p ? number(p) : '', s: s ? letter(s) : '' };
  if (s && p) return t('doc:cite.subparagraph', params);
  if (p) return t('doc:cite.paragraph', params);
  if (s) return `${t('doc:cite.article', params)}(${params.s})`;
  return t('doc:cite.article', params);
}
