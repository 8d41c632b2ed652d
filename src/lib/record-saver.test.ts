import { describe, expect, it, vi } from 'vitest';
import { memoryStore } from './memory-store';
import { RecordSaver } from './record-saver';
import type { StoredRecord } from './record-store';

type Rec = StoredRecord & { text: string };
const base = { id: 'd1', name: 'Draft', createdAt: '2026-11-22T10:00:00Z', updatedAt: '2026-11-22T10:00:00Z', text: '' };

async function setup() {
  const store = memoryStore<Rec>();
  const created = await store.create(base);
  return { store, created };
}

describe('RecordSaver: one save path, nothing lost', () => {
  it('saves a moment after the last change, and says pending until then', async () => {
    vi.useFakeTimers();
    const { store, created } = await setup();
    const saver = new RecordSaver(store, created, 400);
    saver.update((r) => ({ ...r, text: 'a' }));
    saver.update((r) => ({ ...r, text: 'ab' }));
    expect(saver.getState().status).toBe('pending');
    expect(saver.hasUnsaved()).toBe(true);
    await vi.advanceTimersByTimeAsync(450);
    expect(saver.getState().status).toBe('saved');
    expect(await store.get('d1')).toMatchObject({ text: 'ab', revision: 2 });
    vi.useRealTimers();
  });

  it('never overwrites a record changed elsewhere: the edits stay here, the conflict is said, and either side can be kept', async () => {
    const { store, created } = await setup();
    const mine = new RecordSaver(store, created, 0);
    const theirs = new RecordSaver(store, created, 0);
    theirs.update((r) => ({ ...r, text: 'from the other tab' }));
    await theirs.flush();
    mine.update((r) => ({ ...r, text: 'from this tab' }));
    await mine.flush();
    expect(mine.getState()).toMatchObject({ status: 'conflict', theirs: { text: 'from the other tab', revision: 2 } });
    expect(mine.record.text).toBe('from this tab');
    expect((await store.get('d1'))!.text).toBe('from the other tab');
    // Typing on while in conflict changes nothing stored.
    mine.update((r) => ({ ...r, text: 'from this tab, more' }));
    await mine.flush();
    expect((await store.get('d1'))!.text).toBe('from the other tab');
    await mine.keepMine();
    expect(await store.get('d1')).toMatchObject({ text: 'from this tab, more', revision: 3 });
    // Now the other tab is the one behind, and is told when it saves.
    theirs.update((r) => ({ ...r, text: 'late edit' }));
    await theirs.flush();
    expect(theirs.getState().status).toBe('conflict');
    expect(theirs.takeTheirs()).toMatchObject({ text: 'from this tab, more' });
    expect(theirs.getState().status).toBe('saved');
  });

  it('says when storage is full, keeps the edits, and saves them when it can', async () => {
    const { store, created } = await setup();
    const save = store.save.bind(store);
    let full = true;
    store.save = (r, e) => (full ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : save(r, e));
    const saver = new RecordSaver(store, created, 0);
    saver.update((r) => ({ ...r, text: 'typed while full' }));
    await saver.flush();
    expect(saver.getState()).toMatchObject({ status: 'failed', reason: 'quota' });
    expect(saver.hasUnsaved()).toBe(true);
    full = false;
    await saver.flush();
    expect(saver.getState().status).toBe('saved');
    expect((await store.get('d1'))!.text).toBe('typed while full');
  });

  it('a record deleted elsewhere is a conflict too: keeping it writes it back', async () => {
    const { store, created } = await setup();
    const saver = new RecordSaver(store, created, 0);
    await store.remove('d1');
    saver.update((r) => ({ ...r, text: 'still mine' }));
    await saver.flush();
    expect(saver.getState()).toEqual({ status: 'conflict', theirs: null });
    await saver.keepMine();
    expect((await store.get('d1'))!.text).toBe('still mine');
  });
});
