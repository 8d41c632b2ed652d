import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** The app's one IndexedDB database: drafts of requests and reviews of received ones. Nothing leaves the browser. */
export interface AppDb extends DBSchema {
  drafts: { key: string; value: { id: string; updatedAt: string } & Record<string, unknown>; indexes: { updatedAt: string } };
  reviews: { key: string; value: { id: string; updatedAt: string } & Record<string, unknown>; indexes: { updatedAt: string } };
}

const connections = new Map<string, Promise<IDBPDatabase<AppDb>>>();

export function openAppDb(name = 'mla-request-builder'): Promise<IDBPDatabase<AppDb>> {
  let db = connections.get(name);
  if (!db) {
    db = openDB<AppDb>(name, 2, {
      upgrade(database, oldVersion) {
        // Each version adds what it needs; nothing saved before is dropped.
        if (oldVersion < 1) database.createObjectStore('drafts', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
        if (oldVersion < 2) database.createObjectStore('reviews', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
      },
    });
    connections.set(name, db);
  }
  return db;
}

/** The records of one store, newest first, typed; callers re-parse what they read as untrusted. */
export function recordStore<R extends { id: string; updatedAt: string }>(store: 'drafts' | 'reviews', dbName?: string) {
  const conn = () => openAppDb(dbName);
  return {
    async all(): Promise<R[]> {
      return ((await (await conn()).getAllFromIndex(store, 'updatedAt')) as unknown as R[]).reverse();
    },
    async get(id: string): Promise<R | undefined> {
      return (await (await conn()).get(store, id)) as unknown as R | undefined;
    },
    async put(record: R): Promise<void> {
      await (await conn()).put(store, record as unknown as AppDb[typeof store]['value']);
    },
    async remove(id: string): Promise<void> {
      await (await conn()).delete(store, id);
    },
  };
}
