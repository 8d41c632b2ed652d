import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, newPage, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
const example = readFileSync('examples/preservation.json', 'utf8');

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel('Choose a request file (JSON)').setInputFiles({ name, mimeType: 'application/json', buffer });
}

describe('hostile files in the app', () => {
  it('every file comes to a report or a reason: objects posing as strings, BOM, invalid UTF-8, duplicate keys', async () => {
    const { page, problems } = await newPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/#/check`);
    const alert = page.locator('.check-file [role=alert]');
    await chooseFile(page, 'posing.json', Buffer.from('{"format":{"toString":{}}}'));
    await expect.poll(() => alert.innerText()).toBe('posing.json is not a request: it is not a request file (its "format" is an object, not "mla-request").');
    await chooseFile(page, 'version.json', Buffer.from('{"format":"mla-request","formatVersion":{"valueOf":{}}}'));
    await expect.poll(() => alert.innerText()).toContain('its format version an object is not one this tool reads');
    await chooseFile(page, 'latin1.json', Buffer.from(example.replace('Estland', 'Estlénd'), 'latin1'));
    await expect.poll(() => alert.innerText()).toMatch(/it is not UTF-8 text \(byte \d+ is not valid\)/);
    await chooseFile(page, 'twice.json', Buffer.from(example.replace('"kind": "preservation",', '"kind": "preservation", "kind": "mla",')));
    await expect.poll(() => alert.innerText()).toContain('the key “kind” is given twice in (top level)');
    await chooseFile(page, 'bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(example)]));
    await expect.poll(() => page.locator('.check-result').innerText()).toContain('Ready: the request contains every required element');
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });

  it('shows invisible direction controls in names and in the review, as the PDF prints them', async () => {
    const { page, problems } = await newPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`);
    const request = JSON.parse(example);
    request.answers.reference = 'PPS/\u202E7140/6202';
    await page.getByLabel('Import a draft from a JSON file').setInputFiles({ name: 'case\u202Egnp.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(request)) });
    await expect.poll(() => page.locator('.drafts-list').innerText()).toContain('case[U+202E]gnp');
    await page.getByRole('button', { name: /^Open draft case/ }).click();
    await page.getByRole('button', { name: /Review/ }).click();
    await expect.poll(() => page.locator('.review').innerText()).toContain('PPS/[U+202E]7140/6202');
    expect(await page.locator('.wizard-aside .completeness-issues.warnings').innerText())
      .toContain('Reference number: invisible control characters (U+202E) can make text read differently on screen and on paper');
    // Typing a control into the draft's name takes it out, with a note.
    await page.getByLabel('Draft name').fill('Ransomware \u202Eesac');
    expect(await page.getByLabel('Draft name').inputValue()).toBe('Ransomware esac');
    await expect.poll(() => page.locator('#draft-name-note').innerText()).toContain('Invisible direction characters were taken out of the name');
    expect(problems).toEqual([]);
  });
});
