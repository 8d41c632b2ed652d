import { defaultInstrumentId, instrumentIds, kindFromName, kindIds, kindName } from '../core/catalogue/catalogue';
import type { Translate } from '../core/completeness/report-messages';
import { jsonSchemaFor } from '../core/json-schema/json-schema-for';
import { terminalSafe } from './terminal-text';

interface Io { out: (s: string) => void; err: (s: string) => void }

const everyKind = () => instrumentIds().flatMap((instrument) => kindIds(instrument).map((kind) => ({ instrument, kind, name: kindName(instrument, kind) })));

/**
 * `mla schema`: the JSON Schema of one kind (KIND for the default instrument's, INSTRUMENT/KIND for any), of
 * every kind of every instrument, or with --list the names of them all and their titles.
 */
export function runSchema(args: string[], list: boolean, t: Translate, io: Io): number {
  if (list) {
    for (const k of everyKind()) io.out(`${k.name}\t${t(`catalogue:instruments.${k.instrument}.kinds.${k.kind}`)}`);
    return 0;
  }
  if (args.length === 0) {
    io.out(JSON.stringify(Object.fromEntries(everyKind().map((k) => [k.name, jsonSchemaFor(k.kind, k.instrument, t)])), null, 2));
    return 0;
  }
  const named = kindFromName(args[0] ?? '');
  if (!named) {
    io.err(terminalSafe(`mla schema: unknown kind "${args[0]}"; see mla schema --list (${defaultInstrumentId}: ${kindIds().join(', ')})`));
    return 2;
  }
  io.out(JSON.stringify(jsonSchemaFor(named.kind, named.instrument, t), null, 2));
  return 0;
}
