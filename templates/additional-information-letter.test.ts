import { describe, expect, it } from 'vitest';
import { elementsForKind } from '../src/core/catalogue/catalogue';
import { emptyReview } from '../src/core/review/review-schema';
import { renderLetterNode } from '../src/pdf/render-pdf-node';
import { containsWords, normalise, pdfColumnText, pdfText, savePdf } from '../tests/pdf-text';

function reviewWithGaps() {
  const review = emptyReview('preservation');
  review.received = { reference: 'PPS/CYB/2026/0417', date: '2026-11-20', requestingState: 'Estland', requestingAuthority: 'Office of the Prosecutor General' };
  review.ours = { authority: 'Ministry of Justice of Nordvik', reference: 'MOJ-IC/2026/771', date: '2026-11-24', contactOfficer: 'Ingrid Berg', signatory: 'Ingrid Berg, Head of Unit' };
  for (const c of ['42(3)(a)', '42(3)(b)', '42(3)(d)', '42(3)(f)', '42(3)(g)']) review.items[c] = { status: 'present', note: '' };
  review.items['42(3)(c)'] = { status: 'missing', note: 'No account or address is named.' };
  review.items['42(3)(e)'] = { status: 'insufficient', note: 'Please state the provider’s retention period.' };
  return review;
}

describe('the Art. 40(16) letter', () => {
  it('asks, in both languages, for each missing or insufficient element with its citation and the reviewer’s note', async () => {
    const file = savePdf(await renderLetterNode(reviewWithGaps(), ['en', 'zh']));
    const left = normalise(pdfColumnText(file, 0));
    const right = normalise(pdfColumnText(file, 1));
    const all = normalise(pdfText(file));
    expect(left).toContain(normalise('Request for additional information'));
    expect(right).toContain(normalise('补充资料请求'));
    expect(left).toContain(normalise('in accordance with article 40(16) of the Convention'));
    for (const c of ['42(3)(c)', '42(3)(e)']) expect(all).toContain(normalise(c));
    for (const c of ['42(3)(a)', '42(3)(b)', '42(3)(d)']) expect(all).not.toContain(normalise(c));
    expect(left).toContain(normalise('the stored electronic data to be preserved and its relationship to the offence'));
    expect(right).toContain(normalise('拟予保全的已存储电子数据及其与犯罪之间的关系'));
    expect(left).toContain(normalise('Missing from the request'));
    expect(right).toContain(normalise('已提供，但不足以执行请求'));
    expect(all).toContain(normalise('No account or address is named.'));
    expect(all).toContain(normalise('PPS/CYB/2026/0417'));
    expect(all).toContain(normalise('MOJ-IC/2026/771'));
  });

  it('prints in Arabic and Russian too', async () => {
    const file = savePdf(await renderLetterNode(reviewWithGaps(), ['ar', 'ru']));
    expect(containsWords(pdfColumnText(file, 0), 'طلب معلومات إضافية')).toEqual([]);
    expect(normalise(pdfColumnText(file, 1))).toContain(normalise('Запрос дополнительной информации'));
  });

  it('says so when nothing is missing', async () => {
    const review = emptyReview('preservation');
    const file = savePdf(await renderLetterNode(review, ['en', 'fr']));
    expect(normalise(pdfColumnText(file, 0))).toContain(normalise('No missing or insufficient element was found.'));
  });
});

describe('the letter under an instrument that names no article for it', () => {
  it.each(['un-ict-draft-2017', 'coe-budapest-2001'])('%s: names the instrument, never an empty article', async (instrument) => {
    const review = emptyReview('preservation', instrument);
    const first = elementsForKind(instrument, 'preservation')[0]!.citation;
    review.items[first] = { status: 'missing', note: '' };
    const text = normalise(pdfText(savePdf(await renderLetterNode(review, ['en', 'fr']))));
    expect(text).not.toMatch(/article,/i);
    expect(text).not.toContain(normalise('of the Convention,'));
    expect(text).toContain(normalise(first));
  });
});
