#!/usr/bin/env node
// The `mla` command: runs the TypeScript sources through tsx, so the CLI and the app share one copy of the code.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  // A bug, not a user's mistake: still one line, never a stack trace.
  process.stderr.write(`mla: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
}
