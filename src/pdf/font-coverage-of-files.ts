import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { fontFiles, type FontFamilyName } from './font-files';

const require = createRequire(import.meta.url);

/**
 * The characters each font family can print, read from the font files themselves: those every style of the
 * family has (bold Amiri lacks some of regular Amiri's), as ranges "0020-007E,00A0-017F".
 */
export function fontCoverageOfFiles(): Record<FontFamilyName, string> {
  const out = {} as Record<FontFamilyName, string>;
  for (const [family, styles] of Object.entries(fontFiles) as [FontFamilyName, Record<string, string>][]) {
    const sets = [...new Set(Object.values(styles))].map((spec) => {
      const font = fontkit.create(readFileSync(require.resolve(spec)) as never) as unknown as { characterSet: number[] };
      return new Set(font.characterSet);
    });
    const common = [...sets[0]!].filter((cp) => sets.every((s) => s.has(cp))).sort((a, b) => a - b);
    const ranges: string[] = [];
    for (let i = 0; i < common.length; i++) {
      const start = common[i]!;
      while (i + 1 < common.length && common[i + 1] === common[i]! + 1) i++;
      const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
      ranges.push(start === common[i] ? hex(start) : `${hex(start)}-${hex(common[i]!)}`);
    }
    out[family] = ranges.join(',');
  }
  return out;
}
