/**
 * The law as written (schemas/catalogue/*.json, schemas/fields.json), validated, and the two things made from
 * it: the structure the program reads (src/core/catalogue/catalogue.generated.json, every text replaced by
 * `true`) and one pack of texts per language (src/i18n/catalogue/<lang>.generated.json), so that the app
 * loads the law's words in the languages it shows, not in six.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  fieldGuidanceSchema, fieldsFileSchema, instrumentSchema, type FieldGuidanceSource, type FieldsFileSource, type InstrumentSource, type Localized,
} from '../src/core/catalogue/catalogue-schema';
import { languageCodes, type Instrument, type LanguageCode, type WithoutTexts } from '../src/core/catalogue/catalogue-types';
import { checkConsistency, type FieldRegistry } from '../src/core/catalogue/check-consistency';

const folder = 'schemas/catalogue';

export interface CatalogueSources {
  fields: FieldsFileSource;
  instruments: InstrumentSource[];
  guidance: FieldGuidanceSource;
}

/** Answers typed by the user get an example; ticked or chosen ones (and dates, picked) need only the help. */
const withoutExample = new Set(['date', 'dateTime', 'period', 'periodOrNA', 'yesNo', 'affirmation', 'choices', 'dataCategories']);

/** The source files, each validated against the catalogue's schema (defaults applied), in the order of their names. */
export function catalogueSources(): CatalogueSources {
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const instruments = readdirSync(folder).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const parsed = instrumentSchema.safeParse(read(join(folder, f)));
    if (!parsed.success) throw new Error(`${join(folder, f)}: ${parsed.error.message}`);
    return parsed.data;
  });
  const fields = fieldsFileSchema.safeParse(read('schemas/fields.json'));
  if (!fields.success) throw new Error(`schemas/fields.json: ${fields.error.message}`);
  const guidance = fieldGuidanceSchema.safeParse(read('schemas/field-guidance.json'));
  if (!guidance.success) throw new Error(`schemas/field-guidance.json: ${guidance.error.message}`);
  // Every answer has its help, typed ones an example too, and no guidance is for a field that does not exist.
  for (const [key, field] of Object.entries(fields.data.fields)) {
    const g = guidance.data.fields[key];
    if (!g) throw new Error(`schemas/field-guidance.json: no help for the field "${key}"`);
    if (!g.example && !withoutExample.has(field.type)) throw new Error(`schemas/field-guidance.json: no example for the field "${key}"`);
  }
  for (const key of Object.keys(guidance.data.fields)) {
    if (!fields.data.fields[key]) throw new Error(`schemas/field-guidance.json: "${key}" is not a field of schemas/fields.json`);
  }
  return { fields: fields.data, instruments, guidance: guidance.data };
}

const isLocalized = (v: unknown): v is Localized =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'en' in v
  && Object.keys(v).every((k) => (languageCodes as readonly string[]).includes(k));

/** The same data with each text (an object of languages) replaced by `true`. */
export function withoutTexts<T>(value: T): WithoutTexts<T> {
  if (isLocalized(value)) return true as WithoutTexts<T>;
  if (Array.isArray(value)) return value.map(withoutTexts) as WithoutTexts<T>;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutTexts(v)])) as WithoutTexts<T>;
  }
  return value as WithoutTexts<T>;
}

/** What the program reads: the structure of every instrument and field, checked for names that do not exist. */
export function catalogueStructure(sources: CatalogueSources): { fields: FieldRegistry; instruments: Instrument[] } {
  const fields: FieldRegistry = { sections: sources.fields.sections, fields: withoutTexts(sources.fields.fields) };
  const instruments = sources.instruments.map((i) => withoutTexts(i));
  for (const ins of instruments) checkConsistency(ins, fields);
  return { fields, instruments };
}

const pick = (text: Localized, lang: LanguageCode): string | undefined => text[lang];
const compact = (entries: [string, string | undefined][]) =>
  Object.fromEntries(entries.filter((e): e is [string, string] => e[1] !== undefined));

/**
 * The law's words in one language, as the i18next namespace `catalogue`: `instruments.<id>.elements.<citation>`,
 * `fields.<key>` and so on. A text not given in that language is left out (the coverage script counts it).
 */
export function catalogueTexts(sources: CatalogueSources, lang: LanguageCode) {
  const instruments = Object.fromEntries(sources.instruments.map((ins) => [ins.id, {
    title: pick(ins.title, lang),
    shortTitle: pick(ins.shortTitle, lang),
    renderingNotice: pick(ins.renderingNotice, lang),
    kinds: compact(Object.entries(ins.kinds).map(([k, v]) => [k, pick(v.title, lang)])),
    lists: compact(ins.lists.map((l) => [l.id, pick(l.heading, lang)])),
    elements: compact(ins.lists.flatMap((l) => l.elements.map((e) => [e.citation, pick(e.text, lang)] as [string, string | undefined]))),
    choiceSets: Object.fromEntries(Object.entries(ins.choiceSets).map(([name, set]) => [name, compact(set.map((c) => [c.citation, pick(c.text, lang)]))])),
    clauses: compact(Object.entries(ins.clauses).map(([id, c]) => [id, pick(c.text, lang)])),
    status: pick(ins.status, lang),
    notRequired: compact(ins.lists.flatMap((l) => l.elements.flatMap((e) => (e.condition ? [[e.citation, pick(e.condition.reason, lang)] as [string, string | undefined]] : [])))),
    provisions: compact(Object.entries(ins.provisions).map(([c, t]) => [c, pick(t, lang)])),
    fieldLabels: Object.fromEntries(Object.entries(ins.kinds).map(([k, v]) => [k, compact(Object.entries(v.fieldLabels).map(([f, t]) => [f, pick(t, lang)]))])),
  }]));
  const fields = compact(Object.entries(sources.fields.fields).map(([k, f]) => [k, pick(f.label, lang)]));
  const help = compact(Object.entries(sources.guidance.fields).map(([k, g]) => [k, pick(g.help, lang)]));
  const example = compact(Object.entries(sources.guidance.fields).map(([k, g]) => [k, g.example ? pick(g.example, lang) : undefined]));
  return { instruments, fields, guidance: { help, example } };
}

const note = 'Written by npm run catalogue:bundle from schemas/catalogue/*.json and schemas/fields.json: edit those, not this.';

/** Every generated file and its content. */
export function catalogueOutputs(): Record<string, string> {
  const sources = catalogueSources();
  return {
    'src/core/catalogue/catalogue.generated.json': `${JSON.stringify({ $comment: note, ...catalogueStructure(sources) })}\n`,
    ...Object.fromEntries(languageCodes.map((lang) => [
      `src/i18n/catalogue/${lang}.generated.json`, `${JSON.stringify({ $comment: note, ...catalogueTexts(sources, lang) })}\n`,
    ])),
  };
}
