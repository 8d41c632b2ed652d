import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  citationsForField, elementsForKind, fieldKeysForKind, getField, getInstrument, kindIds, listsForKind,
} from './catalogue';

const seedPath = '../shared/legal/seeds/001_e504c8561f6105ae.txt';
/** The seed without negotiation markers and line breaks, to look the catalogue's Chinese up in. */
const seed = readFileSync(seedPath, 'utf8').replace(/\[暂定\]|\[非正式会议商定\]/g, '').replace(/\s+/g, '');

describe('the 2024 Convention catalogue', () => {
  const instrument = getInstrument('un-cybercrime-2024');

  it('holds the three required-content lists with every item (a) to (g), (a) to (g), (a) to (f)', () => {
    expect(instrument.lists.map((l) => [l.id, l.elements.map((e) => e.citation.slice(-3))])).toEqual([
      ['40(15)', ['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)']],
      ['42(3)', ['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)']],
      ['45(3)', ['(a)', '(b)', '(c)', '(d)', '(e)', '(f)']],
    ]);
  });

  it('quotes the authentic Chinese verbatim from the seed text, with no negotiation markers', () => {
    const texts = [
      ...instrument.lists.flatMap((l) => [l.heading.zh, ...l.elements.map((e) => e.text.zh)]),
      ...instrument.choiceSets.purposes!.map((p) => p.text.zh),
      ...Object.values(instrument.provisions).map((p) => p.zh),
    ];
    expect(texts.length).toBeGreaterThan(35);
    for (const text of texts) {
      expect(text).not.toMatch(/暂定|非正式会议商定/);
      expect(seed, text).toContain(text.replace(/\s+/g, ''));
    }
  });

  it('names a field for every answer of every element, and every field exists', () => {
    for (const list of instrument.lists) {
      for (const el of list.elements) {
        for (const a of [...el.answers, ...(el.optionalAnswers ?? [])]) expect(() => getField(a), `${el.citation} ${a}`).not.toThrow();
      }
    }
  });

  it('applies 40(15) and 45(3) to a traffic-data request, and asks the shared authority once for both', () => {
    expect(listsForKind('un-cybercrime-2024', 'traffic-data').map((l) => l.id)).toEqual(['40(15)', '45(3)']);
    expect(citationsForField('un-cybercrime-2024', 'traffic-data', 'requestingAuthority')).toEqual(['40(15)(a)', '45(3)(a)']);
    const keys = fieldKeysForKind('un-cybercrime-2024', 'traffic-data');
    expect(keys.filter((k) => k === 'requestingAuthority')).toHaveLength(1);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('knows exactly the kinds mla, preservation and traffic-data', () => {
    expect(kindIds()).toEqual(['mla', 'preservation', 'traffic-data']);
    expect(elementsForKind('un-cybercrime-2024', 'preservation')).toHaveLength(7);
  });
});
