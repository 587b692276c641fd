import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roleplayScriptSchema, roleplaySkillSchema, type RoleplayScript, type RoleplaySession, weakStageSchema } from '@shared/schemas';
import {
  copyScript,
  filterScripts,
  formatElapsed,
  freeId,
  scriptFileName,
  loadLibrary,
  newSession,
  findSameScript,
  parseScriptFile,
  practiceForItem,
  sessionResult,
  skillHistory,
  slugify,
  suggestScripts,
  toScriptFile,
} from './index';

const DIR = join(import.meta.dirname, '../../../resources/roleplay');
const sources = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((file) => ({ file, text: readFileSync(join(DIR, file), 'utf8') }));
const library = loadLibrary(sources);
const byId = (id: string) => {
  const s = library.scripts.find((x) => x.id === id);
  if (!s) throw new Error(`no script ${id}`);
  return s;
};
const clone = (s: RoleplayScript): RoleplayScript => JSON.parse(JSON.stringify(s)) as RoleplayScript;

describe('the shipped library', () => {
  it('loads every file with no problem', () => {
    expect(library.problems).toEqual([]);
    expect(library.scripts.length).toBe(sources.length);
    expect(library.scripts.length).toBeGreaterThanOrEqual(12);
  });

  it('covers every skill the issue names, and each file is named after its id', () => {
    const skills = new Set(library.scripts.map((s) => s.skill));
    for (const k of roleplaySkillSchema.options) expect(skills, k).toContain(k);
    for (const { file, text } of sources) expect(file).toBe(`${(JSON.parse(text) as { id: string }).id}.json`);
    const titles = library.scripts.map((s) => s.title.toLowerCase()).join(' | ');
    for (const word of ['price', 'timing', 'competitor', 'send me', 'status quo']) expect(titles).toContain(word);
  });

  it('every weak stage has at least one suggested script', () => {
    for (const stage of weakStageSchema.options) expect(suggestScripts(library.scripts, stage, 'skill').skill.length, stage).toBeGreaterThan(0);
  });

  it('has rubrics of 4–8 criteria, each anchored at 1, 3 and 5 with distinct descriptions', () => {
    for (const s of library.scripts) {
      expect(s.rubric.criteria.length).toBeGreaterThanOrEqual(4);
      expect(s.rubric.criteria.length).toBeLessThanOrEqual(8);
      for (const c of s.rubric.criteria) expect(new Set([c.anchors['1'], c.anchors['3'], c.anchors['5']]).size).toBe(3);
    }
  });
});

describe('loadLibrary names a bad file with its reason', () => {
  const good = sources[0]!;
  const broken = (mutate: (s: Record<string, unknown>) => void) => {
    const json = JSON.parse(good.text) as Record<string, unknown>;
    mutate(json);
    return JSON.stringify(json);
  };

  it('not JSON', () => {
    const lib = loadLibrary([{ file: 'bad.json', text: '{ nope' }]);
    expect(lib.scripts).toEqual([]);
    expect(lib.problems[0]?.file).toBe('bad.json');
    expect(lib.problems[0]?.reason).toMatch(/not valid JSON/);
  });

  it('too few rubric criteria', () => {
    const text = broken((j) => {
      const rubric = j.rubric as { criteria: unknown[] };
      rubric.criteria = rubric.criteria.slice(0, 3);
    });
    expect(loadLibrary([{ file: 'short.json', text }]).problems).toEqual([
      { file: 'short.json', reason: 'the rubric, the criteria: A rubric needs at least 4 criteria' },
    ]);
  });

  it('a missing anchor, an unknown stage, a pass mark out of range', () => {
    const text = broken((j) => {
      const c = (j.rubric as { criteria: { anchors: Record<string, string> }[] }).criteria[0]!;
      delete c.anchors['3'];
      j.stage = 'closing-time';
      (j.rubric as { passMark: number }).passMark = 7;
    });
    const reason = loadLibrary([{ file: 'x.json', text }]).problems[0]?.reason ?? '';
    expect(reason).toContain('the funnel stage: should be one of “prospecting”');
    expect(reason).toContain('rubric criterion 1, what a 3 looks like: is missing');
    expect(reason).toContain('the rubric, the pass mark: The pass mark is an average from 1 to 5');
  });

  it('duplicate step ids inside a script, and the same id in two files', () => {
    const dupSteps = broken((j) => {
      const steps = j.steps as { id: string }[];
      steps[1]!.id = steps[0]!.id;
    });
    expect(loadLibrary([{ file: 'd.json', text: dupSteps }]).problems[0]?.reason).toMatch(/step 2, the id: Two steps share the id/);
    const twice = loadLibrary([
      { file: 'a.json', text: good.text },
      { file: 'b.json', text: good.text },
    ]);
    expect(twice.scripts).toHaveLength(1);
    expect(twice.problems).toEqual([{ file: 'b.json', reason: expect.stringContaining('already used by a.json') as unknown as string }]);
  });

  it('a custom script cannot pose as a shipped one', () => {
    const text = broken((j) => {
      j.origin = 'custom';
    });
    expect(loadLibrary([{ file: 'c.json', text }]).problems[0]?.reason).toMatch(/origin/);
  });
});

