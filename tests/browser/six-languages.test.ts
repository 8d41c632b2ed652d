import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { uiResources } from '../../src/i18n/all-language-packs';
import { uiLanguages, type UiLanguage } from '../../src/i18n/create-i18n';
import { containsWords, normalise, pdfColumnText } from '../pdf-text';
import { desktop, expectNoAxeViolations, newPage, openAtReview, phone, sharedBrowser } from './browser';
import { expectScreenshot } from './screenshots';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
type Request = { language: UiLanguage; secondLanguage: string; answers: Record<string, unknown> };
const load = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Request;
const ui = (lang: UiLanguage) => uiResources[lang] as typeof uiResources.en;

/** The page's layout fits its width: nothing pushes it sideways (the phone-size failure of words broken letter by letter). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function chooseInterface(page: Page, lang: UiLanguage) {
  await page.goto(`${baseUrl}/`);
  await page.locator('#ui-language').selectOption(lang);
  await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir].join(' '))).toBe(`${lang === 'zh' ? 'zh-Hans' : lang} ${lang === 'ar' ? 'rtl' : 'ltr'}`);
}

/** Fills every answer of the request that the current step shows, by the inputs' ids (the same in every language). */
async function fillStep(page: Page, request: Request, lang: UiLanguage) {
  const t = ui(lang).field;
  for (const [list, add, first] of [['offences', t.offence.add, 'name'], ['dataIdentifiers', t.identifier.add, 'type']] as const) {
    const rows = request.answers[list] as unknown[];
    if (!(await page.getByRole('button', { name: add }).isVisible())) continue;
    for (let i = 0; i < rows.length; i++) {
      if (await page.locator(`[id="f-answers-${list}-${i}-${first}"]`).count() === 0) await page.getByRole('button', { name: add }).click();
    }
  }
  const leaves = (v: unknown, path: string): [string, unknown][] => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.entries(v).flatMap(([k, x]) => leaves(x, `${path}-${k}`))
    : Array.isArray(v) && v.some((x) => typeof x === 'object') ? v.flatMap((x, i) => leaves(x, `${path}-${i}`)) : [[path, v]]);
  for (const [id, value] of leaves(request.answers, 'f-answers')) {
    if (Array.isArray(value)) {
      const name = id.replace(/^f-/, '').replace(/-/g, '.');
      for (const v of value) {
        const box = page.locator(`input[name="${name}"][value="${v}"]`);
        if (await box.count()) await box.check();
      }
      continue;
    }
    if (typeof value === 'boolean') {
      if (value && await page.locator(`[id="${id}-box"]`).count()) await page.locator(`[id="${id}-box"]`).check();
      continue;
    }
    const radio = page.locator(`[id="${id}-${String(value)}"]`);
    if (/^[a-z]+$/.test(String(value)) && await radio.count()) {
      await radio.check();
      continue;
    }
    const input = page.locator(`[id="${id}"]`);
    if (!(await input.count()) || value === '') continue;
    if (await input.evaluate((el) => el.tagName === 'SELECT')) await input.selectOption(String(value));
    else await input.fill(String(value));
  }
}

/**
 * A preservation request drafted in one language from the first screen to 100%, every label, heading and
 * message in that language, then printed as a PDF in the pair chosen at the start.
 */
async function draftIn(lang: UiLanguage, fixture: string, viewport: { width: number; height: number }, expected: { step1: string; review: string; progress: RegExp; citation: string }) {
  const request = load(fixture);
  const { page, problems } = await newPage(browser(), baseUrl, { viewport });
  const t = ui(lang);
  await chooseInterface(page, lang);
  await expectNoAxeViolations(page);
  expect(await page.getByRole('heading', { name: t.home.newRequest }).isVisible()).toBe(true);

  // The start form asks the kind and both languages: the answers' defaults to the interface's.
  await page.locator('.kind-start').first().locator('input[type=radio][value=preservation]').check();
  expect(await page.getByLabel(t.home.answersLanguage).inputValue()).toBe(lang);
  await page.getByLabel(t.home.secondLanguage).selectOption(request.secondLanguage);
  await page.getByRole('button', { name: t.home.start, exact: true }).click();
  await expect.poll(() => page.locator('#step-heading').innerText()).toBe(expected.step1);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-heading');
  expect(await page.locator('.cite').first().innerText()).toBe(expected.citation);

  for (let step = 1; step <= 5; step++) {
    await fillStep(page, request, lang);
    expect(await overflow(page), `step ${step} fits ${viewport.width} px`).toBeLessThanOrEqual(0);
    if (step === 3) await expectNoAxeViolations(page);
    await page.getByRole('button', { name: t.wizard.next, exact: true }).click();
    await expect.poll(() => page.locator('#step-heading').innerText()).toMatch(new RegExp(`^${t.wizard.stepOf.split('{{')[0]!.trim()}`));
  }
  await expect.poll(() => page.locator('#step-heading').innerText()).toBe(expected.review);
  await expect.poll(() => page.locator('.completeness-progress').innerText()).toMatch(expected.progress);
  expect(await page.locator('.missing-mark').count()).toBe(0);
  expect(await overflow(page), `review fits ${viewport.width} px`).toBeLessThanOrEqual(0);
  // The review's answers keep a readable width on a phone (they shrank to about 45 px before).
  const answerWidth = await page.locator('.review dd').first().evaluate((el) => el.getBoundingClientRect().width);
  expect(answerWidth).toBeGreaterThan(Math.min(viewport.width / 2, 300));
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `test-results/drafted-${lang}-${viewport.width}.png`, fullPage: true });

  // The PDF in the pair chosen at the start.
  expect(await page.locator('#pdf-language').inputValue()).toBe(lang);
  expect(await page.locator('#pdf-second-language').inputValue()).toBe(request.secondLanguage);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t.export.download }).click();
  const file = await (await download).path();
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  expect(problems).toEqual([]);
  return { file, page };
}

