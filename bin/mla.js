#!/usr/bin/env node
// The `mla` command: plain JavaScript built from src/cli by `npm run build:cli` (run by `npm ci`, `npm install`
// and `npm test`), so it starts without a TypeScript compiler.
import { existsSync } from 'node:fs';

const built = new URL('../dist-cli/main.js', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write('mla: the command is not built yet: run "npm run build:cli" (npm ci and npm install do it)\n');
  process.exit(2);
}
// Output piped into a command that stops reading (| head): stop quietly, as other commands do.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
const { main } = await import(built.href);
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  // A bug, not a user's mistake: still one line, never a stack trace.
  process.stderr.write(`mla: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
}
