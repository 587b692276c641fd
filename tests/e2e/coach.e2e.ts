// The wording coach as a manager meets it: typing an opening that mixes assumed intent, a
// comparison with colleagues and passing the message off, the coach names each category under the
// field, with a rewrite that cites the rep's own number; a fair, number-backed opening is left alone.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { importRealExport } from './crm';
import { goToStep, sampleTeam, startPlanFor } from './helpers/planner';

/** Farid Haddad's new plan, at the opening of its Talking points step. */
async function openingField(page: Page) {
  await sampleTeam(page);
  await startPlanFor(page, 'Farid Haddad');
  await goToStep(page, 'Talking points');
  return page.getByLabel('How you will open');
}

test.describe.configure({ timeout: 180_000 });

/** A screenshot at 1280×800, then at 1024×700 with nothing wider than the window and the field in view. */
async function photographBoth(page: Page, field: Locator, name: string, fullPage = false) {
  await page.screenshot({ path: `artifacts/${name}-1280.png`, fullPage });
  await page.setViewportSize({ width: 1024, height: 700 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await field.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `artifacts/${name}-1024.png` });
}

const HARSH =
  "HR asked me to have this talk. You're clearly not trying, and your colleagues book far more meetings than you. Did you forget how to pick up a phone?";

test('the coach names the category of each flagged phrase, at 1280×800 and 1024×700', async ({ appPage: page }) => {
  const opening = await openingField(page);
  await opening.fill(HARSH);
  const flags = page.locator('.coach-flag');
  await expect(flags).toHaveCount(6);
  const named = (span: string, category: string) => flags.filter({ hasText: `“${span}” ${category}:` });
  await expect(named('HR asked me', "Passing the message off as someone else's")).toHaveCount(1);
  await expect(named("You're clearly", 'Assumed intent')).toHaveCount(1);
  await expect(named('your colleagues', 'Comparison with others')).toHaveCount(1);
  await expect(named('Did you forget how', 'Rhetorical blame question')).toHaveCount(1);
  await expect(named('more meetings', 'Vague claim')).toHaveCount(1);
  await expect(named('your colleagues', 'Comparison with others')).toContainText(
    /Try: Compare with the agreed expectation, not with a colleague\. Cite: .+: \d/,
  );
  await expect(page.locator('.coach .tone-label').first()).toHaveText('Tone: Too hard');
  await photographBoth(page, opening, 'coach-categories', true);

  await opening.fill('In October you held 9 meetings against the 16 we agreed. What got in the way?');
  await expect(page.locator('.coach .tone-label').first()).toHaveText('Tone: Balanced');
  await expect(flags).toHaveCount(0);
});

test('a figure read against its target: praise of a shortfall is sarcasm, praise of a target met is praise', async ({ appPage: page }) => {
  const opening = await openingField(page);
  await opening.fill('Stellar work, 37% of quota. Keep it up.');
  await expect(page.locator('.coach .tone-label').first()).toHaveText('Tone: Too hard');
  await expect(page.locator('.coach-flag').filter({ hasText: '“Stellar” Sarcasm: praising a failure:' })).toHaveCount(1);
  await page.screenshot({ path: 'artifacts/coach-shortfall-1280.png' });
  // An outcome far short of what was committed, praised, is sarcasm too; a complaint about a customer is not a judgement of the rep.
  await opening.fill('Superb forecasting, Farid: you committed 90k and closed 20k.');
  await expect(page.locator('.coach .tone-label').first()).toHaveText('Tone: Too hard');
  await expect(page.locator('.coach-flag').filter({ hasText: '“Superb” Sarcasm: praising a failure:' })).toHaveCount(1);
  await page.screenshot({ path: 'artifacts/coach-outcome-1280.png' });
  await opening.fill('Acme never pays on time, so send the invoice on the day the order ships.');
  await expect(page.locator('.coach .tone-label').first()).toHaveText('Tone: Balanced');
  await expect(page.locator('.coach-flag')).toHaveCount(0);
  // A figure set against a larger one, praised, is sarcasm; praised past what it is set against, or
  // praise of a deal rescued after it slipped, is praise.
  await opening.fill('Wonderful, Farid: £22k against a £140k quarter.');
  await expect(page.locator('.coach .tone-label').first()).toHaveText('Tone: Too hard');
  await expect(page.locator('.coach-flag').filter({ hasText: '“Wonderful” Sarcasm: praising a failure:' })).toHaveCount(1);
  await page.screenshot({ path: 'artifacts/coach-against-1280.png' });
  for (const praise of ['Great work, Farid: 48k against a 35k target!', 'Great work rescuing the Pinecrest renewal after it slipped in June.']) {
    await opening.fill(praise);
    await expect(page.locator('.coach .tone-label').first()).toHaveText('Tone: Balanced');
    await expect(page.locator('.coach-flag')).toHaveCount(0);
  }
  await page.screenshot({ path: 'artifacts/coach-recovery-1280.png' });
  await opening.fill('Fantastic quarter, Farid. 118% of target!');
  await expect(page.locator('.coach .tone-label').first()).toHaveText('Tone: Balanced');
  await expect(page.locator('.coach-flag')).toHaveCount(0);
  await page.setViewportSize({ width: 1024, height: 700 });
  await opening.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/coach-target-met-1024.png' });
});

