import { parseRequest } from '../../core/request/parse-request';
import { recordStore } from '../../lib/app-db';
import type { Draft, DraftSummary } from './draft-types';

/** Drafts live in this browser's IndexedDB only. Records are re-parsed on the way out, as any untrusted input. */

export interface DraftsStore {
  list(): Promise<DraftSummary[]>;
  get(id: string): Promise<Draft | undefined>;
  put(draft: Draft): Promise<void>;
  remove(id: string): Promise<void>;
}

export function openDraftsStore(dbName = 'mla-request-builder'): DraftsStore {
  const records = recordStore<Draft>('drafts', dbName);
  return {
    async list() {
      return (await records.all()).map((d) => ({ id: d.id, name: d.name, kind: d.request?.kind ?? '', updatedAt: d.updatedAt }));
    },
    async get(id) {
      const draft = await records.get(id);
      if (!draft) return undefined;
      const parsed = parseRequest(draft.request);
      if (!parsed.ok) throw new Error(`${parsed.code} ${JSON.stringify(parsed.params)}`);
      return { ...draft, request: parsed.request };
    },
    put: (draft) => records.put(draft),
    remove: (id) => records.remove(id),
  };
}

export function newDraftId(): string {
  return crypto.randomUUID();
}

/** Saves a new draft of a request (new, imported, or opened from a checked file) and returns its id. */
export async function createDraft(store: DraftsStore, request: Draft['request'], name: string): Promise<string> {
  const now = new Date().toISOString();
  const id = newDraftId();
  await store.put({ id, name, createdAt: now, updatedAt: now, request });
  return id;
}
