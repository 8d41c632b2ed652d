/**
 * Validates the law as written in schemas/ and writes what the program reads: the catalogue's structure and a
 * pack of its texts per language (see catalogue-sources.ts). Adding an instrument is adding a file and running
 * this; a test fails when the written files are not what the sources give.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { catalogueOutputs } from './catalogue-sources';

for (const [file, content] of Object.entries(catalogueOutputs())) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  console.log(file);
}
