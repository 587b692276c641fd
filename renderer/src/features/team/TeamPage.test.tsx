import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb, importedRep, monthRows } from '@tests/helpers/db';
import { App } from '@renderer/app/App';
import { fakePlatform } from '@renderer/platform/fake';
import { ImportEngineContext } from '../import';
import { inProcessEngine } from '../import/inProcessEngine';
import { emptyMetricValues } from '@shared/schemas/metrics';
import { useAppStore } from '@renderer/state/store';

// Every message shown during a test, kept after it closes itself (5 s), so a wait on the
// sample being loaded cannot miss it on a slow machine and a failure says what appeared instead.
let shown: string[] = [];
let stopRecording = () => {};
beforeEach(() => {
  window.location.hash = '#/team';
  useAppStore.setState({ toasts: [] });
  shown = [];
  stopRecording = useAppStore.subscribe((s) => {
    for (const t of s.toasts) if (!shown.includes(t.text)) shown.push(t.text);
  });
});
afterEach(() => stopRecording());

async function sampleLoaded(): Promise<void> {
  await waitFor(() => expect(shown).toContainEqual(expect.stringMatching(/^Sample team loaded\./)), { timeout: 15_000 });
}

function renderApp() {
  const db = freshDb();
  render(
    <ImportEngineContext.Provider value={inProcessEngine}>
      <App db={db} platform={fakePlatform()} />
    </ImportEngineContext.Provider>,
  );
  return db;
}

/** The Diagnosis cell of a rep's row, as shown. */
const verdictOf = (row: HTMLElement) =>
  /On track|Effort gap|Skill gap|Effort \+ skill|Not enough data/.exec(row.querySelector('td:nth-child(4)')?.textContent ?? '')?.[0] ?? '';

function rowOf(table: HTMLElement, name: string): HTMLElement {
  const link = within(table).getByRole('link', { name });
  const row = link.closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe('Team page with the sample team', () => {
  it('loads the sample in one click and shows who has an effort gap and who has a skill gap, and at which stage', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    const db = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Try with sample data' }));
    const table = await screen.findByRole('table', { name: 'Team' });
    expect(await db.reps.count()).toBe(10);

    expect(within(rowOf(table, 'Dev Patel')).getByText('Effort gap')).toBeInTheDocument();
    expect(within(rowOf(table, 'Elena Rossi')).getByText('Effort gap')).toBeInTheDocument();
    const farid = rowOf(table, 'Farid Haddad');
    expect(within(farid).getByText('Skill gap')).toBeInTheDocument();
    expect(within(farid).getByText(/opportunity → win/)).toBeInTheDocument();
    expect(within(rowOf(table, 'Ana Ortiz')).getByText('On track')).toBeInTheDocument();

    // The summary filters the table.
    await user.click(screen.getByRole('button', { name: /Skill gap/ }));
    await waitFor(() => expect(within(table).queryByRole('link', { name: 'Dev Patel' })).not.toBeInTheDocument());
    expect(within(table).getByRole('link', { name: 'Farid Haddad' })).toBeInTheDocument();

    // Search narrows it further.
    await user.click(screen.getByRole('button', { name: /Skill gap/ }));
    await user.type(screen.getByLabelText('Search'), 'elena');
    await waitFor(() => expect(within(table).getAllByRole('link')).toHaveLength(1));
  });

  it('sorts by a column when its heading is clicked, and the other way round on a second click', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    const db = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Try with sample data' }));
    const table = await screen.findByRole('table', { name: 'Team' });
    const names = (await db.reps.toArray()).map((r) => r.name).sort((a, b) => a.localeCompare(b));
    expect(names).toHaveLength(10);
    const shownNames = () =>
      within(table)
        .getAllByRole('link')
        .map((a) => a.textContent);
    const repHeading = within(table).getByRole('columnheader', { name: /^Rep/ });
    expect(repHeading).toHaveAttribute('aria-sort', 'none');

    await user.click(within(repHeading).getByRole('button'));
    await waitFor(() => expect(shownNames()).toEqual(names));
    expect(repHeading).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(repHeading).getByRole('button'));
    await waitFor(() => expect(shownNames()).toEqual([...names].reverse()));
    expect(repHeading).toHaveAttribute('aria-sort', 'descending');
  });

  it('a manager who moves on while the sample loads stays where they went', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    const db = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Try with sample data' }));
    act(() => {
      window.location.hash = '#/settings';
    });
    await sampleLoaded();
    expect(await screen.findByText(/^Sample team loaded\./)).toBeInTheDocument();
    expect(await db.reps.count()).toBe(10);
    expect(window.location.hash).toBe('#/settings');
    expect(await screen.findByRole('heading', { name: 'Settings', level: 1 })).toBeInTheDocument();
  });

  it('explains a verdict with numbers on the rep page, and keeps a manager override with its reason', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    const db = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Try with sample data' }));
    const table = await screen.findByRole('table', { name: 'Team' });
    // The sample loader navigates to the Team page once it is done: wait for that before leaving it.
    await sampleLoaded();
    await user.click(within(table).getByRole('link', { name: 'Dev Patel' }));

    expect(await screen.findByRole('heading', { name: 'Dev Patel' }, { timeout: 20_000 })).toBeInTheDocument();
    const evidence = screen.getByRole('list', { name: 'Evidence' });
    expect(within(evidence).getAllByRole('listitem').length).toBeGreaterThan(2);
    expect(evidence.textContent).toMatch(/\d/);
    expect(screen.getByRole('link', { name: /Prepare a conversation/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Metrics against benchmarks' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Override this verdict' }));
    const form = screen.getByRole('form', { name: 'Override the verdict' });
    await user.click(within(form).getByRole('button', { name: 'Save override' }));
    expect(await within(form).findByText('Say why, in a few words')).toBeInTheDocument();
    await user.selectOptions(within(form).getByLabelText('Verdict'), 'on-track');
    await user.type(within(form).getByLabelText('Reason'), 'Territory was split in August; new accounts assigned');
    await user.click(within(form).getByLabelText(/genuine obstacle/));
    await user.click(within(form).getByRole('button', { name: 'Save override' }));

    expect(await screen.findByText(/You set this verdict to On track/)).toBeInTheDocument();
    expect(screen.getByText(/Territory was split in August/)).toBeInTheDocument();
    const stored = await db.overrides.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ verdict: 'on-track', obstacle: true });
  });

  it('lets the manager adjust one rep’s targets, and the diagnosis follows', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    const db = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Try with sample data' }));
    const table = await screen.findByRole('table', { name: 'Team' });
    await sampleLoaded();
    await user.click(within(table).getByRole('link', { name: 'Farid Haddad' }));
    await user.click(await screen.findByRole('button', { name: 'Adjust targets' }, { timeout: 20_000 }));
    const form = screen.getByRole('form', { name: 'Adjust targets for Farid Haddad' });
    const quota = within(form).getByLabelText('Quota (revenue)');
    await user.type(quota, '20000');
    await user.click(within(form).getByRole('button', { name: 'Save targets' }));
    expect(await screen.findByText(/Adjusted: Quota \(revenue\)/)).toBeInTheDocument();
    const farid = (await db.reps.toArray()).find((r) => r.name === 'Farid Haddad');
    expect(farid?.targetOverrides).toEqual({ quota: 20000 });
    // The file carries its own quota, so an override on the rep must win over it.
    expect((await screen.findAllByText(/the target you set for this rep/)).length).toBeGreaterThan(0);
  });
});

