import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '@renderer/app/testing';
import type { CandorDB } from '@renderer/db/db';
import { importedRep } from '@tests/helpers/db';

// Files written here, read by the real import engine (run in-process): what the user sees comes from these rows.
const DEALS = [
  'opportunity_id,sales_agent,deal_stage,engage_date,close_date,close_value',
  'A1,Moses Frase,Won,2017-01-05,2017-03-01,1054',
  'A2,Moses Frase,Lost,2017-01-09,2017-03-14,0',
  'A3,Darcel Schlecht,Won,2017-02-02,2017-03-20,4514',
  'A4,Darcel Schlecht,Won,2017-02-10,2017-03-28,abc',
  'A5,,Won,2017-02-11,2017-03-29,900',
].join('\n');

/** Every deal stored, across the batches an import writes. */
async function storedDeals(db: CandorDB) {
  return (await db.dealBatches.toArray()).flatMap((b) => b.records);
}

type User = ReturnType<typeof userEvent.setup>;

async function upload(user: User, text: string, name = 'deals.csv') {
  const input = await screen.findByLabelText('File to import');
  await user.upload(input, new File([text], name, { type: 'text/csv' }));
  await screen.findByRole('heading', { name });
}

async function answerQuestions(user: User) {
  // Every open question (date order, stage) is answered with its first option.
  for (const select of screen.queryAllByRole('combobox')) {
    if ((select as HTMLSelectElement).value === '' && select.closest('[aria-label="Columns not used"]') === null) {
      const first = within(select)
        .getAllByRole('option')
        .find((o) => (o as HTMLOptionElement).value !== '');
      if (first) await user.selectOptions(select, (first as HTMLOptionElement).value);
    }
  }
}

beforeEach(() => {
  window.location.hash = '#/import';
});

