import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { instrumentIds, kindIds } from '../catalogue/catalogue';
import { translatorFor } from '../../i18n/all-language-packs';
import { jsonSchemaFor as schemaIn } from './json-schema-for';

const en = translatorFor('en');
const jsonSchemaFor = (kind: string, instrument = 'un-cybercrime-2024') => schemaIn(kind, instrument, en);

const everyKind = instrumentIds().flatMap((instrument) => kindIds(instrument).map((kind) => [instrument, kind] as const));

describe('published JSON Schemas', () => {
  it.each(everyKind)('schemas/json/%s/%s.schema.json is up to date (npm run schemas:write)', (instrument, kind) => {
    expect(JSON.parse(readFileSync(`schemas/json/${instrument}/${kind}.schema.json`, 'utf8'))).toEqual(jsonSchemaFor(kind, instrument));
  });

  it('every element of the kind is carried by some answer’s x-article', () => {
    const schema = jsonSchemaFor('preservation') as { properties: { answers: { properties: Record<string, { 'x-article'?: string[] }> } } };
    const cited = Object.values(schema.properties.answers.properties).flatMap((p) => p['x-article'] ?? []);
    expect([...new Set(cited)].sort()).toEqual(['42(3)(a)', '42(3)(b)', '42(3)(c)', '42(3)(d)', '42(3)(e)', '42(3)(f)', '42(3)(g)']);
  });
});
