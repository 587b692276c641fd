// A plan whose check-ins have begun, for the browser tests: Farid Haddad's plan from the sample
// team, check-ins every two weeks from Mon 9 Nov 2026 (23 Nov, 7 Dec, 21 Dec…), held on 9 Nov.
// With the page's clock on Sunday 6 Dec 2026 the first is overdue and the second is tomorrow.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { goToStep, holdConversation, sampleTeam, saved, startPlanFor } from './planner';

export const CHECKIN_TODAY = new Date('2026-12-06T10:00:00Z');

/** Sets the page's clock on CHECKIN_TODAY, then prepares and holds the plan (not signed yet). */
export async function heldPlanWithCheckIns(page: Page) {
  await page.clock.setFixedTime(CHECKIN_TODAY);
  await sampleTeam(page);
  await startPlanFor(page, 'Farid Haddad');
  await goToStep(page, 'Action plan');
  await page.getByLabel('Starting from').fill('2026-11-09');
  await page.getByLabel('How often').selectOption('14');
  await saved(page);
  await expect(page.getByRole('list', { name: 'Check-in dates' })).toContainText('Nov 23, 2026');
  await goToStep(page, 'Review');
  await page.getByLabel('Date', { exact: true }).fill('2026-11-09');
  await page.getByLabel('Your name (on the plan)').fill('Sam Lee');
  await saved(page);
  await holdConversation(page);
}

/** Imports a CSV file written from `text`, the way a manager does (Import → Check the rows → Import). */
export async function importFile(page: Page, name: string, text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'candor-checkin-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  await page.goto('/#/import');
  await page.getByLabel('File to import').setInputFiles(file);
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await page.getByRole('button', { name: /^Import [\d,]+ rows$/ }).click({ timeout: 60_000 });
  await expect(page.getByRole('heading', { name: `Imported ${name}` })).toBeVisible({ timeout: 60_000 });
  rmSync(dir, { recursive: true, force: true });
}

/** Screenshots of the page at 1280×800 and 1024×700 into artifacts/, then back to 1280×800. */
export async function shoot(page: Page, name: string) {
  for (const [w, h] of [
    [1280, 800],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `artifacts/${name}-${w}x${h}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}
