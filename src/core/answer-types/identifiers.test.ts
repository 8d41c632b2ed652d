import { describe, expect, it } from 'vitest';
import { identifiersType } from './identifiers';
import { testFormat, tagged } from './test-context';

describe('the identifiers answer', () => {
  it('flags an IP address that cannot be attributed without its time and time zone', () => {
    const ev = identifiersType.evaluate([{ type: 'ip', value: '192.0.2.1', time: '2026-11-03T02:14', timezone: '' }]);
    expect(ev.problems).toEqual([expect.objectContaining({ subPath: '0.timezone', code: 'ipWithoutTime' })]);
  });
  it('prints values as written; only an identifier of type "other", described in words, is translated', () => {
    const ids = [{ type: 'email', value: 'a@b.example', time: '', timezone: '' }, { type: 'other', value: 'the shared drive', time: '', timezone: '' }];
    expect(identifiersType.prose(ids)).toEqual([{ sub: '1.value', text: 'the shared drive' }]);
    expect(identifiersType.format(ids, testFormat(tagged))).toBe('[terms:identifierTypes.email]: a@b.example\n[terms:identifierTypes.other]: <1.value|the shared drive>');
  });
  it('limits the time zone to 64 characters and the list to 500 rows', () => {
    const schema = identifiersType.schema({ choices: [] });
    expect(schema.safeParse([{ type: 'ip', value: 'x', time: '', timezone: 'Z'.repeat(65) }]).success).toBe(false);
    expect(schema.safeParse(Array(501).fill(identifiersType.emptyRow!())).success).toBe(false);
  });
  it('a type it does not know prints as it is, never as a missing translation key', () => {
    expect(identifiersType.format([{ type: 'satellite', value: 'x' }], testFormat())).toBe('satellite: x');
  });
});
