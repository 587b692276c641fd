// Practice that follows the plan, walked the way a coach does it: a script assigned from a skill of
// the development plan with its own pass mark and due day, the session run by keyboard with the
// rep, reopened the next day and its score sheet exported again, and the score on the plan item,
// the check-in and the rep's timeline, each judged against the assignment's pass mark.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { readDocxParts, xmlText } from '@shared/export/docx';
import { expect, test } from './fixtures';
import { seriousA11yViolations } from './helpers/axe';
import { layoutProblems } from './helpers/layout';
import { goToStep, startPlanFor } from './helpers/planner';

test.describe.configure({ timeout: 150_000 });

const PRICE = 'Price objection: “That is more than we budgeted”';

/** The score sheet as downloaded, kept under artifacts/word (to look at its pages), as text. */
async function scoreSheet(page: Page, keepAs: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Score sheet (Word)' }).click();
  const bytes = readFileSync(await (await download).path());
  mkdirSync('artifacts/word', { recursive: true });
  writeFileSync(`artifacts/word/${keepAs}.docx`, bytes);
  return xmlText(readDocxParts(new Uint8Array(bytes))['word/document.xml'] ?? '');
}

/** A picture at 1280×800 and one at 1024×700, each with nothing cut off and no serious axe finding. */
async function photograph(page: Page, name: string, part: () => Promise<void>) {
  for (const [width, height, suffix] of [
    [1280, 800, ''],
    [1024, 700, '-1024'],
  ] as const) {
    await page.setViewportSize({ width, height });
    await part();
    expect(await layoutProblems(page)).toEqual([]);
    await page.screenshot({ path: `artifacts/${name}${suffix}.png` });
  }
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 800 });
}

const usDate = (d: Date) => d.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });

