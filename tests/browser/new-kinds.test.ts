import { describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, newPage, openAtReview, sharedBrowser, tabTo } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const panelText = (page: import('playwright-core').Page) => page.locator('.completeness').first().innerText();

describe('kinds and instruments beyond the first three, in Chromium', () => {
  it('drafts the Art. 44 follow-up of a preservation request, prefilled and linked, to 100%', async () => {
    const { page, problems } = await newPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`);
    await openAtReview(page, 'examples/preservation.json');

    const start = page.getByRole('button', { name: 'Draft the follow-up request (Request for access to stored electronic data)' });
    await tabTo(page, start);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.kind-title').innerText()).toContain('Request for access to stored electronic data');
    expect(await page.getByLabel('Draft name').inputValue()).toBe('Follow-up of preservation');
    // Carried over: the authorities as given, and the preservation request as "the earlier one".
    expect(await page.getByLabel('Requesting authority (name and address)').inputValue()).toBe('Office of the Prosecutor General, Cybercrime Unit, 12 Harbour Road, Tallmere');
    await expect.poll(() => panelText(page)).toMatch(/2 of 7 required elements/);

    await page.getByRole('button', { name: /The case/ }).click();
    await page.getByLabel('Subject matter and nature of the investigation, prosecution or proceeding').fill('Criminal investigation No. 26-4410 into the ransomware attack on Tallmere Regional Hospital.');
    await page.getByLabel('Authority conducting it: name and functions').fill('Office of the Prosecutor General, which directs the investigation.');
    await page.getByRole('button', { name: /Assistance sought/ }).click();
    // Art. 44 starts with 40(3)(d) chosen.
    expect(await page.getByRole('checkbox', { name: /40\(3\)\(d\)/ }).isChecked()).toBe(true);
    await page.getByLabel('Description of the assistance sought').fill('Disclosure of the data preserved under our request PPS/CYB/2026/0417.');
    await page.getByRole('group', { name: /Persons, items or accounts concerned/ }).getByRole('textbox').first().fill('The account restore-desk@mailbox.example.');
    const period = page.getByRole('group', { name: /Time period for which assistance is sought/ });
    await period.getByLabel('From').fill('2026-10-01');
    await period.getByLabel('To').fill('2026-11-20');
    await page.getByLabel('Purpose of the evidence or assistance').fill('To identify the persons who negotiated the ransom.');
    await page.getByRole('button', { name: /The measure/ }).click();
    expect(await page.getByLabel('Reference of the earlier preservation request').inputValue()).toBe('PPS/CYB/2026/0417');
    expect(await page.getByLabel('Date of the earlier preservation request').inputValue()).toBe('2026-11-20');
    await expect.poll(() => panelText(page)).toMatch(/7 of 7 required elements \(100%\)/);
    await expectNoAxeViolations(page);

    // Saved: after a reload the follow-up opens as it was, and both drafts are kept.
    await expect.poll(() => page.locator('.draft-status').innerText()).toContain('Saved');
    await page.reload();
    await expect.poll(() => page.getByLabel('Reference of the earlier preservation request').inputValue()).toBe('PPS/CYB/2026/0417');
    await page.getByRole('button', { name: 'Back to drafts' }).click();
    await expect.poll(() => page.getByRole('button', { name: /^Open draft / }).allInnerTexts()).toHaveLength(2);
    expect(await page.getByRole('button', { name: 'Open draft Follow-up of preservation' }).count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('starts an emergency request by keyboard and shows the clock since the emergency became known', async () => {
    const { page, problems } = await newPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`);
    const kinds = page.getByRole('group', { name: 'Kind of request', exact: true });
    await tabTo(page, kinds.getByRole('radio', { name: 'Request for expedited preservation of stored electronic data' }));
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => kinds.getByRole('radio', { name: 'Emergency request through the 24/7 network' }).isChecked()).toBe(true);
    await tabTo(page, page.getByRole('button', { name: 'Start drafting' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#step-heading').innerText()).toMatch(/Step 1 of 6/);
    await expect.poll(() => page.getByText(/^Now: /).innerText()).toContain('Nov 22, 2026');
    await page.getByRole('button', { name: /The case/ }).click();
    await page.getByLabel('When the emergency became known (date and time)').fill('2026-11-22T07:35');
    await expect.poll(() => page.getByText(/since the emergency became known/).innerText()).toContain('2 h 25 min');
    // The emergency's own list, in this tool's words and said so.
    expect(await panelText(page)).toContain('what this tool asks');
    await expect.poll(() => page.locator('details.convention-words summary').first().innerText()).toContain('What this tool asks');
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });

  it('drafts under the 2017 draft convention: its kinds, its list and its 180-day minimum', async () => {
    const { page, problems } = await newPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`);
    const instruments = page.getByRole('group', { name: 'Instrument the request is made under' }).first();
    await instruments.getByRole('radio', { name: /Draft United Nations Convention on Cooperation in Combating/ }).check();
    const kinds = page.getByRole('group', { name: 'Kind of request', exact: true });
    expect(await kinds.getByRole('radio').count()).toBe(2);
    await page.getByRole('button', { name: 'Start drafting' }).click();
    await expect.poll(() => page.locator('.kind-title').innerText()).toContain('Draft convention of 2017 (A/C.3/72/12)');
    expect(await panelText(page)).toContain('50(2)(a)');
    await page.getByRole('button', { name: /The measure/ }).click();
    await page.getByLabel(/Preservation period/).fill('100');
    await expect.poll(() => panelText(page)).toContain('100 days is shorter than the minimum preservation period of 180 days');
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });
});
