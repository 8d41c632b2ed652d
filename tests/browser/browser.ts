import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

/** Debian's Chromium, driven by playwright-core: a browser download cannot work on these machines. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** One Chromium per test file, started before its tests and closed after them. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('browser not started');
    return browser;
  };
}

/** The two sizes the app is tested at: a phone and a desktop. */
export const phone = { width: 390, height: 844 };
export const desktop = { width: 1280, height: 900 };

/** A fresh page (own IndexedDB) that fails the test on any console error or request to another origin. */
export async function newPage(browser: Browser, baseUrl: string, opts: { locale?: string; viewport?: { width: number; height: number }; serviceWorkers?: 'block' } = {}) {
  const context = await browser.newContext({ viewport: opts.viewport ?? desktop, locale: opts.locale ?? 'en-GB', acceptDownloads: true, serviceWorkers: opts.serviceWorkers ?? 'allow' });
  // The examples are dated November 2026: the app checks dates against this day, whenever the tests run.
  await context.clock.setFixedTime(new Date('2026-11-22T10:00:00'));
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('request', (r) => {
    const url = r.url();
    // Network requests only: the built-in PDF viewer loads its own chrome:// resources, which go nowhere.
    if (/^(https?|wss?|ftp):/.test(url) && !url.startsWith(baseUrl)) problems.push(`request to another origin: ${url}`);
  });
  return { page, context, problems };
}

export async function expectNoAxeViolations(page: Page) {
  // The app renders once its interface language's words are loaded: check the app, not the page before it.
  await page.locator('#root .app-header').waitFor();
  const result = await new AxeBuilder({ page }).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** Presses Tab until the element is focused: proves it is reachable by keyboard alone. */
export async function tabTo(page: Page, target: Locator, maxTabs = 120) {
  for (let i = 0; i < maxTabs; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${target.toString()} not reached by Tab within ${maxTabs} presses`);
}

/** Reaches a text field by Tab and types into it, as a keyboard user would. */
export async function typeInto(page: Page, target: Locator, text: string) {
  await tabTo(page, target);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

/** Imports a request file as a draft from the home page, opens it, and goes to its last step (the Review). */
export async function openAtReview(page: Page, file: string) {
  await page.locator('#import-file').setInputFiles(file);
  await page.locator('.drafts-list button').first().click();
  await page.locator('.step-nav button').last().click();
}
