import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { normalise, pdfColumnText } from '../pdf-text';
import { newPage, openAtReview, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

/** The language packs a page fetched, by language: `fr` for assets/fr-….js and assets/fr.generated-….js. */
function packsFetched(urls: string[]): string[] {
  const langs = urls.map((u) => /\/assets\/(en|zh|fr|ru|es|ar)(?:\.generated)?-[\w-]+\.js$/.exec(u)?.[1]).filter((l): l is string => !!l);
  return [...new Set(langs)].sort();
}

describe('language packs', () => {
  it('the app fetches the words of the languages it shows: the interface’s at start, a document’s when it is made', async () => {
    const { page, problems } = await newPage(browser(), baseUrl);
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => page.getByRole('button', { name: 'Start drafting' }).count()).toBe(1);
    expect(packsFetched(urls)).toEqual(['en']);

    // Switching the interface fetches Chinese, and the Convention's words appear in it.
    await page.getByLabel('Interface language').selectOption('zh');
    await expect.poll(() => page.getByRole('button', { name: '开始起草' }).count()).toBe(1);
    expect(packsFetched(urls)).toEqual(['en', 'zh']);

    // An English and Russian PDF fetches Russian, and prints the law's words in it.
    await page.getByLabel('界面语言').selectOption('en');
    await openAtReview(page, 'examples/preservation.json');
    await page.getByLabel('Second language').selectOption('ru');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PDF' }).click();
    const file = await (await download).path();
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    expect(packsFetched(urls)).toContain('ru');
    expect(normalise(pdfColumnText(file, 1))).toContain(normalise('Просьба об оперативном обеспечении сохранности хранимых электронных данных'));
    expect(packsFetched(urls)).not.toContain('ar');
    expect(problems).toEqual([]);
  });

  it('a language that cannot be fetched is said, and the interface stays as it was', async () => {
    const { page } = await newPage(browser(), baseUrl);
    await page.route(/\/assets\/zh(\.generated)?-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(`${baseUrl}/`);
    await page.getByLabel('Interface language').selectOption('zh');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'could not be loaded' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Start drafting' }).count()).toBe(1);
    expect(await page.getByLabel('Interface language').inputValue()).toBe('en');
  });

  it('a first visit that cannot fetch any words says so on the page, instead of a blank screen', async () => {
    const { page } = await newPage(browser(), baseUrl);
    await page.route(/\/assets\/(en|zh)(\.generated)?-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => page.getByRole('status').innerText()).toContain('could not load its texts');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('MLA Request Builder');
  });
});
