import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languageCodes } from '../../src/core/catalogue/catalogue-types';
import { allLanguagePacks } from '../../src/i18n/all-language-packs';
import { createI18n } from '../../src/i18n/create-i18n';
import { pageNumbering } from './running-header';

describe('page numbering in the footer', () => {
  it.each(languageCodes)('says in %s what i18next says for any page of any document', (lang) => {
    const i18n = createI18n(lang, allLanguagePacks, { strictKeys: true });
    const t = (key: string, o?: Record<string, unknown>) => i18n.t(key as never, o as never) as unknown as string;
    const numbering = pageNumbering(t);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (page, more) => {
        expect(numbering(page, page + more)).toBe(t('doc:page', { page, pages: page + more }));
      }),
    );
  });
});
