// The planner the way a manager reaches it, for the browser tests: the sample team with the
// default targets applied, a new plan for one rep, a step of the plan.
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

export const STEPS = [
  'Facts',
  'Expectations',
  'Diagnosis',
  'Talking points',
  'Questions',
  'Pushback',
  'Consequences & support',
  'Action plan',
  'Development plan',
  'Review',
];
export const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/-$/, '');

/**
 * The sample team with the role defaults the Team page offers applied, as a manager would: the
 * sample holds quotas but no other targets, and nothing is applied without that click.
 */
export async function sampleTeam(page: Page) {
  await page.goto('/#/team');
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expect(page.getByRole('table', { name: 'Team' })).toBeVisible({ timeout: 30_000 });
  const apply = page.getByRole('button', { name: /^Apply the default targets for / });
  await apply.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Apply them' }).click();
  await expect(page.getByText(/^Default targets applied for /)).toBeVisible();
  await expect(apply).toBeHidden();
}

/** From the Team page to the first step of a new plan, the way a manager goes. */
export async function startPlanFor(page: Page, name: string) {
  await page.getByLabel('Search').fill(name);
  await page.getByRole('table', { name: 'Team' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('link', { name: 'Prepare a conversation' }).click();
  await expect(page.getByRole('heading', { name: `Prepare a conversation with ${name}` })).toBeVisible();
  await page.getByRole('button', { name: 'Start the plan' }).click();
  await expect(page.getByRole('heading', { name: `Conversation with ${name}` })).toBeVisible();
}

export async function goToStep(page: Page, label: string) {
  const n = STEPS.indexOf(label) + 1;
  await page
    .getByRole('navigation', { name: 'Plan steps' })
    .getByRole('button', { name: `${n}. ${label}` })
    .click();
  await expect(page.getByRole('heading', { name: `Step ${n} of 10: ${label}` })).toBeVisible();
}

export async function saved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}

/** Draws a zigzag on the `n`th signature pad of the Review step with the mouse, and waits until it is stored. */
export async function drawSignature(page: Page, n: number) {
  const group = page.locator('.signature-pad').nth(n);
  const pad = group.locator('canvas');
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('no signature canvas');
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + 20 + i * 15, box.y + box.height / 2 + (i % 2 ? -12 : 12));
  await page.mouse.up();
  // Stored when the stroke ends; an export reads the plan after that write.
  await expect(group.getByText('Signature drawn.')).toBeVisible();
}

/** A new plan for `rep` from the sample team, at its Review step with the meeting date and the manager's name set and saved. */
export async function reviewDated(page: Page, rep: string, date: string, manager: string) {
  await sampleTeam(page);
  await startPlanFor(page, rep);
  await goToStep(page, 'Review');
  await page.getByLabel('Date', { exact: true }).fill(date);
  await page.getByLabel('Your name (on the plan)').fill(manager);
  await saved(page);
}

/** On the Review step, the conversation as held (its date has come): ready, then held, each confirmed. Signatures come after it. */
export async function holdConversation(page: Page) {
  for (const action of ['Mark ready to hold', 'Mark the conversation held']) {
    await page.getByRole('button', { name: action }).click();
    await page.getByRole('dialog', { name: action }).getByRole('button', { name: 'Confirm' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
}
