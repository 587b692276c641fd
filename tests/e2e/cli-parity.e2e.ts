import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { STAGE_SHORT_LABELS, VERDICT_LABELS } from '@shared/domain/diagnosis/index';
import { importRealExport, PIPELINE_CSV } from './crm';
import { expect, test } from './fixtures';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLE = resolve(ROOT, 'resources/sample/team-metrics.csv');

const LABEL: Record<string, string> = VERDICT_LABELS;
const STAGE: Record<string, string> = STAGE_SHORT_LABELS;

type CliJson = {
  period: string;
  reps: { rep: string; verdict: string; weakStage: string | null; attainment: number | null; metrics: Record<string, { value: number | null }> }[];
};

function cli(...args: string[]): CliJson {
  const run = spawnSync(
    process.execPath,
    [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), resolve(ROOT, 'cli/candor.ts'), 'diagnose', ...args, '--json'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as CliJson;
}

test('the command line gives the same verdicts as the app for the sample team', async ({ appPage: page }) => {
  const cliOut = cli(SAMPLE);
  expect(cliOut.reps.length).toBe(10);

  await page.goto('/#/team');
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  const table = page.getByRole('table', { name: 'Team' });
  await expect(table).toBeVisible({ timeout: 30_000 });
  // The app names the period as people say it ("Oct 2026"); the CLI gives its key.
  const periodLabel = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${cliOut.period}-01T00:00:00Z`),
  );
  await expect(page.getByText(new RegExp(`diagnosis over .*to ${periodLabel}$`))).toBeVisible();

  for (const r of cliOut.reps) {
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: r.rep, exact: true }) });
    const badge = row.locator('.verdict');
    await expect(badge, r.rep).toContainText(LABEL[r.verdict] ?? r.verdict);
    if (r.weakStage && (r.verdict === 'skill' || r.verdict === 'mixed')) await expect(badge, r.rep).toContainText(STAGE[r.weakStage] ?? r.weakStage);
  }
});

test.describe('the real CRM export', () => {
  test.describe.configure({ timeout: 240_000 });

  test('imported as a new user would: believable numbers, no invented quota, no activity warnings, the same verdicts as the CLI', async ({
    appPage: page,
  }) => {
    const out = cli(PIPELINE_CSV);
    expect(out.reps.length).toBe(30);
    for (const r of out.reps) {
      expect(r.attainment, r.rep).toBeNull();
      const win = r.metrics.winRate?.value ?? null;
      expect(win === null || (win >= 0 && win <= 1), r.rep).toBe(true);
    }

    await importRealExport(page);

    await page.goto('/#/team');
    const table = page.getByRole('table', { name: 'Team' });
    await expect(table).toBeVisible({ timeout: 30_000 });
    const realPeriod = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${out.period}-01T00:00:00Z`),
    );
    await expect(page.getByText(new RegExp(`diagnosis over .*to ${realPeriod}$`))).toBeVisible();
    // Candor says what the comparisons rest on, and offers targets instead of inventing them.
    const notice = page.getByRole('note', { name: 'Targets' });
    await expect(notice).toContainText('No quotas or targets in your data');
    await expect(notice.getByRole('button', { name: /Apply the default targets/ })).toBeVisible();
    // The notes about the data are one line (the gist of each) that opens to the rest.
    // Both ends of the export are thin: Oct 2016 to Jan 2017 (7 to 312 opportunities a month) and
    // Nov to Dec 2017, against a usual month of 722.
    await expect(page.getByText('Oct 2016 to Jan 2017 look incomplete')).toBeVisible();
    await expect(page.getByText('Nov to Dec 2017 look incomplete')).toBeVisible();
    await page.getByText(/^No calls, emails or meetings in the data/).click();
    await expect(page.getByText(/effort is measured by opportunities created for the whole team/i)).toBeVisible();
    await expect(page.getByText('All activity dropped to near zero')).toHaveCount(0);
    mkdirSync('artifacts', { recursive: true });
    await page.screenshot({ path: 'artifacts/team-crm-real.png', fullPage: true });

    // Every rep: the same verdict as the CLI, and a result against the peer group’s median, never an
    // attainment: the result columns are named so.
    await expect(table.getByRole('button', { name: /vs median/ })).toHaveCount(2);
    await expect(table.getByRole('button', { name: /Attainment/ })).toHaveCount(0);
    const search = page.getByLabel('Search');
    for (const r of out.reps) {
      await search.fill(r.rep);
      const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: r.rep, exact: true }) });
      const badge = row.locator('.verdict');
      await expect(badge, r.rep).toContainText(LABEL[r.verdict] ?? r.verdict);
      if (r.weakStage && (r.verdict === 'skill' || r.verdict === 'mixed'))
        await expect(badge, r.rep).toContainText(STAGE[r.weakStage] ?? r.weakStage);
    }

    // A rep page: every rate between 0 and 100%, defined one click away.
    await search.fill('Darcel Schlecht');
    await table.getByRole('link', { name: 'Darcel Schlecht', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Darcel Schlecht', level: 1 })).toBeVisible({ timeout: 30_000 });
    // The numbers behind the verdict sit behind "How this was decided".
    await page.getByText('How this was decided').click();
    const metrics = page.getByRole('table', { name: 'Metrics against benchmarks' });
    const winRow = metrics.getByRole('row').filter({ hasText: 'Win rate (won ÷ closed)' });
    const cells = await winRow.getByRole('cell').allInnerTexts();
    for (const c of cells.slice(1, 4)) {
      const m = /(\d+)%/.exec(c);
      if (m) expect(Number(m[1]), c).toBeLessThanOrEqual(100);
    }
    await winRow.getByText('Win rate (won ÷ closed)').click();
    await expect(winRow).toContainText('deals closed (won + lost)');
    const evidence = await page.getByRole('list', { name: 'Evidence' }).innerText();
    for (const m of evidence.matchAll(/Win rate \(won ÷ closed\): (\d+)%/g)) expect(Number(m[1])).toBeLessThanOrEqual(100);
    expect(evidence).not.toMatch(/Opportunity → win: \d+%/);
    await expect(page.getByRole('figure', { name: 'Where the shortfall comes from' })).toBeVisible();
    await page.screenshot({ path: 'artifacts/rep-crm-real.png', fullPage: true });
  });
});
