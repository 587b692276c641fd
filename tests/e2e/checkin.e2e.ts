import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateSampleCsv } from '@shared/domain/diagnosis/sample-team';
import { readDocxParts, xmlText } from '@shared/export/docx';
import { expect, test } from './fixtures';
import { heldPlanWithCheckIns, importFile, shoot } from './helpers/checkins';
import { drawSignature } from './helpers/planner';

test.describe.configure({ timeout: 240_000 });

// The page's clock stands still on Sunday 6 Dec 2026 (heldPlanWithCheckIns), so the dates below
// hold on any day the test runs: check-ins fall on 23 Nov (overdue), 7 Dec (tomorrow), 21 Dec…

/**
 * November 2026 for the sample team: every rep's October row again, and Farid Haddad winning 20 of
 * 22 deals closed (his win rate over Sep–Nov rises well above the 27% AE target).
 */
function novemberCsv(): string {
  const [header = '', ...rows] = generateSampleCsv().trim().split('\n');
  const cols = header.split(',');
  const at = (name: string) => cols.indexOf(name);
  const nov = rows
    .filter((r) => r.split(',')[at('period')] === '2026-10')
    .map((r) => {
      const c = r.split(',');
      c[at('period')] = '2026-11';
      if (c[at('rep')] === 'Farid Haddad') {
        c[at('deals_won')] = '20';
        c[at('deals_lost')] = '2';
        c[at('revenue')] = String(20 * 10_000);
        c[at('avg_deal_size')] = '10000';
      }
      return c.join(',');
    });
  return [header, ...nov].join('\n') + '\n';
}

/** Farid Haddad's win rate (won ÷ closed) over the given months of the file, as a whole percentage. */
function faridWinRate(csv: string, months: string[]): number {
  const [header = '', ...rows] = csv.trim().split('\n');
  const cols = header.split(',');
  let won = 0;
  let closed = 0;
  for (const r of rows.map((x) => x.split(','))) {
    if (r[cols.indexOf('rep')] !== 'Farid Haddad' || !months.includes(r[cols.indexOf('period')] ?? '')) continue;
    won += Number(r[cols.indexOf('deals_won')]);
    closed += Number(r[cols.indexOf('deals_won')]) + Number(r[cols.indexOf('deals_lost')]);
  }
  return Math.round((100 * won) / closed);
}

