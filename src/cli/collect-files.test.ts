import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { childPrefix } from './collect-files';

// Folders as a command line may name them: relative, absolute, with ./, ../, doubled and trailing slashes.
const segment = fc.oneof(fc.constantFrom('.', '..', '', 'a', 'b c', 'é', '.git'), fc.string({ maxLength: 4 }).filter((s) => !s.includes('/') && !s.includes('\0')));
const folder = fc.tuple(fc.boolean(), fc.array(segment, { maxLength: 6 })).map(([absolute, parts]) => `${absolute ? '/' : ''}${parts.join('/')}`);
// What readdir gives: any name but "", ".", ".." and names with a slash.
const name = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s !== '.' && s !== '..' && !s.includes('/') && !s.includes('\0'));

describe('childPrefix', () => {
  it('names a file in a folder exactly as join(folder, name) does', () => {
    fc.assert(fc.property(folder, name, (f, n) => {
      expect(childPrefix(f) + n).toBe(join(f, n));
    }), { numRuns: 3000 });
  });
});
