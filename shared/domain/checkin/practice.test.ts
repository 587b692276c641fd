// The practice a check-in shows for its plan. Every expected value is worked out by hand from the
// scores below (an average is the mean of the criteria, rounded to one decimal: 15/4 = 3.75 → 3.8).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate, formatScore } from '@shared/lib/format';
import type { CheckInPractice, RoleplayAssignment } from '@shared/schemas';
import { loadLibrary } from '../roleplay';
import { scoredSession } from '../roleplay/testing';
import { planPractice, practiceByItem, practiceWords, type PracticeFormat } from './practice';

const DIR = join(import.meta.dirname, '../../../resources/roleplay');
const { scripts } = loadLibrary(readdirSync(DIR).map((file) => ({ file, text: readFileSync(join(DIR, file), 'utf8') })));
// Four criteria, the script's own pass mark 3.5; five criteria.
const timing = scripts.find((s) => s.id === 'objection-timing')!;
const price = scripts.find((s) => s.id === 'objection-price')!;

const plan = {
  id: 'p-1',
  content: {
    development: [
      // Not in the order of their ids: the plan's order is the one that counts.
      { id: 'd-obj', skill: ' Handling objections ' },
      { id: 'd-close', skill: '' },
    ],
  },
};

const assignment = (over: Partial<RoleplayAssignment> & Pick<RoleplayAssignment, 'id'>): RoleplayAssignment => ({
  repId: 'rep-1',
  scriptId: timing.id,
  scriptTitle: timing.title,
  planId: 'p-1',
  planItemId: 'd-obj',
  passMark: 3.8,
  dueDate: '2026-12-15',
  createdAt: '2026-12-01T11:00:00.000Z',
  ...over,
});

// Timing, assigned 1 Dec at 11:00 UTC with a pass mark of 3.8, due 15 Dec.
const timingWork = assignment({ id: 'a-timing' });
// Price, assigned 5 Dec with a pass mark of 4, due 10 Dec: on the same item, due first.
const priceWork = assignment({
  id: 'a-price',
  scriptId: price.id,
  scriptTitle: price.title,
  passMark: 4,
  dueDate: '2026-12-10',
  createdAt: '2026-12-05T09:00:00.000Z',
});

const sessions = [
  // 1 Dec, finished 10:15 UTC: before the assignment was made at 11:00 that day.
  scoredSession(timing, { id: 'same-day-before', day: '2026-12-01', scores: [5, 5, 5, 5] }),
  scoredSession(timing, { id: 'other-rep', day: '2026-12-02', scores: [5, 5, 5, 5], repId: 'rep-2' }),
  scoredSession(timing, { id: 'unfinished', day: '2026-12-02', scores: [5, 5, 5, 5], finished: false }),
  // Finished, but three of the four criteria scored.
  scoredSession(timing, { id: 'partly-scored', day: '2026-12-02', scores: [5, 5, 5] }),
  // Another script: counts for neither (and for price it is before 5 Dec anyway).
  scoredSession(price, { id: 'price-early', day: '2026-12-02', scores: [5, 5, 5, 5, 5] }),
  // (4+4+3+4)/4 = 3.75 → 3.8: reaches the pass mark of 3.8 on 3 Dec.
  scoredSession(timing, { id: 'pass', day: '2026-12-03', scores: [4, 4, 3, 4] }),
  // (3+3+3+2)/4 = 2.75 → 2.8: below the mark afterwards.
  scoredSession(timing, { id: 'slip', day: '2026-12-09', scores: [3, 3, 3, 2] }),
];

const en: PracticeFormat = {
  score: (n) => formatScore(n, { locale: 'en-US', currency: 'USD' }),
  date: (d) => formatDate(d, 'en-US'),
};

