import { describe, expect, it } from 'vitest';
import { coachWording } from './coach';
import { ConversationBankError, RAW_BANKS, loadConversationBanks, managerTexts, parseConversationBanks } from './banks';

const clone = (): Record<string, unknown[]> => structuredClone(RAW_BANKS) as Record<string, unknown[]>;
const problemsOf = (raw: unknown): string[] => {
  try {
    parseConversationBanks(raw);
  } catch (e) {
    expect(e).toBeInstanceOf(ConversationBankError);
    expect((e as Error).name).toBe('ConversationBankError');
    return (e as ConversationBankError).problems;
  }
  throw new Error('expected the banks to be rejected');
};

describe('loadConversationBanks', () => {
  it('loads and validates the shipped banks', () => {
    const b = loadConversationBanks();
    expect(b.pushback.length).toBeGreaterThanOrEqual(20);
    expect(b.questions.length).toBeGreaterThan(20);
    expect(loadConversationBanks()).toBe(b);
  });

  it('the pushback library holds the objections managers meet most', () => {
    const ids = loadConversationBanks().pushback.map((p) => p.id);
    for (const id of [
      'bad-territory',
      'bad-leads',
      'admin-load',
      'about-to-close',
      'quota-unrealistic',
      'did-not-know',
      'micromanaging',
      'others-same',
      'silence',
      'tears',
      'anger',
    ])
      expect(ids).toContain(id);
  });

  it('every talking point cites its number against the benchmark and says what it leads to', () => {
    for (const t of loadConversationBanks().talkingPoints) {
      expect(t.text).toContain('{value}');
      expect(t.text).toContain('{benchmark}');
      if (t.when === 'below') expect(t.text).toContain('({gap})');
      // A second sentence: the behaviour → outcome link.
      expect({ id: t.id, sentences: t.text.split(/(?<=\.) /).length >= 2 }).toEqual({ id: t.id, sentences: true });
    }
  });

  it('every text a manager reads or says passes the wording coach', () => {
    const texts = managerTexts(loadConversationBanks());
    const flagged = texts
      .map((t) => ({ t, flags: coachWording(t).flags.map((f) => `${f.kind}:${t.slice(f.start, f.end)}`) }))
      .filter((x) => x.flags.length > 0);
    expect(flagged).toEqual([]);
  });
});

describe('parseConversationBanks rejects bad data with a named error', () => {
  it('not an object', () => {
    expect(problemsOf(null)[0]).toMatch(/expected object/i);
  });
  it('an unknown placeholder, with the path to it', () => {
    const raw = clone();
    (raw.talkingPoints![0] as { text: string }).text = 'Meetings: {value} against {target}';
    const p = problemsOf(raw);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^talkingPoints\[0\]\.text: unknown placeholder \{target\}/);
  });
  it('a placeholder a bank may not use (a number in a question)', () => {
    const raw = clone();
    (raw.questions![0] as { text: string }).text = 'Why were meetings {value}?';
    expect(problemsOf(raw)[0]).toMatch(/^questions\[0\]\.text: unknown placeholder \{value\}/);
  });
  it('an unbalanced brace', () => {
    const raw = clone();
    (raw.reminders![0] as { text: string }).text = 'Stay calm {repName';
    expect(problemsOf(raw)[0]).toMatch(/unbalanced brace/);
  });
  it('a duplicate id', () => {
    const raw = clone();
    raw.pushback!.push(raw.pushback![0]);
    expect(problemsOf(raw).join()).toMatch(/duplicate id "bad-territory"/);
  });
  it('fewer than 20 objections', () => {
    const raw = clone();
    raw.pushback = raw.pushback!.slice(0, 19);
    expect(problemsOf(raw).join()).toMatch(/at least 20 objections/);
  });
  it('an unknown verdict or support kind', () => {
    const raw = clone();
    (raw.openings![0] as { verdicts: string[] }).verdicts = ['lazy'];
    (raw.support![0] as { kind: string }).kind = 'pep-talk';
    const p = problemsOf(raw);
    expect(p.some((x) => x.startsWith('openings[0].verdicts[0]'))).toBe(true);
    expect(p.some((x) => x.startsWith('support[0].kind'))).toBe(true);
  });
  it('a missing bank', () => {
    const raw = clone();
    delete (raw as Record<string, unknown>).development;
    expect(problemsOf(raw)[0]).toMatch(/^development:/);
  });
  it('a weak stage with no development entry', () => {
    const raw = clone();
    raw.development = raw.development!.filter((d) => (d as { stage: string }).stage !== 'deal-size');
    expect(problemsOf(raw)).toEqual(['development: none for "deal-size"']);
  });
  it('a diagnosis with no opening', () => {
    const raw = clone();
    raw.openings = raw.openings!.filter((o) => (o as { id: string }).id !== 'open-skill');
    expect(problemsOf(raw)).toEqual(['openings: none for "skill"']);
  });
  it('the message lists the first problems', () => {
    const raw = clone();
    raw.pushback = [];
    expect(() => parseConversationBanks(raw)).toThrow(/^The conversation banks are not valid: pushback: .*20/);
  });
});
