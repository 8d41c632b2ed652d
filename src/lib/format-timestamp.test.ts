import { describe, expect, it } from 'vitest';
import { formatTimestamp } from './format-timestamp';

describe('a saved time', () => {
  it('names the month, so that it cannot be read two ways, in the interface language', () => {
    const at = new Date(2026, 2, 1, 9, 5).toISOString(); // 1 March 2026, 09:05 on this machine
    expect(formatTimestamp(at, 'en')).toMatch(/^1 March 2026.*09:05$/);
    expect(formatTimestamp(at, 'fr')).toMatch(/^1 mars 2026.*09:05$/);
    expect(formatTimestamp(at, 'zh')).toMatch(/^2026年3月1日/);
    expect(formatTimestamp('not a time', 'en')).toBe('—');
  });
});
