import type { LanguageCode } from '../catalogue/catalogue-types';
import { translationAt } from '../translation/translation-units';
import { reviewGaps, type Review } from './review-schema';

/** Where the version of a reviewer's note in another language is kept. */
export const noteKey = (citation: string) => `items.${citation}.note`;

export interface NoteText {
  citation: string;
  key: string;
  original: string;
  translated: string;
  stale: boolean;
}

/** The reviewer's notes on the gaps the letter asks about, each with its version in a language. */
export function reviewNoteUnits(review: Review, lang: LanguageCode): NoteText[] {
  return reviewGaps(review).gaps.filter((g) => g.note).map((g) => ({
    citation: g.citation, key: noteKey(g.citation), original: g.note, ...translationAt(review, lang, noteKey(g.citation), g.note),
  }));
}

/** A note as the letter prints it in one language: as written, or the reviewer's version, or the original marked untranslated. */
export function noteIn(review: Review, citation: string, note: string, lang: LanguageCode): { text: string; untranslated: boolean } {
  if (lang === review.language) return { text: note, untranslated: false };
  const { translated } = translationAt(review, lang, noteKey(citation), note);
  return translated ? { text: translated, untranslated: false } : { text: note, untranslated: true };
}
