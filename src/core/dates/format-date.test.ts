import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format-date';

const languages = ['en', 'zh', 'fr', 'ru', 'es', 'ar'] as const;

describe('dates in each language', () => {
  it('writes the month, so that no date reads two ways', () => {
    expect(formatDate('2026-03-01', 'en')).toBe('1 March 2026');
    expect(formatDate('2026-03-01', 'fr')).toBe('1 mars 2026');
    expect(formatDate('2026-03-01', 'es')).toBe('1 de marzo de 2026');
    expect(formatDate('2026-03-01', 'ru')).toMatch(/^1 марта 2026/);
    expect(formatDate('2026-03-01', 'zh')).toBe('2026年3月1日');
    expect(formatDate('2026-03-01', 'ar')).toMatch(/^1 مارس 2026/);
    expect(formatDateTime('2026-11-22T07:35', 'en')).toMatch(/^22 November 2026.*07:35$/);
  });
  it('gives back what is not a real date as it was written', () => {
    expect(formatDate('2026-02-30', 'en')).toBe('2026-02-30');
    expect(formatDate('soon', 'fr')).toBe('soon');
    expect(formatDateTime('2026-11-22', 'en')).toBe('2026-11-22');
  });
  it('keeps the day and the year of any date, in every language (no time-zone shift)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }), fc.constantFrom(...languages), (d, lang) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, , day] = iso.split('-').map(Number);
        const out = formatDate(iso, lang);
        expect(out).toContain(String(y));
        expect(out).toMatch(new RegExp(`(^|\\D)${day}(\\D|$)`));
        expect(out).not.toMatch(/^\d{1,2}\/\d{1,2}\/\d{4}$/);
      }),
    );
  });
});
