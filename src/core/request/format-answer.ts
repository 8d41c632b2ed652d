import type { FieldType } from '../catalogue/catalogue-schema';
import type { Translate } from '../completeness/report-messages';

type Rec = Record<string, unknown>;
const s = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const rec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});
const lines = (...parts: string[]) => parts.filter(Boolean).join('\n');

/**
 * An answer as plain text for the review screen and the PDF. Empty answers give '' so that the caller marks
 * them as missing; nothing is ever filled in here.
 */
export function formatAnswer(type: FieldType, value: unknown, t: Translate, instrument: string): string {
  switch (type) {
    case 'text':
    case 'longText':
    case 'date':
      return s(value);
    case 'number':
      return typeof value === 'number' ? String(value) : '';
    case 'yesNo':
      return value === 'yes' ? t('terms:yes') : value === 'no' ? t('terms:no') : '';
    case 'affirmation':
      return value === true ? t('terms:yes') : '';
    case 'textOrNA': {
      const v = rec(value);
      if (s(v.text)) return s(v.text);
      return v.notApplicable === true && s(v.reason) ? t('terms:notApplicableBecause', { reason: s(v.reason) }) : '';
    }
    case 'periodOrNA':
    case 'period': {
      const v = rec(value);
      if (v.notApplicable === true) return s(v.reason) ? t('terms:notApplicableBecause', { reason: s(v.reason) }) : '';
      return s(v.from) || s(v.to) ? `${s(v.from) || '…'} – ${s(v.to) || '…'}` : '';
    }
    case 'purposes':
      return (Array.isArray(value) ? value : [])
        .map((c) => `${String(c)} ${t(`catalogue:instruments.${instrument}.purposes.${String(c)}`)}`)
        .join('\n');
    case 'offences':
      return (Array.isArray(value) ? value.map(rec) : [])
        .filter((o) => s(o.name))
        .map((o) => [s(o.name), s(o.provision), s(o.maxPenalty)].filter(Boolean).join('; '))
        .join('\n');
    case 'identifiers':
      return (Array.isArray(value) ? value.map(rec) : [])
        .filter((i) => s(i.value))
        .map((i) => {
          const when = [s(i.time).replace('T', ' '), s(i.timezone)].filter(Boolean).join(' ');
          return `${t(`terms:identifierTypes.${s(i.type) || 'other'}`)}: ${s(i.value)}${when ? ` (${when})` : ''}`;
        })
        .join('\n');
    case 'contact': {
      const v = rec(value);
      return lines(s(v.name), s(v.email), s(v.phone));
    }
    case 'custodian': {
      const v = rec(value);
      return lines(s(v.name), s(v.country), s(v.details));
    }
    case 'urgency': {
      const v = rec(value);
      const level = s(v.level) || 'normal';
      return lines(t(`terms:urgencyLevels.${level}`), s(v.deadline) && `${t('terms:deadline')}: ${s(v.deadline)}`, s(v.reason));
    }
  }
}
