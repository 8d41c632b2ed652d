import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../../tests/render-with-i18n';
import { checkRequest } from '../../core/completeness/check-request';
import { parseRequest } from '../../core/request/parse-request';
import type { RequestData } from '../../core/request/request-schema';
import { CompletenessReport } from './completeness-report';

const load = (file: string, answers: Record<string, unknown> = {}): RequestData => {
  const p = parseRequest(JSON.parse(readFileSync(file, 'utf8')));
  if (!p.ok) throw new Error(p.code);
  return { ...p.request, answers: { ...p.request.answers, ...answers } } as RequestData;
};
const at = { today: '2026-11-22' };
const item = (citation: string) => screen.getByText(citation, { selector: 'strong' }).closest('li')!;

describe('CompletenessReport', () => {
  it('shows each way a request can fall short, with citations and the Convention’s words', () => {
    const request = load('examples/mla.json', {
      factsSummary: '', assistancePurposes: ['40(3)(b)'],
      personsAndItems: { text: '', notApplicable: true, reason: 'Unknown yet' },
      evidencePeriod: { from: '2026-12-01', to: '2026-11-01', notApplicable: false, reason: '' },
      assistancePurpose: '',
      urgency: { level: 'urgent', deadline: '', reason: '' },
    });
    renderWithI18n(<CompletenessReport report={checkRequest(request, at)} />);
    expect(within(item('40(15)(c)')).getByText('not required')).toBeTruthy();
    expect(within(item('40(15)(c)')).getByText('Not required: the request only seeks service of judicial documents.')).toBeTruthy();
    expect(within(item('40(15)(e)')).getByText('not possible or not applicable: Unknown yet')).toBeTruthy();
    expect(within(item('40(15)(g)')).getByText('missing')).toBeTruthy();
    expect(within(item('40(15)(g)')).getByText('the purpose for which the evidence, information or other assistance is sought')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Errors' })).toBeTruthy();
    // A wrong period is never "complete": the element says it has an error, and the error is listed.
    expect(within(item('40(15)(f)')).getByText('has an error')).toBeTruthy();
    expect(within(item('40(15)(f)')).getByText(/the period ends \(2026-11-01\) before it starts \(2026-12-01\)/)).toBeTruthy();
    expect(document.querySelector('.completeness-issues.errors')!.textContent).toMatch(/40\(15\)\(f\) the period ends/);
    expect(screen.getByText(/an urgent request should give a deadline and the reasons for it/)).toBeTruthy();
    expect(screen.getByText('The English wording of the Convention shown here is an unofficial rendering of the authentic Chinese text; authentic texts: A/RES/79/243, annex.')).toBeTruthy();
  });

  it('jumps when it can, and is plain text when checking a file', async () => {
    const onJump = vi.fn();
    const report = checkRequest(load('tests/fixtures/requests/preservation-gaps.json'), at);
    const { unmount } = renderWithI18n(<CompletenessReport report={report} onJump={onJump} />);
    await userEvent.click(screen.getByRole('button', { name: 'Go to 42(3)(c): missing' }));
    expect(onJump).toHaveBeenCalledWith('answers.dataDescription');
    unmount();
    renderWithI18n(<CompletenessReport report={report} />);
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('speaks Chinese with the authentic text and no rendering notice', () => {
    renderWithI18n(<CompletenessReport report={checkRequest(load('tests/fixtures/requests/preservation-gaps.json'), at)} />, 'zh');
    expect(within(item('第四十二条第三款(d)项')).getByText('所掌握的指明存储的电子数据的保管人身份或信息和通信技术系统所在位置的任何信息')).toBeTruthy();
    expect(screen.queryByText(/unofficial rendering|非官方译文/)).toBeNull();
  });
});
