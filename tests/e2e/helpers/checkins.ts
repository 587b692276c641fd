// A plan whose check-ins have begun, for the browser tests: Farid Haddad's plan from the sample
// team, check-ins every two weeks from Mon 9 Nov 2026 (23 Nov, 7 Dec, 21 Dec…), held on 9 Nov.
// With the page's clock on Sunday 6 Dec 2026 the first is overdue and the second is tomorrow.
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