describe('Import map step, with a file written here', () => {
  it('reads a deals file as deals and maps each column to the field it holds', async () => {
    const user = userEvent.setup();
    renderApp();
    await upload(user, DEALS);
    expect(screen.getByLabelText('What this file holds')).toHaveValue('deals');
    expect(screen.getByText('One row per deal.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Rep \(owner\)/)).toHaveValue('sales_agent');
    expect(screen.getByLabelText(/^Stage/)).toHaveValue('deal_stage');
    expect(screen.getByLabelText('Amount')).toHaveValue('close_value');
    expect(screen.getByLabelText('Close date')).toHaveValue('close_date');
    expect(screen.getByLabelText('Deal ID')).toHaveValue('opportunity_id');
    const preview = screen.getByRole('table', { name: 'Preview of the file' });
    expect(within(preview).getAllByText('Darcel Schlecht')[0]).toBeInTheDocument();
    expect(within(preview).getByText('4514')).toBeInTheDocument();
  }, 20_000);

  it('a required column left unmapped names it and holds the check back until it is mapped again', async () => {
    const user = userEvent.setup();
    renderApp();
    await upload(user, DEALS);
    const check = screen.getByRole('button', { name: 'Check the rows' });
    expect(check).toBeEnabled();
    await user.selectOptions(screen.getByLabelText(/^Stage/), '');
    expect(screen.getByText(/Map Stage to continue\./)).toBeInTheDocument();
    expect(check).toBeDisabled();
    await user.selectOptions(screen.getByLabelText(/^Stage/), 'deal_stage');
    expect(screen.queryByText(/Map Stage to continue\./)).not.toBeInTheDocument();
    expect(check).toBeEnabled();
  }, 20_000);

  it('"What this file holds" changes the fields asked for and says what one row is', async () => {
    const user = userEvent.setup();
    renderApp();
    await upload(user, DEALS);
    await user.selectOptions(screen.getByLabelText('What this file holds'), 'activities');
    expect(screen.getByText('One row per call, email or meeting.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Deal ID')).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('What this file holds'), 'period-sheet');
    expect(screen.getByText('One row per rep per period.')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('What this file holds'), 'deals');
    expect(screen.getByText('One row per deal.')).toBeInTheDocument();
    expect(screen.getByLabelText('Deal ID')).toBeInTheDocument();
  }, 20_000);
});

describe('Import review and history, with a file written here', () => {
  it('shows the row without a rep as left out and the unreadable amount as unknown, then imports the rest', async () => {
    const user = userEvent.setup();
    const db = renderApp();
    await upload(user, DEALS);
    await answerQuestions(user);
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    const problems = await screen.findByRole('table', { name: 'Rows with problems' }, { timeout: 10_000 });
    // The header is row 1: row 5 holds "abc" as its amount, row 6 has no rep.
    expect(within(problems).getByRole('row', { name: /^5 close_value abc Imported without this value/ })).toBeInTheDocument();
    expect(within(problems).getByRole('row', { name: /^6 sales_agent Row left out/ })).toBeInTheDocument();
    expect(within(problems).getAllByRole('row')).toHaveLength(3);
    expect(await db.metricPeriods.count()).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Import the 4 valid rows' }));
    expect(await screen.findByRole('heading', { name: 'Imported deals.csv' })).toBeInTheDocument();
    const names = (await db.reps.toArray()).map((r) => r.name).sort();
    expect(names).toEqual(['Darcel Schlecht', 'Moses Frase']);
    const amounts = (await storedDeals(db)).map((d) => d.amount ?? 'unknown').sort();
    expect(amounts).toEqual([0, 1054, 4514, 'unknown']);
  }, 30_000);

  it('“Group into periods of” quarters stores one period per rep for the quarter the deals closed in', async () => {
    const user = userEvent.setup();
    const db = renderApp();
    await upload(user, DEALS);
    await user.selectOptions(screen.getByLabelText('Group into periods of'), 'quarter');
    await answerQuestions(user);
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    await user.click(await screen.findByRole('button', { name: 'Import the 4 valid rows' }, { timeout: 10_000 }));
    expect(await screen.findByRole('heading', { name: 'Imported deals.csv' })).toBeInTheDocument();
    const reps = new Map((await db.reps.toArray()).map((r) => [r.id, r.name]));
    const periods = (await db.metricPeriods.toArray()).map((p) => `${reps.get(p.repId)} ${p.periodKind} ${p.period} won ${p.values.dealsWon}`).sort();
    // Every deal in the file closed in March 2017: Moses won one (and lost one), Darcel won two.
    expect(periods).toEqual(['Darcel Schlecht quarter 2017-Q1 won 2', 'Moses Frase quarter 2017-Q1 won 1']);
    const [record] = await db.imports.toArray();
    expect(record?.periodKind).toBe('quarter');
  }, 30_000);

  it('undo in the import history removes that file’s reps and deals and keeps the other import', async () => {
    const user = userEvent.setup();
    const db = renderApp();
    const other = ['opportunity_id,sales_agent,deal_stage,engage_date,close_date,close_value', 'B1,Anna Snelling,Won,2017-04-01,2017-05-02,700'].join(
      '\n',
    );
    for (const [text, name] of [
      [DEALS, 'deals.csv'],
      [other, 'anna.csv'],
    ] as const) {
      await upload(user, text, name);
      await answerQuestions(user);
      await user.click(screen.getByRole('button', { name: 'Check the rows' }));
      await user.click(await screen.findByRole('button', { name: /^Import (the )?\d+ (valid )?rows?$/ }, { timeout: 10_000 }));
      await user.click(await screen.findByRole('button', { name: 'Import another file' }));
    }
    const history = await screen.findByRole('table', { name: 'Import history' });
    expect(within(history).getByText('deals.csv')).toBeInTheDocument();
    expect(within(history).getByText('anna.csv')).toBeInTheDocument();

    await user.click(within(history).getByRole('button', { name: 'Undo import of deals.csv' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(await db.imports.count()).toBe(2);

    await user.click(within(history).getByRole('button', { name: 'Undo import of deals.csv' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Undo import' }));
    await waitFor(async () => expect(await db.imports.count()).toBe(1));
    expect((await db.reps.toArray()).map((r) => r.name)).toEqual(['Anna Snelling']);
    expect((await storedDeals(db)).map((d) => d.amount)).toEqual([700]);
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Import history' })).queryByText('deals.csv')).not.toBeInTheDocument());
  }, 40_000);
});

describe('Import of a file that holds nothing to import', () => {
  const files: Array<[string, string, string]> = [
    ['empty.csv', '', 'The file is empty (0 bytes).'],
    ['header-only.csv', 'opportunity_id,sales_agent,deal_stage,engage_date,close_date,close_value\n', 'The file has a header row but no data rows.'],
  ];
  for (const [name, text, said] of files) {
    it(`${name} is refused in one sentence and the reps already here stay`, async () => {
      const user = userEvent.setup();
      const db = renderApp();
      await db.reps.add(importedRep(0, 'Kept Rep', '2026-01-01T00:00:00.000Z'));
      const input = await screen.findByLabelText('File to import');
      await user.upload(input, new File([text], name, { type: 'text/csv' }));
      const alert = await screen.findByRole('alert', undefined, { timeout: 10_000 });
      expect(alert).toHaveTextContent(said);
      expect(alert.textContent).not.toMatch(/Error:|at \w+ \(/);
      expect(screen.queryByRole('button', { name: 'Check the rows' })).toBeNull();
      expect((await db.reps.toArray()).map((r) => r.name)).toEqual(['Kept Rep']);
      expect(await db.imports.count()).toBe(0);
    }, 20_000);
  }
});
