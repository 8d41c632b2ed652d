import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, newPage, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe('drafts: import, refuse bad files, rename, delete', () => {
  it('imports a valid file, refuses a bad one with a clear message and leaves the drafts untouched', async () => {
    const { page, problems } = await newPage(browser(), baseUrl);
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${baseUrl}/`);
    await page.getByLabel('Import a draft from a JSON file').setInputFiles('examples/mla.json');
    await expect.poll(() => page.getByRole('status').first().innerText()).toMatch(/Imported “mla”/);
    expect(await page.locator('.drafts-list li').count()).toBe(1);

    const bad = [
      { name: 'broken.json', body: '{"format": "mla-request", ', reason: /not valid JSON/ },
      { name: 'other.json', body: '{"hello": "world"}', reason: /not a request file/ },
      { name: 'kind.json', body: JSON.stringify({ ...JSON.parse(readFileSync('examples/mla.json', 'utf8')), kind: 'extradition' }), reason: /kind “extradition” is not one of/ },
      { name: 'types.json', body: JSON.stringify({ ...JSON.parse(readFileSync('examples/mla.json', 'utf8')), answers: { offences: 'fraud' } }), reason: /value at “answers.offences” is wrong/ },
    ];
    for (const f of bad) {
      await page.getByLabel('Import a draft from a JSON file').setInputFiles({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.body) });
      await expect.poll(() => page.locator('.message.error').innerText()).toMatch(f.reason);
      expect(await page.locator('.message.error').innerText()).toContain('Your drafts are unchanged');
    }
    await expectNoAxeViolations(page);
    expect(await page.locator('.drafts-list li').count()).toBe(1);

    // The imported draft is intact and complete.
    await page.getByRole('button', { name: 'Open draft mla' }).click();
    await expect.poll(() => page.locator('.completeness-progress').innerText()).toMatch(/7 of 7/);
    await page.getByLabel('Draft name').fill('Hospital ransomware – MLA');
    await page.getByRole('button', { name: 'Back to drafts' }).click();
    await expect.poll(() => page.locator('.drafts-list').innerText()).toContain('Hospital ransomware – MLA');

    // Several drafts are kept; one can be deleted.
    await page.getByRole('button', { name: 'Start drafting' }).click();
    await page.getByRole('button', { name: 'Back to drafts' }).click();
    await expect.poll(() => page.locator('.drafts-list li').count()).toBe(2);
    await page.getByRole('button', { name: 'Delete draft Hospital ransomware – MLA' }).click();
    await expect.poll(() => page.locator('.drafts-list li').count()).toBe(1);
    expect(problems).toEqual([]);
  });
});
