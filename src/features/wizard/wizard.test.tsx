import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { emptyRequest } from '../../core/request/request-schema';
import { renderWithI18n } from '../../../tests/render-with-i18n';
import { Wizard } from './wizard';

function setup(kind: string, stepId?: string) {
  const onSave = vi.fn();
  const user = userEvent.setup();
  renderWithI18n(
    <Wizard name="Test" request={emptyRequest(kind)} stepId={stepId} onRename={() => {}} onChange={onSave} onClose={() => {}} />,
  );
  return { user, onSave };
}
const panelItem = (citation: string) =>
  screen.getByRole('button', { name: new RegExp(`Go to ${citation.replace(/[()]/g, '\\$&')}:`) }).closest('li')!;

describe('Wizard', () => {
  it('refuses "Next" on a step with a missing element, marks the field and announces the count', async () => {
    const { user } = setup('preservation');
    expect(screen.getByRole('heading', { level: 2, name: /Step 1 of 6: Authorities/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText(/This step has 1 problem/)).toBeTruthy();
    const input = screen.getByLabelText(/Requesting authority/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('heading', { level: 2, name: /Step 1 of 6/ })).toBeTruthy();

    await user.type(input, 'Prosecutor General');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('heading', { level: 2, name: /Step 2 of 6: The case/ })).toBeTruthy();
  });

  it('never marks a step complete while an answer of it is missing, wrong or a detail is not given', async () => {
    const { user } = setup('preservation', 'urgency');
    const steps = screen.getByRole('navigation', { name: 'Steps' });
    const urgency = () => within(steps).getByRole('button', { name: /Urgency/ }).textContent ?? '';
    // Only details here (urgency, signatory): not given, so not complete.
    expect(urgency()).toContain('(incomplete)');
    await user.type(screen.getByLabelText(/Name and title of the signing officer/), 'Kadri Lepp');
    await waitFor(() => expect(urgency()).toContain('(complete)'));
    const parties = () => within(steps).getByRole('button', { name: /Authorities/ }).textContent ?? '';
    expect(parties()).toContain('(incomplete)');
  });

  it('asks the shared authority of 40(15)(a) and 45(3)(a) once and completes both', async () => {
    const { user } = setup('traffic-data');
    expect(screen.getAllByLabelText(/Requesting authority/)).toHaveLength(1);
    await user.type(screen.getByLabelText(/Requesting authority/), 'Prosecutor General');
    await waitFor(() => expect(within(panelItem('40(15)(a)')).getByText('complete')).toBeTruthy());
    expect(within(panelItem('45(3)(a)')).getByText('complete')).toBeTruthy();
  });

  it('waives 40(15)(c) when service of judicial documents is the only assistance sought', async () => {
    const { user } = setup('mla', 'assistance');
    expect(within(panelItem('40(15)(c)')).getByText('missing')).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: /effecting service of judicial documents/ }));
    await waitFor(() => expect(within(panelItem('40(15)(c)')).getByText('not required')).toBeTruthy());
    await user.click(screen.getByRole('checkbox', { name: /taking evidence or statements/ }));
    await waitFor(() => expect(within(panelItem('40(15)(c)')).getByText('missing')).toBeTruthy());
  });

  it('takes "not possible / not applicable" with a reason as an answer for 40(15)(e)', async () => {
    const { user } = setup('mla', 'assistance');
    const group = screen.getByRole('group', { name: /Persons, items or accounts concerned/ });
    await user.click(within(group).getByRole('checkbox', { name: 'Not possible or not applicable' }));
    expect(within(panelItem('40(15)(e)')).getByText('missing')).toBeTruthy();
    await user.type(within(group).getByLabelText('Reason it is not possible or not applicable'), 'Suspect unknown');
    await waitFor(() => expect(within(panelItem('40(15)(e)')).getByText('not applicable')).toBeTruthy());
    expect(within(panelItem('40(15)(e)')).getByText('not possible or not applicable: Suspect unknown')).toBeTruthy();
  });

  it('an MLA request for real-time traffic data is never complete: the element has an error and its step is not done', async () => {
    const { user } = setup('mla', 'assistance');
    await user.type(screen.getByLabelText(/Description of the assistance sought/), 'Traffic data of one account');
    await user.click(screen.getByRole('checkbox', { name: /collecting traffic data in real time/ }));
    await waitFor(() => expect(within(panelItem('40(15)(d)')).getByText('has an error')).toBeTruthy());
    expect(within(panelItem('40(15)(d)')).getByText(/draft it as a “Request for real-time collection of traffic data”/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Assistance sought/ }).textContent).toContain('incomplete');
  });

  it('hands every change to the save path', async () => {
    const { user, onSave } = setup('preservation');
    await user.type(screen.getByLabelText('Reference number'), 'REF-1');
    await waitFor(() => expect(onSave).toHaveBeenCalled(), { timeout: 2000 });
    const saved = (onSave.mock.calls.at(-1) as unknown as [{ answers: { reference: string } }])[0];
    expect(saved.answers.reference).toBe('REF-1');
  });

  it('shows the review with missing elements marked, never filled in', async () => {
    setup('preservation', 'review');
    expect(screen.getAllByText(/^Not ready: 7 required elements are missing\./).length).toBeGreaterThan(0);
    expect(screen.getAllByText('MISSING').length).toBeGreaterThanOrEqual(7);
  });
});
