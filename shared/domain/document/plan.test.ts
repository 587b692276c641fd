import { describe, expect, it } from 'vitest';
import { EN_GB, EN_US, fullPlanInput, planInput } from './testing';
import { signaturePng } from './testing-png';
import { DocumentInputError } from './format';
import { buildPlanDocument, PLAN_SECTIONS, PLAN_TITLE } from './plan';
import { documentText, plainText } from './text';
import type { Block, DocumentModel, PlanDocumentInput, SignatureBlock, TableBlock } from './types';

const section = (m: DocumentModel, heading: string) => {
  const s = m.sections.find((x) => x.heading === heading);
  if (!s) throw new Error(`no section ${heading}`);
  return s.blocks;
};
const only = <K extends Block['kind']>(blocks: Block[], kind: K) => blocks.filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);
const tableOf = (m: DocumentModel, heading: string): TableBlock => only(section(m, heading), 'table')[0]!;
const signaturesOf = (m: DocumentModel): SignatureBlock => only(section(m, 'Acknowledgement'), 'signatures')[0]!;
const rowText = (t: TableBlock) => t.rows.map((r) => r.map(plainText));

const EMPTY: PlanDocumentInput = planInput({
  hrName: '',
  expectations: [],
  facts: [],
  focusAreas: [],
  actionItems: [],
  milestones: [],
  checkIns: [],
  support: [],
  development: [],
  consequences: '',
  acknowledgement: '',
  signatures: [],
});

