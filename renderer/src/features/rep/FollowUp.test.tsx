// The Rep page's follow-up parts as a manager uses them: the wins log with a recognition note
// copied to the clipboard, a win noted by hand (bad input refused, nothing stored), the rep's
// self-assessment filled in on the laptop beside the data (kept through a reload mid-edit), and
// the timeline whose entries open what they refer to.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import closing from '@resources/roleplay/closing-ask-for-commitment.json';
import { newSession } from '@shared/domain/roleplay/session';
import { emptyMetricValues } from '@shared/schemas/metrics';
import { planSchema } from '@shared/schemas/plan';
import { roleplayScriptSchema, selfAssessmentSchema } from '@shared/schemas/roleplay';
import planV3 from '@tests/fixtures/seed/plan-v3.json';
import { freshDb } from '@tests/helpers/db';
import { App } from '@renderer/app/App';
import { addRep } from '@renderer/db/repositories/reps';
import { fakePlatform } from '@renderer/platform/fake';

const script = roleplayScriptSchema.parse({ ...closing, id: 'closing-ours', origin: 'custom' });

async function seeded() {
  const db = freshDb();
  const rep = await addRep(db, { name: 'Grace Kim', role: 'AE', startDate: '2024-01-08', email: '' });
  await db.metricPeriods.add({
    id: 'mp-1',
    repId: rep.id,
    period: '2026-10',
    periodKind: 'month',
    importId: null,
    values: { ...emptyMetricValues(), calls: 60, meetingsHeld: 14, dealsWon: 4, dealsLost: 12, revenueWon: 18000 },
    createdAt: '2026-11-01T09:00:00.000Z',
  });
  await db.roleplayAssignments.add({
    id: 'ra-1',
    repId: rep.id,
    scriptId: script.id,
    scriptTitle: 'Closing: ask for the decision',
    planId: 'p-gone',
    planItemId: 'd-gone',
    passMark: 3.5,
    dueDate: '2026-12-15',
    createdAt: '2026-11-20T09:00:00.000Z',
  });
  const s = newSession(script, rep.id, 's-1', new Date('2026-11-25T10:00:00Z'));
  await db.roleplaySessions.add({
    ...s,
    date: '2026-11-25',
    status: 'completed',
    scores: Object.fromEntries(script.rubric.criteria.map((c) => [c.id, 4])),
    completedAt: '2026-11-25T10:30:00.000Z',
  });
  return { db, rep };
}

