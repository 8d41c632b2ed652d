import { fireEvent, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderWithI18n } from '../../../tests/render-with-i18n';
import { memoryStore } from '../../lib/memory-store';
import { DraftsPage } from './drafts-page';
import type { DraftRecord } from './drafts-store';

/** A store whose listing answers late, as IndexedDB may on a busy machine. */
function slowListingStore() {
  const inner = memoryStore<DraftRecord>();
  return { ...inner, all: () => new Promise<DraftRecord[]>((done) => setTimeout(() => void inner.all().then(done), 50)) };
}

describe('drafts page', () => {
  it('announces an import only once the imported draft is listed', async () => {
    renderWithI18n(<DraftsPage store={slowListingStore()} onOpen={() => {}} />);
    const file = new File([readFileSync('examples/mla.json')], 'mla.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Import a draft from a JSON file'), { target: { files: [file] } });
    const seen: boolean[] = [];
    await waitFor(() => {
      const said = /Imported “mla”/.test(screen.getAllByRole('status')[0]?.textContent ?? '');
      if (said) seen.push(Boolean(screen.queryByRole('button', { name: 'Open draft mla' })));
      expect(said).toBe(true);
    });
    expect(seen[0]).toBe(true);
  });
});
