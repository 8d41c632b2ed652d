/** Writes the published JSON Schemas to schemas/json/<instrument>/<kind>.schema.json (a test checks they match what `mla schema` prints). */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { instrumentIds, kindIds } from '../src/core/catalogue/catalogue';
import { jsonSchemaFor } from '../src/core/json-schema/json-schema-for';
import { translatorFor } from '../src/i18n/all-language-packs';

rmSync('schemas/json', { recursive: true, force: true });
for (const instrument of instrumentIds()) {
  mkdirSync(`schemas/json/${instrument}`, { recursive: true });
  for (const kind of kindIds(instrument)) {
    writeFileSync(`schemas/json/${instrument}/${kind}.schema.json`, `${JSON.stringify(jsonSchemaFor(kind, instrument, translatorFor('en')), null, 2)}\n`);
    console.log(`schemas/json/${instrument}/${kind}.schema.json`);
  }
}
