import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyRequest, type RequestData } from '../../../core/request/request-schema';
import { focusPath } from '../../../lib/field-id';
import { renderWithI18n } from '../../../../tests/render-with-i18n';
import { Wizard } from '../wizard';
import { firstRows } from './use-rows-in-slices';

const rows = 120;
function withIdentifiers(): RequestData {
  const request = emptyRequest('preservation');
  const identifiers = Array.from({ length: rows }, (_, i) => ({ type: 'ip', value: `198.51.100.${i}`, time: '2026-11-03T02:14', timezone: 'UTC+00:00' }));
  return { ...request, answers: { ...request.answers, dataIdentifiers: identifiers } } as RequestData;
}
const valueInput = (i: number) => document.getElementById(`f-answers-dataIdentifiers-${i}-value`) as HTMLInputElement | null;

describe('a long list of rows', () => {
  it('opens with its first rows, then adds the others, each with its own value, and says so meanwhile', async () => {
    renderWithI18n(<Wizard name="Long" request={withIdentifiers()} stepId="data" onRename={() => {}} onChange={() => {}} onClose={() => {}} />);
    expect(valueInput(0)?.value).toBe('198.51.100.0');
    expect(valueInput(firstRows)).toBeNull();
    expect(screen.getByText(`Showing ${firstRows} of ${rows} entries; the others are being added.`)).toBeTruthy();
    await waitFor(() => expect(valueInput(rows - 1)).not.toBeNull(), { timeout: 5000 });
    // Every row, in order, with its own value: nothing lost or shifted while the list filled in.
    for (let i = 0; i < rows; i++) expect(valueInput(i)!.value).toBe(`198.51.100.${i}`);
    expect(screen.getByRole('group', { name: `Identifier ${rows}` })).toBeTruthy();
    expect(screen.queryByText(/the others are being added/)).toBeNull();
  });

  it('draws a row not drawn yet when it is to take the focus (a jump from the report), and focuses it', async () => {
    renderWithI18n(<Wizard name="Long" request={withIdentifiers()} stepId="data" onRename={() => {}} onChange={() => {}} onClose={() => {}} />);
    expect(valueInput(rows - 2)).toBeNull();
    act(() => {
      focusPath(`answers.dataIdentifiers.${rows - 2}.value`);
    });
    // Asked for, the whole list is drawn at once, not a slice at a time.
    expect(valueInput(rows - 2)).not.toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(valueInput(rows - 2)), { timeout: 2000 });
  });
});
