import bundle from './catalogue.generated.json';
import type { CatalogueElement, CatalogueKind, CatalogueList, FieldDefinition, Instrument, KindRule } from './catalogue-types';
import { fieldKeysOf, type FieldRegistry } from './check-consistency';

/**
 * The one place the law is read from. Everything else (schemas, wizard, checker, CLI, PDF) asks here. This is
 * its structure, validated and checked when it was bundled from schemas/ (npm run catalogue:bundle, and a test
 * that the bundle is current); its words are read through i18next, one language at a time.
 */
const generated = bundle as unknown as { fields: FieldRegistry; instruments: Instrument[] };
const fieldRegistry = generated.fields;

export const defaultInstrumentId = 'un-cybercrime-2024';

/** The default instrument first, then the others in the order of their files. */
const instruments: Record<string, Instrument> = Object.fromEntries(
  [...generated.instruments.filter((i) => i.id === defaultInstrumentId), ...generated.instruments.filter((i) => i.id !== defaultInstrumentId)].map((i) => [i.id, i]),
);

export const sections = fieldRegistry.sections;

export function instrumentIds(): string[] {
  return Object.keys(instruments);
}

export function getInstrument(id: string): Instrument {
  const found = instruments[id];
  if (!found) throw new Error(`Unknown instrument: ${id}`);
  return found;
}

export function hasInstrument(id: string): boolean {
  return Object.hasOwn(instruments, id);
}

export function kindIds(instrumentId = defaultInstrumentId): string[] {
  return Object.keys(getInstrument(instrumentId).kinds);
}

export function getKind(instrumentId: string, kindId: string): CatalogueKind {
  const kind = getInstrument(instrumentId).kinds[kindId];
  if (!kind) throw new Error(`Unknown kind: ${kindId}`);
  return kind;
}

export function getField(key: string): FieldDefinition {
  const field = fieldRegistry.fields[key];
  if (!field) throw new Error(`Unknown field: ${key}`);
  return field;
}

export function allFieldKeys(): string[] {
  return Object.keys(fieldRegistry.fields);
}

/** The catalogue never changes while the program runs: what is derived from it is computed once per key. */
export function memo<A extends string[], R>(fn: (...args: A) => R): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args: A) => {
    const key = args.join('\u0000');
    let value = cache.get(key);
    if (value === undefined) {
      value = fn(...args);
      cache.set(key, value);
    }
    return value;
  };
}

/** The required-content lists that apply to a kind, in the catalogue's order. */
export const listsForKind = memo((instrumentId: string, kindId: string): CatalogueList[] => {
  const instrument = getInstrument(instrumentId);
  return getKind(instrumentId, kindId).lists.map((id) => instrument.lists.find((l) => l.id === id)!);
});

export const elementsForKind = memo((instrumentId: string, kindId: string): CatalogueElement[] =>
  listsForKind(instrumentId, kindId).flatMap((l) => l.elements));

/** Every answer the kind asks, once each, in section order then first mention. */
export const fieldKeysForKind = memo((instrumentId: string, kindId: string): string[] => {
  getKind(instrumentId, kindId);
  return fieldKeysOf(getInstrument(instrumentId), kindId, fieldRegistry);
});

/** Citations an answer fulfils in this kind: one answer may satisfy two articles (40(15)(a) and 45(3)(a)). */
export const citationsForField = memo((instrumentId: string, kindId: string, key: string): string[] =>
  elementsForKind(instrumentId, kindId)
    .filter((el) => el.answers.includes(key) || el.optionalAnswers?.includes(key))
    .map((el) => el.citation));

/** The citation a detail rests on, if any (40(12) for the central authority, 42(8) for the period...). */
export function detailBasis(instrumentId: string, key: string): string | undefined {
  return getInstrument(instrumentId).detailBasis[key];
}

/** How a kind is named outside the app (`mla schema`, `mla check`): bare for the default instrument, else `instrument/kind`. */
export function kindName(instrumentId: string, kindId: string): string {
  return instrumentId === defaultInstrumentId ? kindId : `${instrumentId}/${kindId}`;
}

/** The kind a name given on the command line means (see kindName), if there is one. */
export function kindFromName(name: string): { instrument: string; kind: string } | undefined {
  const [first = '', second, ...rest] = name.split('/');
  const [instrument, kind] = second === undefined ? [defaultInstrumentId, first] : [first, second];
  return rest.length === 0 && hasInstrument(instrument) && kindIds(instrument).includes(kind) ? { instrument, kind } : undefined;
}

export function formatCitation(instrumentId: string, citation: string): string {
  const prefix = getInstrument(instrumentId).citationPrefix;
  return prefix ? `${prefix} ${citation}` : citation;
}

/** The citations a choices answer picks from, in this instrument. */
export function choicesFor(instrumentId: string, key: string): { set: string; citations: string[] } {
  const set = getField(key).options ?? '';
  return { set, citations: (getInstrument(instrumentId).choiceSets[set] ?? []).map((c) => c.citation) };
}

/** The i18next key of an answer's label in a kind: the kind's own wording where the law gives the answer another meaning. */
export function fieldLabelKey(instrumentId: string, kindId: string, key: string): string {
  const own = getInstrument(instrumentId).kinds[kindId]?.fieldLabels[key];
  return own ? `catalogue:instruments.${instrumentId}.fieldLabels.${kindId}.${key}` : `catalogue:fields.${key}`;
}

/** The rules of a kind of one type (the minimum period of 42(8)…). */
export function kindRules<T extends KindRule['type']>(instrumentId: string, kindId: string, type: T): Extract<KindRule, { type: T }>[] {
  return getKind(instrumentId, kindId).rules.filter((r): r is Extract<KindRule, { type: T }> => r.type === type);
}

/** Whether an answer has the value a clause or marking waits for. */
export function holds(answers: Record<string, unknown>, when: { answer: string; equals: string } | undefined): boolean {
  return when === undefined || answers[when.answer] === when.equals;
}

/** The list of a citation: treaty text, or this tool's own (practice). */
export function listOf(instrumentId: string, citation: string): CatalogueList | undefined {
  return getInstrument(instrumentId).lists.find((l) => l.elements.some((e) => e.citation === citation));
}
