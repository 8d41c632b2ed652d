import { z } from 'zod';
import { missing, ok, type AnswerType } from './answer-type';

/**
 * Categories of data a request is about, ticked rather than written (as the EU preservation certificate
 * does): their words come from the tool in each of the six languages (`terms:dataCategories.*`), so only
 * the free-text description needs translating. Subscriber information, traffic and content data follow the
 * definitions of Art. 2 of the 2024 Convention; the log types name what providers keep.
 */
export const dataCategoryIds = ['subscriber', 'userIdentification', 'traffic', 'content', 'location', 'deviceIdentifiers', 'accountActivity'] as const;
export type DataCategory = (typeof dataCategoryIds)[number];

const ticked = (v: unknown): DataCategory[] =>
  Array.isArray(v) ? dataCategoryIds.filter((id) => v.includes(id)) : [];

export const dataCategoriesType: AnswerType = {
  schema: () => z.array(z.enum(dataCategoryIds)).max(dataCategoryIds.length)
    .refine((v) => new Set(v).size === v.length, { message: 'duplicateCategory' }).default([]),
  evaluate: (v) => (ticked(v).length > 0 ? ok() : missing()),
  // Always in the list's order, whatever the order of ticking, so that both columns match line for line.
  format: (v, ctx) => ticked(v).map((id) => `• ${ctx.t(`terms:dataCategories.${id}`)}`).join('\n'),
  prose: () => [],
};
