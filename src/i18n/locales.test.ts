import { describe, expect, it } from 'vitest';
import { uiResources } from './all-language-packs';
import { uiLanguages } from './create-i18n';

const flatten = (obj: unknown, prefix = ''): [string, string][] => (typeof obj === 'string' ? [[prefix, obj]]
  : Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
const stem = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');
const variables = (s: string) => [...new Set([...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!))].sort();

describe('the interface in six languages', () => {
  const english = new Map(flatten(uiResources.en).map(([k, v]) => [stem(k), v]));
  it.each(uiLanguages.filter((l) => l !== 'en'))('%s uses the same placeholders as English in every string', (lang) => {
    const wrong = flatten(uiResources[lang]).flatMap(([k, v]) => {
      const en = english.get(stem(k));
      const want = variables(en ?? '');
      const have = variables(v);
      return JSON.stringify(want) === JSON.stringify(have) ? [] : [`${k}: ${have.join(',')} ≠ ${want.join(',')}`];
    });
    expect(wrong).toEqual([]);
  });
  it('names each language in its own words in every language', () => {
    for (const lang of uiLanguages) {
      expect(Object.keys((uiResources[lang] as { lang: { native: object } }).lang.native).sort()).toEqual([...uiLanguages].sort());
    }
  });
});
