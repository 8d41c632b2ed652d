import { reviewSchema, type Review } from '../../core/review/review-schema';
import { openAppDb, type AppDb } from '../../lib/app-db';

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
  const conn = () => openAppDb(dbName);
  return {
    async list() {
      const all = (await (await conn()).getAllFromIndex('reviews', 'updatedAt')) as unknown as ReviewRecord[];
      return all.reverse().map((r) => ({ id: r.id, name: r.name, kind: r.review?.kind ?? '', updatedAt: r.updatedAt }));
    },
    async get(id) {
      const record = (await (await conn()).get('reviews', id)) as unknown as ReviewRecord | undefined;
      if (!record) return undefined;
      return { ...record, review: reviewSchema.parse(record.review) };
    },
    async put(record) {
      await (await conn()).put('reviews', record as unknown as AppDb['reviews']['value']);
    },
    async remove(id) {
      await (await conn()).delete('reviews', id);
    },
  };
}

export async function createReview(store: ReviewsStore, review: Review, name: string): Promise<string> {
  const now = new Date().toISOString();
  const id = crypto.randomUUID();
  await store.put({ id, name, createdAt: now, updatedAt: now, review });
  return id;
}
