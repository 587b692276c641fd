import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seriousA11yViolations, type AxeFinding } from './helpers/axe';
import { keyboardProblems, type KeyboardProblem } from './helpers/keyboard';
import { layoutProblems, type LayoutProblem } from './helpers/layout';
import { heldPlanWithCheckIns } from './helpers/checkins';
import { placeReps } from './helpers/teams';

test.describe.configure({ timeout: 240_000 });

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
] as const;

type Finding = { view: string; size: string; axe: AxeFinding[]; layout: LayoutProblem[]; keyboard: KeyboardProblem[] };

/** Checks the current view at both laptop sizes: screenshot, axe-core, and nothing cut off. */
async function checkView(page: Page, name: string, findings: Finding[]): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    // Let ResizeObserver-driven layout (charts, the virtual table) settle after the resize.
    await page.waitForTimeout(250);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: `artifacts/pages-${name}-${size.width}x${size.height}.png`, fullPage: true });
    findings.push({
      view: name,
      size: `${size.width}x${size.height}`,
      axe: await seriousA11yViolations(page),
      layout: await layoutProblems(page),
      keyboard: [],
    });
  }
  // By keyboard alone (at 1280×800): every stop shows where focus is, and none lies behind a dialog.
  const keys = await keyboardProblems(page);
  if (keys.stops === 0)
    findings.push({ view: name, size: 'keyboard', axe: [], layout: [], keyboard: [{ kind: 'focus-invisible', what: 'no control reached by Tab' }] });
  else if (keys.problems.length) findings.push({ view: name, size: 'keyboard', axe: [], layout: [], keyboard: keys.problems });
  console.log(`keyboard ${name}: ${keys.stops} stops`);
  await page.setViewportSize(SIZES[0]);
}

