/**
 * Translation coverage: every UI locale must have every key of en.json (the typed source), and the catalogue's
 * labels are counted per UN language. Exits 1 when a shipped UI language lacks a key.
 */
import { catalogueSources } from './catalogue-sources';
import { languageCodes } from '../src/core/catalogue/catalogue-types';
import { documentResources, termsResources, uiResources } from '../src/i18n/all-language-packs';
import { uiLanguages } from '../src/i18n/create-i18n';

function flatten(obj: unknown, prefix = ''): string[] {
  if (typeof obj === 'string') return [prefix];
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
/**
 * A string with a count is one key per plural form the language has (Intl.PluralRules: Arabic six, Russian
 * four, Chinese one): a key counts as translated when every form of that language is there.
 */
const uiKeys = (obj: unknown, lang: string) => {
  const flat = new Set(flatten(obj));
  const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const k of flat) {
    if (!pluralSuffix.test(k)) keys.add(k);
    else {
      const stem = k.replace(pluralSuffix, '');
      if (forms.every((f) => flat.has(`${stem}_${f}`))) keys.add(stem);
    }
  }
  return { keys, stems: new Set([...flat].map((k) => k.replace(pluralSuffix, ''))) };
};
const base = uiKeys(uiResources.en, 'en').keys;
let failed = false;
console.log('UI strings (src/i18n/locales):');
for (const lang of uiLanguages) {
  const { keys, stems } = uiKeys(uiResources[lang], lang);
  const missing = [...base].filter((k) => !keys.has(k));
  const extra = [...stems].filter((k) => !base.has(k));
  console.log(`  ${lang}: ${base.size - missing.length}/${base.size} (${(((base.size - missing.length) / base.size) * 100).toFixed(1)}%)${extra.length ? `, ${extra.length} not in en` : ''}`);
  for (const k of missing) console.log(`    missing (or lacking a plural form): ${k}`);
  for (const k of extra) console.log(`    not in en.json: ${k}`);
  if (missing.length || extra.length) failed = true;
}

// Plural forms differ by language (Arabic has six, Chinese one): compare the keys without their plural suffix.
const base6 = (obj: unknown) => new Set(flatten(obj).map((k) => k.replace(pluralSuffix, '')));
for (const [name, resources] of [['Document sentences (src/i18n/document)', documentResources], ['Answer terms (src/i18n/terms)', termsResources]] as const) {
  console.log(`${name}:`);
  const expected = base6(resources.en);
  for (const lang of languageCodes) {
    const keys = base6(resources[lang]);
    const missing = [...expected].filter((k) => !keys.has(k));
    console.log(`  ${lang}: ${expected.size - missing.length}/${expected.size} (${(((expected.size - missing.length) / expected.size) * 100).toFixed(1)}%)`);
    for (const k of missing) console.log(`    missing: ${k}`);
    if (missing.length) failed = true;
  }
}

console.log('Catalogue labels (schemas/):');
const sources = catalogueSources();
const texts: Record<string, string>[] = Object.values(sources.fields.fields).map((f) => f.label);
// The wizard's "what to write" and its example, for every answer, in every language.
texts.push(...Object.values(sources.guidance.fields).flatMap((g) => [g.help, ...(g.example ? [g.example] : [])]));
for (const ins of sources.instruments) {
  texts.push(ins.title, ins.shortTitle, ins.renderingNotice, ...Object.values(ins.kinds).flatMap((k) => [k.title, ...Object.values(k.fieldLabels)]),
    ...ins.lists.flatMap((l) => [l.heading, ...l.elements.flatMap((e) => [e.text, ...(e.condition ? [e.condition.reason] : [])])]),
    ...Object.values(ins.choiceSets).flat().map((c) => c.text), ...Object.values(ins.provisions), ...Object.values(ins.clauses).map((c) => c.text), ins.status);
}
for (const lang of languageCodes) {
  const have = texts.filter((t) => t[lang]).length;
  console.log(`  ${lang}: ${have}/${texts.length} (${((have / texts.length) * 100).toFixed(1)}%)`);
  // Documents can be made in all six languages, so every label must exist in each.
  if (have < texts.length) failed = true;
}
if (failed) {
  console.error('i18n coverage: a UI language is incomplete');
  process.exit(1);
}
