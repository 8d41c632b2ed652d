import { loadStoredRequest } from '../../core/request/parse-request';
import type { RequestData } from '../../core/request/request-schema';
import type { RecordStore, StoredRecord } from '../../lib/record-store';

/**
 * A draft as stored in this browser: the request as the form last held it (kept even when a value breaks its
 * limits, so nothing typed is lost), and, when a stored draft held values the form could not show, the draft
 * as it was stored before it was first opened, kept until the draft is deleted.
 */
export interface DraftRecord extends StoredRecord {
  request: unknown;
  original?: unknown;
  /** Named from its answers (kind, requested State, reference) until the user gives it a name. */
  autoName?: boolean;
}
export type DraftsStore = RecordStore<DraftRecord>;

export interface DraftSummary {
  id: string;
  name: string;
  instrument: string;
  kind: string;
  updatedAt: string;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** What the home page lists of a draft, read without trusting the record. */
export function draftSummary(record: DraftRecord): DraftSummary {
  const loaded = loadStoredRequest(record.request);
  return { id: text(record.id), name: text(record.name), instrument: loaded.ok ? loaded.request.instrument : '', kind: loaded.ok ? loaded.request.kind : '', updatedAt: text(record.updatedAt) };
}

/** Saves a new draft of a request (new, imported, or opened from a checked file) and returns its id. */
export async function createDraft(store: DraftsStore, request: RequestData, name: string, autoName = false): Promise<string> {
  const now = new Date().toISOString();
  const record = await store.create({ id: crypto.randomUUID(), name, createdAt: now, updatedAt: now, request, ...(autoName ? { autoName } : {}) });
  return record.id;
}
