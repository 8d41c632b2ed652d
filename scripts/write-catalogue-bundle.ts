/**
 * Gathers the instrument files of schemas/catalogue/ into the one module the app, the CLI and the tests load
 * (src/core/catalogue/instruments.generated.json): adding an instrument is adding a file and running this.
 * A test checks the bundle matches the files.
 */
import { writeFileSync } from 'node:fs';
import { catalogueFiles } from './catalogue-files';

writeFileSync('src/core/catalogue/instruments.generated.json', `${JSON.stringify({ $comment: 'Written by npm run catalogue:bundle from schemas/catalogue/*.json: edit those, not this.', instruments: catalogueFiles() })}\n`);
console.log('src/core/catalogue/instruments.generated.json');
