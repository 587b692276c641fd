import { describe, expect, it } from 'vitest';
import { EN_GB, guideInput } from './testing';
import { buildGuideDocument, GUIDE_PRIVACY_NOTE, GUIDE_TITLE } from './guide';
import { documentText, plainText } from './text';
import type { Block, DocumentModel } from './types';

const blocks = (m: DocumentModel, heading: string) => m.sections.find((s) => s.heading === heading)!.blocks;
const first = <K extends Block['kind']>(bs: Block[], kind: K) => bs.find((b): b is Extract<Block, { kind: K }> => b.kind === kind)!;

describe('buildGuideDocument', () => {
  const m = buildGuideDocument(guideInput(), EN_GB);

  it('is marked private in the title area and in the header of every page', () => {
    expect(m.kind).toBe('guide');
    expect(m.title).toBe(GUIDE_TITLE);
    expect(m.subtitle).toBe(GUIDE_PRIVACY_NOTE);
    expect(m.headerNote).toMatch(/Private/u);
    expect(plainText(m.header)).toBe(`Jordan Reyes · ${GUIDE_TITLE} · 22 November 2026`);
  });

  it('names the employee, the manager and the date on one line under the title', () => {
    expect(m.intro).toHaveLength(1);
    expect(m.intro[0]!.kind === 'paragraph' && plainText(m.intro[0]!.runs)).toBe(
      'Employee: Jordan Reyes · Manager: Sam Patel · Date: 22 November 2026',
    );
    // A blank name is said to be missing, not left as an empty gap.
    const unnamed = buildGuideDocument(guideInput({ managerName: '  ' }), EN_GB);
    expect(unnamed.intro[0]!.kind === 'paragraph' && plainText(unnamed.intro[0]!.runs)).toBe(
      'Employee: Jordan Reyes · Manager: not given · Date: 22 November 2026',
    );
  });

  it('has every section in the order of the conversation', () => {
    expect(m.sections.map((s) => s.heading)).toEqual([
      'Timing and agenda',
      'Opening',
      'Talking points',
      'Questions to ask',
      'Pushback and how to respond',
      'Keeping emotional distance',
    ]);
  });

  it('writes the agenda with minutes and the planned total', () => {
    const t = first(blocks(m, 'Timing and agenda'), 'table');
    expect(t.rows.map((r) => r.map(plainText))).toEqual([
      ['1', 'Opening and purpose', '5 mins'],
      ['2', 'The facts', '10 mins'],
      ['3', 'Jordan’s view', '15 mins'],
      ['4', 'Agree the plan', '15 mins'],
      ['5', 'Next steps and signatures', '5 mins'],
    ]);
    expect(plainText(first(blocks(m, 'Timing and agenda'), 'paragraph').runs)).toBe('Planned time: 50 mins');
  });

  it('says when and where the conversation takes place, when the manager set it', () => {
    const g = buildGuideDocument(guideInput({ meeting: { time: '10:00', place: 'Room 3, away from the floor' } }), EN_GB);
    expect(plainText(first(blocks(g, 'Timing and agenda'), 'paragraph').runs)).toBe('When and where: 10:00, Room 3, away from the floor');
    expect(documentText(buildGuideDocument(guideInput({ meeting: { time: ' ', place: '' } }), EN_GB))).not.toContain('When and where');
  });

  it('says when only some steps are timed, and never counts a missing time as zero', () => {
    const g = buildGuideDocument(
      guideInput({
        agenda: [
          { item: 'Open', minutes: 5 },
          { item: 'Listen', minutes: null },
          { item: '', minutes: null },
        ],
      }),
      EN_GB,
    );
    const t = first(blocks(g, 'Timing and agenda'), 'table');
    expect(t.rows.map((r) => r.map(plainText))).toEqual([
      ['1', 'Open', '5 mins'],
      ['2', 'Listen', 'no time set'],
    ]);
    expect(plainText(first(blocks(g, 'Timing and agenda'), 'paragraph').runs)).toBe('Planned time for the 1 timed step of 2: 5 mins');
    const none = buildGuideDocument(
      guideInput({
        agenda: [
          { item: 'Open', minutes: null },
          { item: 'Listen', minutes: null },
        ],
      }),
      EN_GB,
    );
    expect(documentText(none)).not.toContain('Planned time');
    const steps = first(blocks(none, 'Timing and agenda'), 'table');
    expect(steps.header).toEqual(['#', 'Step']);
    expect(steps.rows.map((r) => r.map(plainText))).toEqual([
      ['1', 'Open'],
      ['2', 'Listen'],
    ]);
  });

  it('keeps the opening’s line breaks, numbers points and questions, pairs pushback with responses', () => {
    expect(plainText(first(blocks(m, 'Opening'), 'paragraph').runs)).toContain('agree on a plan.\nI will start');
    expect(first(blocks(m, 'Talking points'), 'list')).toMatchObject({ ordered: true });
    expect(first(blocks(m, 'Questions to ask'), 'list').items).toHaveLength(3);
    const push = first(blocks(m, 'Pushback and how to respond'), 'table');
    expect(push.header).toEqual(['If you hear', 'Respond by']);
    expect(push.rows.map((r) => r.map(plainText))[0]).toEqual([
      'My territory is harder than the others',
      'Acknowledge it, then compare win rates on similar accounts',
    ]);
    expect(first(blocks(m, 'Keeping emotional distance'), 'list')).toMatchObject({ ordered: false });
  });

  it('an empty guide says what is missing in every section and has no empty table', () => {
    const g = buildGuideDocument(
      guideInput({ opening: ' ', talkingPoints: [], questions: [''], pushback: [{ objection: '', approach: ' ' }], reminders: [], agenda: [] }),
      EN_GB,
    );
    for (const s of g.sections) expect(s.blocks.length).toBeGreaterThan(0);
    expect(g.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'table')).toEqual([]);
    expect(documentText(g)).toMatch(/No agenda[\s\S]*No opening[\s\S]*No talking points[\s\S]*No questions[\s\S]*No pushback[\s\S]*No reminders/u);
  });

  it('cleans XML-illegal characters and marks right-to-left names', () => {
    const g = buildGuideDocument(guideInput({ repName: 'יעל\u0000 כהן', opening: 'a\uffffb' }), EN_GB);
    expect(g.header[0]).toEqual({ text: 'יעל כהן', rtl: true });
    expect(documentText(g)).toContain('ab');
  });
});
