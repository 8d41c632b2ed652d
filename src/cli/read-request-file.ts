import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { isCleanJson } from '../core/request/json-key-count';
import { maxRequestBytes, parseRequestBytes, tooLargeFailure, type TextParseResult } from '../core/request/parse-request-text';
import { quickParse } from '../core/request/quick-accept';

export type FileResult = TextParseResult | { ok: false; code: 'unreadable' | 'notRegularFile'; params: { message: string } };

/** What a path is, when it is not a regular file: a folder, a FIFO, a device, a socket. */
export function fileTypeName(stats: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (stats.isDirectory()) return 'folder';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  if (stats.isSocket()) return 'socket';
  return 'other';
}

/**
 * One read buffer for every file of a run, sized by the largest file read so far (never past the limit and
 * one byte): a bulk check of 50,000 small files allocates once, not 5 MB a file.
 */
let buffer = Buffer.allocUnsafe(64 * 1024);
function reserve(bytes: number, keep = 0) {
  const want = Math.min(bytes, maxRequestBytes + 1);
  if (buffer.length >= want) return;
  const grown = Buffer.allocUnsafe(want);
  buffer.copy(grown, 0, 0, keep);
  buffer = grown;
}

/**
 * Reads one file into a request, or a reason it is not one. Never throws, never hangs, never reads more than
 * the limit: opened without blocking (a FIFO would wait for a writer), refused unless it is a regular file
 * (/dev/zero never ends), and read in chunks up to 5 MB and one byte, whatever its size said a moment before.
 * Synchronous on purpose: the CLI reads one file after another.
 */
export function readRequestFile(file: string): FileResult {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    return { ok: false, code: 'unreadable', params: { message: (err as NodeJS.ErrnoException).code ?? String(err) } };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, code: 'notRegularFile', params: { message: fileTypeName(stats) } };
    if (stats.size > maxRequestBytes) return tooLargeFailure();
    let length = 0;
    reserve(stats.size + 1);
    for (;;) {
      // Full: the file grew since its size was read; grow with it, up to the limit and one byte.
      if (length === buffer.length) reserve(length * 2, length);
      const asked = buffer.length - length;
      const n = readSync(fd, buffer, length, asked, null);
      length += n;
      if (length > maxRequestBytes) return tooLargeFailure();
      // A regular file reads short only at its end: no second read to learn it (one system call a file saved).
      if (n < asked) break;
    }
    // Decoded into a string at once: the buffer is free for the next file.
    // A bulk check reads thousands of files: the quicker ways to the same answers (parse-request-text.ts).
    return parseRequestBytes(buffer.subarray(0, length), isCleanJson, quickParse);
  } catch (err) {
    return { ok: false, code: 'unreadable', params: { message: (err as NodeJS.ErrnoException).code ?? String(err) } };
  } finally {
    closeSync(fd);
  }
}
