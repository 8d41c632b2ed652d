import { z } from 'zod';
import { defaultInstrumentId } from '../catalogue/catalogue';
import { requestSchemaFor } from '../request/request-schema';

/**
 * The published JSON Schema (draft 2020-12) of one kind of request. `io: 'input'` because files may leave out
 * any answer (it then reads as empty); every answer that fulfils an element carries `x-article`.
 */
export function jsonSchemaFor(kind: string, instrumentId = defaultInstrumentId): Record<string, unknown> {
  const schema = z.toJSONSchema(requestSchemaFor(kind, instrumentId), { target: 'draft-2020-12', io: 'input' });
  return { ...schema, $id: `urn:mla-request-builder:${instrumentId}:${kind}:v1` };
}
