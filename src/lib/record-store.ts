/**
 * A saved record (a draft, a review). `revision` counts its saves: a save says which revision it was made
 * from, and is refused when the stored one has moved on (another tab saved meanwhile), so that no edit is
 * ever overwritten unseen.
 */
/** Longest name a draft or review takes. */
export const maxRecordName = 200;

export interface StoredRecord {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  revision: number;
}

/** The stored record changed since this tab read it: `current` is what is stored now (null: deleted). */
export class ConflictError extends Error {
  constructor(readonly current: StoredRecord | null) {
    super(current ? `changed elsewhere (revision ${current.revision})` : 'deleted elsewhere');
    this.name = 'ConflictError';
  }
}

export interface RecordStore<R extends StoredRecord> {
  /** Newest first. Records are returned as stored: callers re-check them as any untrusted input. */
  all(): Promise<R[]>;
  get(id: string): Promise<R | undefined>;
  create(record: Omit<R, 'revision'>): Promise<R>;
  /** Writes the record if the stored one is still at `expected` (0: none stored yet); the written record, with its new revision. */
  save(record: R, expected: number): Promise<R>;
  remove(id: string): Promise<void>;
  /** Calls back when another tab saves or removes a record of this store. */
  watch(listener: (id: string, revision: number | null) => void): () => void;
}

/** Where records live: IndexedDB, or, when the browser refuses it, this tab's memory (and the user is told). */
export type StorageKind = { kind: 'indexeddb' } | { kind: 'memory'; reason: string };

export const revisionOf = (r: { revision?: unknown } | undefined | null) => (typeof r?.revision === 'number' ? r.revision : 0);

/** Records newest first, whatever their `updatedAt` holds. */
export const newestFirst = <R extends { updatedAt?: unknown }>(records: R[]) =>
  [...records].sort((a, b) => String(b.updatedAt ?? '').localeCompare(String(a.updatedAt ?? '')));
