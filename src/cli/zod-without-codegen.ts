import { z } from 'zod';

/**
 * The command runs Zod without its generated parsers. Each kind's parser is one large generated function. The
 * engine takes about 0.1 s to compile each of them, and a run of some thousands of files never earns that
 * back: 10,000 files checked 11% faster without them, 50,000 as fast (paired runs).
 * The results are the same; this is Zod's own path for pages where code generation is forbidden.
 * main.ts and check-worker.ts import this first, before anything parses.
 */
z.config({ jitless: true });
