/** Writes src/core/printable/font-coverage.json from the font files (a test checks it matches them). */
import { writeFileSync } from 'node:fs';
import { fontCoverageOfFiles } from '../src/pdf/font-coverage-of-files';

writeFileSync('src/core/printable/font-coverage.json', `${JSON.stringify(fontCoverageOfFiles(), null, 2)}\n`);
console.log('src/core/printable/font-coverage.json');
