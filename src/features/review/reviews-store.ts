import { reviewSchema, type Review } from '../../core/review/review-schema';
import { recordStore } from '../../lib/app-db';

export interface ReviewRecord {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  review: Review;
}

export interface ReviewsStore {
  list(): Promise<{ id: string; name: string; kind: string; updatedAt: string }[]>;
  get(id: string): Promise<ReviewRecord | undefined>;
  put(record: ReviewRecord): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Reviews live beside the drafts, in this browser's IndexedDB; re-parsed on the way out like any input. */
export function openReviewsStore(dbName = 'mla-request-builder'): ReviewsStore {
  const records = recordStore<ReviewRecord>('reviews', dbName);
  return {
    async list() {
      return (await records.all()).map((r) => ({ id: r.id, name: r.name, kind: r.review?.kind ?? '', updatedAt: r.updatedAt }));
    },
    async get(id) {
      const record = await records.get(id);
      return record ? { ...record, review: reviewSchema.parse(record.review) } : undefined;
    },
    put: (record) => records.put(record),
    remove: (id) => records.remove(id),
  };
}

export async function createReview(store: ReviewsStore, review: Review, name: string): Promise<string> {
  const now = new Date().toISOString();
  const id = crypto.randomUUID();
  await store.put({ id, name, createdAt: now, updatedAt: now, review });
  return id;
}
