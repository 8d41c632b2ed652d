import { salvage, type ReplacedValue } from '../request/salvage';
import { problemOfIssue, type ValueProblem } from '../request/value-problems';
import { reviewSchema, type Review } from './review-schema';

export type StoredReview =
  | { ok: true; review: Review; invalid: (ValueProblem & { path: string })[]; replaced: ReplacedValue[] }
  | { ok: false; code: 'notReview'; params: Record<string, string> };

/** A stored review always opens, as a stored draft does: wrong values kept and listed, values of the wrong kind set aside. */
export function loadStoredReview(raw: unknown): StoredReview {
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== 'mla-review') return { ok: false, code: 'notReview', params: {} };
  const strict = reviewSchema.safeParse(raw);
  if (strict.success) return { ok: true, review: strict.data, invalid: [], replaced: [] };
  const replaced: ReplacedValue[] = [];
  const review = salvage(reviewSchema, raw, [], replaced) as Review;
  const check = reviewSchema.safeParse(review);
  if (!check.success && check.error.issues.some((i) => i.path[0] === 'kind')) return { ok: false, code: 'notReview', params: {} };
  const invalid = check.success ? [] : check.error.issues.map((issue) => ({ path: issue.path.join('.'), ...problemOfIssue(issue, review) }));
  return { ok: true, review, invalid, replaced };
}
