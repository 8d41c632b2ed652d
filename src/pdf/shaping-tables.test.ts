import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import PDFDocument from 'pdfkit';
import { describe, expect, it, vi } from 'vitest';
import { callsWhile } from '../../tests/calls-while';
import { fontFiles } from './font-files';

// patches/README.md: fontkit (the one pdfkit prints with) searches OpenType coverage and class tables by halves
// and keeps the script's feature table between runs of text. Its answers must stay what the scans gave.
const require = createRequire(import.meta.url);

type Range = { start: number; end: number; startCoverageIndex?: number; class?: number };
type Table = { version: number; glyphs?: number[]; rangeRecords?: Range[]; startGlyph?: number; classValueArray?: number[]; classRangeRecord?: Range[] };
type Processor = { coverageIndex(t: Table, g: number): number; getClassID(g: number, t: Table): number };
type ParsedFont = {
  numGlyphs: number;
  layout(s: string): { glyphs: { id: number }[] };
  GSUB?: object;
  GPOS?: object;
  _layoutEngine: { engine: { GSUBProcessor?: Processor; GPOSProcessor?: Processor } };
};

const parsedFont = (spec: string) => (new PDFDocument({ autoFirstPage: false }).font(require.resolve(spec)) as unknown as { _font: { font: ParsedFont } })._font.font;

/** The original fontkit's scans, the reference. */
function scanCoverage(t: Table, glyph: number): number {
  if (t.version === 1) return t.glyphs!.indexOf(glyph);
  for (const r of t.rangeRecords ?? []) if (r.start <= glyph && glyph <= r.end) return r.startCoverageIndex! + glyph - r.start;
  return -1;
}
function scanClass(t: Table, glyph: number): number {
  if (t.version === 1) {
    const i = glyph - t.startGlyph!;
    return i >= 0 && i < t.classValueArray!.length ? t.classValueArray![i]! : 0;
  }
  for (const r of t.classRangeRecord ?? []) if (r.start <= glyph && glyph <= r.end) return r.class!;
  return 0;
}

/** Every coverage and class table reachable from a font's GSUB and GPOS lookups. */
function tablesOf(root: object): { coverages: Table[]; classes: Table[] } {
  const coverages: Table[] = [];
  const classes: Table[] = [];
  const seen = new Set<object>();
  const walk = (value: unknown, depth: number) => {
    if (!value || typeof value !== 'object' || seen.has(value) || depth > 12) return;
    seen.add(value);
    const t = value as Table;
    if ((t.version === 1 && Array.isArray(t.glyphs)) || (t.version === 2 && Array.isArray(t.rangeRecords))) coverages.push(t);
    if ((t.version === 1 && Array.isArray(t.classValueArray)) || (t.version === 2 && Array.isArray(t.classRangeRecord))) classes.push(t);
    const items = Array.isArray(value) ? value : typeof (value as { toArray?: unknown }).toArray === 'function' ? (value as { toArray(): unknown[] }).toArray() : Object.values(value);
    for (const item of items) walk(item, depth + 1);
  };
  walk(root, 0);
  return { coverages, classes };
}

/** Glyphs at every edge of a table, and either side of each. */
function edgesOf(t: Table): number[] {
  const points = [...(t.glyphs ?? []), ...(t.rangeRecords ?? t.classRangeRecord ?? []).flatMap((r) => [r.start, r.end])];
  if (t.startGlyph !== undefined) points.push(t.startGlyph, t.startGlyph + (t.classValueArray?.length ?? 0));
  return [...new Set(points.flatMap((g) => [g - 1, g, g + 1]))].filter((g) => g >= 0);
}

const fonts = [fontFiles.NotoSans.normal, fontFiles.NotoSans.bold, fontFiles.NotoSansSC.normal, fontFiles.Amiri.normal, fontFiles.Amiri.bold];

