import { lstatSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { fileTypeName } from './read-request-file';

/** Something found in a folder that is not checked, and why: said, never silently passed over. */
export interface Skipped {
  path: string;
  reason: 'symlink' | 'fifo' | 'device' | 'socket' | 'other' | 'unreadableFolder';
  code?: string;
}

export interface Collected {
  files: string[];
  skipped: Skipped[];
  /** Files in folders that are not .json: counted, not listed. */
  ignored: number;
}

export interface FsLike {
  readdir(path: string): Dirent[];
  stat(path: string): { isDirectory(): boolean };
}
const nodeFs: FsLike = { readdir: (p) => readdirSync(p, { withFileTypes: true }), stat: (p) => statSync(p) };

/**
 * Expands folders into the .json files below them, sorted. A path given on the command line is kept as given
 * (even missing: the check says so); inside folders, symbolic links are not followed (no loops, nothing
 * outside the folder), FIFOs and devices are not opened, and a folder that cannot be read is reported while
 * the walk goes on.
 */
export function collectFiles(paths: string[], fs: FsLike = nodeFs): Collected {
  const out: Collected = { files: [], skipped: [], ignored: 0 };
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = fs.stat(p).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) {
      out.files.push(p);
      continue;
    }
    const found: string[] = [];
    const folders = [p];
    while (folders.length) {
      const folder = folders.pop()!;
      let entries: Dirent[];
      try {
        entries = fs.readdir(folder);
      } catch (err) {
        out.skipped.push({ path: folder, reason: 'unreadableFolder', code: (err as NodeJS.ErrnoException).code ?? String(err) });
        continue;
      }
      const prefix = childPrefix(folder);
      for (const e of entries) {
        const path = prefix + e.name;
        if (e.isDirectory()) folders.push(path);
        else if (!e.name.toLowerCase().endsWith('.json')) out.ignored++;
        else if (e.isFile()) found.push(path);
        else if (e.isSymbolicLink()) out.skipped.push({ path, reason: 'symlink' });
        else out.skipped.push({ path, reason: specialReason(path) });
      }
    }
    // One by one: spread into push, a folder of over about 125,000 files threw (too many arguments).
    for (const file of found.sort()) out.files.push(file);
  }
  out.skipped.sort((a, b) => a.path.localeCompare(b.path));
  return out;
}

/**
 * What join(folder, name) puts before a name read from that folder (one segment: never "", ".", ".." or with a
 * slash), worked out once a folder: joining each of 50,000 names took 40 ms.
 */
export const childPrefix = (folder: string): string => join(folder, 'x').slice(0, -1);

function specialReason(path: string): Skipped['reason'] {
  try {
    const type = fileTypeName(lstatSync(path));
    return type === 'fifo' || type === 'device' || type === 'socket' ? type : 'other';
  } catch {
    return 'other';
  }
}
