import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { readDocxParts, xmlText } from '@shared/export/docx';
import { expect, test } from './fixtures';

async function wordText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await click();
  const file = await download;
  const bytes = readFileSync(await file.path());
  // Kept for a look at the pages (LibreOffice → PDF) after the run.
  mkdirSync('artifacts/word', { recursive: true });
  writeFileSync(`artifacts/word/${file.suggestedFilename()}`, bytes);
  const parts = readDocxParts(new Uint8Array(bytes));
  return { name: file.suggestedFilename(), text: xmlText(parts['word/document.xml'] ?? '') };
}

test.describe.configure({ timeout: 120_000 });

async function loadSampleTeam(page: Page) {
  await page.goto('/#/team');
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expect(page.getByRole('table', { name: 'Team' })).toBeVisible({ timeout: 30_000 });
}

test('a coach picks a rep weak at opportunity → win, runs a suggested script by keyboard, scores it and sees it on the skill chart', async ({
  appPage: page,
}) => {
  mkdirSync('artifacts', { recursive: true });
  await loadSampleTeam(page);
  // The manager has started Farid's plan: its development step is where the practice shows.
  await page.getByLabel('Search').fill('Farid Haddad');
  await page.getByRole('table', { name: 'Team' }).getByRole('link', { name: 'Farid Haddad', exact: true }).click();
  await page.getByRole('link', { name: 'Prepare a conversation' }).click();
  await page.getByRole('button', { name: 'Start the plan' }).click();
  await expect(page.getByRole('heading', { name: 'Conversation with Farid Haddad' })).toBeVisible();
  // The address names the plan once the planner has taken over from the start form.
  await expect(page).toHaveURL(/#\/plans\/[0-9a-f-]{36}$/);
  const planUrl = page.url();
  await page.getByRole('link', { name: 'Role-play' }).click();
  await expect(page.getByRole('heading', { name: 'Role-play', level: 1 })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Scripts' }).getByRole('listitem')).toHaveCount(13);

  await page.getByLabel('Rep', { exact: true }).selectOption({ label: 'Farid Haddad' });
  await expect(page.getByLabel('Diagnosis for Farid Haddad')).toContainText('Skill gap');
  await expect(page.getByLabel('Diagnosis for Farid Haddad')).toContainText('Opportunity → win');
  const suggested = page.getByRole('list', { name: 'Suggested scripts for Farid Haddad' });
  await expect(suggested.getByRole('listitem').first()).toContainText('Closing');
  await expect(suggested).toContainText('Objection handling');
  await expect(suggested).toContainText('Price objection');
  await page.screenshot({ path: 'artifacts/roleplay-suggested.png', fullPage: false });

  await suggested.getByRole('button', { name: 'Start session: “Closing: ask for the decision” with Farid Haddad' }).click();
  await expect(page.getByRole('heading', { name: 'Closing: ask for the decision', level: 1 })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Keyboard' })).toContainText('start or pause the timer');

  // Keyboard only: start the clock, pick an objection branch, move through the steps.
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('2');
  await expect(page.getByLabel('The buyer says')).toContainText('you showed us that');
  await page.keyboard.press('n');
  await page.keyboard.type('Kept presenting after the second “looks great”.');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Step 2 of 5')).toBeVisible();
  await page.keyboard.press('2');
  await expect(page.getByLabel('The buyer says')).toContainText('worried about the team’s time');
  await page.screenshot({ path: 'artifacts/roleplay-runner.png' });
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.screenshot({ path: 'artifacts/roleplay-runner-1024.png' });
  await page.setViewportSize({ width: 1280, height: 800 });

  // Reload mid-session: everything typed is still there (autosave), the clock resumes paused.
  await expect(page.getByRole('timer')).toHaveText(/^0:0[1-9]$/);
  await page.keyboard.press('Space');
  const onClock = await page.getByRole('timer').textContent();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await storedClock(page, onClock ?? '');
  await page.reload();
  await expect(page.getByText('Step 2 of 5')).toBeVisible();
  await expect(page.getByLabel('The buyer says')).toContainText('worried about the team’s time');
  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(onClock ?? '');
  await expect(page.getByRole('status', { name: 'Clock' })).toHaveText('Paused — press Space or Continue to resume');
  await page.screenshot({ path: 'artifacts/roleplay-runner-resumed.png' });
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.screenshot({ path: 'artifacts/roleplay-runner-resumed-1024.png' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByLabel('Notes on this step')).toHaveValue('Kept presenting after the second “looks great”.');

  // Score: S, then 1–5 for each criterion in turn; anchors are on screen.
  await page.keyboard.press('s');
  const scoring = page.getByRole('region', { name: 'Scoring' });
  await expect(scoring).toContainText('Checks each need from discovery against the proposal');
  for (const key of ['4', '3', '4', '4']) await page.keyboard.press(key);
  await expect(page.getByLabel('Result')).toContainText('Average 3.8 of 5 · pass mark 3.5 · Passed');
  // Linked to the skill of Farid's plan (the only open plan, so its first and only group).
  const link = page.getByLabel('Development-plan item this works on');
  const skill = (await link.locator('optgroup option').first().textContent()) ?? '';
  expect(skill.length).toBeGreaterThan(0);
  await link.selectOption({ label: skill });
  await page.screenshot({ path: 'artifacts/roleplay-scoring.png' });
  await page.keyboard.press('f');
  await expect(page.getByRole('heading', { name: 'Result: Closing: ask for the decision' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Scores' })).toContainText('Confirming the fit');
  const sheet = await wordText(page, () => page.getByRole('button', { name: 'Score sheet (Word)' }).click());
  expect(sheet.name).toMatch(/^\d{4}-\d{2}-\d{2} Farid Haddad - Role-play score sheet\.docx$/);
  expect(sheet.text).toContain('3.8 of 5 against a pass mark of 3.5');
  expect(sheet.text).toContain('Kept presenting after the second');
  await page.screenshot({ path: 'artifacts/roleplay-result.png' });

  // The score is on Farid's skill chart, with its numbers.
  await page.getByRole('main').getByRole('link', { name: 'Role-play' }).click();
  const chart = page.getByRole('figure', { name: 'Farid Haddad: scores by skill' });
  await expect(chart.locator('svg').first()).toBeVisible();
  await expect(chart).toContainText('Closing: 3.8 of 5 in one session (passed)');
  await chart.getByRole('button', { name: 'Show numbers' }).click();
  await expect(page.getByRole('table', { name: 'Farid Haddad: scores by skill: numbers' })).toContainText('3.8');
  // Practice from the plan: a script assigned to the plan's skill, with a pass mark and a due date.
  const assign = page.getByRole('form', { name: 'Assign a script to Farid Haddad' });
  await assign.getByLabel('Development-plan item').selectOption({ label: skill });
  await assign.getByLabel('Script').selectOption({ label: 'Price objection: “That is more than we budgeted”' });
  await assign.getByLabel('Pass mark (average of 5)').fill('4');
  await assign.getByLabel('Due').fill(`${new Date().getFullYear() + 1}-01-15`);
  const due = `Jan 15, ${new Date().getFullYear() + 1}`;
  await assign.getByRole('button', { name: 'Assign' }).click();
  const assigned = page.getByRole('list', { name: 'Practice assigned to Farid Haddad' });
  await expect(assigned).toContainText('pass mark 4 average of 5 · no session scored yet · Not passed yet');
  await assigned.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/roleplay-assigned.png' });
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.screenshot({ path: 'artifacts/roleplay-assigned-1024.png' });
  await page.setViewportSize({ width: 1280, height: 800 });

  // The finished session reopens from the list, with its step record, and exports again.
  await page
    .getByRole('list', { name: 'Finished sessions' })
    .getByRole('link', { name: /Closing: ask for the decision/ })
    .click();
  await expect(page.getByRole('list', { name: 'Step by step' })).toContainText('Kept presenting after the second');
  const again = await wordText(page, () => page.getByRole('button', { name: 'Score sheet (Word)' }).click());
  expect(again.text).toContain('3.8 of 5 against a pass mark of 3.5');
  await page.screenshot({ path: 'artifacts/roleplay-reopened.png', fullPage: true });
  await page.getByRole('main').getByRole('link', { name: 'Role-play' }).click();
  await chart.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/roleplay-history.png' });
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.screenshot({ path: 'artifacts/roleplay-history-1024.png' });
  await page.setViewportSize({ width: 1280, height: 800 });

  // And on the development step of Farid's plan, beside the skill it works on.
  await page.goto(planUrl);
  await page
    .getByRole('navigation', { name: 'Plan steps' })
    .getByRole('button', { name: /^\d+\. Development plan$/ })
    .click();
  const practice = page.getByRole('region', { name: `Role-play practice: ${skill}` });
  await expect(practice).toContainText('One session scored: 3.8 of 5, pass mark 3.5; 1 of 1 passed.');
  // The script assigned for the skill after it, with no session toward it yet, and the session linked to it.
  await expect(practice.getByRole('listitem')).toHaveText([
    `Assigned: Price objection: “That is more than we budgeted” · pass mark 4 of 5 · due ${due}` +
      `No session scored since it was assigned · Not passed yet — due ${due}`,
    /Closing: ask for the decision · 3\.8 of 5 · Passed$/,
  ]);
  await practice.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/roleplay-plan-practice.png' });

  // And on the plan's check-in, under the skill it serves, with its pass mark, due day and status.
  await page.goto(`${planUrl}/checkins/0`);
  const onCheckIn = page.getByRole('region', { name: 'Role-play practice for this plan' });
  await expect(onCheckIn.getByRole('heading', { level: 3 })).toHaveText([skill]);
  // One assignment, inside its skill's item.
  await expect(onCheckIn.getByRole('listitem').getByRole('listitem')).toHaveText([
    `Price objection: “That is more than we budgeted” · pass mark 4 of 5 · due ${due}` +
      `No session scored since it was assigned · Not passed yet — due ${due}`,
  ]);
  // The score sheet's message has gone (after 5 s) before the pictures are taken.
  await expect(page.locator('.toast')).toHaveCount(0, { timeout: 10_000 });
  await onCheckIn.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/checkin-practice.png' });
  await page.setViewportSize({ width: 1024, height: 700 });
  await onCheckIn.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/checkin-practice-1024.png' });
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('a coach copies a library script, edits it in the form, exports it and imports it back', async ({ appPage: page }) => {
  await loadSampleTeam(page);
  await page.goto('/#/roleplay?script=objection-price');
  await expect(page.getByRole('heading', { name: /Price objection/, level: 1 })).toBeVisible();
  await page.screenshot({ path: 'artifacts/roleplay-script.png' });
  await page.getByRole('button', { name: 'Copy and edit' }).click();
  const form = page.getByRole('form', { name: 'Script' });
  await form.getByLabel('Title').fill('Price objection for renewals');
  await form.getByLabel('Criterion 1: name').fill('');
  await form.getByRole('button', { name: 'Save script' }).click();
  await expect(form.getByText('Write the criterion')).toBeVisible();
  await form.getByLabel('Criterion 1: name').fill('Pausing before answering');
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.screenshot({ path: 'artifacts/roleplay-form-1024.png' });
  await form.getByRole('button', { name: 'Save script' }).click();
  await expect(page.getByRole('heading', { name: 'Price objection for renewals', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Rubric' })).toContainText('Pausing before answering');

  // The rep's Word copy: the briefing and the rubric, none of the observer's prompts.
  const repCopy = await wordText(page, () => page.getByRole('button', { name: 'Rep’s copy (Word)' }).click());
  expect(repCopy.text).toContain('Pausing before answering');
  expect(repCopy.text).not.toContain('Note every concession and what was asked in return');
  const observerCopy = await wordText(page, () => page.getByRole('button', { name: 'Observer’s copy (Word)' }).click());
  expect(observerCopy.text).toContain('Note every concession and what was asked in return');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('price-objection-for-renewals.json');
  const path = await file.path();

  await page.goto('/#/roleplay');
  await page.getByLabel('Script file to import').setInputFiles(path);
  await expect(page.getByRole('heading', { name: 'Price objection for renewals', level: 1 })).toBeVisible();
  // The same file again is recognised, not stored twice.
  await expect(page.getByText('This script is already in the library as “Price objection for renewals”: nothing was added.')).toBeVisible();
  await page.goto('/#/roleplay');
  await page.getByLabel('Skill').selectOption('objection-handling');
  await page.getByLabel('Difficulty').selectOption('intermediate');
  await expect(page.getByRole('list', { name: 'Scripts' }).getByRole('listitem').filter({ hasText: 'Price objection for renewals' })).toHaveCount(1);

  await page
    .getByLabel('Script file to import')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"other"}') });
  await expect(page.getByText(/not a Candor role-play script file/)).toBeVisible();
});

/** Waits until IndexedDB itself holds the session in progress with the time shown on the clock (m:ss). */
async function storedClock(page: Page, shown: string): Promise<void> {
  const [m, sec] = shown.split(':').map(Number);
  const seconds = (m ?? 0) * 60 + (sec ?? 0);
  await page.waitForFunction(async (want) => {
    const db = await new Promise<IDBDatabase>((ok, ko) => {
      const req = indexedDB.open('candor');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => ko(req.error);
    });
    try {
      const rows = await new Promise<{ status: string; elapsedSeconds: number }[]>((ok, ko) => {
        const q = db.transaction('roleplaySessions').objectStore('roleplaySessions').getAll();
        q.onsuccess = () => ok(q.result as { status: string; elapsedSeconds: number }[]);
        q.onerror = () => ko(q.error);
      });
      return rows.some((r) => r.status === 'in-progress' && Math.floor(r.elapsedSeconds) === want);
    } finally {
      db.close();
    }
  }, seconds);
}