describe('fontkit shaping tables (patched)', () => {
  it.each(fonts)('gives every glyph the coverage index and class a scan of the table gives, in %s', (spec) => {
    const font = parsedFont(spec);
    font.layout('a');
    const processor = (font._layoutEngine.engine.GSUBProcessor ?? font._layoutEngine.engine.GPOSProcessor)!;
    const { coverages, classes } = tablesOf([font.GSUB, font.GPOS]);
    expect(coverages.length).toBeGreaterThan(0);
    for (const t of coverages) for (const g of edgesOf(t)) expect(processor.coverageIndex(t, g)).toBe(scanCoverage(t, g));
    for (const t of classes) for (const g of edgesOf(t)) expect(processor.getClassID(g, t)).toBe(scanClass(t, g));
    // And any glyph of the font, in any table.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: coverages.length + classes.length - 1 }), fc.integer({ min: 0, max: font.numGlyphs }), (i, g) => {
        if (i < coverages.length) return processor.coverageIndex(coverages[i]!, g) === scanCoverage(coverages[i]!, g);
        const t = classes[i - coverages.length]!;
        return processor.getClassID(g, t) === scanClass(t, g);
      }),
      { numRuns: 3000 },
    );
  });

  it('answers as a scan would for a table out of order (kept as the file has it)', () => {
    const font = parsedFont(fontFiles.NotoSans.normal);
    font.layout('a');
    const processor = font._layoutEngine.engine.GSUBProcessor!;
    const unordered: Table = { version: 1, glyphs: [9, 4, 4, 7] };
    const overlapping: Table = { version: 2, rangeRecords: [{ start: 5, end: 9, startCoverageIndex: 0 }, { start: 3, end: 6, startCoverageIndex: 5 }] };
    for (let g = 0; g < 12; g++) {
      expect(processor.coverageIndex(unordered, g)).toBe(scanCoverage(unordered, g));
      expect(processor.coverageIndex(overlapping, g)).toBe(scanCoverage(overlapping, g));
    }
  });

  it('keeps the feature table between runs of text instead of looking the script up for each (digits fall back to DFLT)', async () => {
    const font = parsedFont(fontFiles.NotoSans.normal);
    font.layout('0');
    const processorProto = Object.getPrototypeOf(Object.getPrototypeOf(font._layoutEngine.engine.GSUBProcessor)) as object;
    const { calls } = await callsWhile(processorProto, 'findScript', () => {
      for (let n = 1; n <= 200; n++) font.layout(`${n}. `);
    });
    // Unpatched: some 800 (two processors, two lookups each, per run); patched: none, nothing changed.
    expect(calls.length).toBeLessThan(10);
  });

  describe('skipping lookups that cannot begin at any glyph of the run', () => {
    type Fontkit = { openSync(path: string): ParsedFont };
    type Digesting = { mlaFirstCoverages: (...args: unknown[]) => unknown };
    type Engine = ParsedFont['_layoutEngine']['engine'] & { GPOSProcessor: { glyphIterator: object } };
    const fontkit = require('fontkit') as Fontkit;
    // The processors' and glyph iterator's classes, shared by every font fontkit opens.
    const engine = (() => {
      const font = fontkit.openSync(require.resolve(fontFiles.NotoSans.normal));
      font.layout('a');
      return font._layoutEngine.engine as Engine;
    })();
    const processorProtos = [engine.GSUBProcessor, engine.GPOSProcessor].map((p) => Object.getPrototypeOf(p) as Digesting);
    /** A font opened afresh and laid out with every lookup tried (no first coverages known to sum up). */
    async function layoutWithoutSkipping<T>(spec: string, run: (font: ParsedFont) => T | Promise<T>): Promise<T> {
      const spies = processorProtos.map((p) => vi.spyOn(p, 'mlaFirstCoverages').mockReturnValue(null));
      try {
        return await run(fontkit.openSync(require.resolve(spec)));
      } finally {
        spies.forEach((spy) => spy.mockRestore());
      }
    }
    const shaped = (font: ParsedFont, text: string) => {
      const run = font.layout(text) as unknown as { glyphs: { id: number }[]; positions: object[]; advanceWidth: number };
      return { glyphs: run.glyphs.map((g) => g.id), positions: run.positions, advanceWidth: run.advanceWidth };
    };
    const samples: Record<string, string> = {
      [fontFiles.NotoSans.normal]: 'office fi ff AV Ta Wo 0123456789. àéîõüç ñ Ж я αβγ\u0301\u0308 “quoted” (x) [y]',
      [fontFiles.NotoSansSC.normal]: '中文汉字测试的一是不了人，。、；：？！“”《》0123 ab',
      [fontFiles.Amiri.normal]: '\u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u0633\u0644\u0627\u0645 \u0645\u064e\u0651\u0643\u0629 \u0661\u0662. \u0644\u0627',
    };

    it.each(Object.keys(samples))('shapes every run as trying every lookup would, in %s', async (spec) => {
      const pool = [...samples[spec]!];
      const texts = fc.sample(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 14 }).map((cs) => cs.join('')), { numRuns: 1500, seed: 7 });
      const expected = await layoutWithoutSkipping(spec, (font) => texts.map((t) => shaped(font, t)));
      const font = fontkit.openSync(require.resolve(spec));
      texts.forEach((t, i) => expect(shaped(font, t), t).toEqual(expected[i]));
    });

    it('goes through far fewer lookups for a list number than trying every lookup does', async () => {
      const iterator = Object.getPrototypeOf(engine.GPOSProcessor.glyphIterator) as object;
      const lookupsEntered = async (font: ParsedFont) => (await callsWhile(iterator, 'reset', () => {
        for (let n = 1; n <= 50; n++) font.layout(`${n}. `);
      })).calls.length;
      const everyLookup = await layoutWithoutSkipping(fontFiles.NotoSans.normal, lookupsEntered);
      const skipping = await lookupsEntered(fontkit.openSync(require.resolve(fontFiles.NotoSans.normal)));
      // Some 1,650 against 330 on this font; unpatched, both the same.
      expect(skipping).toBeLessThan(everyLookup / 2);
    });
  });

  it('is carried by the browser bundle of pdfmake too', () => {
    const bundle = readFileSync(require.resolve('pdfmake/build/pdfmake.js'), 'utf8');
    expect(bundle).toContain('function mlaRangeOf(ranges, glyph)');
    expect(bundle).toContain('if (!mlaMayApply(mlaDigestOf(this, lookup), glyphs)) continue;');
    expect(bundle).toContain('script !== this.mlaScriptAsked');
  });
});