describe('buildPlanDocument', () => {
  const model = buildPlanDocument(planInput(), EN_GB);

  it('has every section, in order', () => {
    expect(model.title).toBe(PLAN_TITLE);
    expect(model.sections.map((s) => s.heading)).toEqual([
      'Expectations',
      'Performance facts',
      'Focus areas',
      'Action items',
      'Milestones and check-ins',
      'Support provided',
      'Development plan',
      'Consequences',
      'Guidance already given',
      'At the end of the plan',
      'Acknowledgement',
    ]);
    expect(model.sections.map((s) => s.heading)).toEqual(PLAN_SECTIONS);
  });

  it('says above the facts table what its figures cover; no note over an empty table', () => {
    const said = 'Figures over Aug to Oct 2026. Gap: actual minus expectation.';
    const facts = section(buildPlanDocument(planInput({ factsNote: said }), EN_GB), 'Performance facts');
    expect(facts[0]).toEqual({ kind: 'paragraph', runs: [{ text: said }], tone: 'note' });
    expect(facts[1]?.kind).toBe('table');
    const none = section(buildPlanDocument(planInput({ factsNote: said, facts: [] }), EN_GB), 'Performance facts');
    expect(none.map((b) => (b.kind === 'paragraph' ? plainText(b.runs) : b.kind))).not.toContain(said);
  });

  it('puts the people, date and period at the top and the rep and date in the header', () => {
    const details = only(model.intro, 'details')[0]!;
    expect(details.rows.map((r) => [r.label, plainText(r.value)])).toEqual([
      ['Company', 'Northwind Traders'],
      ['Team', 'Mid-market West'],
      ['Employee', 'Jordan Reyes'],
      ['Manager', 'Sam Patel'],
      ['HR representative', 'Alex Kim'],
      ['Date', '22 November 2026'],
      ['Period reviewed', 'August – October 2026'],
    ]);
    expect(plainText(model.header)).toBe(`Jordan Reyes · ${PLAN_TITLE} · 22 November 2026`);
  });

  it('lists the expectations with their labels', () => {
    const list = only(section(model, 'Expectations'), 'list')[0]!;
    expect(list.items.map(plainText)).toEqual(['Quota: £60,000 won revenue per quarter', 'Meetings: 40 qualified meetings per quarter']);
  });

  it('writes numeric expectations in their unit with their note, and leaves out empty ones', () => {
    const m = buildPlanDocument(
      planInput({
        expectations: [
          { label: 'Win rate', value: 0.25, unit: 'rate', note: 'closed deals' },
          { label: 'Meetings held', value: 40 },
          { label: 'Pipeline coverage', value: null, note: 'set at the next check-in' },
          { label: '', value: null },
        ],
      }),
      EN_GB,
    );
    expect(only(section(m, 'Expectations'), 'list')[0]!.items.map(plainText)).toEqual([
      'Win rate: 25% (closed deals)',
      'Meetings held: 40',
      'Pipeline coverage: set at the next check-in',
    ]);
  });

  it('says when a milestone has no date yet', () => {
    const m = buildPlanDocument(planInput({ milestones: [{ date: null, text: 'Review' }] }), EN_GB);
    expect(rowText(tableOf(m, 'Milestones and check-ins'))).toEqual([['date to be set', 'Review']]);
  });

  it('formats the facts table in the locale, unknown as not available', () => {
    const t = tableOf(model, 'Performance facts');
    expect(t.header).toEqual(['Metric', 'Expectation', 'Actual', 'Gap']);
    expect(rowText(t)).toEqual([
      ['Won revenue', '£60,000', '£41,250', '-£18,750'],
      ['Quota attainment', '100%', '69%', '-31 pts'],
      ['Meetings held', '40', '42', '+2'],
      ['Win rate', '25%', '14%', '-11 pts'],
      ['Median sales cycle', '45 days', '61 days', '+16 days'],
      ['Customer satisfaction', '4.2', 'not available', 'not available'],
    ]);
    expect(t.align).toEqual(['start', 'end', 'end', 'end']);
    const us = tableOf(buildPlanDocument(planInput(), EN_US), 'Performance facts');
    expect(plainText(us.rows[0]![1]!)).toBe('$60,000');
  });

  it('lists focus areas, action items, milestones, check-ins, support', () => {
    expect(only(section(model, 'Focus areas'), 'list')[0]!.items.map(plainText)).toEqual([
      'Qualify opportunities earlier',
      'Move proposals to decision faster',
    ]);
    const actions = tableOf(model, 'Action items');
    expect(actions.header).toEqual(['#', 'Action', 'Measure', 'Baseline', 'Target', 'Deadline', 'Owner']);
    expect(rowText(actions)[0]).toEqual([
      '1',
      'Run a discovery call checklist on every new opportunity',
      'Checklist attached to the opportunity',
      '2 of 10 in October',
      '10 of 10',
      '15 December 2026',
      'Jordan Reyes',
    ]);
    expect(rowText(actions)[2]![5]).toBe('not set');
    expect(rowText(tableOf(model, 'Milestones and check-ins'))).toEqual([
      ['15 December 2026', 'Checklist in use on every new opportunity'],
      ['31 January 2027', 'Win rate back to 20% on the trailing month'],
    ]);
    expect(only(section(model, 'Milestones and check-ins'), 'list')[0]!.items.map(plainText)).toEqual([
      '1 December 2026',
      '15 December 2026',
      '5 January 2027',
    ]);
    expect(only(section(model, 'Support provided'), 'list')[0]!.items.map(plainText)).toEqual([
      'Coaching: A weekly 30-minute deal review with Sam',
      'Training: The negotiation course in January',
    ]);
  });

  it('writes numeric baselines and targets in their unit, and a missing one as not set', () => {
    const m = buildPlanDocument(
      planInput({
        actionItems: [
          { action: 'Win more', measure: 'Win rate', baseline: 0.14, target: 0.25, unit: 'rate', deadline: null, owner: 'J' },
          { action: 'Call more', measure: 'Calls', baseline: 310, target: null, deadline: null, owner: 'J' },
        ],
      }),
      EN_GB,
    );
    expect(rowText(tableOf(m, 'Action items')).map((r) => r.slice(3, 5))).toEqual([
      ['14%', '25%'],
      ['310', 'not set'],
    ]);
  });

  it('writes each development skill with its timeline, activities and resources', () => {
    const text = section(model, 'Development plan').map((b) =>
      b.kind === 'heading'
        ? `# ${plainText(b.text)}`
        : b.kind === 'list'
          ? b.items.map(plainText).join(', ')
          : b.kind === 'paragraph'
            ? plainText(b.runs)
            : b.kind,
    );
    expect(text).toEqual([
      '# Discovery and qualification',
      'Timeline: December to January',
      'Activities',
      'Use the checklist on every call, Record one call a week for review',
      'Resources',
      'Discovery checklist, Call recordings library',
    ]);
  });

  it('keeps the paragraphs of consequences and acknowledgement', () => {
    expect(only(section(model, 'Consequences'), 'paragraph').map((p) => plainText(p.runs))).toHaveLength(2);
    expect(plainText(only(section(model, 'Acknowledgement'), 'paragraph')[0]!.runs)).toMatch(/^I have read this plan/u);
  });

  it('gives employee, manager and HR a signature place, in that order, with lines when unsigned', () => {
    const sig = signaturesOf(model);
    expect(sig.signers.map((s) => [s.label, plainText(s.name), s.date, s.image])).toEqual([
      ['Employee', 'Jordan Reyes', null, undefined],
      ['Manager', 'Sam Patel', null, undefined],
      ['HR representative', 'Alex Kim', null, undefined],
    ]);
  });

  it('carries drawn signatures and signature dates', () => {
    const sig = signaturesOf(buildPlanDocument(fullPlanInput(), EN_GB));
    expect(sig.signers.map((s) => [s.label, s.date, s.image?.width])).toEqual([
      ['Employee', '22 November 2026', 480],
      ['Manager', '22 November 2026', 480],
      ['HR representative', null, undefined],
    ]);
  });

  it('refuses a signature image that is not a PNG, and a role that signs twice', () => {
    const bad = planInput({
      signatures: [{ role: 'rep', name: 'J', date: null, image: { png: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), width: 10, height: 10 } }],
    });
    expect(() => buildPlanDocument(bad, EN_GB)).toThrow(/not a PNG/u);
    const noSize = planInput({ signatures: [{ role: 'rep', name: 'J', date: null, image: { ...signaturePng(), width: 0 } }] });
    expect(() => buildPlanDocument(noSize, EN_GB)).toThrow(/no size/u);
    const twice = planInput({
      signatures: [
        { role: 'rep', name: 'J', date: null },
        { role: 'rep', name: 'K', date: null },
      ],
    });
    expect(() => buildPlanDocument(twice, EN_GB)).toThrow(DocumentInputError);
  });

  it('refuses a date that is not a calendar date, naming the field', () => {
    expect(() => buildPlanDocument(planInput({ checkIns: ['2026-13-01'] }), EN_GB)).toThrow(/Check-in 1: "2026-13-01"/u);
  });

  it('an empty plan still has every section, each saying what is missing, and no empty table', () => {
    const m = buildPlanDocument(EMPTY, EN_GB);
    expect(m.sections).toHaveLength(11);
    for (const s of m.sections) expect(s.blocks.length).toBeGreaterThan(0);
    const blocks = m.sections.flatMap((s) => s.blocks);
    expect(only(blocks, 'table')).toEqual([]);
    const text = documentText(m);
    for (const phrase of [
      'No expectations',
      'No performance figures',
      'No focus areas',
      'No action items',
      'No milestones',
      'No check-in dates',
      'No support',
      'No development plan',
      'No consequences',
      'No acknowledgement',
    ]) {
      expect(text).toContain(phrase);
    }
    expect(only(m.intro, 'details')[0]!.rows.map((r) => r.label)).not.toContain('HR representative');
    // Employee and manager always get their lines, with the names from the plan.
    expect(signaturesOf(m).signers.map((s) => [s.label, plainText(s.name), s.date])).toEqual([
      ['Employee', 'Jordan Reyes', null],
      ['Manager', 'Sam Patel', null],
    ]);
  });

  it('leaves out blank list entries but keeps every real one of an overfull plan', () => {
    const m = buildPlanDocument(fullPlanInput(50, 60), EN_GB);
    expect(tableOf(m, 'Action items').rows).toHaveLength(50);
    expect(plainText(tableOf(m, 'Action items').rows[49]![0]!)).toBe('50');
    expect(tableOf(m, 'Performance facts').rows).toHaveLength(60);
    const sparse = buildPlanDocument(planInput({ focusAreas: ['one', '  ', '', 'two'] }), EN_GB);
    expect(only(section(sparse, 'Focus areas'), 'list')[0]!.items.map(plainText)).toEqual(['one', 'two']);
  });

  it('keeps newlines as line breaks and removes XML-illegal characters everywhere', () => {
    const m = buildPlanDocument(
      planInput({
        repName: 'Jordan\u0000 Reyes\uffff',
        focusAreas: ['First line\nsecond line'],
        actionItems: [{ action: 'Call\r\nback\u0007', measure: 'm\ufffe', baseline: 'b', target: 't', deadline: null, owner: 'o' }],
        consequences: 'one\u0001\n\ntwo',
      }),
      EN_GB,
    );
    const text = documentText(m);
    // eslint-disable-next-line no-control-regex -- the test looks for exactly these
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/u);
    expect(plainText(m.header)).toMatch(/^Jordan Reyes ·/u);
    expect(only(section(m, 'Focus areas'), 'list')[0]!.items[0]).toEqual([{ text: 'First line' }, { break: true }, { text: 'second line' }]);
    expect(rowText(tableOf(m, 'Action items'))[0]!.slice(1, 3)).toEqual(['Call\nback', 'm']);
    expect(only(section(m, 'Consequences'), 'paragraph').map((p) => plainText(p.runs))).toEqual(['one', 'two']);
  });

  it('lets very long names wrap and keeps every letter', () => {
    const long = 'Maximiliana'.repeat(12);
    const m = buildPlanDocument(planInput({ repName: long }), EN_GB);
    const employee = plainText(only(m.intro, 'details')[0]!.rows[2]!.value);
    expect(employee.replace(/\u200b/gu, '')).toBe(long);
    expect(employee).toContain('\u200b');
  });

  it('marks right-to-left names so they read correctly', () => {
    const m = buildPlanDocument(planInput({ repName: 'مریم احمدی', managerName: 'דנה לוי' }), EN_GB);
    const rows = only(m.intro, 'details')[0]!.rows;
    expect(rows[2]!.value).toEqual([{ text: 'مریم احمدی', rtl: true }]);
    expect(rows[3]!.value).toEqual([{ text: 'דנה לוי', rtl: true }]);
    expect(m.header[0]).toEqual({ text: 'مریم احمدی', rtl: true });
  });
});