describe('the app in the six UN languages', () => {
  it('drafts a preservation request entirely in French to 100% and prints it in French and Arabic', async () => {
    const { file } = await draftIn('fr', 'tests/fixtures/drafted/preservation-fr.json', desktop, {
      step1: 'Étape 1 sur 6 : Autorités', review: 'Étape 6 sur 6 : Relecture', progress: /7 éléments requis sur 7 \(100%\)/,
      citation: 'article 42, paragraphe 3, alinéa a)',
    });
    const french = normalise(pdfColumnText(file, 0));
    expect(french).toContain(normalise('Demande de conservation rapide de données électroniques stockées'));
    expect(french).toContain(normalise('article 42, paragraphe 3, alinéa c)'));
    expect(french).toContain(normalise('Les enquêteurs ont rattaché la négociation de la rançon'));
    expect(french).toContain(normalise('27 novembre 2026'));
    expect(containsWords(pdfColumnText(file, 1), 'طلب الحفظ العاجل للبيانات الإلكترونية المخزنة')).toEqual([]);
  });

  it('drafts one entirely in Arabic, right to left at phone size, to 100% and prints it in Arabic and English', async () => {
    const { file } = await draftIn('ar', 'tests/fixtures/drafted/preservation-ar.json', phone, {
      step1: 'الخطوة 1 من 6: السلطات', review: 'الخطوة 6 من 6: المراجعة', progress: /7 من 7 من العناصر المطلوبة \(100%\)/,
      citation: 'المادة 42، الفقرة 3 (أ)',
    });
    const arabic = pdfColumnText(file, 0);
    expect(containsWords(arabic, 'طلب الحفظ العاجل للبيانات الإلكترونية المخزنة')).toEqual([]);
    expect(containsWords(arabic, 'وربط المحققون التفاوض على الفدية بحساب البريد الإلكتروني')).toEqual([]);
    const english = normalise(pdfColumnText(file, 1));
    expect(english).toContain(normalise('Request for expedited preservation of stored electronic data'));
    expect(english).toContain(normalise('42(3)(c)'));
    expect(english).toContain(normalise('27 November 2026'));
  });

  it.each(uiLanguages.flatMap((lang) => [[lang, phone], [lang, desktop]] as const))('has no axe violations in %s at %o', async (lang, viewport) => {
    const { page, problems } = await newPage(browser(), baseUrl, { viewport });
    await chooseInterface(page, lang);
    await expectNoAxeViolations(page);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.locator('#import-file').setInputFiles('examples/preservation.json');
    await page.locator('.drafts-list button').first().click();
    await page.locator('#step-heading').waitFor();
    await expectNoAxeViolations(page);
    await page.locator('.step-nav button').last().click();
    await expect.poll(() => page.locator('#step-heading').innerText()).toMatch(/6/);
    await expectNoAxeViolations(page);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    // The other side: reviewing a received request.
    await page.goto(`${baseUrl}/`);
    await page.getByRole('button', { name: ui(lang).homeReceived.check }).waitFor();
    await page.locator('.kind-start').nth(1).locator('button[type=submit]').click();
    await page.getByRole('heading', { name: ui(lang).reviewer.title }).waitFor();
    await expectNoAxeViolations(page);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
  });
});

describe('screens compared with their references', () => {
  for (const [lang, viewport] of [['ar', phone], ['ar', desktop], ['fr', phone], ['fr', desktop]] as const) {
    it(`the home page and the review step in ${lang} at ${viewport.width}×${viewport.height}`, async () => {
      const { page } = await newPage(browser(), baseUrl, { viewport });
      await chooseInterface(page, lang);
      await page.locator('#root .app-header').waitFor();
      await expectScreenshot(page, `home-${lang}-${viewport.width}`);
      await openAtReview(page, `tests/fixtures/drafted/preservation-${lang}.json`);
      await expect.poll(() => page.locator('.completeness-progress').innerText()).toMatch(/100%/);
      await expect.poll(() => page.locator('.save-status.save-saved').count()).toBe(1);
      await page.evaluate(() => window.scrollTo(0, 0));
      await expectScreenshot(page, `review-${lang}-${viewport.width}`);
    });
  }
});
