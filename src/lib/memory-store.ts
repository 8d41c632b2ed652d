import { ConflictError, newestFirst, revisionOf, type RecordStore, type StoredRecord } from './record-store';

/** Records kept in this tab's memory only: used when the browser has no IndexedDB to give. Lost on reload. */
export function memoryStore<R extends StoredRecord>(): RecordStore<R> {
  const records = new Map<string, R>();
  return {
    async all() {
      return newestFirst([...records.values()].map((r) => structuredClone(r)));
    },
    async get(id) {
      const r = records.get(id);
      return r ? structuredClone(r) : undefined;
    },
    async create(record) {
      const stored = { ...structuredClone(record), revision: 1 } as R;
      records.set(stored.id, stored);
      return structuredClone(stored);
    },
    async save(record, expected) {
      const current = records.get(record.id);
      if (revisionOf(current) !== expected) throw new ConflictError(current ?? null);
      const stored = { ...structuredClone(record), revision: expected + 1 };
      records.set(record.id, stored);
      return structuredClone(stored);
    },
    async remove(id) {
      records.delete(id);
    },
    watch: () => () => {},
  };
}
