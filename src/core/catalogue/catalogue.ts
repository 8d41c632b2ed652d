import unCybercrime2024 from '../../../schemas/catalogue/un-cybercrime-2024.json';
import fieldsFile from '../../../schemas/fields.json';
import {
  fieldsFileSchema, instrumentSchema,
  type CatalogueElement, type CatalogueKind, type CatalogueList, type FieldDefinition, type Instrument, type KindRule,
} from './catalogue-schema';

/** The one place the law is read from. Everything else (schemas, wizard, checker, CLI, PDF) asks here. */
const fieldRegistry = fieldsFileSchema.parse(fieldsFile);
const instruments: Record<string, Instrument> = Object.fromEntries(
  [unCybercrime2024].map((raw) => instrumentSchema.parse(raw)).map((ins) => [ins.id, checkConsistency(ins)]),
);

/** What the schema cannot say: every name an instrument uses must exist, so a typo fails at start. */
function checkConsistency(ins: Instrument): Instrument {
  const known = (key: string, where: string) => {
    if (!fieldRegistry.fields[key]) throw new Error(`${ins.id}: ${where} names unknown field ${key}`);
  };
  for (const [id, kind] of Object.entries(ins.kinds)) {
    [...kind.details, ...kind.optional, ...Object.keys(kind.presets), ...Object.keys(kind.fieldLabels)].forEach((k) => known(k, `kind ${id}`));
    for (const rule of kind.rules) {
      if (rule.type === 'minimumDays') known(rule.answer, `kind ${id} rule`);
      if (rule.type === 'purposeNeedsKind' && rule.kind && !ins.kinds[rule.kind]) throw new Error(`${ins.id}: kind ${id} points to unknown kind ${rule.kind}`);
    }
  }
  return ins;
}

export const defaultInstrumentId = 'un-cybercrime-2024';
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

/** The catalogue never changes while the program runs: derived lists are computed once per key. */
function memo<A extends string[], R>(fn: (...args: A) => R): (...args: A) => R {
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
export const listsForKind = memo(listsForKindUncached);
function listsForKindUncached(instrumentId: string, kindId: string): CatalogueList[] {
  const instrument = getInstrument(instrumentId);
  return getKind(instrumentId, kindId).lists.map((id) => {
    const list = instrument.lists.find((l) => l.id === id);
    if (!list) throw new Error(`Kind ${kindId} names unknown list ${id}`);
    return list;
  });
}

export const elementsForKind = memo((instrumentId: string, kindId: string): CatalogueElement[] => elementsForKindUncached(instrumentId, kindId));
function elementsForKindUncached(instrumentId: string, kindId: string): CatalogueElement[] {
  return listsForKind(instrumentId, kindId).flatMap((l) => l.elements);
}

/** Every answer the kind asks, once each, in section order then first mention. */
export const fieldKeysForKind = memo((instrumentId: string, kindId: string): string[] => fieldKeysForKindUncached(instrumentId, kindId));
function fieldKeysForKindUncached(instrumentId: string, kindId: string): string[] {
  const kind = getKind(instrumentId, kindId);
  const keys = new Set<string>();
  for (const el of elementsForKind(instrumentId, kindId)) {
    for (const a of [...el.answers, ...(el.optionalAnswers ?? [])]) keys.add(a);
    if (el.condition) keys.add(el.condition.answer);
  }
  for (const d of [...kind.details, ...kind.optional]) keys.add(d);
  const order = (k: string) => sections.indexOf(getField(k).section);
  return [...keys].sort((a, b) => order(a) - order(b));
}

/** Citations an answer fulfils in this kind: one answer may satisfy two articles (40(15)(a) and 45(3)(a)). */
export const citationsForField = memo((instrumentId: string, kindId: string, key: string): string[] => citationsForFieldUncached(instrumentId, kindId, key));
function citationsForFieldUncached(instrumentId: string, kindId: string, key: string): string[] {
  return elementsForKind(instrumentId, kindId)
    .filter((el) => el.answers.includes(key) || el.optionalAnswers?.includes(key))
    .map((el) => el.citation);
}

/** The citation a detail rests on, if any (40(12) for the central authority, 42(8) for the period...). */
export function detailBasis(instrumentId: string, key: string): string | undefined {
  return getInstrument(instrumentId).detailBasis[key];
}

export function formatCitation(instrumentId: string, citation: string): string {
  const prefix = getInstrument(instrumentId).citationPrefix;
  return prefix ? `${prefix} ${citation}` : citation;
}

/** Text of a citation, whether it is an element, a purpose of 40(3) or another provision. */
export function citationText(instrumentId: string, citation: string): Instrument['provisions'][string] | undefined {
  const instrument = getInstrument(instrumentId);
  for (const list of instrument.lists) {
    const el = list.elements.find((e) => e.citation === citation);
    if (el) return el.text;
  }
  return instrument.purposes.find((p) => p.citation === citation)?.text ?? instrument.provisions[citation];
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