describe('script files', () => {
  it('round-trip: export then import gives the same script, as a custom one', () => {
    const s = byId('objection-price');
    const back = parseScriptFile(toScriptFile(s));
    expect(back.ok && back.value).toEqual({ ...s, origin: 'custom' });
  });

  it('refuses a file that is not a script file, with a reason', () => {
    const wrong = parseScriptFile(JSON.stringify({ hello: 1 }));
    expect(!wrong.ok && wrong.error.message).toMatch(/not a Candor role-play script file/);
    const newer = parseScriptFile(JSON.stringify({ format: 'candor-roleplay-script', version: 2, script: {} }));
    expect(!newer.ok && newer.error.message).toMatch(/newer Candor/);
    expect(parseScriptFile('garbage').ok).toBe(false);
  });

  it('a plain script (no wrapper, as in resources/) is read, not refused as from a newer Candor', () => {
    const s = byId('objection-price');
    const back = parseScriptFile(JSON.stringify(s));
    expect(back.ok && back.value).toEqual({ ...s, origin: 'custom' });
    const { origin: _o, updatedAt: _u, ...bare } = s;
    expect(parseScriptFile(JSON.stringify(bare)).ok).toBe(true);
  });

  it('a broken script is explained in the words of the form, never as a validator path', () => {
    const s = byId('objection-price');
    const broken = JSON.parse(toScriptFile(s)) as {
      script: { rubric: { criteria: { anchors: Record<string, unknown> }[] }; steps: { branches: { buyer: unknown }[] }[] };
    };
    delete broken.script.rubric.criteria[0]!.anchors['3'];
    broken.script.steps[1]!.branches[0]!.buyer = 7;
    const r = parseScriptFile(JSON.stringify(broken));
    const message = !r.ok ? r.error.message : '';
    expect(message).toContain('Step 2, other line 1, the buyer’s line: should be text');
    expect(message).toContain('rubric criterion 1, what a 3 looks like: is missing');
    expect(message).not.toMatch(/script\.|criteria\.0|Invalid input/);
  });

  it('the same script imported twice is recognised, under its id or another', () => {
    const s = byId('objection-price');
    const again = { ...s, origin: 'custom' as const, updatedAt: '2026-12-02T10:00:00.000Z' };
    expect(findSameScript(again, library.scripts)?.id).toBe('objection-price');
    expect(findSameScript({ ...again, id: 'renamed' }, library.scripts)?.id).toBe('objection-price');
    expect(findSameScript({ ...again, title: 'Price, changed' }, library.scripts)).toBeNull();
  });

  it('a copy is custom, under a free id, and does not share objects with the original', () => {
    const s = byId('closing-ask-for-commitment');
    const taken = new Set(library.scripts.map((x) => x.id));
    const c = copyScript(s, taken, '2026-12-01T09:00:00.000Z');
    expect(c.id).toBe('closing-ask-for-commitment-copy');
    expect(c.origin).toBe('custom');
    expect(roleplayScriptSchema.safeParse(c).success).toBe(true);
    c.steps[0]!.buyer = 'changed';
    expect(s.steps[0]!.buyer).not.toBe('changed');
    expect(freeId('a', new Set(['a', 'a-copy']))).toBe('a-copy-2');
  });

  it('a coach’s own script is exported under the slug of its whole title, a library script under its id', () => {
    const own = { id: 'price-objection-for-renewal-0b8f3c3e-2a7d-4c55-9d7e-5a1f0c9e8b21', title: 'Price objection for renewals' };
    expect(scriptFileName(own, 'json')).toBe('price-objection-for-renewals.json');
    expect(scriptFileName({ id: 'objection-price', title: 'Price objection' }, 'json')).toBe('objection-price.json');
  });

  it('slugify gives a valid id for any title', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (title) => {
        expect(/^[a-z0-9][a-z0-9-]*$/.test(slugify(title))).toBe(true);
        expect(slugify(title).length).toBeLessThanOrEqual(50);
      }),
    );
    expect(slugify('Price objection: “Too much”!')).toBe('price-objection-too-much');
  });
});

