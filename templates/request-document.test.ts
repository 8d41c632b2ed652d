import { citeWith } from '../src/core/catalogue/cite';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { elementsForKind, getInstrument, getKind, holds, listsForKind } from '../src/core/catalogue/catalogue';
import type { LanguageCode } from '../src/core/catalogue/catalogue-types';
import { parseRequest } from '../src/core/request/parse-request';
import type { RequestData } from '../src/core/request/request-schema';
import { allLanguagePacks } from '../src/i18n/all-language-packs';
import { createI18n } from '../src/i18n/create-i18n';
import { renderPdfNode } from '../src/pdf/render-pdf-node';
import { containsWords, normalise, pdfColumnText, pdfFonts, pdfInfo, pdfPages, pdfText, pdfWords, savePdf } from '../tests/pdf-text';

const load = (file: string): RequestData => {
  const p = parseRequest(JSON.parse(readFileSync(file, 'utf8')));
  if (!p.ok) throw new Error(p.code);
  return p.request;
};
const tr = (lang: LanguageCode) => {
  const i18n = createI18n(lang, allLanguagePacks, { strictKeys: true });
  return (key: string, o?: Record<string, unknown>) => i18n.t(key as never, o as never) as unknown as string;
};
const pairs: [LanguageCode, LanguageCode][] = [['en', 'zh'], ['fr', 'ru'], ['ar', 'en'], ['es', 'zh']];

/** The first three kinds in four pairs of languages; every other kind of every instrument in one pair, in turn. */
const examples = readdirSync('examples', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).sort()
  .map((f, i) => {
    const name = f.replace(/\.json$/, '');
    return { name, pairs: ['mla', 'preservation', 'traffic-data'].includes(name) ? pairs : [pairs[i % pairs.length]!] };
  });

describe.each(examples)('the $name PDF', ({ name, pairs: langPairs }) => {
  const request = load(`examples/${name}.json`);
  const kind = request.kind;
  it.each(langPairs)('in %s+%s carries every citation and both languages’ labels, in the catalogue’s order', async (a, b) => {
    const file = savePdf(await renderPdfNode(request, [a, b]));
    const all = normalise(pdfText(file));
    const raw = [pdfColumnText(file, 0), pdfColumnText(file, 1)];
    const cols = raw.map(normalise);
    const citations = elementsForKind(request.instrument, kind).map((e) => e.citation);
    expect(all.length).toBeGreaterThan(0);
    ([a, b] as const).forEach((lang, col) => {
      const t = tr(lang);
      const has = (text: string, what: string) => lang === 'ar'
        ? expect(containsWords(raw[col]!, text), what).toEqual([])
        : expect(cols[col], what).toContain(normalise(text));
      // Each column cites in its own language's style (article 42, paragraphe 3, alinéa c)), in the catalogue's order.
      let last = -1;
      for (const c of citations) {
        const cited = citeWith(t, c);
        if (lang === 'ar') {
          has(cited, `${lang} citation ${c}`);
          continue;
        }
        const at = cols[col]!.indexOf(normalise(cited), last + 1);
        expect(at, `${lang} ${cited} after position ${last}`).toBeGreaterThan(last);
        last = at;
      }
      for (const list of listsForKind(request.instrument, kind)) {
        has(t(`catalogue:instruments.${request.instrument}.lists.${list.id}`), `${lang} heading ${list.id}`);
        for (const el of list.elements) {
          has(t(`catalogue:instruments.${request.instrument}.elements.${el.citation}`), `${lang} ${el.citation}`);
          for (const key of el.answers) has(t(`catalogue:fields.${key}`), `${lang} label ${key}`);
        }
      }
      has(t(`catalogue:instruments.${request.instrument}.kinds.${kind}`), 'title');
      has(t(`catalogue:instruments.${request.instrument}.shortTitle`), 'the instrument, under the title');
      for (const { clause } of getKind(request.instrument, kind).clauses.filter((c) => holds(request.answers, c.when))) {
        has(t(`catalogue:instruments.${request.instrument}.clauses.${clause}`), `${lang} clause ${clause}`);
      }
      const page1 = pdfText(file, 1);
      const pageLine = t('doc:page', { page: 1, pages: pdfPages(file) });
      if (lang === 'ar') expect(containsWords(page1, pageLine)).toEqual([]);
      else expect(normalise(page1)).toContain(normalise(pageLine));
    });
    expect(all).not.toContain(normalise(tr(a)('doc:missing')));
  });
});

