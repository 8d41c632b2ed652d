import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestArbitrary } from '../tests/arbitraries/request-arbitrary';
import { checkedOn, loadRequest, withAnswers } from '../tests/requests';
import { answerTypes } from '../src/core/answer-types';
import { fieldKeysForKind, getField } from '../src/core/catalogue/catalogue';
import { checkRequest } from '../src/core/completeness/check-request';
import { printableText } from '../src/core/printable/printable-text';
import type { RequestData } from '../src/core/request/request-schema';
import { renderPdfNode } from '../src/pdf/render-pdf-node';
import { containsWords, normalise, pdfColumnText, pdfColumnWords, pdfPages, pdfRawText, pdfTopText, savePdf } from '../tests/pdf-text';

const load = loadRequest;
const example = load('examples/preservation.json');
const { today } = checkedOn;
const render = (r: RequestData, langs: ['en' | 'zh' | 'ar' | 'fr', 'en' | 'zh' | 'ar' | 'fr']) => renderPdfNode(r, langs, 'A4', today).then(savePdf);

describe('the PDF prints everything the user wrote', () => {
  it('keeps the confidentiality marking on every page, and the whole reference in the header, with a 250-character reference', async () => {
    const reference = `PPS/CYB/2026/0417-${'LONGREFERENCE-'.repeat(17)}END`.slice(0, 250);
    const file = await render(withAnswers(example, { reference }), ['en', 'zh']);
    const pages = pdfPages(file);
    expect(pages).toBeGreaterThan(2);
    for (let p = 1; p <= pages; p++) {
      const top = pdfTopText(file, p, 110);
      expect(top, `page ${p}`).toContain('CONFIDENTIAL');
      expect(top, `page ${p}`).toContain('机密');
      // poppler joins a word broken at a hyphen at the end of a line: compare without hyphens.
      expect(normalise(top).replace(/-/g, ''), `page ${p}`).toContain(normalise(reference).replace(/-/g, ''));
    }
  });

  it('prints a Chinese and an Arabic reference in the header in fonts that have them (extractable text, not boxes)', async () => {
    const zh = await render(withAnswers(example, { reference: '沪检网诉〔2026〕417号' }), ['en', 'fr']);
    expect(normalise(pdfTopText(zh, 2, 60))).toContain(normalise('沪检网诉〔2026〕417号'));
    const ar = await render(withAnswers(example, { reference: 'النيابة العامة/جرائم إلكترونية/2026/417' }), ['en', 'fr']);
    expect(containsWords(pdfTopText(ar, 2, 60), 'النيابة العامة جرائم إلكترونية 2026 417')).toEqual([]);
  });

  it('prints a 10,000-character signatory in full, across pages, with the signature boxes after it', async () => {
    const signatory = Array.from({ length: 1250 }, (_, i) => `Sig${String(i).padStart(4, '0')}`).join(' ');
    expect(signatory.length).toBeGreaterThan(9990);
    const file = await render(withAnswers(example, { signatory }), ['en', 'zh']);
    const text = normalise(pdfRawText(file));
    for (const i of [0, 1, 600, 1249]) expect(text).toContain(`Sig${String(i).padStart(4, '0')}`);
    expect(text.lastIndexOf('Sig1249')).toBeLessThan(text.lastIndexOf(normalise('Place and date')));
  }, 30000);

  it('prints a character no font has as its code, and the checker names it and its field', async () => {
    const r = withAnswers(example, { custodian: { name: 'Mailbox 한국 Ltd', country: 'Nordvik', details: '' } });
    const text = pdfRawText(await render(r, ['en', 'zh']));
    expect(text).toContain('Mailbox [U+D55C][U+AD6D] Ltd');
    expect(checkRequest(r, { today }).issues).toContainEqual(expect.objectContaining({ code: 'unprintable', path: 'answers.custodian.name' }));
  });

  it('shows invisible direction controls, and spreads piled-up accents instead of printing them over other lines', async () => {
    const r = withAnswers(example, { reference: 'PPS/\u202E7140/6202', factsSummary: `Z${'\u0301'.repeat(12)}algo facts` });
    const text = pdfRawText(await render(r, ['en', 'fr']));
    expect(text).toContain('PPS/[U+202E]7140/6202');
    expect((text.match(/\u25CC\u0301/g) ?? []).length).toBeGreaterThanOrEqual(9);
  });

  it('marks every untranslated part in the second column: offences, custodian, contact officer, urgency reasons', async () => {
    const r = { ...example, translations: { zh: { factsSummary: '事实' } } } as RequestData;
    const right = normalise(pdfColumnText(await render(r, ['en', 'zh']), 1));
    const note = normalise('未提供译文。原文：');
    for (const original of ['Unlawful access to an information system', 'Mailbox Example Ltd.', 'Senior Prosecutor Mari Kask', 'Connection logs of 3 November 2026']) {
      const at = right.indexOf(normalise(original));
      expect(at, original).toBeGreaterThan(-1);
      expect(right.lastIndexOf(note, at), original).toBeGreaterThan(-1);
    }
    // With every part translated, no note at all.
    expect(normalise(pdfColumnText(await render(example, ['en', 'zh']), 1))).not.toContain(note);
  });

  it('prints facts written in a request that only seeks service of documents, where 40(15)(c) does not require them', async () => {
    const r = withAnswers(load('examples/mla.json'), { assistancePurposes: ['40(3)(b)'], factsSummary: 'Facts given although not required.' });
    const left = normalise(pdfColumnText(await render(r, ['en', 'fr']), 0));
    expect(left).toContain(normalise('Not required: the request only seeks service of judicial documents.'));
    expect(left).toContain(normalise('Facts given although not required.'));
  });

  it('never quotes the 42(8) minimum beside a shorter period', async () => {
    const short = normalise(pdfColumnText(await render(withAnswers(example, { preservationDays: 30 }), ['en', 'fr']), 0));
    expect(short).toContain(normalise('Preservation period requested (days): 30 days.'));
    expect(short).not.toContain(normalise('not less than 60 days'));
    const long = normalise(pdfColumnText(await render(example, ['en', 'fr']), 0));
    expect(long).toContain(normalise('Preservation period requested (days): 90 days (article 42(8): not less than 60 days).'));
  });

  it('marks an element whose answer breaks a rule, and says the request has errors', async () => {
    const r = withAnswers(load('examples/mla.json'), { assistancePurposes: ['40(3)(d)', '40(3)(e)'] });
    const text = normalise(pdfColumnText(await render(r, ['en', 'fr']), 0));
    expect(text).toContain(normalise('Error: 1 answer breaks a rule of the Convention or of this form'));
    expect(text).toContain(normalise('ERROR: this answer breaks a rule'));
  });
});

