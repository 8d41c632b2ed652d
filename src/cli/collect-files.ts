import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Expands folders into the .json files below them (sorted); plain paths are kept as given, even if missing. */
export async function collectFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) {
      out.push(p);
      continue;
    }
    const entries = await readdir(p, { withFileTypes: true, recursive: true });
    out.push(...entries
      .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.json'))
      .map((e) => join(e.parentPath, e.name))
      .sort());
  }
  return out;
}
