import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { snapshotFromDiagnosis } from '@shared/domain/plan';
import { sampleRep } from '@shared/domain/plan/testing';
import type { CandorDB } from '@renderer/db/db';
import { createPlan, saveProgress } from '@renderer/db/repositories/plans';
import { prefillFromSnapshot } from './prefill';
import { renderApp } from '@renderer/app/testing';
import { startPeriod } from '../plans/PlansPage';

beforeEach(() => {
  window.location.hash = '#/team';
  localStorage.clear();
});

const go = (hash: string) =>
  act(() => {
    window.location.hash = hash;
  });

async function loadSample(user: ReturnType<typeof userEvent.setup>, db: CandorDB) {
  await user.click(await screen.findByRole('button', { name: 'Try with sample data' }));
  await screen.findByRole('table', { name: 'Team' }, { timeout: 8000 });
  return db;
}

async function repId(db: CandorDB, name: string): Promise<string> {
  const rep = (await db.reps.toArray()).find((r) => r.name === name);
  if (!rep) throw new Error(`no ${name}`);
  return rep.id;
}

const MY_OPENING = 'I asked for this hour because the last three months worry me, and I want to hear your side first.';
const MY_POINT = 'You held 12 meetings in October; I want us to look at what happened after each one.';

describe('newer facts never cost the manager their words', () => {
  it('the opening and a point the manager wrote stay, marked; untouched suggestions follow the new facts; the reading is not turned into an override; undo puts it all back', async () => {
    const user = userEvent.setup();
    const db = await loadSample(user, renderApp());
    const grace = await repId(db, 'Grace Kim');
    // A plan prepared on other facts (another rep's figures under Grace's name): every suggestion differs.
    const other = snapshotFromDiagnosis(await sampleRep('Dev Patel', { roleDefaults: false }), 'month', new Date('2026-11-20T10:00:00Z'));
    const older = { ...other, repName: 'Grace Kim' };
    const plan = await createPlan(db, {
      repId: grace,
      snapshot: older,
      content: prefillFromSnapshot(older, 'Sam Lee', new Date('2026-11-20T10:00:00Z')),
    });
    const oldPoints = plan.content.talkingPoints.map((t) => t.text);
    expect(oldPoints.length).toBeGreaterThan(1);
    await saveProgress(db, plan.id, 'talking-points');
    go(`#/plans/${plan.id}`);

    const opening = await screen.findByRole('textbox', { name: 'How you will open' }, { timeout: 5000 });
    await user.clear(opening);
    await user.type(opening, MY_OPENING);
    const point = screen.getByRole('textbox', { name: 'Point 2' });
    await user.clear(point);
    await user.type(point, MY_POINT);
    await waitFor(async () => expect((await db.plans.get(plan.id))?.content.talkingPoints[1]?.text).toBe(MY_POINT), { timeout: 5000 });

    const banner = (await screen.findByText(/have changed\./, undefined, { timeout: 5000 })).closest('.newer-data') as HTMLElement;
    expect(within(banner).getByText(/^Reading: Effort gap at prospecting → Skill gap/)).toBeInTheDocument();
    expect(banner.textContent).not.toMatch(/newer|\(deal-size\)|opportunity-to-win|facts-refreshed/i);
    await user.click(within(banner).getByRole('button', { name: 'Use the updated numbers' }));

    const done = (await screen.findByText(/This plan now uses the (facts of|updated numbers for)/, undefined, { timeout: 5000 })).closest(
      '.refreshed-facts',
    ) as HTMLElement;
    const stored = await db.plans.get(plan.id);
    expect(stored?.snapshot.verdict).toBe((await sampleRep('Grace Kim', { roleDefaults: false })).verdict);
    expect(stored?.content.opening).toBe(MY_OPENING);
    const texts = stored?.content.talkingPoints.map((t) => t.text) ?? [];
    expect(texts).toContain(MY_POINT);
    // Every suggestion the manager left alone was drafted again from the new facts: what stands is
    // the manager's point or a point the new facts give, and an old point stays only where the new
    // facts give the very same sentence.
    const fresh = stored
      ? prefillFromSnapshot(stored.snapshot, 'Sam Lee', new Date(), { locale: 'en-US', currency: 'USD' }).talkingPoints.map((t) => t.text)
      : [];
    expect(fresh.length).toBeGreaterThan(0);
    for (const t of texts) if (t !== MY_POINT) expect(fresh).toContain(t);
    for (const old of oldPoints.filter((_, i) => i !== 1)) if (!fresh.includes(old)) expect(texts).not.toContain(old);
    expect(oldPoints.filter((p, i) => i !== 1 && !fresh.includes(p)).length).toBeGreaterThan(0);
    expect(screen.getByRole('textbox', { name: 'How you will open' })).toHaveValue(MY_OPENING);
    expect(screen.getAllByText('Written by you: check against the new facts')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: /^1\. Facts/ }));
    await user.click(screen.getByRole('button', { name: /^3\. Diagnosis/ }));
    expect(await screen.findByRole('radio', { name: 'Confirm this reading' })).toBeChecked();
    expect(screen.queryByRole('combobox', { name: 'Your reading' })).not.toBeInTheDocument();

    await user.click(within(done).getByRole('button', { name: /^Undo: back to / }));
    await waitFor(async () => expect((await db.plans.get(plan.id))?.snapshot.fingerprint).toBe(older.fingerprint));
    const back = await db.plans.get(plan.id);
    expect(back?.content.opening).toBe(MY_OPENING);
    expect(back?.content.talkingPoints.map((t) => t.text)).toEqual(oldPoints.map((t, i) => (i === 1 ? MY_POINT : t)));
  }, 40_000);
});