describe('the Rep page follow-up', { timeout: 60_000 }, () => {
  it('logs the role-play passed, copies a recognition note, and refuses a win without a result', async () => {
    const { db, rep } = await seeded();
    window.location.hash = `#/team/${rep.id}`;
    const user = userEvent.setup();
    render(<App db={db} platform={fakePlatform()} />);
    const wins = await screen.findByRole('list', { name: 'Wins of Grace Kim' }, { timeout: 20_000 });
    const passed = within(wins).getByText(
      /Passed the “Closing: ask for the decision” role-play on Nov 25, 2026 with an average of 4 of 5 against a pass mark of 3.5/,
    );
    expect(passed).toBeInTheDocument();
    await user.click(within(wins).getByRole('button', { name: /Copy a recognition note/ }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toBe(
      'A shout-out for Grace Kim, who practised “closing: ask for the decision” and passed at the first scored session. The result: Passed the “Closing: ask for the decision” role-play on Nov 25, 2026 with an average of 4 of 5 against a pass mark of 3.5. Thank you, Grace.',
    );
    expect(within(wins).getByText('Wording coach: nothing to change.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Note a win' }));
    const form = screen.getByRole('form', { name: 'Note a win for Grace Kim' });
    await user.type(within(form).getByLabelText('What they did that led to it'), 'Brought the finance lead into the second meeting');
    await user.click(within(form).getByRole('button', { name: 'Add the win' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Write what the rep achieved, with its number and period');
    expect(await db.wins.count()).toBe(0);
    await user.type(within(form).getByLabelText('What the rep achieved'), 'Signed Harbor Freight for $18,000 in October');
    await user.click(within(form).getByRole('button', { name: 'Add the win' }));
    await waitFor(async () => expect(await db.wins.count()).toBe(1));
    expect((await db.wins.toArray())[0]).toMatchObject({ repId: rep.id, source: 'noted', result: 'Signed Harbor Freight for $18,000 in October' });
    expect(await within(wins).findByText('Signed Harbor Freight for $18,000 in October')).toBeInTheDocument();
  });

  it('fills in a self-assessment on this computer, keeps it through a reload, and sets each estimate beside the data', async () => {
    const { db, rep } = await seeded();
    window.location.hash = `#/team/${rep.id}`;
    const user = userEvent.setup();
    render(<App db={db} platform={fakePlatform()} />);
    await user.click(await screen.findByRole('button', { name: 'Fill in on this computer' }, { timeout: 20_000 }));
    let form = await screen.findByRole('form', { name: 'Self-assessment of Grace Kim for Oct 2026' });
    await user.type(within(form).getByLabelText(/Calls \(number\)/), 'about eighty');
    await user.type(within(form).getByLabelText(/Deals won \(number\)/), '3');

    // A reload mid-edit: what was typed is there again, nothing stored yet.
    cleanup();
    render(<App db={db} platform={fakePlatform()} />);
    form = await screen.findByRole('form', { name: 'Self-assessment of Grace Kim for Oct 2026' }, { timeout: 20_000 });
    expect(within(form).getByLabelText(/Calls \(number\)/)).toHaveValue('about eighty');
    expect(await db.selfAssessments.count()).toBe(0);

    await user.click(within(form).getByRole('button', { name: 'Save the self-assessment' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Write a number in figures, such as 42');
    expect(await db.selfAssessments.count()).toBe(0);
    await user.clear(within(form).getByLabelText(/Calls \(number\)/));
    await user.type(within(form).getByLabelText(/Calls \(number\)/), '80');
    await user.selectOptions(within(form).getByLabelText(/Winning the opportunities/), '2');
    await user.type(within(form).getByLabelText(/What got in the way/), 'Two deals slipped into November.');
    await user.click(within(form).getByRole('button', { name: 'Save the self-assessment' }));
    await waitFor(async () => expect(await db.selfAssessments.count()).toBe(1));

    const table = await screen.findByRole('table', { name: "Grace Kim's estimates beside the data for Oct 2026" });
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(`^${name}`) });
    expect(row('Calls')).toHaveTextContent('Calls8060Over: 20 more (33% over)');
    expect(row('Deals won')).toHaveTextContent('Deals won34Under: 1 fewer (25% under)');
    const questions = screen.getByRole('list', { name: 'Facts and questions from the self-assessment of Oct 2026' });
    expect(questions).toHaveTextContent('Grace Kim estimated calls in Oct 2026 at 80; the data shows 60: 20 more (33% over).');
  });

  it('lists the timeline newest first; an entry on this page moves focus to it', async () => {
    const { db, rep } = await seeded();
    window.location.hash = `#/team/${rep.id}`;
    const user = userEvent.setup();
    render(<App db={db} platform={fakePlatform()} />);
    const timeline = await screen.findByRole('list', { name: 'Timeline of Grace Kim' }, { timeout: 20_000 });
    const items = within(timeline).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual(['2026-11-25', '2026-11-25', '2026-11-20']);
    expect(items[2]).toHaveTextContent('Practice assigned: Closing: ask for the decision');
    expect(within(timeline).getByRole('link', { name: 'Role-play: Closing: ask for the decision' })).toHaveAttribute(
      'href',
      expect.stringContaining('run=s-1'),
    );
    await user.click(within(timeline).getByRole('button', { name: 'Win: role-play passed' }));
    expect(document.activeElement?.id).toBe('win-found:roleplay-passed:ra-1');
  });

  it('offers the self-assessment’s questions to the next open check-in, once', async () => {
    const { db, rep } = await seeded();
    const plan = planSchema.parse(planV3);
    // A signed plan whose check-ins start on Jan 5, 2099, every 14 days: the first is due Jan 19, 2099.
    const checkIns = { ...plan.content.checkIns, startDate: '2099-01-05', everyDays: 14 };
    await db.plans.add({ ...plan, id: 'plan-g', repId: rep.id, status: 'signed', content: { ...plan.content, checkIns } });
    await db.selfAssessments.add(
      selfAssessmentSchema.parse({ id: 'sa-1', repId: rep.id, date: '2026-11-02', period: '2026-10', estimates: { calls: 80 } }),
    );
    window.location.hash = `#/team/${rep.id}`;
    const user = userEvent.setup();
    render(<App db={db} platform={fakePlatform()} />);
    const offer = await screen.findByRole('button', { name: 'Add to the next plan or check-in' }, { timeout: 20_000 });
    await user.click(offer);
    expect(await screen.findByText('Added 1 to the notes of the check-in due Jan 19, 2099.')).toBeInTheDocument();
    await user.click(offer);
    expect(await screen.findByText('These questions are there already.')).toBeInTheDocument();
    const rows = await db.checkIns.toArray();
    expect(rows.map((r) => [r.planId, r.slot, r.dueDate])).toEqual([['plan-g', 0, '2099-01-19']]);
    expect(rows[0]!.notes).toContain('Grace Kim estimated calls in Oct 2026 at 80; the data shows 60: 20 more (33% over).');
  });
});
