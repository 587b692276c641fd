import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyMetricValues } from '@shared/schemas';
import { freshDb } from '@tests/helpers/db';
import { App } from '@renderer/app/App';
import { fakePlatform } from '@renderer/platform/fake';
import { ImportCancelled, ImportEngineContext, ImportFailed, type ImportEngine } from './engine';
import type { Analysis, RunOptions, RunResult } from './worker/protocol';

const analysis: Analysis = {
  fileName: 'pipeline.csv',
  sha256: 'ab'.repeat(32),
  size: 120,
  kind: 'deals',
  sheetNames: [],
  sheetName: null,
  headers: ['sales_agent', 'deal_stage', 'close_value', 'engage_date', 'close_date'],
  preview: [['Moses Frase', 'Won', '1054', '2016-10-20', '2017-03-01']],
  rowCount: 3,
  fields: {
    deals: [
      { field: 'rep', label: 'Owner (rep)', required: true, confidence: 1 },
      { field: 'stage', label: 'Stage', required: true, confidence: 1 },
      { field: 'amount', label: 'Amount', required: false, confidence: 1 },
    ],
    'period-sheet': [{ field: 'rep', label: 'Rep', required: true, confidence: null }],
    activities: [{ field: 'rep', label: 'Owner (rep)', required: true, confidence: null }],
  },
  mapping: { rep: 'sales_agent', stage: 'deal_stage', amount: 'close_value' },
  stageValues: ['Won', 'Lost', 'Engaging'],
  stageMap: { Won: 'won', Lost: 'lost', Engaging: 'open' },
  questions: [
    {
      id: 'date-order:close_date',
      proposed: null,
      column: 'close_date',
      kind: 'date-order',
      prompt: 'Dates in “close_date” are',
      options: [
        { value: 'dmy', label: 'Day first' },
        { value: 'mdy', label: 'Month first' },
      ],
      samples: ['03/04/2017'],
    },
  ],
  headerSignature: 'close_date|close_value|deal_stage|engage_date|sales_agent',
  warnings: [],
};

const result: RunResult = {
  periods: [
    {
      rep: 'Moses Frase',
      role: null,
      startDate: null,
      period: '2017-03',
      periodKind: 'month',
      values: { ...emptyMetricValues(), dealsWon: 1, dealsLost: 1, revenueWon: 1054, winRate: 0.5, cycleDaysMedian: 132 },
    },
  ],
  deals: [
    { rep: 'Moses Frase', externalId: '1C1I7A6R', outcome: 'won', stage: 'Won', amount: 1054, createdDate: '2016-10-20', closeDate: '2017-03-01' },
  ],
  activities: [],
  report: {
    rowsRead: 3,
    rowsAccepted: 2,
    rowsRejected: 1,
    errors: [
      { row: 4, column: 'close_value', value: '#N/A', reason: 'Not a number', severity: 'error', effect: 'row' },
      {
        row: 3,
        column: 'sales_agent',
        value: 'Moses Frase',
        reason: 'rep name held control characters; they were removed',
        severity: 'warning',
        effect: 'none',
      },
    ],
    errorsOmitted: 0,
    checks: [],
    warnings: [],
  },
  checks: [],
  stageValues: [
    { value: 'Won', rows: 1, outcome: 'won', confirmed: true },
    { value: 'Lost', rows: 1, outcome: 'lost', confirmed: true },
  ],
};

function fakeEngine(log: RunOptions[], opts: { failAnalyse?: boolean; results?: RunResult[] } = {}): () => ImportEngine {
  return () => ({
    analyse: async (_req, onProgress) => {
      onProgress({ rowsProcessed: 3, fraction: 1 });
      if (opts.failAnalyse) throw new ImportFailed('binary', 'This file is not a spreadsheet or CSV: it looks like binary data.');
      return analysis;
    },
    run: async (options) => {
      log.push(options);
      return opts.results?.[log.length - 1] ?? result;
    },
    cancel: () => undefined,
    dispose: () => undefined,
  });
}

async function pickFile(user: ReturnType<typeof userEvent.setup>) {
  const input = await screen.findByLabelText('File to import');
  await user.upload(input, new File(['sales_agent,deal_stage\nMoses Frase,Won\n'], 'pipeline.csv', { type: 'text/csv' }));
}

beforeEach(() => {
  window.location.hash = '#/import';
});

function renderImport(engine: () => ImportEngine) {
  const db = freshDb();
  const view = render(
    <ImportEngineContext.Provider value={engine}>
      <App db={db} platform={fakePlatform()} />
    </ImportEngineContext.Provider>,
  );
  return { db, ...view };
}