describe('suggestions from the diagnosis', () => {
  const ids = (xs: readonly RoleplayScript[]) => xs.map((s) => s.id);

  it('opportunity → win: closing, then that stage’s objections, then negotiation; no objection of another stage', () => {
    const { skill, effort } = suggestScripts(library.scripts, 'opportunity-to-win', 'skill');
    expect(skill.map((s) => s.skill)).toEqual(['closing', 'objection-handling', 'objection-handling', 'negotiation']);
    expect(ids(skill)).toContain('negotiation-discount-request');
    // Objection scripts set at other stages (send me information, status quo, timing) are not borrowed.
    for (const s of skill.filter((x) => x.skill === 'objection-handling')) expect(s.stage).toBe('opportunity-to-win');
    expect(effort).toEqual([]);
  });

  it('every script that fits is suggested: none is cut off', () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ ...byId('closing-ask-for-commitment'), id: `closing-${i}`, title: `Closing ${i}` }));
    const { skill } = suggestScripts([...library.scripts, ...many], 'opportunity-to-win', 'skill');
    expect(skill).toHaveLength(4 + 9);
  });

  it('a mixed gap gets scripts for its effort half too; an effort gap only those', () => {
    const mixed = suggestScripts(library.scripts, 'meeting-to-opportunity', 'mixed');
    expect(new Set(mixed.skill.map((s) => s.skill))).toEqual(new Set(['discovery', 'qualification', 'demo', 'objection-handling']));
    expect(ids(mixed.effort)).toEqual(['prospecting-cold-call', 'gatekeeper-front-desk', 'objection-send-info']);
    const effort = suggestScripts(library.scripts, 'meeting-to-opportunity', 'effort');
    expect(effort.skill).toEqual([]);
    expect(ids(effort.effort)).toEqual(ids(mixed.effort));
    // A mixed gap at prospecting does not list the same script twice.
    const both = suggestScripts(library.scripts, 'prospecting', 'mixed');
    expect(both.effort).toEqual([]);
    expect(ids(both.skill)).toEqual(['prospecting-cold-call', 'gatekeeper-front-desk', 'objection-send-info']);
  });

  it('no weak stage, no suggestion', () => {
    expect(suggestScripts(library.scripts, null, 'on-track')).toEqual({ skill: [], effort: [] });
  });

  it('filters combine', () => {
    const f = filterScripts(library.scripts, { stage: 'opportunity-to-win', skill: 'objection-handling' });
    expect(f.length).toBeGreaterThan(0);
    for (const s of f) expect([s.stage, s.skill]).toEqual(['opportunity-to-win', 'objection-handling']);
    expect(filterScripts(library.scripts, { difficulty: 'advanced' }).every((s) => s.difficulty === 'advanced')).toBe(true);
    expect(filterScripts(library.scripts, { text: 'QUANTIX' }).map((s) => s.id)).toEqual(['objection-competitor']);
    expect(filterScripts(library.scripts, {})).toHaveLength(library.scripts.length);
  });
});