test('sign a plan, import the next month, hold the check-in with the numbers and the rule, record it, export its summary; Team shows it', async ({
  appPage: page,
}) => {
  mkdirSync('artifacts', { recursive: true });
  await heldPlanWithCheckIns(page);
  // Held: the plan's check-ins count from now. The day before one, the browser build says so in
  // the app: a message once a day, and a line on the This week list that stays.
  await expect(page.getByRole('status').filter({ hasText: 'Check-in tomorrow (Dec 7, 2026): Farid Haddad.' })).toBeVisible();
  await drawSignature(page, 0);
  await page.getByRole('button', { name: 'Record it as signed' }).click();
  await page.getByRole('dialog', { name: 'Record it as signed' }).getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText(/is signed and read-only/)).toBeVisible();

  // The 23 Nov check-in passed unrecorded: overdue on the Plans page (This week) and the Team page.
  await page.goto('/#/plans');
  const week = page.getByRole('region', { name: /^This week/ });
  await expect(week).toContainText('Farid Haddad');
  await expect(week).toContainText('Due Nov 23, 2026 · overdue by 13 days');
  await expect(week).toContainText('Tomorrow, Dec 7, 2026: Farid Haddad');
  await shoot(page, 'checkin-this-week');
  await page.goto('/#/team');
  const farid = page.getByRole('table', { name: 'Team' }).getByRole('row', { name: /Farid Haddad/ });
  await expect(farid.locator('td.plan-cell .plan-line')).toHaveText([/^\w+$/, 'Overdue check-in', 'since Nov 23, 2026']);

  // November comes in; the check-in measures it.
  await importFile(page, 'november-2026.csv', novemberCsv());
  await page.goto('/#/plans');
  await page
    .getByRole('region', { name: /^This week/ })
    .getByRole('link', { name: 'Farid Haddad' })
    .click();
  await expect(page.getByRole('heading', { name: 'Check-in with Farid Haddad' })).toBeVisible();
  await expect(page.getByText('Check-in 1 of', { exact: false })).toContainText('overdue by 13 days');
  const items = page.locator('.checkin-items > li');
  const winRate = items.filter({ hasText: 'Win rate' }).first();
  await expect(winRate.locator('.progress-status')).toHaveText('Met');
  // Start: Aug–Oct of the sample; now: Sep–Nov with the November file; the target the plan set.
  const both = generateSampleCsv() + novemberCsv().split('\n').slice(1).join('\n');
  const start = faridWinRate(both, ['2026-08', '2026-09', '2026-10']);
  const now = faridWinRate(both, ['2026-09', '2026-10', '2026-11']);
  await expect(winRate).toContainText(`start ${start}% → now ${now}% → target 25%`);
  await winRate.getByText('How this status was worked out').click();
  await expect(winRate.locator('.checkin-rule')).toContainText('over Sep to Nov 2026, at or beyond the target of 25%');

  // A reload mid-edit keeps what was typed.
  await winRate.getByLabel('Your word on it, for the rep').fill('Qualifying on the checklist paid off: keep it.');
  await page.getByRole('textbox', { name: 'Notes' }).fill('Held in the office; pipeline review first.');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Held in the office; pipeline review first.');
  await expect(items.filter({ hasText: 'Win rate' }).first().getByLabel('Your word on it, for the rep')).toHaveValue(
    'Qualifying on the checklist paid off: keep it.',
  );
  await shoot(page, 'checkin-screen');

  await page.getByRole('button', { name: 'Record the check-in' }).click();
  await expect(page.getByRole('heading', { name: /^Recorded Dec 6, 2026, held Dec 6, 2026/ })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the summary for the rep (.docx)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('2026-12-06 Farid Haddad - Check-in Summary.docx');
  const bytes = new Uint8Array(await readFile((await file.path()) ?? ''));
  const text = xmlText(readDocxParts(bytes)['word/document.xml'] ?? '');
  expect(text).toContain('Qualifying on the checklist paid off: keep it.');
  expect(text).toContain('Held in the office; pipeline review first.');
  openWithRealClients(bytes);
  await expect(page.getByRole('list', { name: 'Follow-up history' })).toContainText('Check-in recorded: held Dec 6, 2026');

  await page.goto('/#/team');
  await expect(farid).not.toContainText('Overdue');
  await expect(farid.locator('td.plan-cell .plan-line')).toHaveText([/^\w+$/, /^(On track|Targets met|At risk|Off track)$/, 'check-in Dec 7, 2026']);
});

const DOCX_CHECK = resolve(import.meta.dirname, '../helpers/docx-check.py');

/** python-docx reads the summary and LibreOffice converts it, where both are installed. */
function openWithRealClients(bytes: Uint8Array) {
  const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
  if (!has('/usr/bin/python3', ['-c', 'import docx, lxml']) || !has('soffice', ['--version'])) {
    console.warn('check-in summary not opened by python-docx and LibreOffice: not installed here');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'candor-summary-'));
  const path = join(dir, 'summary.docx');
  writeFileSync(path, bytes);
  const read = (
    JSON.parse(execFileSync('/usr/bin/python3', [DOCX_CHECK, path], { encoding: 'utf8' })) as Record<
      string,
      { problems: string[]; paragraphs: { text: string }[] }
    >
  )[path];
  expect(read?.problems).toEqual([]);
  expect(read?.paragraphs.map((p) => p.text)).toContain('Check-in summary');
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  const pdf = execFileSync('pdftotext', ['-layout', join(dir, 'summary.pdf'), '-'], { encoding: 'utf8' });
  expect(pdf).toContain('Farid Haddad');
  rmSync(dir, { recursive: true, force: true });
}
