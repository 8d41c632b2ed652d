import { z } from 'zod';
import type { FieldType } from '../catalogue/catalogue-schema';

/**
 * Shape of each answer type. Every part has a default so that an empty draft is valid data:
 * emptiness is judged by the completeness checker, never by a parse failure.
 */
const str = () => z.string().max(20000).default('');
const isoDate = () => z.union([z.literal(''), z.iso.date()]).default('');
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, 'date and time like 2026-11-01T14:03');

export const identifierTypes = ['account', 'email', 'url', 'ip', 'phone', 'device', 'other'] as const;
export const urgencyLevels = ['normal', 'urgent', 'emergency'] as const;

export const offenceSchema = z.object({ name: str(), provision: str(), maxPenalty: str() });
export const identifierSchema = z.object({
  type: z.enum(identifierTypes).default('account'),
  value: str(),
  time: z.union([z.literal(''), localDateTime]).default(''),
  timezone: z.string().max(64).default(''),
});

export function valueSchema(type: FieldType, purposeCitations: readonly string[]): z.ZodType {
  switch (type) {
    case 'text':
    case 'longText':
      return str();
    case 'date':
      return isoDate();
    case 'number':
      return z.number().int().min(0).max(100000).nullable().default(null);
    case 'yesNo':
      return z.enum(['', 'yes', 'no']).default('');
    case 'affirmation':
      return z.boolean().default(false);
    case 'textOrNA':
      return z.object({ text: str(), notApplicable: z.boolean().default(false), reason: str() }).prefault({});
    case 'periodOrNA':
      return z.object({ from: isoDate(), to: isoDate(), notApplicable: z.boolean().default(false), reason: str() }).prefault({});
    case 'period':
      return z.object({ from: isoDate(), to: isoDate() }).prefault({});
    case 'purposes':
      return z.array(z.enum(purposeCitations as [string, ...string[]])).max(50).default([]);
    case 'offences':
      return z.array(offenceSchema).max(100).default([]);
    case 'identifiers':
      return z.array(identifierSchema).max(500).default([]);
    case 'contact':
      return z.object({ name: str(), email: str(), phone: str() }).prefault({});
    case 'custodian':
      return z.object({ name: str(), country: str(), details: str() }).prefault({});
    case 'urgency':
      return z.object({ level: z.enum(urgencyLevels).default('normal'), deadline: isoDate(), reason: str() }).prefault({});
  }
}
