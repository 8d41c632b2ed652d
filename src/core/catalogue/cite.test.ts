import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/all-language-packs';
import { languageCodes } from './catalogue-types';
import { citeWith, hanziNumber } from './cite';

const cite = (lang: (typeof languageCodes)[number], c: string) => citeWith(translatorFor(lang), c);

describe('citations in each language’s style', () => {
  it('writes each language’s own form; English stays compact', () => {
    expect(cite('en', '42(3)(c)')).toBe('42(3)(c)');
    expect(cite('fr', '40(15)(a)')).toBe('article 40, paragraphe 15, alinéa a)');
    expect(cite('es', '40(15)(a)')).toBe('artículo 40, párrafo 15, apartado a)');
    expect(cite('zh', '42(3)(c)')).toBe('第四十二条第三款(c)项');
    expect(cite('ru', '42(3)(c)')).toBe('ст. 42, п. 3 (c)');
    expect(cite('ar', '42(3)(e)')).toBe('المادة 42، الفقرة 3 (هـ)');
    expect(cite('fr', '42(8)')).toBe('article 42, paragraphe 8');
    expect(cite('zh', '46')).toBe('第四十六条');
  });
  it('leaves the tool’s own numbering (practice lists) as it is', () => {
    for (const lang of languageCodes) expect(cite(lang, '46-1')).toBe('46-1');
    expect(cite('fr', '42(9)-2')).toBe('42(9)-2');
  });
  it('keeps article and paragraph numbers of any citation in every language', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 30 }), fc.constantFrom('a', 'b', 'c', 'm'), fc.constantFrom(...languageCodes), (a, p, s, lang) => {
      const out = cite(lang, `${a}(${p})(${s})`);
      if (lang === 'zh') expect(out).toBe(`第${hanziNumber(a)}条第${hanziNumber(p)}款(${s})项`);
      else expect(out.match(/\d+/g)).toEqual([String(a), String(p)]);
    }));
  });
  it('writes Chinese numbers as the Convention does', () => {
    expect([1, 10, 15, 20, 21, 40, 99].map(hanziNumber)).toEqual(['一', '十', '十五', '二十', '二十一', '四十', '九十九']);
  });
});
