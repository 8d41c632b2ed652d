import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = 'schemas/catalogue';

/** The instrument files as data, in the order of their names. */
export function catalogueFiles(): unknown[] {
  return readdirSync(folder).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')));
}