describe('Import page', () => {
  it('walks a user from file to stored rep-periods, asking what it will not guess', async () => {
    const user = userEvent.setup();
    const runs: RunOptions[] = [];
    const { db } = renderImport(fakeEngine(runs));
    await pickFile(user);
    expect(await screen.findByRole('heading', { name: 'pipeline.csv' })).toBeInTheDocument();
    expect(screen.getByLabelText(/Owner \(rep\)/)).toHaveValue('sales_agent');
    expect(within(screen.getByRole('table', { name: 'Preview of the file' })).getByText('Moses Frase')).toBeInTheDocument();

    const check = screen.getByRole('button', { name: 'Check the rows' });
    expect(check).toBeDisabled();
    expect(screen.getByText(/Answer the question above/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Dates in “close_date” are'), 'dmy');
    await user.selectOptions(screen.getByLabelText('Engaging'), 'lost');
    await user.click(check);

    const errors = await screen.findByRole('table', { name: 'Rows with problems' });
    expect(runs[0]).toMatchObject({ kind: 'deals', answers: { 'date-order:close_date': 'dmy' }, stageMap: { Engaging: 'lost' } });
    // Each problem says what it does to its row: the rejected one is left out, the cleaned name is imported.
    expect(within(errors).getByRole('row', { name: /^4 close_value #N\/A Row left out Not a number$/ })).toBeInTheDocument();
    expect(within(errors).getByRole('row', { name: /^3 sales_agent Moses Frase Imported rep name held/ })).toBeInTheDocument();
    expect(screen.getByText('1 row is left out; 1 row is imported as read or cleaned.')).toBeInTheDocument();
    expect(await db.metricPeriods.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Import the 2 valid rows' }));
    expect(await screen.findByRole('heading', { name: 'Imported pipeline.csv' })).toBeInTheDocument();
    expect(await db.metricPeriods.count()).toBe(1);
    expect((await db.reps.toArray()).map((r) => r.name)).toEqual(['Moses Frase']);

    await user.click(screen.getByRole('button', { name: 'Import another file' }));
    const history = await screen.findByRole('table', { name: 'Import history' });
    expect(within(history).getByText('pipeline.csv')).toBeInTheDocument();
    // The whole walk (first render of the app included) takes a few seconds on a loaded machine.
  }, 20_000);

  it('tells the user when the same file comes again, and undo removes exactly that import', async () => {
    const user = userEvent.setup();
    const { db } = renderImport(fakeEngine([]));
    for (let i = 0; i < 2; i++) {
      await pickFile(user);
      await user.selectOptions(await screen.findByLabelText('Dates in “close_date” are'), 'mdy');
      await user.click(screen.getByRole('button', { name: 'Check the rows' }));
      if (i === 1) expect(await screen.findByText(/This exact file was already imported/)).toBeInTheDocument();
      await user.click(await screen.findByRole('button', { name: 'Import the 2 valid rows' }));
      await user.click(await screen.findByRole('button', { name: 'Import another file' }));
    }
    expect(await db.imports.count()).toBe(2);
    const undo = await screen.findAllByRole('button', { name: 'Undo import of pipeline.csv' });
    await user.click(undo[0]!);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Undo import' }));
    await waitFor(async () => expect(await db.imports.count()).toBe(1));
    expect(await db.metricPeriods.count()).toBe(1);
    expect(await db.reps.count()).toBe(1);
  });

  it('shows a clear message for an unusable file and keeps what is stored', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    await db.reps.add({
      id: 'r1',
      name: 'Kept',
      nameKey: 'kept',
      role: 'AE',
      startDate: null,
      email: null,
      targetOverrides: null,
      createdByImportId: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    render(
      <ImportEngineContext.Provider value={fakeEngine([], { failAnalyse: true })}>
        <App db={db} platform={fakePlatform()} />
      </ImportEngineContext.Provider>,
    );
    await pickFile(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('looks like binary data');
    expect(await db.reps.count()).toBe(1);
  });

  it('a disk too full to store the import is said in one sentence; the review stays and nothing is stored', async () => {
    const user = userEvent.setup();
    const { db } = renderImport(fakeEngine([]));
    await pickFile(user);
    await user.selectOptions(await screen.findByLabelText('Dates in “close_date” are'), 'mdy');
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    const importRows = await screen.findByRole('button', { name: 'Import the 2 valid rows' });
    const transaction = db.transaction.bind(db);
    const full = vi
      .spyOn(db, 'transaction')
      .mockImplementation(((...args: Parameters<typeof transaction>) =>
        args[0] === 'rw'
          ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
          : transaction(...args)) as typeof transaction);
    await user.click(importRows);
    expect(await screen.findByText('This computer is out of storage space for Candor. Nothing was imported.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import the 2 valid rows' })).toBeEnabled();
    full.mockRestore();
    expect(await db.imports.count()).toBe(0);
    expect(await db.metricPeriods.count()).toBe(0);
  });

  it('"Import nothing" stores nothing', async () => {
    const user = userEvent.setup();
    const { db } = renderImport(fakeEngine([]));
    await pickFile(user);
    await user.selectOptions(await screen.findByLabelText('Dates in “close_date” are'), 'mdy');
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    await user.click(await screen.findByRole('button', { name: 'Import nothing' }));
    expect(await screen.findByText('Drop a CSV or Excel file here')).toBeInTheDocument();
    expect(await db.metricPeriods.count()).toBe(0);
    expect(await db.imports.count()).toBe(0);
  });

  it('cancel stops the work and leaves nothing behind', async () => {
    const user = userEvent.setup();
    let cancelled = false;
    const never: () => ImportEngine = () => ({
      analyse: async () => analysis,
      run: () =>
        new Promise((_resolve, reject) => {
          const timer = setInterval(() => {
            if (cancelled) {
              clearInterval(timer);
              reject(new ImportCancelled());
            }
          }, 5);
        }),
      cancel: () => {
        cancelled = true;
      },
      dispose: () => undefined,
    });
    const { db } = renderImport(never);
    await pickFile(user);
    await user.selectOptions(await screen.findByLabelText('Dates in “close_date” are'), 'mdy');
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Import cancelled. Nothing was stored.')).toBeInTheDocument();
    expect(screen.getByText('Drop a CSV or Excel file here')).toBeInTheDocument();
    expect(await db.metricPeriods.count()).toBe(0);
    expect(await db.imports.count()).toBe(0);
  });

  it('blocks the import of a file that looks wrong until the user has looked, in plain words', async () => {
    const user = userEvent.setup();
    const wrong: RunResult = {
      ...result,
      checks: [{ id: 'rep-names-are-numbers', message: '85 of the 85 rep names are numbers (“2822”, “495”).' }],
    };
    const { db } = renderImport(fakeEngine([], { results: [wrong] }));
    await pickFile(user);
    await user.selectOptions(await screen.findByLabelText('Dates in “close_date” are'), 'mdy');
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    expect(await screen.findByRole('heading', { name: /does not look like your team/ })).toBeInTheDocument();
    expect(screen.getByText(/85 of the 85 rep names are numbers/)).toBeInTheDocument();
    const importButton = screen.getByRole('button', { name: 'Import the 2 valid rows' });
    expect(importButton).toBeDisabled();
    await user.click(screen.getByLabelText(/import them anyway/));
    expect(importButton).toBeEnabled();
    await user.click(importButton);
    expect(await screen.findByRole('heading', { name: 'Imported pipeline.csv' })).toBeInTheDocument();
    expect(await db.imports.count()).toBe(1);
  });

  it('asks about stage values found after the first rows, and checks again with the answer', async () => {
    const user = userEvent.setup();
    const runs: RunOptions[] = [];
    const first: RunResult = {
      ...result,
      stageValues: [...result.stageValues, { value: 'Prospecting', rows: 500, outcome: 'open', confirmed: false }],
    };
    renderImport(fakeEngine(runs, { results: [first, result] }));
    await pickFile(user);
    await user.selectOptions(await screen.findByLabelText('Dates in “close_date” are'), 'mdy');
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    const stages = await screen.findByRole('table', { name: 'Stage values' });
    expect(within(stages).getByText('Prospecting')).toBeInTheDocument();
    expect(within(stages).getByText('500')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import the 2 valid rows' })).toBeDisabled();
    await user.selectOptions(screen.getByLabelText('Stage “Prospecting” counts as'), 'lost');
    await user.click(screen.getByRole('button', { name: 'Use these stages and check again' }));
    await waitFor(() => expect(runs).toHaveLength(2));
    expect(runs[1]?.stageMap).toMatchObject({ Prospecting: 'lost', Won: 'won', Engaging: 'open' });
    expect(await screen.findByRole('button', { name: 'Import the 2 valid rows' })).toBeEnabled();
  });

  it('shows columns it did not recognise as not used, and maps one in one choice', async () => {
    const user = userEvent.setup();
    const runs: RunOptions[] = [];
    renderImport(fakeEngine(runs));
    await pickFile(user);
    const unused = await screen.findByRole('region', { name: 'Columns not used' });
    expect(within(unused).getByLabelText('engage_date')).toHaveValue('');
    await user.selectOptions(within(unused).getByLabelText('engage_date'), 'amount');
    expect(screen.getByLabelText('Amount')).toHaveValue('engage_date');
    expect(within(screen.getByRole('region', { name: 'Columns not used' })).getByLabelText('close_value')).toBeInTheDocument();
  });
});