describe('the practice a check-in shows for its plan', () => {
  it('counts only finished, fully scored sessions of the script with the rep since it was assigned; a pass stays a pass', () => {
    const [first, second] = planPractice(plan, [timingWork, priceWork], sessions, '2026-12-20');
    // Price is due first on the same item.
    expect(first).toEqual<CheckInPractice>({
      assignmentId: 'a-price',
      planItemId: 'd-obj',
      skill: 'Handling objections',
      scriptTitle: price.title,
      passMark: 4,
      dueDate: '2026-12-10',
      sessions: 0,
      latest: null,
      best: null,
      passedOn: null,
      status: 'overdue',
    });
    expect(second).toEqual<CheckInPractice>({
      assignmentId: 'a-timing',
      planItemId: 'd-obj',
      skill: 'Handling objections',
      scriptTitle: timing.title,
      passMark: 3.8,
      dueDate: '2026-12-15',
      sessions: 2,
      latest: 2.8,
      best: 3.8,
      passedOn: '2026-12-03',
      status: 'passed',
    });
  });

  it('is not passed yet on the due day itself, and overdue the day after', () => {
    const on = (today: string) => planPractice(plan, [priceWork], sessions, today)[0]?.status;
    expect(on('2026-12-09')).toBe('open');
    expect(on('2026-12-10')).toBe('open');
    expect(on('2026-12-11')).toBe('overdue');
  });

  it('reads a session against the assignment’s pass mark, not the script’s own', () => {
    // (4+3+3+4)/4 = 3.5: the script's own mark of 3.5 would pass it; the assignment asks 3.8.
    const under = scoredSession(timing, { id: 'under', day: '2026-12-04', scores: [4, 3, 3, 4] });
    const [row] = planPractice(plan, [timingWork], [under], '2026-12-16');
    expect(row).toMatchObject({ sessions: 1, latest: 3.5, best: 3.5, passedOn: null, status: 'overdue' });
  });

  it('leaves out practice assigned from another plan, orders by the plan’s items and puts an item taken out of the plan last', () => {
    const rows = planPractice(
      plan,
      [
        assignment({ id: 'gone', planItemId: 'a-removed', createdAt: '2026-11-01T09:00:00.000Z' }),
        assignment({ id: 'second-item', planItemId: 'd-close', dueDate: '2026-12-02' }),
        assignment({ id: 'other-plan', planId: 'p-2' }),
        timingWork,
      ],
      [],
      '2026-12-05',
    );
    expect(rows.map((r) => [r.assignmentId, r.skill])).toEqual([
      ['a-timing', 'Handling objections'],
      ['second-item', ''],
      ['gone', null],
    ]);
    expect(practiceByItem(rows).map((g) => [g.label, g.rows.length])).toEqual([
      ['Handling objections', 1],
      ['Development item', 1],
      ['An item no longer in the plan', 1],
    ]);
    expect(planPractice(plan, [assignment({ id: 'x', planId: 'p-2' })], sessions, '2026-12-05')).toEqual([]);
  });

  it('says each fact in words, as the manager reads dates and scores', () => {
    const [price, timingRow] = planPractice(plan, [timingWork, priceWork], sessions, '2026-12-20');
    expect(practiceWords(timingRow!, en)).toEqual({
      passMark: 'pass mark 3.8 of 5',
      due: 'due Dec 15, 2026',
      sessions: '2 sessions scored since it was assigned: latest 2.8, best 3.8 of 5',
      status: 'Passed on Dec 3, 2026',
    });
    expect(practiceWords(price!, en)).toEqual({
      passMark: 'pass mark 4 of 5',
      due: 'due Dec 10, 2026',
      sessions: 'no session scored since it was assigned',
      status: 'Overdue since Dec 10, 2026',
    });
    const open = { ...price!, status: 'open' as const, sessions: 1, latest: 3, best: 3 };
    expect(practiceWords(open, en)).toMatchObject({
      sessions: 'one session scored since it was assigned: 3 of 5',
      status: 'Not passed yet — due Dec 10, 2026',
    });
    // A German manager reads a decimal comma and German dates.
    const de: PracticeFormat = { score: (n) => formatScore(n, { locale: 'de-DE', currency: 'EUR' }), date: (d) => formatDate(d, 'de-DE') };
    expect(practiceWords(timingRow!, de)).toMatchObject({ passMark: 'pass mark 3,8 of 5', status: 'Passed on 3. Dez. 2026' });
  });
});
