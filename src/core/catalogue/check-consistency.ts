import type { FieldDefinition, Instrument } from './catalogue-types';

export interface FieldRegistry {
  sections: string[];
  fields: Record<string, FieldDefinition>;
}

/** Every answer a kind asks, once each, in section order then first mention. */
export function fieldKeysOf(ins: Instrument, kindId: string, registry: FieldRegistry): string[] {
  const kind = ins.kinds[kindId]!;
  const keys = new Set<string>();
  for (const id of kind.lists) {
    for (const el of ins.lists.find((l) => l.id === id)?.elements ?? []) {
      for (const a of [...el.answers, ...(el.optionalAnswers ?? [])]) keys.add(a);
      if (el.condition) keys.add(el.condition.answer);
    }
  }
  for (const d of [...kind.details, ...kind.optional]) keys.add(d);
  const order = (k: string) => registry.sections.indexOf(registry.fields[k]!.section);
  return [...keys].sort((a, b) => order(a) - order(b));
}

/**
 * What the schema cannot say: every name an instrument uses must exist (fields, lists, kinds, clauses, choice
 * sets) and a citation is in one list only. Run when the catalogue is bundled, so a typo fails there.
 */
export function checkConsistency(ins: Instrument, registry: FieldRegistry): void {
  const fail = (what: string): never => {
    throw new Error(`${ins.id}: ${what}`);
  };
  const known = (key: string, where: string) => registry.fields[key] ?? fail(`${where} names unknown field ${key}`);
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
    for (const key of fieldKeysOf(ins, id, registry)) {
      const set = registry.fields[key]!.options;
      if (set && !ins.choiceSets[set]) fail(`field ${key} picks from ${set}, which ${ins.id} does not have`);
    }
  }
}
