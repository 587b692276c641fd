import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLE = resolve(ROOT, 'resources/sample/team-metrics.csv');

const LABEL: Record<string, string> = {
  'on-track': 'On track',
  effort: 'Effort gap',
  skill: 'Skill gap',
  mixed: 'Effort + skill',
  'insufficient-data': 'Not enough data',
};
const STAGE: Record<string, string> = {
  prospecting: 'prospecting',
  'meeting-to-opportunity': 'meeting → opportunity',
  'opportunity-to-win': 'opportunity → win',
  'deal-size': 'deal size',
  'cycle-length': 'cycle length',
};

test('the command line gives the same verdicts as the app for the sample team', async ({ appPage: page }) => {
  const run = spawnSync(
    process.execPath,
    [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), resolve(ROOT, 'cli/candor.ts'), 'diagnose', SAMPLE, '--json'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  expect(run.status, run.stderr).toBe(0);
  const cli = JSON.parse(run.stdout) as { period: string; reps: { rep: string; verdict: string; weakStage: string | null }[] };
  expect(cli.reps.length).toBe(10);

  await page.goto('/#/team');
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  const table = page.getByRole('table', { name: 'Team' });
  await expect(table).toBeVisible({ timeout: 30_000 });
  // The app names the period as people say it ("Oct 2026"); the CLI gives its key.
  const periodLabel = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${cli.period}-01T00:00:00Z`),
  );
  await expect(page.getByText(new RegExp(`diagnosis over .*to ${periodLabel}$`))).toBeVisible();

  for (const r of cli.reps) {
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: r.rep, exact: true }) });
    const badge = row.locator('.verdict');
    await expect(badge, r.rep).toContainText(LABEL[r.verdict] ?? r.verdict);
    if (r.weakStage && (r.verdict === 'skill' || r.verdict === 'mixed')) await expect(badge, r.rep).toContainText(STAGE[r.weakStage] ?? r.weakStage);
  }
});
