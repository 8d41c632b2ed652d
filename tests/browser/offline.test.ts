import { execFileSync } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';
import { normalise, pdfColumnText } from '../pdf-text';
import { newPage, openAtReview, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe('offline', () => {
  it('fetches no font before the first screen is up: the fonts for offline PDFs come once the browser is idle', async () => {
    const { page, problems } = await newPage(browser(), baseUrl);
    // In the order the browser reports them: the app's header appearing, and each font request.
    const events: string[] = [];
    await page.exposeFunction('appShown', () => events.push('shown'));
    page.on('request', (r) => {
      if (r.url().endsWith('.ttf')) events.push(r.url());
    });
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('#root .app-header')) {
          void (window as unknown as { appShown: () => void }).appShown();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${baseUrl}/`);
    await page.locator('#root .app-header').waitFor();
    // Latin (4 styles) and Arabic (4 styles) fonts, kept for offline PDFs; the Chinese font is not fetched.
    await expect.poll(() => page.evaluate(async () => (await (await caches.open('pdf-fonts')).keys()).length), { timeout: 15000 }).toBe(8);
    const shown = events.indexOf('shown');
    expect(shown).toBeGreaterThanOrEqual(0);
    expect(events.slice(0, shown), 'fonts fetched before the app was shown').toEqual([]);
    expect(events.length - shown - 1).toBeGreaterThanOrEqual(8);
    expect(events.some((u) => /NotoSansSC/.test(u))).toBe(false);
    expect(problems).toEqual([]);
  });

  it('opens, keeps drafts and exports a PDF with the network cut, after one visit', async () => {
    const { page, context, problems } = await newPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`);
    // The service worker takes the app into its cache on the first visit, and the fonts once the page is idle.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => page.evaluate(async () => (await (await caches.open('pdf-fonts')).keys()).length), { timeout: 15000 }).toBe(8);
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await expect.poll(async () => page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);

    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('MLA Request Builder');
    await openAtReview(page, 'examples/mla.json');
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
