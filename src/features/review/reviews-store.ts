import { loadStoredReview } from '../../core/review/load-stored-review';
import type { Review } from '../../core/review/review-schema';
import type { RecordStore, StoredRecord } from '../../lib/record-store';

/** A review as stored beside the drafts, in this browser; read back as untrusted, like any stored record. */
export interface ReviewRecord extends StoredRecord {
  review: unknown;
  original?: unknown;
}
export type ReviewsStore = RecordStore<ReviewRecord>;

const text = (v: unknown) => (typeof v === 'string' ? v : '');

export function reviewSummary(record: ReviewRecord) {
  const loaded = loadStoredReview(record.review);
  return { id: text(record.id), name: text(record.name), instrument: loaded.ok ? loaded.review.instrument : '', kind: loaded.ok ? loaded.review.kind : '', updatedAt: text(record.updatedAt) };
}

export async function createReview(store: ReviewsStore, review: Review, name: string): Promise<string> {
  const now = new Date().toISOString();
  return (await store.create({ id: crypto.randomUUID(), name, createdAt: now, updatedAt: now, review })).id;
}
