/**
 * Builds the `mla` command into plain JavaScript (dist-cli/), so that it starts without a TypeScript
 * compiler: the sources, the catalogue and the language packs are bundled; packages stay in node_modules.
 * Run by `npm ci` / `npm install` (the `prepare` script) and before `npm test`.
 */
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist-cli', { recursive: true, force: true });

await build({
  // The worker of a bulk check is its own entry: started by file name (src/cli/check-workers.ts).
  entryPoints: { main: 'src/cli/main.ts', 'check-worker': 'src/cli/check-worker.ts' },
  outdir: 'dist-cli',
  bundle: true,
  splitting: true, // the PDF and schema commands are chunks loaded only when asked for
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  // Chunks name the command they hold; a fresh build replaces the last one.
  chunkNames: 'chunks/[name]-[hash]',
});