describe('Redraft from the diagnosis', () => {
  it('first lists what it replaces, keeps the question the manager rewrote, and can be undone', async () => {
    const user = userEvent.setup();
    const db = await loadSample(user, renderApp());
    const snapshot = snapshotFromDiagnosis(await sampleRep('Farid Haddad', { roleDefaults: false }), 'month', new Date('2026-11-20T10:00:00Z'));
    const plan = await createPlan(db, {
      repId: await repId(db, 'Farid Haddad'),
      snapshot,
      content: prefillFromSnapshot(snapshot, 'Sam Lee', new Date('2026-11-20T10:00:00Z')),
    });
    const drafted = plan.content.questions.map((q) => q.text);
    await saveProgress(db, plan.id, 'questions');
    go(`#/plans/${plan.id}`);
    const mine = 'What would help you most in the next proposal you write?';
    const first = await screen.findByRole('textbox', { name: 'Question 1' }, { timeout: 5000 });
    await user.clear(first);
    await user.type(first, mine);
    await waitFor(async () => expect((await db.plans.get(plan.id))?.content.questions[0]?.text).toBe(mine), { timeout: 5000 });

    await user.click(screen.getByRole('button', { name: 'Redraft from the diagnosis' }));
    const preview = screen.getByRole('region', { name: 'What the redraft replaces' });
    expect(within(preview).getByText(`The redraft replaces ${drafted.length - 1} suggested questions you have not changed:`)).toBeInTheDocument();
    expect(
      within(preview)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(drafted.slice(1));
    expect(within(preview).getByText(/Your 1 own or changed question stay/)).toBeInTheDocument();
    await user.click(within(preview).getByRole('button', { name: 'Redraft' }));
    await waitFor(async () => expect((await db.plans.get(plan.id))?.content.questions.at(-1)?.text).toBe(mine), { timeout: 5000 });

    await user.click(screen.getByRole('button', { name: 'Undo the redraft' }));
    await waitFor(async () => expect((await db.plans.get(plan.id))?.content.questions.map((q) => q.text)).toEqual([mine, ...drafted.slice(1)]), {
      timeout: 5000,
    });
  }, 40_000);
});

describe('the Diagnosis step', () => {
  it('shows the facts’ reading, confirmed, when the plan holds another reading without a reason (facts moved on; the manager never overrode)', async () => {
    const user = userEvent.setup();
    const db = await loadSample(user, renderApp());
    const snapshot = snapshotFromDiagnosis(await sampleRep('Farid Haddad', { roleDefaults: false }), 'month', new Date('2026-11-20T10:00:00Z'));
    const content = prefillFromSnapshot(snapshot, 'Sam Lee', new Date('2026-11-20T10:00:00Z'));
    content.diagnosis = { ...content.diagnosis, verdict: 'mixed', weakStage: 'deal-size', overrideReason: '' };
    const plan = await createPlan(db, { repId: await repId(db, 'Farid Haddad'), snapshot, content });
    await saveProgress(db, plan.id, 'diagnosis');
    go(`#/plans/${plan.id}`);
    expect(await screen.findByRole('radio', { name: 'Confirm this reading' }, { timeout: 5000 })).toBeChecked();
    expect(screen.queryByText(/I see it differently: /)).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Your reading' })).not.toBeInTheDocument();
  }, 30_000);
});

describe('a new plan starts on the period the manager is looking at', () => {
  it('startPeriod: the asked period when the data has it, else the Team page’s default (not the last, incomplete one)', () => {
    const periods = ['2017-09', '2017-10', '2017-11', '2017-12'];
    expect(startPeriod(periods, '2017-09', '2017-10')).toBe('2017-09');
    expect(startPeriod(periods, null, '2017-10')).toBe('2017-10');
    expect(startPeriod(periods, '2016-01', '2017-10')).toBe('2017-10');
    expect(startPeriod(periods, null, null)).toBe('2017-12');
  });

  it('Plans → New: the Team page’s period by default, periods written as people write them; from a Rep page, that page’s period', async () => {
    const user = userEvent.setup();
    const db = await loadSample(user, renderApp());
    const teamPeriod = screen.getByRole('combobox', { name: 'Period' });
    const shown = (teamPeriod as HTMLSelectElement).selectedOptions[0]?.textContent;
    go('#/plans');
    await user.click(await screen.findByRole('button', { name: 'New plan' }, { timeout: 5000 }));
    const select = (await screen.findByRole('combobox', { name: 'Period' }, { timeout: 5000 })) as HTMLSelectElement;
    expect(select.selectedOptions[0]?.textContent).toBe(shown);
    for (const o of [...select.options]) expect(o.textContent).toMatch(/^[A-Z][a-z]{2} \d{4}/);

    const grace = await repId(db, 'Grace Kim');
    const earlier = [...select.options].map((o) => o.value)[3] ?? '';
    go(`#/team/${grace}?period=${earlier}`);
    await user.click(await screen.findByRole('link', { name: 'Prepare a conversation' }, { timeout: 5000 }));
    const fromRep = (await screen.findByRole('combobox', { name: 'Period' }, { timeout: 5000 })) as HTMLSelectElement;
    expect(fromRep.value).toBe(earlier);
    await user.click(screen.getByRole('button', { name: 'Start the plan' }));
    await screen.findByRole('heading', { name: 'Conversation with Grace Kim' }, { timeout: 5000 });
    expect((await db.plans.toArray())[0]?.snapshot.period).toBe(earlier);
  }, 40_000);
});
