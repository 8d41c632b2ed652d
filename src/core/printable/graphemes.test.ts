import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemesOf } from './graphemes';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const whole = (s: string) => Array.from(segmenter.segment(s), (x) => x.segment);

describe('graphemes of long text', () => {
  it('are the segmenter’s own, for any text and across every piece boundary', () => {
    // Clusters that straddle the 1,024-unit pieces: accents, emoji sequences, surrogate pairs, flags, Hangul jamo.
    const cluster = fc.constantFrom('a', 'e\u0301', 'x\u0300\u0316\u0327', '👩‍👩‍👧', '𠀀', '🇫🇷', '\u1100\u1161\u11A8', 'ع', '\r\n', ' ');
    fc.assert(fc.property(fc.array(cluster, { minLength: 0, maxLength: 1500 }), fc.nat(1100), (clusters, pad) => {
      const text = 'p'.repeat(pad) + clusters.join('');
      expect(graphemesOf(text)).toEqual(whole(text));
    }), { numRuns: 200 });
  });
  it('does not split a flag whose pair of letters straddles a piece', () => {
    const text = `${'p'.repeat(1019)}\r\n🇫🇷`;
    expect(graphemesOf(text)).toEqual(whole(text));
  });
  it('keeps a cluster longer than a piece whole', () => {
    const zalgo = `z${'\u0301'.repeat(3000)}y`;
    expect(graphemesOf(zalgo)).toEqual(whole(zalgo));
  });
});
