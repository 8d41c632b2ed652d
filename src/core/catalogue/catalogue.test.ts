import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueSources } from '../../../scripts/catalogue-sources';
import {
  citationsForField, elementsForKind, fieldKeysForKind, getField, getInstrument, instrumentIds, kindIds, listsForKind,
} from './catalogue';

/** The law as written, texts included (the program reads its structure; the texts go to the language packs). */
const sources = catalogueSources();
const sourceOf = (id: string) => sources.instruments.find((i) => i.id === id)!;

/**
 * The source each instrument's verbatim Chinese is quoted from, without negotiation markers and line breaks:
 * the seed texts of ../shared/legal/seeds, kept in the repository (tests/fixtures/legal-seeds) so that a clone
 * anywhere checks the catalogue against them; where the shared folder is at hand, the copies must equal it.
 */
const seedFiles: Record<string, string> = {
  'un-cybercrime-2024': '001_e504c8561f6105ae.txt',
  'un-ict-draft-2017': '000_95c7330fb6a1dad1.txt',
};
const seeds = Object.fromEntries(Object.entries(seedFiles).map(([id, file]) => [id, `tests/fixtures/legal-seeds/${file}`]));
const sharedSeeds = '../shared/legal/seeds';

describe('the seed texts kept in the repository', () => {
  it.skipIf(!existsSync(sharedSeeds))('are byte for byte those of ../shared/legal/seeds', () => {
    for (const file of Object.values(seedFiles)) {
      expect(readFileSync(`tests/fixtures/legal-seeds/${file}`).equals(readFileSync(`${sharedSeeds}/${file}`)), file).toBe(true);
    }
  });
});
const seedText = (file: string) => readFileSync(file, 'utf8').replace(/\[暂定\]|\[非正式会议商定\]/g, '').replace(/\s+/g, '');

describe('the 2024 Convention catalogue', () => {
  const instrument = getInstrument('un-cybercrime-2024');

  it('holds the Convention’s lists with every item: 40(15) (a) to (g), 42(3) (a) to (g), 45(3) (a) to (f), 50(3) (a), (b), (c)', () => {
    expect(instrument.lists.filter((l) => l.source === 'treaty').map((l) => [l.id, l.elements.map((e) => e.citation)])).toEqual([
      ['40(15)', ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((x) => `40(15)(${x})`)],
      ['42(3)', ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((x) => `42(3)(${x})`)],
      ['45(3)', ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => `45(3)(${x})`)],
      ['50(3)(a)', ['50(3)(a)']], ['50(3)(b)', ['50(3)(b)']], ['50(3)(c)', ['50(3)(c)']],
    ]);
  });

  it('applies 40(15) and 45(3) to a traffic-data request, and asks the shared authority once for both', () => {
    expect(listsForKind('un-cybercrime-2024', 'traffic-data').map((l) => l.id)).toEqual(['40(15)', '45(3)']);
    expect(citationsForField('un-cybercrime-2024', 'traffic-data', 'requestingAuthority')).toEqual(['40(15)(a)', '45(3)(a)']);
    const keys = fieldKeysForKind('un-cybercrime-2024', 'traffic-data');
    expect(keys.filter((k) => k === 'requestingAuthority')).toHaveLength(1);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('knows every kind of e-evidence request of the Convention', () => {
    expect(kindIds()).toEqual(['mla', 'preservation', 'traffic-data', 'access', 'interception', 'extension', 'emergency', 'confiscation', 'confiscation-order', 'freezing']);
    expect(elementsForKind('un-cybercrime-2024', 'preservation')).toHaveLength(7);
    expect(listsForKind('un-cybercrime-2024', 'freezing').map((l) => l.id)).toEqual(['40(15)', '50(3)(c)']);
  });
});

describe.each(instrumentIds())('the %s catalogue', (id) => {
  const instrument = sourceOf(id);

  it('quotes its verbatim languages from their source, with no negotiation markers', () => {
    const texts = [
      ...instrument.lists.filter((l) => l.source === 'treaty').flatMap((l) => [l.heading, ...l.elements.map((e) => e.text)]),
      ...Object.values(instrument.choiceSets).flat().map((c) => c.text),
      ...Object.values(instrument.provisions),
    ];
    for (const lang of instrument.verbatimLanguages) {
      const source = seeds[id] ? seedText(seeds[id]) : '';
      expect(source, `${id}: no source to quote ${lang} from`).not.toBe('');
      for (const text of texts.map((t) => t[lang]!)) {
        expect(text).not.toMatch(/暂定|非正式会议商定/);
        expect(source, text).toContain(text.replace(/\s+/g, ''));
      }
    }
  });

  it('names a field for every answer of every element, and every field exists', () => {
    for (const list of instrument.lists) {
      for (const el of list.elements) {
        for (const a of [...el.answers, ...(el.optionalAnswers ?? [])]) expect(() => getField(a), `${el.citation} ${a}`).not.toThrow();
      }
    }
  });

  it('labels an answer alike in every kind where it sets off the same clause (no 42(3)(g) wording on a 40(20) request)', () => {
    const labels = new Map<string, string>();
    for (const [kindId, kind] of Object.entries(instrument.kinds)) {
      for (const c of kind.clauses.filter((c) => c.when && kind.details.includes(c.when.answer))) {
        const label = JSON.stringify(kind.fieldLabels[c.when!.answer] ?? sources.fields.fields[c.when!.answer]!.label);
        const seen = labels.get(c.clause);
        if (seen === undefined) labels.set(c.clause, label);
        else expect(label, `${kindId}: label of ${c.when!.answer} for clause ${c.clause}`).toBe(seen);
      }
    }
  });

  it('has every text in the six languages', () => {
    const texts = [instrument.title, instrument.status, ...instrument.lists.flatMap((l) => [l.heading, ...l.elements.map((e) => e.text)]), ...Object.values(instrument.kinds).map((k) => k.title)];
    for (const t of texts) expect(Object.keys(t).sort(), t.en).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
  });
});
