import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGuideDocument, buildPlanDocument } from '../document';
import { readDocxParts, renderDocx } from '@shared/export/docx';
import type { Plan } from '@shared/schemas/plan';
import { base64ToBytes, bytesToBase64 } from './base64';
import { toGuideInput, toPlanDocumentInput } from './document';
import { samplePlan } from './testing';

const NOW = new Date('2026-11-20T10:00:00Z');
const OPTS = { locale: 'en-US', currency: 'USD' };

const plan = (): Promise<Plan> => samplePlan('Farid Haddad', NOW, { status: 'held' });

describe('plan → document inputs', () => {
  it('a fact’s gap adds up with the rounded figures beside it (70.6 days against 57.44: +14, not +13.16)', async () => {
    const p = await plan();
    const cycle = p.snapshot.metrics.find((m) => m.key === 'cycleDaysMedian')!;
    Object.assign(cycle, { value: 70.6, expectation: 57.44, benchmark: 57.44 });
    const deal = p.snapshot.metrics.find((m) => m.key === 'dealSize')!;
    Object.assign(deal, { value: 1422.94, expectation: 2535.55, benchmark: 2535.55 });
    const facts = toPlanDocumentInput(p, { date: '2026-11-24' }).facts;
    expect(facts.find((f) => f.metric.startsWith('Cycle days'))?.gap).toBe(71 - 57);
    expect(facts.find((f) => f.metric.startsWith('Average deal size'))?.gap).toBe(1423 - 2536);
  });

  it('the rep plan carries the snapshot’s numbers, the SMART items and both signers', async () => {
    const p = await plan();
    p.content.document = { company: 'Acme', team: 'East', hrName: '' };
    const input = toPlanDocumentInput(p, { date: '2026-11-24' });
    expect(input).toMatchObject({
      repName: 'Farid Haddad',
      managerName: 'Sam Lee',
      periodLabel: 'Aug to Oct 2026',
      focusAreas: ['Win rate (won ÷ closed)'],
    });
    expect(input.facts[0]).toMatchObject({ metric: 'Win rate (won ÷ closed), against the AE target', unit: 'rate', expectation: 0.25 });
    // The gap is the difference of the two figures printed beside it: 12% against 25%, −13 points.
    expect(input.facts[0]?.gap).toBe(-0.13);
    expect(input.factsNote).toBe(
      'Figures over Aug to Oct 2026: counts and amounts are totals for the 3 months; rates, averages and medians are for the period as a whole. Gap: actual minus expectation.',
    );
    // One number for one fact: the action item's baseline is the facts table's value (the window's 6 wins of 51 closed).
    expect(input.actionItems[0]?.baseline).toBe(input.facts[0]?.actual);
    expect(input.actionItems).toEqual([
      {
        action: 'Raise win rate (won ÷ closed) from 12% to 25%, the AE target',
        measure: 'Win rate (won ÷ closed)',
        baseline: 6 / 51,
        target: 0.25,
        unit: 'rate',
        deadline: '2027-02-22',
        owner: 'Farid Haddad',
      },
    ]);
    expect(input.checkIns).toHaveLength(6);
    // Each standard once: not the quota twice, not calls + emails beside calls and emails.
    expect(input.facts.map((f) => f.metric.split(', against ')[0])).not.toContain('Quota');
    expect(input.facts.map((f) => f.metric.split(', against ')[0])).toContain('Won revenue');
    // One win rate: the one measured (won ÷ closed), not the unmeasured won ÷ created beside it.
    expect(input.facts.map((f) => f.metric.split(', against ')[0])).not.toContain('Opportunity → win');
    expect(input.signatures.map((s) => [s.role, s.name, s.date])).toEqual([
      ['rep', 'Farid Haddad', null],
      ['manager', 'Sam Lee', null],
    ]);
    // Unknown stays unknown in the document too.
    expect(input.facts.every((f) => f.actual !== 0 || f.metric === 'Complaints')).toBe(true);
  });

  it('a drawn signature travels as PNG bytes; HR signs when named', async () => {
    const p = await plan();
    const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3]);
    p.signatures = [{ role: 'rep', name: '', date: '2026-11-24', pngBase64: bytesToBase64(png), width: 300, height: 100 }];
    p.content.document.hrName = 'Kim Ng';
    const input = toPlanDocumentInput(p, { date: '2026-11-24' });
    expect(input.signatures.map((s) => s.role)).toEqual(['rep', 'manager', 'hr']);
    expect(input.signatures[0]).toEqual({ role: 'rep', name: 'Farid Haddad', date: '2026-11-24', image: { png, width: 300, height: 100 } });
  });

  it('a milestone without a date goes into the document as such, not dropped', async () => {
    const p = await plan();
    p.content.milestones.push({ id: 'x', date: null, text: 'Shadow a senior rep' });
    expect(toPlanDocumentInput(p, { date: '2026-11-24' }).milestones).toContainEqual({ date: null, text: 'Shadow a senior rep' });
  });

  it('no private preparation reaches the rep’s Word file; all of it reaches the guide', async () => {
    const p = await plan();
    const S = (n: string) => `PRIVATE-SENTINEL-${n}`;
    p.content.opening = S('opening');
    p.content.talkingPoints = [{ id: 't', text: S('point'), metricKey: null, kind: 'own', included: true }];
    p.content.questions = [{ id: 'q', text: S('question'), gap: 'own', included: true }];
    p.content.pushback = [{ id: 'b', objection: S('objection'), repLine: S('repline'), approach: S('approach'), included: true, own: true }];
    p.content.reminders = [S('reminder')];
    p.content.rehearsal = [{ objectionId: 'b', reply: S('reply') }];
    p.content.diagnosis.overrideReason = S('override');
    p.content.diagnosis.systemFixes = [{ id: 's', sign: S('sign'), ownPart: S('ownpart') }];
    p.content.diagnosis.obstacles = [{ id: 'o', kind: 'other', note: S('obstacle') }];
    p.content.meeting.note = S('meeting');
    // The wins box is not private: what is going well is said to the rep and written in their plan.
    p.content.acknowledgements = 'Closed Northwind for $14,200 in October by mapping every stakeholder first.';
    const bytes = await renderDocx(buildPlanDocument(toPlanDocumentInput(p, { date: '2026-11-24' }), OPTS));
    const xml = Object.values(await readDocxParts(bytes)).join('\n');
    expect(xml).toContain('Farid Haddad');
    expect(xml).not.toContain('PRIVATE-SENTINEL');
    expect(xml).toContain('What is going well');
    expect(xml).toContain('Closed Northwind for $14,200 in October by mapping every stakeholder first.');
    const guide = JSON.stringify(buildGuideDocument(toGuideInput(p, { date: '2026-11-24' }), OPTS));
    // Everything the manager wrote reaches the guide: the wins box, their diagnosis, their own part to fix and the meeting note too.
    expect(guide).toContain('Closed Northwind for $14,200 in October by mapping every stakeholder first.');
    for (const n of ['opening', 'point', 'question', 'objection', 'approach', 'reminder', 'override', 'sign', 'ownpart', 'obstacle', 'meeting'])
      expect(guide).toContain(S(n));
  });

  it('the guide opens with a short facts box: the same facts, the same numbers as the rep’s plan', async () => {
    const p = await plan();
    const guide = toGuideInput(p, { date: '2026-11-24' });
    expect(guide.facts).toEqual(toPlanDocumentInput(p, { date: '2026-11-24' }).facts);
    expect(guide.facts?.[0]).toMatchObject({
      metric: 'Win rate (won ÷ closed), against the AE target',
      actual: p.snapshot.metrics.find((m) => m.key === 'closedWinRate')?.value,
    });
    const model = buildGuideDocument(guide, OPTS);
    expect(model.sections[0]?.heading).toBe('The facts, Aug to Oct 2026');
    expect(JSON.stringify(model.sections[0])).toContain('12%');
  });

  it('the guide says "uninterrupted" only about a place the manager named; review dates read as dates', async () => {
    const p = await plan();
    p.content.meeting = { date: null, time: '', place: '', uninterrupted: true, note: '' };
    expect(toGuideInput(p, { date: '2026-11-24' }).meeting).toEqual({ time: '', place: '' });
    const empty = buildGuideDocument(toGuideInput(p, { date: '2026-11-24' }), OPTS);
    expect(JSON.stringify(empty)).not.toMatch(/uninterrupted|When and where/u);
    p.content.meeting = { date: null, time: '10:00', place: 'Room 4', uninterrupted: true, note: '' };
    expect(toGuideInput(p, { date: '2026-11-24' }).meeting).toEqual({ time: '10:00', place: 'Room 4 (uninterrupted)' });
    p.content.meeting.uninterrupted = false;
    expect(toGuideInput(p, { date: '2026-11-24' }).meeting).toEqual({ time: '10:00', place: 'Room 4' });

    p.content.development = [
      { id: 'd', skill: 'Closing', activities: [], resources: [], timeline: 'Over the next 90 days', reviewDate: '2027-01-22' },
    ];
    expect(toPlanDocumentInput(p, { date: '2026-11-24' }).development[0]?.timeline).toBe('Over the next 90 days, review on January 22, 2027');
    expect(toPlanDocumentInput(p, { date: '2026-11-24', locale: 'en-GB' }).development[0]?.timeline).toBe(
      'Over the next 90 days, review on 22 January 2027',
    );
  });

  it('base64 round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (b) => {
        expect(base64ToBytes(bytesToBase64(b))).toEqual(b);
      }),
    );
    expect(bytesToBase64(new TextEncoder().encode('Man'))).toBe('TWFu');
    expect(bytesToBase64(new TextEncoder().encode('Ma'))).toBe('TWE=');
  });
});
