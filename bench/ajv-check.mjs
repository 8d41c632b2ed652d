/**
 * The anchor for `mla check` as a whole process: a plain script that validates every .json file of a folder
 * with ajv against the published JSON Schemas (schemas/json/) and writes one JSON result per file, as a
 * stream, like `mla check --json`. What a team would write without this tool.
 */
import { readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const dir = process.argv[2];
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
const validators = new Map();
for (const instrument of readdirSync('schemas/json')) {
  for (const file of readdirSync(join('schemas/json', instrument))) {
    validators.set(`${instrument}/${file.replace('.schema.json', '')}`, ajv.compile(JSON.parse(readFileSync(join('schemas/json', instrument, file), 'utf8'))));
  }
}
const out = (s) => writeSync(1, s);
out('[');
let first = true;
let exit = 0;
for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const file = join(dir, name);
  let result;
  try {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    const validate = validators.get(`${data.instrument ?? 'un-cybercrime-2024'}/${data.kind}`);
    if (!validate) result = { file, valid: false, errors: [{ message: 'unknown kind' }] };
    else result = { file, valid: validate(data), errors: validate.errors ?? [] };
  } catch (err) {
    result = { file, valid: false, errors: [{ message: String(err) }] };
  }
  if (!result.valid) exit = 1;
  out(`${first ? '' : ','}\n${JSON.stringify(result, null, 2)}`);
  first = false;
}
out('\n]\n');
process.exitCode = exit;
