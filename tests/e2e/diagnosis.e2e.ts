import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.describe.configure({ timeout: 120_000 });

function rowOf(page: Page, name: string) {
  return page
    .getByRole('table', { name: 'Team' })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name, exact: true }) });
}

test('a manager opens the sample team and sees effort and skill gaps, why, and can override one', async ({ appPage: page }) => {
  await page.goto('/#/team');
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expect(page.getByRole('table', { name: 'Team' })).toBeVisible({ timeout: 30_000 });

  await expect(rowOf(page, 'Dev Patel')).toContainText('Effort gap');
  await expect(rowOf(page, 'Elena Rossi')).toContainText('Effort gap');
  await expect(rowOf(page, 'Farid Haddad')).toContainText('Skill gap');
  await expect(rowOf(page, 'Farid Haddad')).toContainText('opportunity → win');
  await expect(rowOf(page, 'Ana Ortiz')).toContainText('On track');
  mkdirSync('artifacts', { recursive: true });
  await page.screenshot({ path: 'artifacts/team-diagnosis.png' });

  await rowOf(page, 'Farid Haddad').getByRole('link', { name: 'Farid Haddad' }).click();
  await expect(page.getByRole('heading', { name: 'Farid Haddad', level: 1 })).toBeVisible();
  // Verdict first; the evidence, rule and decomposition sit behind "How this was decided".
  await expect(page.getByText(/a skill gap in winning the deals that close\.$/)).toBeVisible();
  await page.getByText('How this was decided').click();
  await expect(page.getByRole('list', { name: 'Evidence' })).toContainText('Win rate (won ÷ closed)');
  await expect(page.getByRole('figure', { name: 'Where the shortfall comes from' }).locator('svg').first()).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Funnel this period' }).locator('svg').first()).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Won revenue' })).toBeVisible();
  // Every chart has its numbers as a table too.
  await page.getByRole('figure', { name: 'Won revenue' }).getByRole('button', { name: 'Show numbers' }).click();
  await expect(page.getByRole('table', { name: 'Won revenue: numbers' })).toContainText('Oct 2026');
  await page.screenshot({ path: 'artifacts/rep-diagnosis.png' });

  await page.getByRole('button', { name: 'Override this verdict' }).click();
  const form = page.getByRole('form', { name: 'Override the verdict' });
  await form.getByLabel('Verdict').selectOption('mixed');
  await form.getByLabel('Weak stage').selectOption('opportunity-to-win');
  await form.getByLabel('Reason').fill('Half of his pipeline came from a lead source we have since dropped');
  await form.getByRole('button', { name: 'Save override' }).click();
  await expect(page.getByText(/You set this verdict to Effort \+ skill/)).toBeVisible();

  await page.reload();
  await expect(page.getByText(/lead source we have since dropped/)).toBeVisible();
  await page.getByRole('link', { name: 'Prepare a conversation' }).click();
  await expect(page.getByRole('heading', { name: 'Prepare a conversation with Farid Haddad' })).toBeVisible();
  await page.goto('/#/team');
  await expect(rowOf(page, 'Farid Haddad')).toContainText('set by you');
});

test('a team of 500 reps over 36 months stays a light page: the table is virtualised', async ({ appPage: page }) => {
  const lines = ['rep,role,period,quota,revenue,calls,emails,meetings_held,opportunities_created,deals_won,deals_lost,avg_deal_size'];
  for (let r = 0; r < 500; r++) {
    for (let m = 0; m < 36; m++) {
      const period = `${2024 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
      const effort = 0.6 + ((r * 7) % 10) / 10;
      const skill = 0.6 + ((r * 3) % 10) / 10;
      const meetings = Math.round(40 * effort);
      const opps = Math.round(meetings * 0.5);
      const won = Math.max(0, Math.round(opps * 0.25 * skill));
      lines.push(
        [
          `Rep ${String(r).padStart(3, '0')}`,
          'AE',
          period,
          50000,
          won * 10000,
          Math.round(400 * effort),
          Math.round(600 * effort),
          meetings,
          opps,
          won,
          opps - won,
          10000,
        ].join(','),
      );
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'candor-e2e-'));
  const file = join(dir, 'big-team.csv');
  writeFileSync(file, lines.join('\n'));

  await page.goto('/#/import');
  await page.getByLabel('File to import').setInputFiles(file);
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await page.getByRole('button', { name: /^Import [\d,]+ rows$/ }).click({ timeout: 60_000 });
  await expect(page.getByRole('heading', { name: 'Imported big-team.csv' })).toBeVisible({ timeout: 60_000 });
  await page.goto('/#/team');
  const table = page.getByRole('table', { name: 'Team' });
  await expect(table).toBeVisible({ timeout: 60_000 });
  await expect(table).toHaveAttribute('aria-rowcount', '501');
  const nodes = await page.evaluate(() => document.querySelectorAll('*').length);
  expect(nodes).toBeLessThanOrEqual(1400);
  await page.locator('.team-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(table.getByRole('link', { name: /^Rep \d{3}$/ }).last()).toBeVisible();
  expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThanOrEqual(1400);
});