describe('PDF details', () => {
  it('marks every missing element as missing, in both languages, and says the request is incomplete', async () => {
    const request = load('tests/fixtures/requests/preservation-gaps.json');
    const file = savePdf(await renderPdfNode(request, ['en', 'zh']));
    const text = pdfText(file);
    expect(text.match(/MISSING/g)?.length).toBeGreaterThanOrEqual(3);
    expect(text.match(/缺失/g)?.length).toBeGreaterThanOrEqual(3);
    expect(text).toContain('Incomplete: 3 required elements are missing');
    expect(normalise(text)).toContain(normalise('不完整：缺少 3 项必备要素'));
  });

  it('repeats the confidential marking on every page and numbers pages in both languages', async () => {
    const request = load('examples/traffic-data.json');
    const file = savePdf(await renderPdfNode(request, ['en', 'zh']));
    const pages = pdfPages(file);
    expect(pages).toBeGreaterThan(2);
    for (let p = 1; p <= pages; p++) {
      const text = pdfText(file, p);
      expect(text, `page ${p}`).toContain('CONFIDENTIAL');
      expect(text, `page ${p}`).toContain('机密');
      expect(text).toContain(`Page ${p} of ${pages}`);
      expect(normalise(text)).toContain(normalise(`第 ${p} 页，共 ${pages} 页`));
    }
    const left = normalise(pdfColumnText(file, 0));
    const right = normalise(pdfColumnText(file, 1));
    expect(left).toContain(normalise(tr('en')('catalogue:instruments.un-cybercrime-2024.clauses.useLimitation')));
    expect(left).toContain(normalise(tr('en')('catalogue:instruments.un-cybercrime-2024.clauses.confidentiality')));
    expect(right).toContain(normalise(tr('zh')('catalogue:instruments.un-cybercrime-2024.clauses.useLimitation')));
  });

  it('has no confidential marking when confidentiality was not asked for', async () => {
    const request = load('examples/mla.json');
    const open = { ...request, answers: { ...request.answers, confidentiality: 'no' } } as RequestData;
    const text = pdfText(savePdf(await renderPdfNode(open, ['en', 'fr'])));
    expect(text).not.toContain('CONFIDENTIAL');
    expect(text).not.toContain('CONFIDENTIEL');
  });

  it('prints the user’s translation where given and marks the original where not', async () => {
    const request = load('tests/fixtures/requests/preservation-multilingual.json');
    const file = savePdf(await renderPdfNode(request, ['en', 'ar']));
    const right = normalise(pdfColumnText(file, 1));
    expect(right).toContain(normalise('مكتب المدعي العام، وحدة الجرائم السيبرانية'));
    expect(right).toContain(normalise('restore-desk@mailbox.example'));
    expect(right).toContain(normalise('لم تقدم ترجمة. النص الأصلي:'));
    expect(right).toContain(normalise(tr('ar')('catalogue:fields.dataRelation')));
  });

  it('needs no translation note where every narrative answer has its version; reference numbers print as they are', async () => {
    const file = savePdf(await renderPdfNode(load('examples/preservation.json'), ['en', 'zh']));
    const right = normalise(pdfColumnText(file, 1));
    expect(right).not.toContain(normalise(tr('zh')('doc:noTranslation')));
    expect(right).toContain(normalise('PPS/CYB/2026/0417'));
    expect(right).toContain(normalise('2026年11月19日 24/7 联络点报告'));
  });

  it.each([
    ['preservation', 'en', 'zh'],
    ['un-ict-draft-2017/preservation', 'en', 'zh'],
    ['coe-budapest-2001/preservation', 'fr', 'en'],
  ] as const)('%s in %s+%s says once, in a footnote in each column not quoted verbatim, what its wording of the treaty is', async (name, a, b) => {
    const request = load(`examples/${name}.json`);
    const text = normalise(pdfText(savePdf(await renderPdfNode(request, [a, b]))));
    const verbatim = getInstrument(request.instrument).verbatimLanguages as string[];
    for (const lang of [a, b]) {
      const notice = normalise(tr(lang)(`catalogue:instruments.${request.instrument}.renderingNotice`));
      expect(text.split(notice).length - 1, `${lang} notice`).toBe(verbatim.includes(lang) ? 0 : 1);
    }
  });

  it('embeds subset fonts (real, searchable text) and stays small', async () => {
    const pdf = await renderPdfNode(load('examples/preservation.json'), ['en', 'zh']);
    const file = savePdf(pdf);
    const fonts = pdfFonts(file).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(1);
    for (const f of fonts) expect(f).toMatch(/^[A-Z]{6}\+\S+.*yes\s+yes\s+yes/);
    expect(pdf.length).toBeLessThan(300 * 1024);
  });

  it('prints on US Letter when asked', async () => {
    const file = savePdf(await renderPdfNode(load('examples/mla.json'), ['en', 'es'], 'LETTER'));
    expect(pdfInfo(file)).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });

  it('keeps every word inside the page and its column, whatever was typed', async () => {
    const request = load('examples/preservation.json');
    const long = `https://files.example/${'x'.repeat(180)}/${'9'.repeat(90)}`;
    const stress = {
      ...request,
      answers: { ...request.answers, dataDescription: `${long} ${'超长的不间断中文文本'.repeat(30)}`, dataRelation: 'W'.repeat(400) },
      translations: { ar: { dataRelation: `${'ب'.repeat(300)} ${long}` } },
    } as RequestData;
    for (const langs of [['en', 'zh'], ['en', 'ar']] as [LanguageCode, LanguageCode][]) {
      const file = savePdf(await renderPdfNode(stress, langs));
      const words = pdfWords(file);
      expect(words.length).toBeGreaterThan(100);
      for (const w of words) {
        expect(w.xMin, `${w.text} p${w.page}`).toBeGreaterThanOrEqual(47);
        expect(w.xMax, `${w.text} p${w.page}`).toBeLessThanOrEqual(w.pageWidth - 47);
        // The typed stress text stays in its own column: a word starting left ends before the right column.
        if (/xxxx|9999|WWWW|بببب|超长/.test(w.text) && w.xMin < w.pageWidth / 2 - 10) {
          expect(w.xMax, `${w.text} p${w.page}`).toBeLessThanOrEqual(w.pageWidth / 2 + 1);
        }
      }
    }
  }, 30000);
});