test('a script assigned from the plan, run by keyboard, reopened the next day and exported again, shows on the plan item', async ({
  appPage: page,
}) => {
  mkdirSync('artifacts', { recursive: true });
  await page.goto('/#/team');
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expect(page.getByRole('table', { name: 'Team' })).toBeVisible({ timeout: 30_000 });
  await startPlanFor(page, 'Farid Haddad');
  const planUrl = page.url();
  await goToStep(page, 'Development plan');
  const skill = await page.getByRole('textbox', { name: 'Skill' }).first().inputValue();
  expect(skill.length).toBeGreaterThan(0);

  // From the skill in the plan to the assignment form, with that skill already chosen.
  await page.getByRole('link', { name: `Assign a script for ${skill}` }).focus();
  await page.keyboard.press('Enter');
  const assign = page.getByRole('form', { name: 'Assign a script to Farid Haddad' });
  await expect(assign.getByLabel('Development-plan item')).toHaveValue(/.+/);
  await expect(assign.getByLabel('Development-plan item').locator('option:checked')).toHaveText(skill);
  await expect(assign.getByLabel('Script')).toBeFocused();
  await photograph(page, 'practice-assign-from-plan', async () => {
    await assign.scrollIntoViewIfNeeded();
  });
  await assign.getByLabel('Script').focus();
  // Keyboard only from here: type-ahead picks the script, Tab moves on, Enter assigns.
  await page.keyboard.type('Price');
  await expect(assign.getByLabel('Script').locator('option:checked')).toHaveText(PRICE);
  await page.keyboard.press('Tab');
  await page.keyboard.type('4');
  await page.keyboard.press('Tab');
  const year = new Date().getFullYear() + 1;
  await page.keyboard.type(`01/15/${year}`);
  await page.keyboard.press('Enter');
  const due = `Jan 15, ${year}`;
  const assigned = page.getByRole('list', { name: 'Practice assigned to Farid Haddad' });
  await expect(assigned).toContainText(`Due ${due} · pass mark 4 average of 5 · no session scored yet · Not passed yet`);

  // Started from the assignment, by keyboard, and run through by keyboard.
  await assigned.getByRole('button', { name: 'Start' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: PRICE, level: 1 })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Clock' })).toHaveText('Not started — Space starts the clock');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('n');
  await page.keyboard.type('Named the budget gap before defending the price.');
  await page.keyboard.press('Escape');
  for (let step = 2; step <= 5; step++) {
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText(`Step ${step} of 5`)).toBeVisible();
  }
  await page.keyboard.press('Space');
  await page.keyboard.press('s');
  for (const key of ['4', '4', '4', '3', '4']) await page.keyboard.press(key);
  // The assignment's mark, not the script's 3.5: 3.8 does not pass it.
  await expect(page.getByLabel('Result')).toContainText('Average 3.8 of 5 · pass mark 4 · Below the pass mark');
  await expect(page.getByLabel('Development-plan item this works on').locator('option:checked')).toHaveText(skill);
  await page.keyboard.press('f');
  await expect(page.getByRole('heading', { name: `Result: ${PRICE}` })).toBeVisible();
  const first = await scoreSheet(page, 'practice-score-sheet');
  expect(first).toContain('3.8 of 5 against a pass mark of 4');

  // The next day: the app opened again, the session reopened from the list, its sheet exported again.
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
  await page.clock.setFixedTime(tomorrow);
  await page.goto('/#/roleplay');
  await page.getByLabel('Rep', { exact: true }).selectOption({ label: 'Farid Haddad' });
  const finished = page.getByRole('list', { name: 'Finished sessions' });
  await finished.getByRole('link', { name: new RegExp(PRICE.slice(0, 15)) }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Step by step' })).toContainText('Named the budget gap before defending the price.');
  const again = await scoreSheet(page, 'practice-score-sheet-next-day');
  expect(again).toContain('3.8 of 5 against a pass mark of 4');
  expect(again).toContain('Named the budget gap before defending the price.');
  await photograph(page, 'practice-reopened', async () => {
    await page.getByRole('heading', { name: `Result: ${PRICE}` }).scrollIntoViewIfNeeded();
  });

  // On the plan item it was assigned for: the assignment in the check-in's words, and the session.
  await page.goto(planUrl);
  await goToStep(page, 'Development plan');
  const practice = page.getByRole('region', { name: `Role-play practice: ${skill}` });
  const today = usDate(new Date());
  await expect(practice.getByRole('list', { name: `Practice assigned for ${skill}` })).toHaveText(
    `Assigned: ${PRICE} · pass mark 4 of 5 · due ${due}One session scored since it was assigned: 3.8 of 5 · Not passed yet — due ${due}`,
  );
  await expect(practice).toContainText('One session scored: 3.8 of 5, pass mark 4; 0 of 1 passed.');
  await expect(practice.locator('ol li')).toHaveText([`${today} · ${PRICE} · 3.8 of 5 · Below the pass mark`]);
  await photograph(page, 'practice-plan-item', async () => {
    await practice.scrollIntoViewIfNeeded();
  });

  // The same words on the plan's check-in, and the same verdict on the rep's timeline.
  await page.goto(`${planUrl}/checkins/0`);
  const onCheckIn = page.getByRole('region', { name: 'Role-play practice for this plan' });
  await expect(onCheckIn.getByRole('listitem').getByRole('listitem')).toHaveText([
    `${PRICE} · pass mark 4 of 5 · due ${due}One session scored since it was assigned: 3.8 of 5 · Not passed yet — due ${due}`,
  ]);
  await page.goto('/#/team');
  await page.getByLabel('Search').fill('Farid Haddad');
  await page.getByRole('table', { name: 'Team' }).getByRole('link', { name: 'Farid Haddad', exact: true }).click();
  const timeline = page.getByRole('list', { name: 'Timeline of Farid Haddad' });
  await expect(timeline).toContainText(`Role-play: ${PRICE}`);
  await expect(timeline).toContainText('Average 3.8 of 5 against a pass mark of 4: below the pass mark');
  await expect(timeline).toContainText(`Practice assigned: ${PRICE}`);
});