describe('Team page without quotas or targets', () => {
  it('says so, compares with the team median, and applies the role defaults only when asked', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    const db = renderApp();
    const now = '2026-11-01T00:00:00.000Z';
    const names = ['Ada Byrne', 'Bo Chen', 'Cy Dunn', 'Di Evans'];
    await db.reps.bulkAdd(names.map((name, i) => importedRep(i, name, now)));
    const values = (i: number) => ({
      ...emptyMetricValues(),
      opportunitiesCreated: 20 + i * 4,
      dealsWon: 5 + i,
      dealsLost: 10,
      revenueWon: (5 + i) * 9000,
      winRate: (5 + i) / (15 + i),
    });
    await db.metricPeriods.bulkAdd(monthRows(names.length, ['2026-08', '2026-09', '2026-10'], values, now));
    const notice = await screen.findByRole('note', { name: 'Targets' });
    expect(notice).toHaveTextContent('No quotas or targets in your data, and none set yet.');
    expect(screen.getByText(/No calls, emails or meetings in the data/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Team' });
    // 45,000 won by Ada against a team median of (54,000 + 63,000) ÷ 2 over each month: no invented quota.
    // Without any quota the result columns are named by what they hold, not "Attainment".
    expect(within(table).getAllByRole('button', { name: /vs median/ })).toHaveLength(2);
    expect(within(table).queryByRole('button', { name: /Attainment/ })).toBeNull();
    expect(await db.expectations.count()).toBe(0);

    const verdicts = () => new Map(names.map((name) => [name, verdictOf(rowOf(screen.getByRole('table', { name: 'Team' }), name))]));
    const before = verdicts();
    await user.click(within(notice).getByRole('button', { name: 'Apply the default targets for AE' }));
    // First what they are and what they would do; nothing is applied yet.
    const dialog = await screen.findByRole('dialog', { name: 'Apply the default targets for AE' });
    expect(dialog).toHaveTextContent(/Quota \(revenue\) \$50,000/);
    const said = Number(/(\d+) of 4 reps’ verdicts change|no rep’s verdict changes/.exec(dialog.textContent ?? '')?.[1] ?? 0);
    expect(await db.expectations.count()).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: 'Apply them' }));
    await waitFor(async () => expect((await db.expectations.where('role').equals('AE').first())?.isDefault).toBe(true));
    await waitFor(() => expect(screen.queryByRole('note', { name: 'Targets' })).not.toBeInTheDocument());
    // Now held to the applied default quota of 50,000 a month: Ada's 45,000 is 90%.
    expect(within(rowOf(screen.getByRole('table', { name: 'Team' }), 'Ada Byrne')).getAllByText('90%').length).toBeGreaterThan(0);
    // The dialog's count is the Team page's own: the rows whose verdict changed.
    const after = verdicts();
    expect([...before].filter(([name, v]) => after.get(name) !== v)).toHaveLength(said);
    const message = screen.getByText(/^Default targets applied for AE: /).closest('.applied-defaults') as HTMLElement;
    expect(message).toHaveTextContent(`${said} ${said === 1 ? 'rep’s verdict' : 'reps’ verdicts'} changed`);
    await user.click(within(message).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await db.expectations.count()).toBe(0));
    expect(await screen.findByRole('note', { name: 'Targets' })).toBeInTheDocument();
    await waitFor(() => expect(verdicts()).toEqual(before));
  });
});
