import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocxParts, xmlText } from '../shared/export/docx';
import type { CliIo } from './io';
import { crmPair } from '../tests/fixtures/crm-pair';
import { runPlan, type PlanOutput } from './plan';
import { memoryIo } from './testing';

const SAMPLE = resolve(import.meta.dirname, '../resources/sample/team-metrics.csv');
const PLAN = join('drafts', '2026-11-23 Dev Patel - Action Plan.docx');
const GUIDE = join('drafts', '2026-11-23 Dev Patel - Conversation Guide.docx');
const NOW = () => new Date('2026-11-20T09:00:00Z');

function fakes() {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, Uint8Array>();
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: async (p) => {
      if (p === SAMPLE) return new Uint8Array(await readFile(p));
      throw Object.assign(new Error('nope'), { code: 'ENOENT' });
    },
  };
  const output: PlanOutput = {
    writeFile: async (p, b) => {
      written.set(p, b);
    },
    isDirectory: async (p) => p === 'drafts',
  };
  return { io, output, written, out: () => out.join(''), err: () => err.join('') };
}

const run = (f: ReturnType<typeof fakes>, ...args: string[]) => runPlan(args, f.io, f.output, NOW);
const text = (bytes: Uint8Array | undefined) => Object.values(readDocxParts(bytes!)).map(xmlText).join('\n');

describe('candor plan', () => {
  it('drafts the rep’s plan and the manager’s guide from the file, named by date, rep and kind in a folder', async () => {
    const f = fakes();
    const code = await run(
      f,
      SAMPLE,
      '--rep',
      'dev patel',
      '--manager',
      'Sam Lee',
      '--company',
      'Northwind',
      '--team',
      'West',
      '--out',
      'drafts',
      '--guide',
      'drafts',
      '--date',
      '2026-11-23',
      '--locale',
      'en-GB',
      '--currency',
      'GBP',
    );
    expect(f.err()).toBe('');
    expect(code).toBe(0);
    expect([...f.written.keys()]).toEqual([PLAN, GUIDE]);
    expect(f.out().startsWith(`Wrote ${PLAN}: action and development plan for Dev Patel (Aug to Oct 2026, Effort gap`)).toBe(true);

    const plan = text(f.written.get(PLAN));
    for (const s of [
      'Action and development plan',
      'Northwind',
      'West',
      'Dev Patel',
      'Sam Lee',
      '23 November 2026',
      'Performance facts',
      'Action items',
      '£',
    ])
      expect(plan).toContain(s);
    const guide = text(f.written.get(GUIDE));
    expect(guide).toContain('Private: manager only');
    expect(guide).toContain('Talking points');
    // The guide's own words (its opening and questions) are not in the rep's plan.
    const opening = /Opening\n([^\n]+)/u.exec(guide)![1]!;
    expect(opening.length).toBeGreaterThan(20);
    expect(plan).not.toContain(opening);
    expect(plan).not.toContain('Questions to ask');
    // Periods as people say them, amounts in the chosen currency, in both documents.
    for (const doc of [plan, guide]) expect(doc).not.toMatch(/\b\d{4}-(\d{2}|Q\d|W\d{2})\b/u);
    expect(guide).toMatch(/Aug to Oct 2026/u);
    // No amount in another currency (this rep’s revenue is within the threshold, so the guide may cite none).
    expect(guide).not.toMatch(/\$\d/u);
  });

  it('writes just the plan to the path given, in US English by default', async () => {
    const f = fakes();
    expect(await run(f, SAMPLE, '--rep', 'Grace Kim', '--out', 'grace.docx', '--guide', 'new-folder/')).toBe(0);
    expect([...f.written.keys()]).toEqual(['grace.docx', join('new-folder', '2026-11-20 Grace Kim - Conversation Guide.docx')]);
    const plan = text(f.written.get('grace.docx'));
    expect(plan).toContain('November 20, 2026');
    // No --currency: amounts in the app's currency for en-US (US dollars), never another one.
    expect(plan).not.toMatch(/[€£¥]/u);
    expect(plan).toContain('not given'); // no company named: said so, not invented
  });

  it.each([
    [['--rep', 'Dev Patel'], /missing --out/u],
    [['--out', 'x.docx'], /missing --rep/u],
    [['--rep', 'Nobody', '--out', 'x.docx'], /no rep called "Nobody".*Reps: Ana Ortiz, Ben Carter/u],
    [['--rep', 'Dev Patel', '--out', 'x.docx', '--date', '2026-02-30'], /--date must be a calendar date/u],
    [['--rep', 'Dev Patel', '--out', 'x.docx', '--currency', 'EUROS'], /--currency must be a three-letter currency code .*"EUROS"/u],
    [['--rep', 'Dev Patel', '--out', 'x.docx', '--locale', 'not a locale!'], /--locale must be a language tag/u],
    [['--rep', 'Dev Patel', '--out', 'x.docx', '--period', 'last month'], /--period must look like/u],
    [['--rep', 'Dev Patel', '--out', 'x.docx', '--colour', 'red'], /unknown option "--colour"/u],
  ])('refuses %j with a clear message and writes nothing', async (args, message) => {
    const f = fakes();
    expect(await run(f, SAMPLE, ...args)).toBe(2);
    expect(f.err()).toMatch(message);
    expect(f.err()).toMatch(/^candor plan: /u);
    expect(f.written.size).toBe(0);
  });

  it('says when the file cannot be read', async () => {
    const f = fakes();
    expect(await run(f, 'missing.csv', '--rep', 'Dev Patel', '--out', 'x.docx')).toBe(2);
    expect(f.err()).toContain('cannot read "missing.csv": no such file');
  });
});

describe('candor plan on a deals and an activities export', () => {
  it('writes won revenue with the currency sign the app shows (en-US, nothing chosen: US dollars)', async () => {
    const pair = crmPair();
    // Devon Park's won revenue over Aug to Oct 2026, summed from the deals file by hand.
    const won = pair.deals
      .split('\n')
      .map((line) => line.split(','))
      .filter(([owner, , stage, , , close]) => owner === 'Devon Park' && stage === 'Closed Won' && /^2026-(08|09|10)/u.test(close ?? ''))
      .reduce((sum, cells) => sum + Number(cells[3]), 0);
    expect(won).toBeGreaterThan(1000);
    const { io, err } = memoryIo({ 'deals.csv': pair.deals, 'activities.csv': pair.activities });
    const written = new Map<string, Uint8Array>();
    const output: PlanOutput = { writeFile: async (p, b) => void written.set(p, b), isDirectory: async () => false };
    const args = ['deals.csv', 'activities.csv', '--rep', 'Devon Park', '--out', 'plan.docx', '--guide', 'guide.docx'];
    expect(await runPlan(args, io, output, NOW), err()).toBe(0);
    const guide = text(written.get('guide.docx'));
    expect(guide).toContain(`Won revenue in Aug to Oct 2026: $${won.toLocaleString('en-US')}`);
    expect(guide).not.toMatch(/(?<![$\d,.])\d{1,3}(,\d{3})+(?! (days|deals|calls|emails|meetings|opportunities))/u);
  });
});
