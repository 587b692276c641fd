// The real CRM export through the UI: the Rep page reads the win rate two ways, and the
// creation cohort it shows is the one `candor diagnose --json` carries (itself checked against a
// recount of the CSV text in tests/integration/cohort-real-export.test.ts).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { importRealExport, PIPELINE_CSV } from './crm';
import { expect, test } from './fixtures';

const ROOT = resolve(import.meta.dirname, '../..');
type Cohort = { created: number; won: number; lost: number; open: number; winRate: number; immature: boolean; periods: string[]; dataEnd: string };
type CliRep = { rep: string; cohort: Cohort | null; metrics: Record<string, { value: number | null }> };

function cliReps(): CliRep[] {
  const run = spawnSync(
    process.execPath,
    [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), resolve(ROOT, 'cli/candor.ts'), 'diagnose', PIPELINE_CSV, '--json'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  expect(run.status, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { reps: CliRep[] }).reps;
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
/** A month key as the app writes it: "2017-12" → "Dec 2017". */
const monthLabel = (key: string) =>
  new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${key}-01T00:00:00Z`));

test('the real export: the Rep page shows the closed-deal win rate beside opportunity → win by creation cohort, as the CLI computes it', async ({
  appPage: page,
}) => {
  test.setTimeout(240_000);
  const reps = cliReps();
  await importRealExport(page);

  for (const name of ['Darcel Schlecht', 'Boris Faz']) {
    const r = reps.find((x) => x.rep === name);
    const c = r?.cohort;
    if (!r || !c) throw new Error(`no cohort for ${name} in the CLI output`);
    expect(c.won + c.lost + c.open).toBe(c.created);
    await page.goto('/#/team');
    const table = page.getByRole('table', { name: 'Team' });
    await expect(table).toBeVisible({ timeout: 30_000 });
    await page.getByLabel('Search').fill(name);
    await table.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible({ timeout: 30_000 });

    // The two readings of the win rate sit with the numbers behind the verdict.
    await page.getByText('How this was decided').click();
    const card = page.getByRole('region', { name: 'Two ways to read the win rate' });
    await expect(card).toBeVisible();
    const closed = r.metrics.winRate?.value ?? null;
    if (closed === null) throw new Error(`no win rate for ${name}`);
    await expect(card.getByLabel('Win rate of deals closed in the window')).toContainText(pct(closed));
    await expect(card.getByLabel('Opportunity to win by creation cohort')).toContainText(pct(c.winRate));
    await expect(card).toContainText(
      `${c.won.toLocaleString('en')} won, ${c.lost.toLocaleString('en')} lost and ${c.open.toLocaleString('en')} still open at the end of the data (${monthLabel(c.dataEnd)})`,
    );
    await expect(card.getByRole('note')).toHaveCount(c.immature ? 1 : 0);
    await card.getByText('What these count').click();
    await expect(card).toContainText('won + lost + still open = created');
    mkdirSync('artifacts', { recursive: true });
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: `artifacts/rep-cohort-${name.split(' ')[0]?.toLowerCase() ?? 'rep'}.png` });
    if (name === 'Darcel Schlecht') await page.screenshot({ path: 'artifacts/rep-cohort-page.png', fullPage: true });
  }
});
