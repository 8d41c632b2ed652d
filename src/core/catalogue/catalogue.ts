import fieldsFile from '../../../schemas/fields.json';
import bundle from './instruments.generated.json';
import {
  fieldsFileSchema, instrumentSchema,
  type CatalogueElement, type CatalogueKind, type CatalogueList, type FieldDefinition, type Instrument, type KindRule, type Localized,
} from './catalogue-schema';

/** The one place the law is read from. Everything else (schemas, wizard, checker, CLI, PDF) asks here. */
const fieldRegistry = fieldsFileSchema.parse(fieldsFile);

export const defaultInstrumentId = 'un-cybercrime-2024';

/** What the schema cannot say: every name an instrument uses must exist, so a typo fails at start. */
function checkConsistency(ins: Instrument): Instrument {
  const fail = (what: string) => {
    throw new Error(`${ins.id}: ${what}`);
  };
  const known = (key: string, where: string) => fieldRegistry.fields[key] ?? fail(`${where} names unknown field ${key}`);
  const citations = new Set<string>();
  for (const list of ins.lists) {
    for (const el of list.elements) {
      if (citations.has(el.citation)) fail(`citation ${el.citation} is in two lists`);
      citations.add(el.citation);
      [...el.answers, ...(el.optionalAnswers ?? [])].forEach((k) => known(k, el.citation));
    }
  }
  for (const [id, kind] of Object.entries(ins.kinds)) {
    kind.lists.forEach((l) => ins.lists.some((x) => x.id === l) || fail(`kind ${id} names unknown list ${l}`));
    [...kind.details, ...kind.optional, ...Object.keys(kind.presets), ...Object.keys(kind.fieldLabels)].forEach((k) => known(k, `kind ${id}`));
    for (const rule of kind.rules) {
      if (rule.type === 'minimumDays') known(rule.answer, `kind ${id} rule`);
      if (rule.type === 'periodStillRunning') [rule.start, rule.days].forEach((k) => known(k, `kind ${id} rule`));
      if (rule.type === 'purposeNeedsKind' && rule.kind && !ins.kinds[rule.kind]) fail(`kind ${id} points to unknown kind ${rule.kind}`);
    }
    kind.clauses.forEach((c) => ins.clauses[c.clause] || fail(`kind ${id} names unknown clause ${c.clause}`));
    if (kind.followUp && !ins.kinds[kind.followUp.kind]) fail(`kind ${id} follows up with unknown kind ${kind.followUp.kind}`);
    for (const key of fieldKeysOf(ins, id)) {
      const set = fieldRegistry.fields[key]!.options;
      if (set && !ins.choiceSets[set]) fail(`field ${key} picks from ${set}, which ${ins.id} does not have`);
    }
  }
  return ins;
}

/** Every answer a kind asks, once each, in section order then first mention. */
function fieldKeysOf(ins: Instrument, kindId: string): string[] {
  const kind = ins.kinds[kindId]!;
  const keys = new Set<string>();
  for (const id of kind.lists) {
    for (const el of ins.lists.find((l) => l.id === id)?.elements ?? []) {
      for (const a of [...el.answers, ...(el.optionalAnswers ?? [])]) keys.add(a);
      if (el.condition) keys.add(el.condition.answer);
    }
  }
  for (const d of [...kind.details, ...kind.optional]) keys.add(d);
  const order = (k: string) => fieldRegistry.sections.indexOf(fieldRegistry.fields[k]!.section);
  return [...keys].sort((a, b) => order(a) - order(b));
}

const loaded = (bundle.instruments as unknown[]).map((raw) => checkConsistency(instrumentSchema.parse(raw)));
/** The default instrument first, then the others in the order of their files. */
const instruments: Record<string, Instrument> = Object.fromEntries(
  [...loaded.filter((i) => i.id === defaultInstrumentId), ...loaded.filter((i) => i.id !== defaultInstrumentId)].map((i) => [i.id, i]),
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
export const listsForKind = memo((instrumentId: string, kindId: string): CatalogueList[] => {
  const instrument = getInstrument(instrumentId);
  return getKind(instrumentId, kindId).lists.map((id) => instrument.lists.find((l) => l.id === id)!);
});

export const elementsForKind = memo((instrumentId: string, kindId: string): CatalogueElement[] =>
  listsForKind(instrumentId, kindId).flatMap((l) => l.elements));

/** Every answer the kind asks, once each, in section order then first mention. */
export const fieldKeysForKind = memo((instrumentId: string, kindId: string): string[] => {
  getKind(instrumentId, kindId);
  return fieldKeysOf(getInstrument(instrumentId), kindId);
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

/** Text of a citation: an element, a choice (a purpose of 40(3)), a clause or another provision. */
export function citationText(instrumentId: string, citation: string): Localized | undefined {
  const instrument = getInstrument(instrumentId);
  for (const list of instrument.lists) {
    const el = list.elements.find((e) => e.citation === citation);
    if (el) return el.text;
  }
  for (const set of Object.values(instrument.choiceSets)) {
    const choice = set.find((c) => c.citation === citation);
    if (choice) return choice.text;
  }
  return instrument.provisions[citation];
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
