import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { goToStep, sampleTeam, saved, startPlanFor } from './helpers/planner';

test.describe.configure({ timeout: 180_000 });

const MY_OPENING = 'I asked for this hour because the last three months worry me, and I want to hear your side first.';
const MY_QUESTION = 'What would help you most on the next proposal you write?';
const MARK = 'Written by you: check against the new facts';

/** Back to the plan the manager was working on, as they would: Plans → Resume. */
async function resume(page: Page) {
  await page.goto('/#/plans');
  await page.getByRole('link', { name: 'Resume the plan for Grace Kim' }).click();
  await expect(page.getByRole('heading', { name: 'Conversation with Grace Kim' })).toBeVisible();
}

test('refresh, redraft and reload: no word the manager typed is lost', async ({ appPage: page }) => {
  mkdirSync('artifacts', { recursive: true });
  await sampleTeam(page);
  await startPlanFor(page, 'Grace Kim');

  // The manager writes an opening and rewrites the first question.
  await goToStep(page, 'Talking points');
  await page.getByLabel('How you will open').fill(MY_OPENING);
  await saved(page);
  await goToStep(page, 'Questions');
  const first = page.getByRole('textbox', { name: 'Question 1' });
  const drafted = await page.getByRole('textbox', { name: /^Question \d+$/ }).count();
  await first.fill(MY_QUESTION);
  await saved(page);

  // Redraft: first what it replaces, then the manager's question is still there; undo is offered.
  await page.getByRole('button', { name: 'Redraft from the diagnosis' }).click();
  const preview = page.getByRole('region', { name: 'What the redraft replaces' });
  await expect(preview).toContainText(`The redraft replaces ${drafted - 1} suggested questions you have not changed`);
  await expect(preview).toContainText('Your 1 own or changed question stay');
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1024, height: 700 },
  ])
    await page
      .setViewportSize(size)
      .then(() => page.screenshot({ path: `artifacts/words-redraft-preview-${size.width}x${size.height}.png`, fullPage: true }));
  await page.setViewportSize({ width: 1280, height: 800 });
  await preview.getByRole('button', { name: 'Redraft' }).click();
  await expect(page.getByRole('button', { name: 'Undo the redraft' })).toBeVisible();
  await saved(page);
  await expect(page.getByRole('textbox', { name: /^Question \d+$/ }).last()).toHaveValue(MY_QUESTION);

  // Reload: both are still there.
  await page.reload();
  await resume(page);
  await goToStep(page, 'Questions');
  await expect(page.getByRole('textbox', { name: /^Question \d+$/ }).last()).toHaveValue(MY_QUESTION);
  await goToStep(page, 'Talking points');
  await expect(page.getByLabel('How you will open')).toHaveValue(MY_OPENING);

  // The facts change under the plan: the manager stops applying the default targets.
  await page.goto('/#/settings');
  await page.getByRole('button', { name: 'Stop applying AE targets' }).click();
  await expect(page.getByText('Default · not applied').first()).toBeVisible();
  await resume(page);
  const banner = page.locator('.newer-data');
  await expect(banner).toContainText(/The numbers for .+ have changed\./);
  await expect(banner).not.toContainText(/newer|facts-refreshed|\((deal-size|opportunity-to-win|prospecting)\)/i);
  await page.screenshot({ path: 'artifacts/words-refresh-offer-1280x800.png', fullPage: true });
  await banner.getByRole('button', { name: 'Use the updated numbers' }).click();
  const done = page.locator('.refreshed-facts');
  await expect(done).toContainText(/This plan now uses the updated numbers for /);
  await goToStep(page, 'Talking points');
  await expect(page.getByLabel('How you will open')).toHaveValue(MY_OPENING);
  await expect(page.getByText(MARK).first()).toBeVisible();
  await page.screenshot({ path: 'artifacts/words-refreshed-1280x800.png', fullPage: true });
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.screenshot({ path: 'artifacts/words-refreshed-1024x700.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  // Reload after the refresh: the words and their marks are kept.
  await page.reload();
  await resume(page);
  await goToStep(page, 'Talking points');
  await expect(page.getByLabel('How you will open')).toHaveValue(MY_OPENING);
  await expect(page.getByText(MARK).first()).toBeVisible();
  await goToStep(page, 'Questions');
  await expect(page.getByRole('textbox', { name: /^Question \d+$/ }).last()).toHaveValue(MY_QUESTION);
  await expect(page.getByText(MARK).first()).toBeVisible();

  // Undo the refresh: the earlier facts, the words still there.
  await page
    .locator('.refreshed-facts')
    .getByRole('button', { name: /^Undo: back to / })
    .click();
  await expect(page.locator('.refreshed-facts')).toHaveCount(0);
  await goToStep(page, 'Talking points');
  await expect(page.getByLabel('How you will open')).toHaveValue(MY_OPENING);
  await expect(page.getByText(MARK)).toHaveCount(0);
});
