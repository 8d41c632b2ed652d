import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, newPage, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
const example = JSON.parse(readFileSync('examples/preservation.json', 'utf8'));

/** Imports the example and opens it, as a user would. */
async function openExample(page: Page, step?: RegExp) {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('Import a draft from a JSON file').setInputFiles('examples/preservation.json');
  await page.getByRole('button', { name: 'Open draft preservation' }).click();
  await expect.poll(() => page.locator('.save-status').innerText()).toBe('Saved in this browser');
  if (step) await page.getByRole('button', { name: step }).click();
}

/** Puts a record into the app's IndexedDB as another version of the app, or another tool, might have. */
async function storeRaw(page: Page, record: Record<string, unknown>) {
  await page.evaluate(async (r) => {
    const open = indexedDB.open('mla-request-builder');
    const db: IDBDatabase = await new Promise((res, rej) => {
      open.onsuccess = () => res(open.result);
      open.onerror = () => rej(open.error);
    });
    await new Promise<void>((res, rej) => {
      const tx = db.transaction('drafts', 'readwrite');
      tx.objectStore('drafts').put(r);
      tx.oncomplete = () => res();
      tx.onerror = () => rej(tx.error);
    });
    db.close();
  }, record);
}

/** The facts summary of the one stored draft, read from IndexedDB itself. */
const storedFacts = (page: Page) =>
  page.evaluate(async () => {
    const open = indexedDB.open('mla-request-builder');
    const db: IDBDatabase = await new Promise((res) => { open.onsuccess = () => res(open.result); });
    const all: { request: { answers: { factsSummary: string } } }[] = await new Promise((res) => {
      const q = db.transaction('drafts').objectStore('drafts').getAll();
      q.onsuccess = () => res(q.result);
    });
    db.close();
    return all[0]!.request.answers.factsSummary;
  });

