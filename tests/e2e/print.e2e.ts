// The print view on paper: Chromium prints the plan from the planner to PDF, and every page
// carries the running header (the rep, the document, the date) and its page number.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { drawSignature, holdConversation, reviewDated } from './helpers/planner';

test.describe.configure({ timeout: 180_000 });

/** Prints the open print view to PDF and reads it back page by page; page images go to `artifacts/print/<name>-pN.png`. */
async function printedPages(page: Page, name: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'candor-print-'));
  try {
    const pdf = join(dir, `${name}.pdf`);
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
    const count = Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    mkdirSync('artifacts/print', { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, `artifacts/print/${name}-p`]);
    return Array.from({ length: count }, (_, i) =>
      execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the printed plan and guide carry the rep and the date, and their page number, on every page', async ({ appPage: page }) => {
  await reviewDated(page, 'Farid Haddad', '2026-11-24', 'Sam Lee');
  await holdConversation(page);
  await drawSignature(page, 0);
  await drawSignature(page, 1);
  // The Word files of the same plan, kept beside the printed pages for looking at them.
  for (const [button, file] of [
    ['Export plan (.docx)', 'planner-plan.docx'],
    ['Export your guide (.docx)', 'planner-guide.docx'],
  ] as const) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    mkdirSync('artifacts/print', { recursive: true });
    await (await download).saveAs(join('artifacts/print', file));
  }

  await page.getByRole('button', { name: 'Print plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Print the plan' });
  // The running header as the screen shows it (the date in the browser's language).
  const header = await dialog.locator('.doc-running-header p').innerText();
  expect(header).toMatch(/^Farid Haddad · Action and development plan · \S/u);
  const plan = await printedPages(page, 'plan');
  expect(plan.length).toBeGreaterThanOrEqual(2);
  for (const [i, text] of plan.entries()) {
    expect(text, `plan page ${i + 1}`).toContain(header);
    expect(text, `plan page ${i + 1}`).toContain(`Page ${i + 1} of ${plan.length}`);
  }
  expect(plan.join('\n')).toContain('Acknowledgement');
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();

  await page.getByRole('button', { name: 'Print guide' }).click();
  await expect(page.getByRole('dialog', { name: 'Print the guide' })).toBeVisible();
  const guide = await printedPages(page, 'guide');
  for (const [i, text] of guide.entries()) {
    expect(text, `guide page ${i + 1}`).toContain('Private: manager only');
    expect(text, `guide page ${i + 1}`).toContain(`Page ${i + 1} of ${guide.length}`);
  }
});
