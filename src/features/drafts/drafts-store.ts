import { parseRequest } from '../../core/request/parse-request';
import { openAppDb, type AppDb } from '../../lib/app-db';
import type { Draft, DraftSummary } from './draft-types';

/** Drafts live in this browser's IndexedDB only. Records are re-parsed on the way out, as any untrusted input. */

export interface DraftsStore {
  list(): Promise<DraftSummary[]>;
  get(id: string): Promise<Draft | undefined>;
  put(draft: Draft): Promise<void>;
  remove(id: string): Promise<void>;
}

export function openDraftsStore(dbName = 'mla-request-builder'): DraftsStore {
  const conn = () => openAppDb(dbName);
  return {
    async list() {
      const all = (await (await conn()).getAllFromIndex('drafts', 'updatedAt')) as unknown as Draft[];
      return all.reverse().map((d) => ({ id: d.id, name: d.name, kind: d.request?.kind ?? '', updatedAt: d.updatedAt }));
    },
    async get(id) {
      const draft = (await (await conn()).get('drafts', id)) as unknown as Draft | undefined;
      if (!draft) return undefined;
      const parsed = parseRequest(draft.request);
      if (!parsed.ok) throw new Error(`${parsed.code} ${JSON.stringify(parsed.params)}`);
      return { ...draft, request: parsed.request };
    },
    async put(draft) {
      await (await conn()).put('drafts', draft as unknown as AppDb['drafts']['value']);
    },
    async remove(id) {
      await (await conn()).delete('drafts', id);
    },
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
