import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint, isFingerprintOf } from './translation-units';

// Kept fingerprints as files may hold them: right, for another text, changed by a letter's case or a zero in
// front, cut short, grown, out of range, or anything at all.
const basisFor = (text: string) => fc.oneof(
  fc.constant(fingerprint(text)),
  fc.string().map(fingerprint),
  fc.constant(fingerprint(text).toUpperCase()),
  fc.constant(`0${fingerprint(text)}`),
  fc.constant(fingerprint(text).slice(1)),
  fc.constant(`${fingerprint(text)}a`),
  fc.constantFrom('', '0', 'zzzzzzzzzzz', '2gosa7pa2gv', '2gosa7pa2gw', ' 1', '1 ', '-1', '+1', '1e3', 'é'),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

describe('telling a kept fingerprint without writing one out (fast-check)', () => {
  it('says yes exactly when the basis is the text\'s fingerprint as fingerprint() writes it', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }).chain((text) => fc.tuple(fc.constant(text), basisFor(text))), ([text, basis]) => {
      expect(isFingerprintOf(basis, text)).toBe(basis === fingerprint(text));
    }), { numRuns: 5000 });
  });

  it('knows the fingerprints of texts of every length and script', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), (text) => {
      expect(isFingerprintOf(fingerprint(text), text)).toBe(true);
    }), { numRuns: 1000 });
  });
});
