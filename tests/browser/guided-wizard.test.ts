import { describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, newPage, openAtReview, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
const focusedId = (page: import('playwright-core').Page) => page.evaluate(() => document.activeElement?.id);

describe('a wizard that guides', () => {
  it('names the draft from what it says, moves focus to each step’s heading, and follows the browser’s Back and Forward', async () => {
    const { page, problems } = await newPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`);
    await page.getByRole('button', { name: 'Start drafting', exact: true }).click();
    await expect.poll(() => page.locator('#step-heading').innerText()).toBe('Step 1 of 6: Authorities');
    expect(await focusedId(page)).toBe('step-heading');
    const name = page.getByLabel('Draft name');
    expect(await name.inputValue()).toBe('Request for expedited preservation of stored electronic data');
    await page.getByLabel('Requested State', { exact: true }).fill('Kingdom of Nordvik');
    await page.getByLabel('Reference number').fill('PPS/CYB/2026/0417');
    await expect.poll(() => name.inputValue(), { timeout: 5000 }).toBe('Request for expedited preservation of stored electronic data – Kingdom of Nordvik – PPS/CYB/2026/0417');

    // A name the user gives is kept when the request changes.
    await name.fill('Tallmere ransomware');
    await page.getByLabel('Reference number').fill('PPS/CYB/2026/0418');
    await page.waitForTimeout(300);
    expect(await name.inputValue()).toBe('Tallmere ransomware');

    await page.getByRole('button', { name: 'The case' }).click();
    await expect.poll(() => page.locator('#step-heading').innerText()).toBe('Step 2 of 6: The case');
    expect(await focusedId(page)).toBe('step-heading');
    await page.goBack();
    await expect.poll(() => page.locator('#step-heading').innerText()).toBe('Step 1 of 6: Authorities');
    await page.goForward();
    await expect.poll(() => page.locator('#step-heading').innerText()).toBe('Step 2 of 6: The case');
    expect(problems).toEqual([]);
  });

  it('ends with one final check that lists every error and warning with links and says whether the request is ready', async () => {
    const { page, problems } = await newPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`);
    await openAtReview(page, 'tests/fixtures/requests/preservation-gaps.json');
    const check = page.locator('#final-check');
    await expect.poll(() => check.getByRole('heading', { name: 'Final check before printing' }).isVisible()).toBe(true);
    expect(await check.locator('.verdict').innerText()).toMatch(/^Not ready: 3 required elements are missing\./);
    expect(await check.innerText()).toContain('30 days is shorter than the minimum preservation period of 60 days');
    await check.getByRole('button', { name: '42(8)' }).click();
    await expect.poll(() => page.locator('#step-heading').innerText()).toBe('Step 4 of 6: The measure');
    expect(await focusedId(page)).toBe('f-answers-preservationDays');
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });

  it('says what a change of language does to the answers and their translations', async () => {
    const { page, problems } = await newPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`);
    await openAtReview(page, 'examples/preservation.json');
    await page.locator('#pdf-second-language').selectOption('fr');
    const notice = page.locator('.language-change');
    await expect.poll(() => notice.innerText()).toMatch(/^0 of your \d+ texts have a French version; the others print in the original, marked as not translated\. Your \d+ texts in Chinese are kept, and come back if you choose Chinese again\.$/);
    await page.locator('#pdf-second-language').selectOption('zh');
    await expect.poll(() => notice.innerText()).toMatch(/^(\d+) of your \1 texts have a Chinese version/);
    await page.locator('#pdf-language').selectOption('es');
    await expect.poll(() => notice.innerText()).toBe('Your answers are now taken to be in Spanish (before: English). Nothing in them was changed or translated: if they are not written in Spanish, change the language back.');
    expect(problems).toEqual([]);
  });
});
