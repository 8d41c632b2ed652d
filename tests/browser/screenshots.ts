import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const references = 'tests/browser/screenshots';
const results = 'test-results/screenshots';

/**
 * The viewport compared with a stored reference (toHaveScreenshot-style): a pixel counts as different past
 * pixelmatch's colour threshold, and the page may differ in up to `maxDiffRatio` of its pixels (anti-aliasing,
 * a caret). With UPDATE_SCREENSHOTS=1 the references are written instead; a missing reference fails, so that
 * CI never passes by writing its own. The actual image and a diff are kept in test-results/ to look at.
 */
export async function expectScreenshot(page: Page, name: string, maxDiffRatio = 0.005): Promise<void> {
  const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  const reference = `${references}/${name}.png`;
  mkdirSync(results, { recursive: true });
  writeFileSync(`${results}/${name}.png`, png);
  if (process.env.UPDATE_SCREENSHOTS) {
    mkdirSync(dirname(reference), { recursive: true });
    writeFileSync(reference, png);
    return;
  }
  if (!existsSync(reference)) throw new Error(`no reference screenshot ${reference}: run the browser tests with UPDATE_SCREENSHOTS=1, look at it, and commit it`);
  const expected = PNG.sync.read(readFileSync(reference));
  const actual = PNG.sync.read(png);
  expect(`${actual.width}×${actual.height}`, name).toBe(`${expected.width}×${expected.height}`);
  const diff = new PNG({ width: actual.width, height: actual.height });
  const differing = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: 0.2 });
  writeFileSync(`${results}/${name}.diff.png`, PNG.sync.write(diff));
  expect(differing / (actual.width * actual.height), `${name}: ${differing} pixels differ from the reference (see ${results}/${name}.diff.png)`).toBeLessThanOrEqual(maxDiffRatio);
}
