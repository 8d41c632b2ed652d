import { z } from 'zod';
import type { Translate } from '../completeness/report-messages';
import { requestSchemaFor } from '../request/request-schema';

/**
 * The published JSON Schema (draft 2020-12) of one kind of request. `io: 'input'` because files may leave out
 * any answer (it then reads as empty); every answer that fulfils an element carries `x-article`. Titles are
 * the catalogue's words in the language of `t` (English for the published files).
 */
export function jsonSchemaFor(kind: string, instrumentId: string, t: Translate): Record<string, unknown> {
  const schema = z.toJSONSchema(requestSchemaFor(kind, instrumentId), { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  const answers = (schema.properties as { answers: { properties: Record<string, Record<string, unknown>> } }).answers;
  const properties = Object.fromEntries(Object.entries(answers.properties).map(([key, property]) => [key, { title: t(`catalogue:fields.${key}`), ...property }]));
  const ns = `catalogue:instruments.${instrumentId}`;
  return {
    ...schema,
    properties: { ...(schema.properties as object), answers: { ...answers, properties } },
    title: `${t(`${ns}.kinds.${kind}`)} (${t(`${ns}.shortTitle`)})`,
    $id: `urn:mla-request-builder:${instrumentId}:${kind}:v1`,
  };
}
