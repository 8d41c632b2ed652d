import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { memoryStore } from './memory-store';
import { ConflictError, newestFirst, revisionOf, type RecordStore, type StorageKind, type StoredRecord } from './record-store';

/** The app's one IndexedDB database: drafts of requests and reviews of received ones. Nothing leaves the browser. */
type Value = StoredRecord & Record<string, unknown>;
interface AppDb extends DBSchema {
  drafts: { key: string; value: Value; indexes: { updatedAt: string } };
  reviews: { key: string; value: Value; indexes: { updatedAt: string } };
}
type StoreName = 'drafts' | 'reviews';

function openAppDb(name: string): Promise<IDBPDatabase<AppDb>> {
  return openDB<AppDb>(name, 2, {
    upgrade(database, oldVersion) {
      // Each version adds what it needs; nothing saved before is dropped.
      if (oldVersion < 1) database.createObjectStore('drafts', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
      if (oldVersion < 2) database.createObjectStore('reviews', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
    },
    // A newer version of the app opened in another tab: let it upgrade.
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
    },
  });
}

const channelName = (db: string) => `mla-records:${db}`;

/** One store of the database, with saves that refuse to overwrite a record another tab changed meanwhile. */
function idbStore<R extends StoredRecord>(db: IDBPDatabase<AppDb>, dbName: string, store: StoreName): RecordStore<R> {
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(channelName(dbName));
  const announce = (id: string, revision: number | null) => channel?.postMessage({ store, id, revision });
  return {
    async all() {
      return newestFirst((await db.getAll(store)) as unknown as R[]);
    },
    async get(id) {
      return (await db.get(store, id)) as unknown as R | undefined;
    },
    async create(record) {
      const stored = { ...record, revision: 1 } as R;
      await db.add(store, stored as unknown as Value);
      announce(stored.id, 1);
      return stored;
    },
    async save(record, expected) {
      const tx = db.transaction(store, 'readwrite');
      const current = await tx.store.get(record.id);
      if (revisionOf(current) !== expected) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new ConflictError((current as unknown as StoredRecord) ?? null);
      }
      const stored = { ...record, revision: expected + 1 } as R;
      await tx.store.put(stored as unknown as Value);
      // Only a committed transaction is saved: a full disk fails here (QuotaExceededError), not before.
      await tx.done;
      announce(stored.id, stored.revision);
      return stored;
    },
    async remove(id) {
      await db.delete(store, id);
      announce(id, null);
    },
    watch(listener) {
      if (!channel) return () => {};
      const onMessage = (e: MessageEvent) => {
        const m = e.data as { store?: unknown; id?: unknown; revision?: unknown };
        if (m?.store === store && typeof m.id === 'string') listener(m.id, typeof m.revision === 'number' ? m.revision : null);
      };
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
  };
}

export interface AppStorage<Draft extends StoredRecord, Review extends StoredRecord> {
  kind: StorageKind;
  drafts: RecordStore<Draft>;
  reviews: RecordStore<Review>;
}

/**
 * Opens the browser's storage, or says why it cannot: IndexedDB missing, or refused (some private modes
 * throw SecurityError). Then records live in this tab's memory, and the app says so, so that nothing is
 * believed saved that is not.
 */
export async function openStorage<Draft extends StoredRecord, Review extends StoredRecord>(dbName = 'mla-request-builder'): Promise<AppStorage<Draft, Review>> {
  const memory = (reason: string): AppStorage<Draft, Review> => ({ kind: { kind: 'memory', reason }, drafts: memoryStore(), reviews: memoryStore() });
  if (typeof indexedDB === 'undefined' || indexedDB === null) return memory('IndexedDB is not available in this browser');
  try {
    const db = await openAppDb(dbName);
    return { kind: { kind: 'indexeddb' }, drafts: idbStore<Draft>(db, dbName, 'drafts'), reviews: idbStore<Review>(db, dbName, 'reviews') };
  } catch (err) {
    return memory(err instanceof Error ? `${err.name}: ${err.message}` : String(err));
  }
}