test('praise cut off by a clause that praises nothing is too hard; praise in every clause is praise', async ({ appPage: page }) => {
  const opening = await openingField(page);
  await opening.fill('Lovely idea, Farid. Now go and make the calls you skipped.');
  await expect(page.locator('.coach .tone-label').first()).toHaveText('Tone: Too hard');
  const flag = page.locator('.coach-flag').filter({ hasText: '“Lovely idea, Farid” Sarcasm: praising a failure:' });
  await expect(flag).toHaveCount(1);
  await expect(flag).toContainText('Decided by');
  await photographBoth(page, opening, 'coach-cut-praise');
  await opening.fill('Congratulations on the Acme renewal, Farid! Well deserved.');
  await expect(page.locator('.coach .tone-label').first()).toHaveText('Tone: Balanced');
  await expect(page.locator('.coach-flag')).toHaveCount(0);
});

test('praise of a figure Farid’s own record shows short is sarcasm, and the flag cites that figure', async ({ appPage: page }) => {
  const opening = await openingField(page);
  // No negative word and no number in the line: only the plan's facts show that the win rate is short.
  await opening.fill('Great job on your win rate this quarter, Farid!');
  await expect(page.locator('.coach .tone-label').first()).toHaveText('Tone: Too hard');
  const flag = page.locator('.coach-flag').filter({ hasText: 'Sarcasm: praising a failure:' });
  await expect(flag).toHaveCount(1);
  // The figure it cites is Farid's, as the plan's Facts step shows it (12% against the AE target of
  // 25%), written as the plan's talking points write a figure: with its window.
  const fact = 'Win rate (won ÷ closed) in Aug to Oct 2026: 12% against the AE target of 25% (53% below)';
  await expect(flag).toContainText(`Decided by praise of the win rate, where the rep's record shows ${fact}.`);
  await expect(flag).toContainText(`Cite: ${fact}.`);
  await page.screenshot({ path: 'artifacts/coach-praised-gap-1280.png' });
  await page.setViewportSize({ width: 1024, height: 700 });
  await opening.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/coach-praised-gap-1024.png' });
  await page.setViewportSize({ width: 1280, height: 800 });
  // Praise of what meets its benchmark is left alone.
  await opening.fill('Great job on your calls this quarter, Farid!');
  await expect(page.locator('.coach .tone-label').first()).toHaveText('Tone: Balanced');
  await expect(page.locator('.coach-flag')).toHaveCount(0);
  await goToStep(page, 'Facts');
  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Win rate (won ÷ closed)', exact: true }) });
  await expect(row).toContainText('12%');
  await expect(row).toContainText('25%');
});

test('on the public CRM export, praise of Lajuana Vencill’s deal size cites her figure as her plan states it', async ({ appPage: page }) => {
  await importRealExport(page);
  await page.goto('/#/team');
  await startPlanFor(page, 'Lajuana Vencill');
  await goToStep(page, 'Talking points');
  const opening = page.getByLabel('How you will open');
  // Her deal size is the gap the plan walk checks in her talking points: $1,423 against the AE median of $2,536.
  const fact = 'Average deal size in Aug to Oct 2017: $1,423 against the median of the role AE of $2,536 (44% below)';
  await opening.fill('Great job on your deal size this quarter, Lajuana!');
  await expect(page.locator('.coach .tone-label').first()).toHaveText('Tone: Too hard');
  await expect(page.locator('.coach-flag').filter({ hasText: 'Sarcasm: praising a failure:' })).toContainText(`Cite: ${fact}.`);
  await expect(page.getByRole('textbox', { name: 'Point 2' })).toHaveValue(
    /^Average deal size in Aug to Oct 2017: \$1,423, against the median of the role AE of \$2,536/,
  );
  await page.screenshot({ path: 'artifacts/coach-praised-gap-real-1280.png' });
  await page.setViewportSize({ width: 1024, height: 700 });
  await opening.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/coach-praised-gap-real-1024.png' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await opening.fill('Thanks for walking me through your pipeline, Lajuana.');
  await expect(page.locator('.coach .tone-label').first()).toHaveText('Tone: Balanced');
});