describe('session result', () => {
  const script = byId('closing-ask-for-commitment');
  const start = newSession(script, 'rep-1', 's-1', new Date('2026-12-01T09:00:00Z'));
  const withScores = (scores: number[]): RoleplaySession => ({
    ...start,
    scores: Object.fromEntries(script.rubric.criteria.map((c, i) => [c.id, scores[i]]).filter(([, v]) => v !== undefined)) as Record<string, number>,
  });

  it('nothing scored: no average, no verdict, every criterion missing (unknown is not zero)', () => {
    const r = sessionResult(start);
    expect(r).toMatchObject({ scored: 0, total: 4, average: null, passed: null });
    expect(r.missing).toHaveLength(4);
  });

  it('partly scored: an average of what is scored, but no pass or fail yet', () => {
    const r = sessionResult(withScores([5, 5]));
    expect(r).toMatchObject({ scored: 2, average: 5, passed: null });
  });

  it('passes at the mark, fails just under it', () => {
    expect(script.rubric.passMark).toBe(3.5);
    expect(sessionResult(withScores([4, 3, 4, 3])).passed).toBe(true); // 3.5
    expect(sessionResult(withScores([4, 3, 3, 3])).passed).toBe(false); // 3.25 → 3.3
  });

  it('property: the average lies between the lowest and highest score, and pass ⇔ average ≥ mark', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 }), fc.integer({ min: 10, max: 50 }), (scores, mark10) => {
        const s = withScores(scores);
        s.script = { ...clone(script), rubric: { ...script.rubric, passMark: mark10 / 10 } };
        const r = sessionResult(s);
        expect(r.average).not.toBeNull();
        expect(r.average!).toBeGreaterThanOrEqual(Math.min(...scores));
        expect(r.average!).toBeLessThanOrEqual(Math.max(...scores));
        expect(r.passed).toBe(r.average! >= mark10 / 10);
      }),
    );
  });

  it('skill history: only completed, fully scored sessions of that rep, oldest first', () => {
    const done = (id: string, at: string, scores: number[], repId = 'rep-1'): RoleplaySession => ({
      ...withScores(scores),
      id,
      repId,
      status: 'completed',
      completedAt: at,
      date: at.slice(0, 10),
    });
    const h = skillHistory(
      [
        done('b', '2026-12-08T10:00:00.000Z', [5, 5, 4, 4]),
        done('a', '2026-12-01T10:00:00.000Z', [2, 3, 3, 2]),
        done('other', '2026-12-02T10:00:00.000Z', [5, 5, 5, 5], 'rep-2'),
        { ...withScores([5, 5, 5, 5]), id: 'open' },
        done('partial', '2026-12-03T10:00:00.000Z', [5]),
      ],
      'rep-1',
    );
    expect(h.map((p) => [p.sessionId, p.average, p.passed, p.skill])).toEqual([
      ['a', 2.5, false, 'closing'],
      ['b', 4.5, true, 'closing'],
    ]);
  });

  it('practice for a plan item: only sessions linked to that item, with the change from first to latest', () => {
    const done = (id: string, at: string, scores: number[], planItemId: string | null, repId = 'rep-1'): RoleplaySession => ({
      ...withScores(scores),
      id,
      repId,
      planItemId,
      status: 'completed',
      completedAt: at,
      date: at.slice(0, 10),
    });
    const sessions = [
      done('late', '2026-12-10T10:00:00.000Z', [4, 4, 4, 3], 'd-1'),
      done('early', '2026-12-01T10:00:00.000Z', [3, 3, 3, 3], 'd-1'),
      done('other-item', '2026-12-02T10:00:00.000Z', [5, 5, 5, 5], 'd-2'),
      done('unlinked', '2026-12-03T10:00:00.000Z', [1, 1, 1, 1], null),
      done('other-rep', '2026-12-04T10:00:00.000Z', [1, 1, 1, 1], 'd-1', 'rep-2'),
      { ...withScores([5]), id: 'open', planItemId: 'd-1' },
    ];
    const p = practiceForItem(sessions, 'rep-1', 'd-1');
    expect(p.points.map((x) => [x.sessionId, x.average, x.passed])).toEqual([
      ['early', 3, false],
      ['late', 3.8, true],
    ]);
    expect(p).toMatchObject({ inProgress: 1, change: 0.8, passed: 1 });
    const one = practiceForItem(sessions, 'rep-1', 'd-2');
    expect(one).toMatchObject({ inProgress: 0, change: null, passed: 1 });
    expect(practiceForItem(sessions, 'rep-1', 'd-9')).toEqual({ points: [], inProgress: 0, change: null, passed: 0 });
  });

  it('formats the timer', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65)).toBe('1:05');
    expect(formatElapsed(3725)).toBe('1:02:05');
  });
});
