import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueOutputs } from '../../../scripts/catalogue-sources';

describe('the catalogue bundle and its language packs', () => {
  it('are what schemas/catalogue/ and schemas/fields.json give (npm run catalogue:bundle)', () => {
    for (const [file, content] of Object.entries(catalogueOutputs())) expect(readFileSync(file, 'utf8'), file).toBe(content);
  });
});
