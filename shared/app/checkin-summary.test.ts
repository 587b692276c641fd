import { describe, expect, it } from 'vitest';
import { checkInSchedule } from '../domain/checkin';
import { documentFileName, documentText } from '../domain/document';
import { samplePlan } from '../domain/plan/testing';
import { renderDocx, readDocxParts, xmlText } from '../export/docx';
import type { CheckIn } from '../schemas';
import { checkInItem, practiceRow } from '../domain/checkin/testing';
import { checkInSummaryDocument, statusText } from './checkin-summary';

const row: CheckIn = {
  id: 'c1',
  planId: 'p1',
  repId: 'r1',
  dueDate: '2026-12-15',
  heldDate: '2026-12-16',
  notes: 'Held by phone.',
  itemStatuses: [],
  wins: [],
  slot: 0,
  items: [
    checkInItem({
      metricKey: 'closedWinRate',
      status: 'at-risk',
      reason: 'two of the wins were renewals',
      word: 'Keep the checklist on every call.',
    }),
  ],
  newItems: [
    { id: 'n1', action: 'Shadow two demos with Ben', metricKey: null, baseline: null, target: null, deadline: '2027-01-08', owner: 'Farid Haddad' },
  ],
  facts: { takenAt: '2026-12-16T15:00:00.000Z', asOf: '2026-12-16', latestPeriod: '2026-11', latestIncomplete: false, series: [] },
  recordedAt: '2026-12-16T15:00:00.000Z',
};

describe('the check-in summary for the rep', () => {
  it('says the status that counts, and where the manager differs, the computed one and why', () => {
    expect(statusText({ status: null, computed: 'on-track', reason: '' })).toBe('On track');
    expect(statusText({ status: 'at-risk', computed: 'on-track', reason: 'two of the wins were renewals' })).toBe(
      'At risk (computed: on track; two of the wins were renewals)',
    );
  });

  it('holds the numbers as people write them, the words, the new items and the next check-in, and opens as a Word file', async () => {
    const p = await samplePlan('Farid Haddad', new Date('2026-11-20T09:00:00Z'), { status: 'signed' });
    const plan = { ...p, content: { ...p.content, managerName: 'Sam Lee', checkIns: { startDate: '2026-12-01', everyDays: 14, count: 3 } } };
    const model = checkInSummaryDocument(plan, row, checkInSchedule(plan, [row], '2026-12-16'), { locale: 'en-US', currency: null });
    const text = documentText(model);
    for (const expected of [
      'Farid Haddad',
      'Sam Lee',
      'December 16, 2026',
      '12%',
      '18%',
      '27%',
      'At risk (computed: on track; two of the wins were renewals)',
      'Keep the checklist on every call.',
      'Shadow two demos with Ben',
      'January 8, 2027',
      'Held by phone.',
      'Measured on December 16, 2026 on the data up to Nov 2026.',
      // The next check-in after the one held: 29 Dec.
      'December 29, 2026',
    ])
      expect(text).toContain(expected);
    const bytes = await renderDocx(model);
    expect(xmlText(readDocxParts(bytes)['word/document.xml'] ?? '')).toContain('Keep the checklist on every call.');
    expect(documentFileName('2026-12-16', 'Farid Haddad', 'checkin')).toBe('2026-12-16 Farid Haddad - Check-in Summary.docx');
    // The check-in kept no practice (recorded before it was kept): the section is left out.
    expect(text).not.toContain('Role-play practice');
  });

  it('lists the role-play practice the check-in kept, in the document’s dates, and leaves the section out when none was assigned', async () => {
    const p = await samplePlan('Farid Haddad', new Date('2026-11-20T09:00:00Z'), { status: 'signed' });
    const plan = { ...p, content: { ...p.content, checkIns: { startDate: '2026-12-01', everyDays: 14, count: 3 } } };
    const practice = [
      practiceRow({
        skill: 'Handling price objections',
        scriptTitle: 'Price objection: the budget',
        passMark: 3.8,
        sessions: 2,
        latest: 3.4,
        best: 3.8,
        passedOn: '2026-12-08',
        status: 'passed',
      }),
      practiceRow({ assignmentId: 'a2', skill: null, scriptTitle: 'Timing objection', passMark: 4, dueDate: '2026-12-10', status: 'overdue' }),
    ];
    const withPractice = { ...row, facts: { ...row.facts!, practice } };
    const model = checkInSummaryDocument(plan, withPractice, checkInSchedule(plan, [withPractice], '2026-12-16'), {
      locale: 'en-US',
      currency: null,
    });
    const section = model.sections.find((s) => s.heading === 'Role-play practice');
    expect(section && documentText({ ...model, intro: [], sections: [section] })).toContain(
      'Price objection: the budget (Handling price objections): pass mark 3.8 of 5; due December 15, 2026; 2 sessions scored since it was assigned: latest 3.4, best 3.8 of 5. Passed on December 8, 2026.',
    );
    expect(documentText(model)).toContain(
      'Timing objection (An item no longer in the plan): pass mark 4 of 5; due December 10, 2026; no session scored since it was assigned. Overdue since December 10, 2026.',
    );
    const xml = xmlText(readDocxParts(await renderDocx(model))['word/document.xml'] ?? '');
    expect(xml).toContain('Role-play practice');
    expect(xml).toContain('no session scored since it was assigned. Overdue since December 10, 2026.');
    // Between what was said about each item and the notes.
    expect(model.sections.map((s) => s.heading).slice(1, 4)).toEqual(['What we said about each', 'Role-play practice', 'Notes']);
    const none = { ...row, facts: { ...row.facts!, practice: [] } };
    const plain = checkInSummaryDocument(plan, none, checkInSchedule(plan, [none], '2026-12-16'), { locale: 'en-US', currency: null });
    expect(plain.sections.map((s) => s.heading)).not.toContain('Role-play practice');
  });
});
