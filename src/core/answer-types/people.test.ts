import { describe, expect, it } from 'vitest';
import { contactType } from './contact';
import { custodianType } from './custodian';
import { testFormat, tagged } from './test-context';
import { urgencyType } from './urgency';

describe('contact, custodian and urgency', () => {
  it('the contact needs a name and a way to reach them; only the name is translated', () => {
    expect(contactType.evaluate({ name: 'Kask', email: '', phone: '' })).toMatchObject({ missingCode: 'contactMeansMissing' });
    const c = { name: 'Senior Prosecutor Kask', email: 'k@x.example', phone: '+1' };
    expect(contactType.prose(c)).toEqual([{ sub: 'name', text: 'Senior Prosecutor Kask' }]);
    expect(contactType.format(c, testFormat(tagged))).toBe('<name|Senior Prosecutor Kask>\nk@x.example\n+1');
  });
  it('every part of the custodian is the user’s words', () => {
    expect(custodianType.prose({ name: 'Mailbox Ltd', country: 'Nordvik', details: '' }).map((p) => p.sub)).toEqual(['name', 'country']);
    expect(custodianType.evaluate({ name: '', country: 'Nordvik', details: '' }).state).toBe('missing');
  });
  it('urgency: the level and the word "deadline" are the tool’s, the reason the user’s; urgent without reasons is a warning', () => {
    const u = { level: 'urgent', deadline: '2026-11-27', reason: 'Logs expire' };
    expect(urgencyType.prose(u)).toEqual([{ sub: 'reason', text: 'Logs expire' }]);
    expect(urgencyType.format(u, testFormat(tagged))).toBe('[terms:urgencyLevels.urgent]\n[terms:deadline]: <date 2026-11-27>\n<reason|Logs expire>');
    expect(urgencyType.evaluate({ level: 'urgent', deadline: '', reason: '' }).problems[0]).toMatchObject({ code: 'deadlineReasonMissing', severity: 'warning' });
  });
});
