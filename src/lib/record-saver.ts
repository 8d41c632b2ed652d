import { ConflictError, revisionOf, type RecordStore, type StoredRecord } from './record-store';

export type SaveState =
  | { status: 'saved' }
  /** Edits not written yet (waiting for a pause in typing, or being written). */
  | { status: 'pending' }
  | { status: 'failed'; reason: 'quota' | 'other'; message: string }
  /** The stored record changed in another tab (or was deleted there): this tab's edits are kept, not saved. */
  | { status: 'conflict'; theirs: StoredRecord | null };

const isQuota = (err: unknown) => err instanceof DOMException && (err.name === 'QuotaExceededError' || err.code === 22);

/**
 * One debounced save path for every record the app edits (drafts and reviews): the latest state is kept here,
 * written a moment after the last change, flushed when the page is hidden, and never written over a record
 * another tab changed meanwhile. Failures are states, never swallowed: the UI shows each and keeps the edits.
 */
export class RecordSaver<R extends StoredRecord> {
  private latest: R;
  private base: number;
  private state: SaveState = { status: 'saved' };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> | null = null;
  private dirty = false;
  private listeners = new Set<() => void>();
  private unwatch: () => void;

  constructor(private readonly store: RecordStore<R>, record: R, private readonly delayMs = 400, private readonly now = () => new Date().toISOString()) {
    this.latest = record;
    this.base = revisionOf(record);
    // Another tab saved this record: say so at once, before this tab's next save is refused.
    this.unwatch = store.watch((id, revision) => {
      if (id === this.latest.id && revision !== this.base) void this.checkStored();
    });
  }

  get record(): R {
    return this.latest;
  }

  getState = (): SaveState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Edits not safely stored: what leaving the page would lose. */
  hasUnsaved(): boolean {
    return this.dirty || this.state.status !== 'saved';
  }

  update(change: (r: R) => R): void {
    this.latest = { ...change(this.latest), updatedAt: this.now() };
    this.dirty = true;
    if (this.state.status === 'conflict') return this.emit();
    this.setState({ status: 'pending' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Writes what is pending now (when the page is hidden or the editor closes). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.writing) await this.writing;
    if (!this.dirty || this.state.status === 'conflict') return;
    this.writing = this.write();
    try {
      await this.writing;
    } finally {
      this.writing = null;
    }
  }

  /** Keep this tab's version: written over the other one, which is then told in its own tab. */
  async keepMine(): Promise<void> {
    if (this.state.status !== 'conflict') return;
    this.base = revisionOf(this.state.theirs);
    this.dirty = true;
    this.setState({ status: 'pending' });
    await this.flush();
  }

  /** Take the other tab's version: this tab's edits are dropped (the user chose so, after being offered an export). */
  takeTheirs(): R | null {
    if (this.state.status !== 'conflict' || !this.state.theirs) return null;
    this.latest = this.state.theirs as R;
    this.base = revisionOf(this.state.theirs);
    this.dirty = false;
    this.setState({ status: 'saved' });
    return this.latest;
  }

  dispose(): void {
    this.unwatch();
    void this.flush();
  }

  private async write(): Promise<void> {
    const snapshot = this.latest;
    this.dirty = false;
    try {
      const stored = await this.store.save(snapshot, this.base);
      this.base = stored.revision;
      this.latest = { ...this.latest, revision: stored.revision };
      if (this.dirty) {
        this.timer = setTimeout(() => void this.flush(), this.delayMs);
      } else this.setState({ status: 'saved' });
    } catch (err) {
      this.dirty = true;
      if (err instanceof ConflictError) this.setState({ status: 'conflict', theirs: err.current });
      else this.setState({ status: 'failed', reason: isQuota(err) ? 'quota' : 'other', message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
    }
  }

  private async checkStored(): Promise<void> {
    const stored = await this.store.get(this.latest.id).catch(() => undefined);
    if (revisionOf(stored) !== this.base) this.setState({ status: 'conflict', theirs: stored ?? null });
  }

  private setState(state: SaveState) {
    this.state = state;
    this.emit();
  }

  private emit() {
    for (const l of this.listeners) l();
  }
}