/** Latin words of three letters or more in what the user wrote, as the PDF prints the text. */
const latinWords = (text: string) => printableText(text).match(/[A-Za-z0-9]{3,}/g) ?? [];
const printedCodes = (text: string) => printableText(text).replace(/\u2060/g, '').match(/U\+[0-9A-F]{4,6}/g) ?? [];

describe('any request the schema accepts prints in full (fast-check)', () => {
  it('every Latin word of every answer is in the PDF, and every unprintable character is printed as its code', async () => {
    await fc.assert(fc.asyncProperty(requestArbitrary, async (request) => {
      const langs: ['en', 'fr'] = ['en', 'fr'];
      const r = { ...request, language: 'en', secondLanguage: 'fr' } as RequestData;
      // Each column, and the page line by line (for text across both), read in order without running headers;
      // accents dropped: poppler attaches them to the neighbouring word.
      const file = await render(r, langs);
      const text = ([0, 1, 'both'] as const).map((c) => normalise(pdfColumnWords(file, c)).normalize('NFD').replace(/\p{M}/gu, '')).join('|');
      const answers = r.answers as Record<string, unknown>;
      for (const key of fieldKeysForKind(r.instrument, r.kind)) {
        const type = answerTypes[getField(key).type];
        const words = [...type.prose(answers[key]).map((p) => p.text), getField(key).verbatim ? String(answers[key] ?? '').trim() : ''];
        for (const w of words.flatMap(latinWords)) expect(text, `${key}: ${w}`).toContain(w);
        // The code itself: poppler's extraction may move the brackets around a neighbouring Arabic letter.
        for (const m of words.flatMap(printedCodes)) expect(text, `${key}: ${m}`).toContain(m);
      }
    }), { numRuns: 15 });
  }, 120000);
});