test('every page and dialog reads at 1280×800 and 1024×700: no serious accessibility failure, nothing cut off', async ({ appPage: page }) => {
  mkdirSync('artifacts', { recursive: true });
  const findings: Finding[] = [];

  await page.goto('/#/team');
  await expect(page.getByRole('button', { name: 'Try with sample data' })).toBeVisible();
  await checkView(page, 'first-run', findings);

  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expect(page.getByRole('table', { name: 'Team' })).toBeVisible({ timeout: 30_000 });
  await checkView(page, 'team', findings);
  // Manage reps: where each rep sits, the bulk changes, the switch for reps who left.
  await page.getByText(/^Manage reps \(/).click();
  await page.getByRole('table', { name: 'Reps' }).getByLabel('Choose Dev Patel').check();
  await checkView(page, 'team-manage-reps', findings);
  await page.getByRole('button', { name: 'Set team, manager, office or role…' }).click();
  await expect(page.getByRole('dialog', { name: 'Change Dev Patel' })).toBeVisible();
  await checkView(page, 'dialog-bulk-edit', findings);
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('table', { name: 'Reps' }).getByLabel('Choose Dev Patel').uncheck();
  await page.getByText(/^Manage reps \(/).click();
  if (process.env.UPDATE_DOCS_SCREENSHOT) {
    // The README's picture: the real app at 1280×800, without a passing message.
    for (const b of await page.getByRole('button', { name: 'Dismiss message' }).all()) await b.click();
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
      for (const el of Array.from(document.querySelectorAll<HTMLElement>('*'))) if (el.scrollTop > 0) el.scrollTop = 0;
    });
    await page.screenshot({ path: 'docs/screenshot-team.png' });
  }

  // Applying the default targets: first what they are and what they would change.
  await page.getByRole('button', { name: /^Apply the default targets for / }).click();
  await expect(page.getByRole('dialog', { name: /^Apply the default targets for / })).toContainText(/reps’ verdicts change|no rep’s verdict changes/);
  await checkView(page, 'apply-defaults-dialog', findings);
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('button', { name: 'Add rep' }).first().click();
  await expect(page.getByRole('dialog', { name: 'Add a rep' })).toBeVisible();
  await checkView(page, 'add-rep-dialog', findings);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The Team page's period travels to the rep page in the URL; focus lands on the new heading.
  await page.getByLabel('Period', { exact: true }).selectOption('2026-09');
  await expect(page).toHaveURL(/#\/team\?period=2026-09$/);
  await page.getByLabel('Search').fill('Dev Patel');
  await page.getByRole('table', { name: 'Team' }).getByRole('link', { name: 'Dev Patel' }).click();
  await expect(page.getByRole('heading', { name: 'Dev Patel', level: 1 })).toBeFocused();
  await expect(page).toHaveURL(/period=2026-09/);
  await expect(page.getByLabel('Period', { exact: true })).toHaveValue('2026-09');
  await page.getByLabel('Period', { exact: true }).focus();
  await page.getByLabel('Period', { exact: true }).selectOption('2026-10');
  await expect(page).toHaveURL(/#\/team\/[^?]+\?period=2026-10$/);
  await expect(page.getByLabel('Period', { exact: true })).toBeFocused();
  await expect(page.getByText(/: an effort gap\.$/)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Top reasons' }).getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('figure', { name: 'Won revenue' }).locator('svg').first()).toBeVisible();
  if (process.env.UPDATE_DOCS_SCREENSHOT) await page.screenshot({ path: 'docs/screenshot-rep.png' });
  await checkView(page, 'rep', findings);
  // The evidence behind the verdict, opened: charts, the numbers table and definitions are checked too.
  await page.getByText('How this was decided').click();
  await expect(page.getByRole('table', { name: 'Metrics against benchmarks' })).toBeVisible();
  await page.getByRole('figure', { name: 'Won revenue' }).getByRole('button', { name: 'Show numbers' }).click();
  await checkView(page, 'rep-decided', findings);
  // The follow-up parts with their forms open: a win being noted, the rep's own view being filled in.
  await page.getByRole('region', { name: 'Wins' }).getByRole('button', { name: 'Note a win' }).click();
  await page.getByRole('button', { name: 'Fill in on this computer' }).click();
  await expect(page.getByRole('form', { name: /^Self-assessment of Dev Patel for / })).toBeVisible();
  await checkView(page, 'rep-followup-forms', findings);
  await page.getByRole('form', { name: 'Note a win for Dev Patel' }).getByRole('button', { name: 'Cancel' }).click();
  await page
    .getByRole('form', { name: /^Self-assessment of Dev Patel for / })
    .getByRole('button', { name: 'Cancel' })
    .click();

  await page.goto('/#/import');
  await expect(page.getByLabel('File to import')).toBeAttached();
  await checkView(page, 'import-choose', findings);
  await page.getByLabel('File to import').setInputFiles('resources/sample/team-metrics.csv');
  await expect(page.getByRole('button', { name: 'Check the rows' })).toBeVisible({ timeout: 30_000 });
  await checkView(page, 'import-map', findings);
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await expect(page.getByRole('table', { name: 'Rep-periods to import' })).toBeVisible({ timeout: 60_000 });
  await checkView(page, 'import-review', findings);
  // A file with problems: the table saying what each problem does to its row.
  await page.getByRole('button', { name: 'Import nothing' }).click();
  const problems = [
    'Owner,Stage,Amount,Created,Closed',
    'Ana Lima,Won,1200,2026-01-02,2026-01-20',
    `Ana Lima,Won,${'9'.repeat(40)},2026-01-03,2026-01-21`,
    '\u202eCy Diaz,Lost,300,2026-01-05,2026-01-23',
    'Di Ng,Won,500,2026-01-06,',
  ].join('\n');
  await page.getByLabel('File to import').setInputFiles({ name: 'problems.csv', mimeType: 'text/csv', buffer: Buffer.from(problems, 'utf8') });
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await expect(page.getByRole('table', { name: 'Rows with problems' })).toBeVisible({ timeout: 60_000 });
  await checkView(page, 'import-review-problems', findings);
  // A roster: recognised as one, mapped by its headers, and what applying it would change.
  await page.getByRole('button', { name: 'Import nothing' }).click();
  await page.getByLabel('File to import').setInputFiles('tests/fixtures/crm-sales-opportunities/sales_teams.csv');
  await expect(page.getByRole('heading', { name: 'sales_teams.csv: a roster' })).toBeVisible({ timeout: 30_000 });
  await checkView(page, 'import-roster', findings);
  await page.getByRole('button', { name: 'Import nothing' }).click();

  for (const [name, hash, heading] of [
    ['settings', '#/settings', 'Settings'],
    ['plans', '#/plans', 'Plans'],
    ['roleplay', '#/roleplay', 'Role-play'],
  ] as const) {
    await page.goto(`/${hash}`);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await checkView(page, name, findings);
  }

  // The planner: every step of a plan for a skill-gap rep, then both print views.
  await page.goto('/#/team');
  await page.getByLabel('Search').fill('Farid Haddad');
  await page.getByRole('table', { name: 'Team' }).getByRole('link', { name: 'Farid Haddad', exact: true }).click();
  await page.getByRole('link', { name: 'Prepare a conversation' }).click();
  await checkView(page, 'plan-start', findings);
  await page.getByRole('button', { name: 'Start the plan' }).click();
  await expect(page.getByRole('heading', { name: 'Conversation with Farid Haddad' })).toBeVisible();
  const steps = page.getByRole('navigation', { name: 'Plan steps' }).getByRole('button');
  // The step list renders just after the heading: wait for it rather than count at once.
  await expect(steps).toHaveCount(10);
  for (let i = 0; i < 10; i++) {
    await steps.nth(i).click();
    await expect(page.getByRole('heading', { name: new RegExp(`^Step ${i + 1} of 10: `) })).toBeVisible();
    await checkView(page, `plan-step-${String(i + 1).padStart(2, '0')}`, findings);
    if (i === 4) {
      // Redraft first says what it will replace.
      await page.getByRole('button', { name: 'Redraft from the diagnosis' }).click();
      await expect(page.getByRole('region', { name: 'What the redraft replaces' })).toBeVisible();
      await checkView(page, 'plan-redraft-preview', findings);
      await page.getByRole('button', { name: 'Keep them as they are' }).click();
    }
    if (i === 9) {
      await page.getByText('HR review before the plan is issued (optional)').click();
      await checkView(page, 'plan-review-hr', findings);
    }
  }
  for (const kind of ['plan', 'guide'] as const) {
    await page.getByRole('button', { name: kind === 'plan' ? 'Print plan' : 'Print guide' }).click();
    const dialog = page.getByRole('dialog', { name: kind === 'plan' ? 'Print the plan' : 'Print the guide' });
    await expect(dialog).toBeVisible();
    await checkView(page, `print-${kind}`, findings);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  }
  await page.goto('/#/plans');
  await expect(page.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();
  await checkView(page, 'plans-with-one', findings);

  // Role-play: a script, the runner in both modes, and a finished session.
  await page.goto('/#/roleplay?script=objection-price');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await checkView(page, 'roleplay-script', findings);
  await page.goto('/#/roleplay');
  await page.getByLabel('Rep', { exact: true }).selectOption({ label: 'Farid Haddad' });
  await page
    .getByRole('list', { name: 'Suggested scripts for Farid Haddad' })
    .getByRole('button', { name: /^Start session: / })
    .first()
    .click();
  await expect(page.getByRole('timer')).toBeVisible();
  await checkView(page, 'roleplay-runner', findings);
  await page.keyboard.press('s');
  await expect(page.getByRole('region', { name: 'Scoring' })).toBeVisible();
  await checkView(page, 'roleplay-scoring', findings);
  await page.getByRole('region', { name: 'Scoring' }).click({ position: { x: 5, y: 5 } });
  for (let i = 0; i < 8; i++) await page.keyboard.press('4');
  await page.keyboard.press('f');
  await expect(page.getByRole('heading', { name: /^Result: / })).toBeVisible();
  await checkView(page, 'roleplay-result', findings);

  // Teams: the sample reps under two managers; "Who are you?" once, then "my team" and the director's view.
  const sample = [
    'Ana Ortiz',
    'Ben Carter',
    'Chloe Nguyen',
    'Dev Patel',
    'Elena Rossi',
    'Farid Haddad',
    'Grace Kim',
    'Hugo Silva',
    'Iris Novak',
    'Jonas Berg',
  ];
  await page.goto('/#/team');
  await placeReps(
    page,
    sample.map((agent, i) => ({ agent, manager: i < 5 ? 'Rosa Diaz' : 'Tom Berg', office: 'Central' })),
    '2020-01-01',
  );
  await expect(page.getByRole('region', { name: 'Who are you' })).toBeVisible({ timeout: 30_000 });
  await checkView(page, 'team-who-are-you', findings);
  await page.getByLabel('Who are you?').selectOption({ label: 'I am Rosa Diaz' });
  await page.getByRole('region', { name: 'Who are you' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/^Rosa Diaz’s reps: /)).toBeVisible();
  await checkView(page, 'team-my-team', findings);
  await page.goto('/#/managers');
  await expect(page.getByRole('rowheader', { name: /Rosa Diaz/ })).toBeVisible({ timeout: 30_000 });
  await checkView(page, 'managers', findings);

  const failures = findings.filter((f) => f.axe.length || f.layout.length || f.keyboard.length);
  expect(failures, JSON.stringify(failures, null, 2)).toEqual([]);
});

test('the follow-up views read at 1280×800 and 1024×700: This week, the check-in screen, a move, a recorded check-in', async ({ appPage: page }) => {
  mkdirSync('artifacts', { recursive: true });
  const findings: Finding[] = [];
  // Sunday 6 Dec 2026: check-ins every two weeks from 9 Nov, the first (23 Nov) overdue.
  await heldPlanWithCheckIns(page);

  await page.goto('/#/plans');
  await expect(page.getByRole('region', { name: /^This week/ })).toContainText('overdue');
  await checkView(page, 'plans-this-week', findings);
  await page
    .getByRole('region', { name: /^This week/ })
    .getByRole('link', { name: 'Farid Haddad' })
    .click();
  await expect(page.getByRole('heading', { name: 'Check-in with Farid Haddad' })).toBeVisible();
  await page.getByText('How this status was worked out').first().click();
  await checkView(page, 'checkin', findings);
  await page.getByText('Move this check-in').click();
  await checkView(page, 'checkin-move', findings);
  await page.getByRole('button', { name: 'Record the check-in' }).click();
  await expect(page.getByRole('heading', { name: /^Recorded / })).toBeVisible();
  await checkView(page, 'checkin-recorded', findings);

  const failures = findings.filter((f) => f.axe.length || f.layout.length || f.keyboard.length);
  expect(failures, JSON.stringify(failures, null, 2)).toEqual([]);
});
