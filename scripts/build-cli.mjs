/**
 * Builds the `mla` command into plain JavaScript (dist-cli/), so that it starts without a TypeScript
 * compiler: the sources, the catalogue, the language packs, Zod and i18next are bundled; the PDF packages
 * (pdfmake, pdfkit with its patch, fontkit, the fonts) stay in node_modules.
 * Run by `npm ci` / `npm install` (the `prepare` script) and before `npm test`.
 */
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8'));
// Bundled: what every check loads. Resolving and compiling Zod's hundred files took 20 ms of each start.
const bundled = ['zod', 'i18next'];

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
  external: Object.keys(dependencies).filter((name) => !bundled.includes(name)),
  sourcemap: true,
  logLevel: 'warning',
  // Chunks name the command they hold; a fresh build replaces the last one.
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [
    {
      // Data as JSON text read by JSON.parse, not as object literals: V8 compiles and runs 700 KB of
      // literals (six languages' packs, the catalogue) in about 70 ms of each start, and parses the same JSON in a few.
      name: 'json-as-json-parse',
      setup(b) {
        b.onLoad({ filter: /\.json$/ }, (args) => {
          const json = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
          return { contents: `export default JSON.parse(${JSON.stringify(json)});`, loader: 'js' };
        });
      },
    },
    {
      // Zod's error messages in fifty languages, which it exports and never loads itself (its English is
      // imported on its own): 400 KB that every start would compile. The command reports in its own words.
      name: 'zod-without-locales',
      setup(b) {
        b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => (args.importer.includes('/node_modules/zod/') ? { path: 'none', namespace: 'zod-locales' } : undefined));
        b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, () => ({ contents: 'export {};', loader: 'js' }));
      },
    },
  ],
});
