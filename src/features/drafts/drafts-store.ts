import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { parseRequest } from '../../core/request/parse-request';
import type { Draft, DraftSummary } from './draft-types';

/** Drafts live in this browser's IndexedDB only. Records are re-parsed on the way out, as any untrusted input. */
interface DraftsDb extends DBSchema {
  drafts: { key: string; value: Draft; indexes: { updatedAt: string } };
}

export interface DraftsStore {
  list(): Promise<DraftSummary[]>;
  get(id: string): Promise<Draft | undefined>;
  put(draft: Draft): Promise<void>;
  remove(id: string): Promise<void>;
}

export function openDraftsStore(dbName = 'mla-request-builder'): DraftsStore {
  let db: Promise<IDBPDatabase<DraftsDb>> | undefined;
  const conn = () =>
    (db ??= openDB<DraftsDb>(dbName, 1, {
      upgrade(database) {
        const store = database.createObjectStore('drafts', { keyPath: 'id' });
        store.createIndex('updatedAt', 'updatedAt');
      },
    }));
  return {
    async list() {
      const all = await (await conn()).getAllFromIndex('drafts', 'updatedAt');
      return all.reverse().map((d) => ({ id: d.id, name: d.name, kind: d.request?.kind ?? '', updatedAt: d.updatedAt }));
    },
    async get(id) {
      const draft = await (await conn()).get('drafts', id);
      if (!draft) return undefined;
      const parsed = parseRequest(draft.request);
      if (!parsed.ok) throw new Error(`${parsed.code} ${JSON.stringify(parsed.params)}`);
      return { ...draft, request: parsed.request };
    },
    async put(draft) {
      await (await conn()).put('drafts', draft);
    },
    async remove(id) {
      await (await conn()).delete('drafts', id);
    },
  };
}

export function newDraftId(): string {
  return crypto.randomUUID();
}
