import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { normalise, pdfColumnText } from '../pdf-text';
import { expectNoAxeViolations, newPage, openAtReview, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe('exporting the PDF from the app', () => {
  it('downloads a valid bilingual PDF with the user’s translation, previews it, and warns of missing translations', async () => {
    const { page, problems } = await newPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`);
    await openAtReview(page, 'examples/preservation.json');
    expect(await page.getByLabel('Second language').inputValue()).toBe('zh');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PDF' }).click();
    const file = await (await download).path();
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const [left, right] = [normalise(pdfColumnText(file, 0)), normalise(pdfColumnText(file, 1))];
    expect(left).toContain(normalise('Request for expedited preservation of stored electronic data'));
    expect(right).toContain(normalise('快速保全存储的电子数据请求'));
    expect(right).toContain(normalise('塔尔米尔地区医院的计算机系统遭勒索软件加密'));
    expect(right).toContain(normalise('拟予保全的已存储电子数据及其与犯罪之间的关系'));
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('CONFIDENTIAL');

    await page.getByRole('button', { name: 'Preview PDF' }).click();
    await expect.poll(() => page.locator('iframe[title="Preview of the PDF"]').count()).toBe(1);
    await expectNoAxeViolations(page);

    // Another second language: the user's text has no version in it yet, and the panel says so.
    await page.getByLabel('Second language').selectOption('fr');
    const warnings = page.locator('.wizard-aside .completeness-issues.warnings');
    await expect.poll(() => warnings.innerText()).toContain('no French version of “Summary of the facts”');
    await page.getByLabel('Summary of the facts (French)').fill('Le 3 novembre 2026, les systèmes de l’hôpital ont été chiffrés.');
    await expect.poll(() => warnings.innerText()).not.toContain('no French version of “Summary of the facts”');
    await page.screenshot({ path: 'test-results/pdf-export-panel.png', fullPage: true });
    expect(problems).toEqual([]);
  });
});
