import { describe, expect, it } from 'vitest';
import { loadExample, withAnswers } from '../../../tests/requests';
import { translatorFor } from '../../i18n/all-language-packs';
import { emptyRequest } from '../../core/request/request-schema';
import { defaultDraftName } from './default-draft-name';

const en = translatorFor('en');

describe('a draft’s default name', () => {
  it('is its kind, the requested State and the reference, as far as given', () => {
    expect(defaultDraftName(emptyRequest('preservation'), en)).toBe('Request for expedited preservation of stored electronic data');
    expect(defaultDraftName(loadExample('preservation'), en))
      .toBe('Request for expedited preservation of stored electronic data – Kingdom of Nordvik (fictitious) – PPS/CYB/2026/0417');
    expect(defaultDraftName(loadExample('un-ict-draft-2017/preservation'), translatorFor('zh'))).toMatch(/^快速保全电子信息的请求 – /);
  });
  it('takes out direction controls and line breaks, and stays within the name’s limit', () => {
    const r = withAnswers(loadExample('mla'), { reference: 'A\u202EB\nC', requestedState: 'x'.repeat(500) });
    const name = defaultDraftName(r, en);
    expect(name).not.toMatch(/[\u202E\n]/);
    expect(name.length).toBeLessThanOrEqual(200);
  });
});