describe('nothing typed is lost', () => {
  it('over-limit values: stopped at the field, refused pastes said, out-of-range numbers marked; after a reload the draft opens', async () => {
    const { page, problems } = await newPage(browser(), baseUrl);
    await openExample(page, /The data/);
    const timezone = page.getByRole('group', { name: 'Identifier 3' }).getByLabel('Time zone');
    await timezone.fill('');
    await timezone.pressSequentially('Z'.repeat(72));
    expect((await timezone.inputValue()).length).toBe(64);
    await expect.poll(() => page.locator('#f-answers-dataIdentifiers-2-timezone-count').innerText()).toBe('64 of 64 characters');

    await page.getByRole('button', { name: /The case/ }).click();
    const facts = page.getByLabel('Summary of the facts');
    const before = await facts.inputValue();
    await facts.focus();
    await page.evaluate((text) => {
      const el = document.activeElement!;
      const data = new DataTransfer();
      data.setData('text/plain', text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, 'f'.repeat(100000));
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Not pasted' }).innerText())
      .toBe(`Not pasted: the text is 100,000 characters long, and this field has room for ${(20000 - before.length).toLocaleString('en')} more (it holds at most 20,000). Shorten it, or put the full text in an annex.`);
    expect(await facts.inputValue()).toBe(before);

    await page.getByRole('button', { name: /The measure/ }).click();
    const days = page.getByLabel('Preservation period requested (days)');
    await days.fill('365000');
    await days.blur();
    await expect.poll(() => page.locator('.field.has-error .field-error').innerText()).toBe('at most 100,000: 365000 given');
    expect(await days.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.locator('.save-status').innerText()).toBe('Saved in this browser');
    await expectNoAxeViolations(page);

    await page.reload();
    await expect.poll(() => page.locator('#step-heading').innerText()).toMatch(/The measure/);
    expect(await page.getByLabel('Preservation period requested (days)').inputValue()).toBe('365000');
    await expect.poll(() => page.locator('.stored-problems').innerText()).toContain('answers.preservationDays: at most 100,000: 365000 given');
    await expect.poll(() => page.locator('.field.has-error .field-error').innerText()).toBe('at most 100,000: 365000 given');
    expect(await page.locator('.completeness-progress').innerText()).toMatch(/7 of 7/);
    expect(await page.locator('.wizard-aside .verdict').innerText()).toMatch(/^Not ready: 1 answer breaks a rule\./);
    expect(problems).toEqual([]);
  });

  it('a draft stored over its limits by another version opens, marked, and exports as it was stored', async () => {
    const { page, problems } = await newPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`);
    const request = structuredClone(example);
    request.answers.dataIdentifiers[2].timezone = 'Z'.repeat(72);
    request.answers.factsSummary = 'f'.repeat(100000);
    request.answers.offences = 'fraud (a text where a list belongs)';
    await storeRaw(page, { id: 'old-1', name: 'From an older version', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', request });
    await page.reload();
    await page.getByRole('button', { name: 'Open draft From an older version' }).click();
    const notice = page.locator('.stored-problems');
    await expect.poll(() => notice.innerText()).toContain('2 values break their limits');
    expect(await notice.innerText()).toContain('answers.dataIdentifiers.2.timezone: at most 64 characters: 72 given');
    expect(await notice.innerText()).toContain('answers.factsSummary: at most 20,000 characters: 100,000 given');
    expect(await notice.innerText()).toContain('answers.offences: stored as “fraud (a text where a list belongs)”');
    await page.getByRole('button', { name: /The case/ }).click();
    expect((await page.getByLabel('Summary of the facts').inputValue()).length).toBe(100000);
    await expect.poll(() => page.locator('#f-answers-factsSummary-count').innerText()).toBe('100,000 characters: 80,000 more than the 20,000 this field holds');
    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Export the draft as stored (JSON)' }).click();
    const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    expect(exported.answers.offences).toBe('fraud (a text where a list belongs)');
    expect(exported.answers.factsSummary.length).toBe(100000);
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });

  it('two tabs on one draft: the second is told at once, keeps its edits, and the user chooses; nothing is overwritten unseen', async () => {
    const { page: a, context, problems } = await newPage(browser(), baseUrl);
    await openExample(a, /The case/);
    const b = await context.newPage();
    await b.goto(a.url());
    await expect.poll(() => b.locator('.save-status').innerText()).toBe('Saved in this browser');

    await a.getByLabel('Summary of the facts').fill('Edited in tab A.');
    await expect.poll(() => a.locator('.save-status').innerText()).toBe('Saved in this browser');
    await expect.poll(() => b.locator('.save-conflict').innerText()).toMatch(/This draft was changed in another tab or window/);
    // Tab B types on: kept on its page, not written over A's.
    await b.getByLabel('Summary of the facts').fill('Edited in tab B.');
    await b.waitForTimeout(800);
    expect(await storedFacts(a)).toBe('Edited in tab A.');
    expect(await b.getByLabel('Summary of the facts').inputValue()).toBe('Edited in tab B.');
    await expectNoAxeViolations(b);

    await b.getByRole('button', { name: 'Keep this tab’s version' }).click();
    await expect.poll(() => b.locator('.save-status').innerText()).toBe('Saved in this browser');
    expect(await storedFacts(a)).toBe('Edited in tab B.');
    // Now tab A is the one behind, and is told.
    await expect.poll(() => a.locator('.save-conflict').innerText()).toMatch(/changed in another tab/);
    await a.getByRole('button', { name: /Use the other version/ }).click();
    await expect.poll(() => a.getByLabel('Summary of the facts').inputValue()).toBe('Edited in tab B.');
    expect(await a.locator('.save-status').innerText()).toBe('Saved in this browser');
    expect(problems).toEqual([]);
  });

  it('storage blocked: said in plain words, drafting works, the JSON export is at hand, and leaving asks first', async () => {
    const { page, context, problems } = await newPage(browser(), baseUrl);
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: { open: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } } });
    });
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => page.locator('.storage-notice').innerText()).toContain('Drafts cannot be saved in this browser.');
    expect(await page.locator('.storage-notice').innerText()).toContain('SecurityError');
    await page.getByRole('button', { name: 'Start drafting' }).click();
    await expect.poll(() => page.locator('#step-heading').innerText()).toMatch(/Step 1 of 6/);
    await page.getByLabel('Requesting authority (name and address)').fill('Office of the Prosecutor General');
    await expect.poll(() => page.locator('.save-status').innerText()).toContain('Kept in this tab only');
    const download = page.waitForEvent('download');
    await page.locator('.save-status').getByRole('button', { name: 'Export as JSON now' }).click();
    expect(JSON.parse(readFileSync(await (await download).path(), 'utf8')).answers.requestingAuthority).toBe('Office of the Prosecutor General');
    await expectNoAxeViolations(page);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.type());
      void d.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    expect(problems).toEqual([]);
  });

  it('IndexedDB missing altogether: the same, with the reason', async () => {
    const { page, context, problems } = await newPage(browser(), baseUrl);
    await context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => page.locator('.storage-notice').innerText()).toContain('IndexedDB is not available in this browser');
    await page.getByRole('button', { name: 'Start drafting' }).click();
    await expect.poll(() => page.locator('#step-heading').innerText()).toMatch(/Step 1 of 6/);
    expect(problems).toEqual([]);
  });

  it('storage full: "not saved" with the reason, the text stays, export at once, leaving asks; saved when space is back', async () => {
    const { page, context, problems } = await newPage(browser(), baseUrl);
    // A full disk, as IndexedDB reports it: QuotaExceededError on write. (Chromium's quota override over CDP
    // did not take effect on an origin already in use, so the write itself is made to fail.)
    await context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function patched(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((window as unknown as { diskFull?: boolean }).diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await openExample(page, /The case/);
    await page.evaluate(() => { (window as unknown as { diskFull: boolean }).diskFull = true; });
    await page.getByLabel('Summary of the facts').fill('Typed while the disk is full.');
    await expect.poll(() => page.locator('.save-failed').innerText()).toContain('Not saved: this browser’s storage for the app is full.');
    expect(await page.getByLabel('Summary of the facts').inputValue()).toBe('Typed while the disk is full.');
    await expectNoAxeViolations(page);
    const download = page.waitForEvent('download');
    await page.locator('.save-failed').getByRole('button', { name: 'Export as JSON now' }).click();
    expect(JSON.parse(readFileSync(await (await download).path(), 'utf8')).answers.factsSummary).toBe('Typed while the disk is full.');
    // Leaving now would lose the text: the page asks first.
    expect(await page.evaluate(() => {
      const e = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    })).toBe(true);

    await page.evaluate(() => { (window as unknown as { diskFull: boolean }).diskFull = false; });
    await page.locator('.save-failed').getByRole('button', { name: 'Try saving again' }).click();
    await expect.poll(() => page.locator('.save-status').innerText()).toBe('Saved in this browser');
    expect(await page.evaluate(() => {
      const e = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    })).toBe(false);
    await page.reload();
    await expect.poll(() => page.getByLabel('Summary of the facts').inputValue()).toBe('Typed while the disk is full.');
    expect(problems).toEqual([]);
  });

  it('a page whose code cannot be fetched (offline before the app was kept) says so; the draft is kept and opens once it can', async () => {
    // No service worker: as on a first visit, before it has kept the app. The form's code is cut off.
    const { page, problems } = await newPage(browser(), baseUrl, { serviceWorkers: 'block' });
    await page.route(/\/assets\/wizard-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
    await page.goto(`${baseUrl}/`);
    await page.getByLabel('Import a draft from a JSON file').setInputFiles('examples/preservation.json');
    await page.getByRole('button', { name: 'Open draft preservation' }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('This part of the app could not be loaded');
    expect(await alert.innerText()).toContain('Your drafts are kept in this browser.');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'MLA Request Builder' }).click();
    await page.getByRole('button', { name: 'Open draft preservation' }).waitFor();

    await page.unroute(/\/assets\/wizard-[^/]*\.js$/);
    await page.goBack();
    await page.getByRole('button', { name: 'Reload the page' }).click();
    await expect.poll(() => page.locator('.save-status').innerText()).toBe('Saved in this browser');
    await page.getByRole('button', { name: /The case/ }).click();
    expect(await page.getByLabel('Summary of the facts').inputValue()).toBe(example.answers.factsSummary);
    expect(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p))).toEqual([]);
  });
});
