/** Writes the published JSON Schemas to schemas/json/ (a test checks they match what `mla schema` prints). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { kindIds } from '../src/core/catalogue/catalogue';
import { jsonSchemaFor } from '../src/core/json-schema/json-schema-for';

mkdirSync('schemas/json', { recursive: true });
for (const kind of kindIds()) {
  writeFileSync(`schemas/json/${kind}.schema.json`, `${JSON.stringify(jsonSchemaFor(kind), null, 2)}\n`);
  console.log(`schemas/json/${kind}.schema.json`);
}
