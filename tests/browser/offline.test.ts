import { execFileSync } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';
import { normalise, pdfColumnText } from '../pdf-text';
import { newPage, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe('offline', () => {
  it('opens, keeps drafts and exports a PDF with the network cut, after one visit', async () => {
    const { page, context, problems } = await newPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`);
    // The service worker takes the app and its fonts into its cache on the first visit.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await expect.poll(async () => page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);

    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('MLA Request Builder');
    await page.getByLabel('Import a draft from a JSON file').setInputFiles('examples/mla.json');
    await page.getByRole('button', { name: 'Open draft mla' }).click();
    await page.getByRole('button', { name: /Review/ }).click();
    await page.getByLabel('Second language').selectOption('fr');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PDF' }).click();
    const file = await (await download).path();
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+\d+/);
    expect(normalise(pdfColumnText(file, 1))).toContain(normalise('Demande d’entraide judiciaire'));
    await context.setOffline(false);
    expect(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });
});
