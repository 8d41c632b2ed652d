import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { normalise, pdfColumnText } from '../pdf-text';
import { expectNoAxeViolations, newPage, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

/** Drops a file on an element the way a user's drag from the desktop does. */
async function dropFile(page: Page, selector: string, name: string, body: string) {
  const transfer = await page.evaluateHandle(([n, b]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([b], n, { type: 'application/json' }));
    return dt;
  }, [name, body] as const);
  await page.dispatchEvent(selector, 'drop', { dataTransfer: transfer });
}

describe('checking requests received', () => {
  it('reports the gaps of a dropped file, refuses a bad one, and opens it as a draft to fix', async () => {
    const { page, problems } = await newPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`);
    await page.getByRole('button', { name: 'Check a request file' }).click();
    await dropFile(page, '.drop-zone', 'not-a-request.json', '{"hello": 1}');
    await expect.poll(() => page.getByRole('alert').first().innerText()).toContain('not-a-request.json is not a request: it is not a request file');

    await dropFile(page, '.drop-zone', 'preservation-gaps.json', readFileSync('tests/fixtures/requests/preservation-gaps.json', 'utf8'));
    await expect.poll(() => page.locator('.check-result').innerText()).toContain('3 required elements are missing.');
    const report = await page.locator('.check-report').innerText();
    expect(report).toMatch(/42\(3\)\(c\)\s*missing/);
    expect(report).toContain('30 days is shorter than the minimum preservation period of 60 days');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Open as a draft to fix the gaps' }).click();
    await expect.poll(() => page.locator('.completeness-progress').innerText()).toMatch(/4 of 7 required elements/);
    expect(await page.getByLabel('Draft name').inputValue()).toBe('preservation-gaps');
    expect(problems).toEqual([]);
  });

  it('walks a paper request through the checklist and exports the bilingual 40(16) letter', async () => {
    const { page, problems } = await newPage(browser(), baseUrl);
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${baseUrl}/`);
    await page.getByRole('group', { name: 'Kind of request received' }).getByRole('radio', { name: 'Request for real-time collection of traffic data' }).check();
    await page.getByRole('button', { name: 'Start a review' }).click();
    await expect.poll(() => page.locator('.review-progress').innerText()).toBe('0 of 13 elements reviewed; 0 missing or insufficient.');

    await page.getByLabel('Their reference').fill('DDoS/2026/88');
    await page.getByLabel('Date of their request').fill('2026-11-18');
    await page.getByLabel('Requesting authority').fill('Public Prosecution Service of Estland');
    await page.getByLabel('Our authority (name and address)').fill('Ministry of Justice of Nordvik, International Cooperation Department');
    await page.getByLabel('Our reference').fill('MOJ-IC/2026/802');
    for (const c of ['40(15)(a)', '40(15)(b)', '40(15)(c)', '40(15)(d)', '40(15)(e)', '40(15)(g)', '45(3)(a)', '45(3)(b)', '45(3)(c)', '45(3)(d)', '45(3)(e)']) {
      await page.getByRole('radiogroup', { name: `Finding for ${c}` }).getByRole('radio', { name: 'Present' }).check();
    }
    await page.getByRole('radiogroup', { name: 'Finding for 40(15)(f)' }).getByRole('radio', { name: 'Missing' }).check();
    await page.getByLabel('Where it appears, or what is wrong (40(15)(f))').fill('No period is given for the traffic data sought.');
    await page.getByRole('radiogroup', { name: 'Finding for 45(3)(f)' }).getByRole('radio', { name: 'Insufficient' }).check();
    await page.getByLabel('Where it appears, or what is wrong (45(3)(f))').fill('The request asks for "as long as necessary"; please give dates and the reason for them.');
    await expect.poll(() => page.locator('.review-progress').innerText()).toBe('13 of 13 elements reviewed; 2 missing or insufficient.');
    await expectNoAxeViolations(page);

    // Saved like a draft: it comes back after a reload.
    await page.waitForTimeout(600);
    await page.reload();
    await expect.poll(() => page.locator('.review-progress').innerText()).toBe('13 of 13 elements reviewed; 2 missing or insufficient.');

    await page.getByLabel('Second language (one the requesting State, which receives this letter, accepts)').selectOption('fr');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the letter' }).click();
    const file = await (await download).path();
    const left = normalise(pdfColumnText(file, 0));
    const right = normalise(pdfColumnText(file, 1));
    expect(left).toContain(normalise('Request for additional information'));
    expect(right).toContain(normalise('Demande d’informations complémentaires'));
    const all = normalise(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    expect(all).toContain(normalise('40(15)(f)'));
    expect(all).toContain(normalise('45(3)(f)'));
    expect(all).not.toContain(normalise('45(3)(e)'));
    expect(all).toContain(normalise('No period is given for the traffic data sought.'));
    expect(all).toContain(normalise('DDoS/2026/88'));
    expect(left).toContain(normalise('Given, but not sufficient to execute the request'));
    expect(right).toContain(normalise('Absent de la demande'));
    execFileSync('pdftoppm', ['-r', '60', '-png', file, 'test-results/letter']);

    await page.getByRole('button', { name: 'Back to the start' }).click();
    await expect.poll(() => page.locator('.received-section').innerText()).toContain('Review of a Request for real-time collection of traffic data');
    expect(problems).toEqual([]);
  });
});
