// The rules every command reads its words by (cli/args.ts), first on readArgs itself, then as a
// user meets them through real commands: exit 2 and one plain line naming the option.
import { describe, expect, it } from 'vitest';
import { isCalendarDate, readArgs } from './args';
import { runCheckin } from './checkin';
import { runDiagnose } from './diagnose';
import { runMetrics } from './metrics';
import { runPlan } from './plan';
import { runRoster } from './roster';
import { runScripts } from './scripts';
import { memoryIo } from './testing';
import { runWording } from './wording';

const OPTIONS = { json: { switch: true }, period: { needs: 'a period' }, out: { needs: 'a file name' } } as const;

describe('readArgs', () => {
  it('splits files from options, in any order', () => {
    expect(readArgs(['a.csv', '--period', '2026-03', 'b.csv', '--json'], OPTIONS)).toEqual({
      files: ['a.csv', 'b.csv'],
      values: { period: '2026-03', json: true },
    });
  });

  it('refuses an option it does not know, as written', () => {
    expect(readArgs(['a.csv', '--colour', 'red'], OPTIONS)).toBe('unknown option "--colour"');
    expect(readArgs(['a.csv', '--colour=red'], OPTIONS)).toBe('unknown option "--colour=red"');
    expect(readArgs(['-p', '2026-03'], OPTIONS)).toBe('unknown option "-p"');
  });

  it('says what a value-taking option needs when it has none', () => {
    expect(readArgs(['a.csv', '--out'], OPTIONS)).toBe('--out needs a file name');
    expect(readArgs(['a.csv', '--out='], OPTIONS)).toBe('--out needs a file name');
    expect(readArgs(['a.csv', '--period', '--json'], OPTIONS)).toBe('--period needs a period');
  });

  it('reads --name=value as --name value', () => {
    expect(readArgs(['--out=plan.docx', 'a.csv', '--period=2026-Q3'], OPTIONS)).toEqual({
      files: ['a.csv'],
      values: { out: 'plan.docx', period: '2026-Q3' },
    });
    expect(readArgs(['--out=a=b.docx'], OPTIONS)).toEqual({ files: [], values: { out: 'a=b.docx' } });
  });

  it('keeps the last of a repeated option', () => {
    expect(readArgs(['--period', '2026-01', 'a.csv', '--period=2026-02'], OPTIONS)).toEqual({ files: ['a.csv'], values: { period: '2026-02' } });
  });

  it('refuses a value on a switch, and reads a file after -- even when it starts with a dash', () => {
    expect(readArgs(['--json=yes'], OPTIONS)).toBe('--json takes no value');
    expect(readArgs(['--json', '--', '--odd.csv', '-'], OPTIONS)).toEqual({ files: ['--odd.csv', '-'], values: { json: true } });
  });

  it('knows a calendar day', () => {
    expect([isCalendarDate('2026-02-28'), isCalendarDate('2026-02-30'), isCalendarDate('2026-2-3')]).toEqual([true, false, false]);
  });
});

type Command = (args: string[], io: ReturnType<typeof memoryIo>['io']) => Promise<number>;
const COMMANDS: Record<string, Command> = {
  metrics: runMetrics,
  diagnose: runDiagnose,
  plan: (args, io) => runPlan(args, io),
  checkin: (args, io) => runCheckin(args, io),
  roster: runRoster,
  scripts: runScripts,
  wording: runWording,
};

/** One line on stderr, `candor <command>: <what>`, and exit 2. */
async function refused(command: string, args: string[]): Promise<string> {
  const f = memoryIo();
  const run = COMMANDS[command];
  if (!run) throw new Error(`no command ${command}`);
  expect(await run(args, f.io)).toBe(2);
  const lines = f.err().trim().split('\n');
  expect(lines, f.err()).toHaveLength(1);
  expect(f.out()).toBe('');
  return lines[0] ?? '';
}

describe('every command, as a user meets the rules', () => {
  it.each([
    ['metrics', ['a.csv', '--colour', 'red'], '--colour'],
    ['diagnose', ['a.csv', '--frobnicate'], '--frobnicate'],
    ['plan', ['a.csv', '--rep', 'Ana', '--out', 'o.docx', '--colour=red'], '--colour=red'],
    ['checkin', ['a.csv', '--plan', 'p.json', '--loud'], '--loud'],
    ['roster', ['r.csv', '--team', 'East'], '--team'],
    ['scripts', ['--verbose'], '--verbose'],
    ['wording', ['t.txt', '--loud'], '--loud'],
  ])('%s: an unknown option is named', async (command, args, option) => {
    expect(await refused(command, args)).toMatch(new RegExp(`^candor ${command}: unknown option "${option}"`));
  });

  it.each([
    ['metrics', ['a.csv', '--sheet'], '--sheet needs a sheet name'],
    ['metrics', ['a.csv', '--team', '--json'], '--team needs a team name'],
    ['diagnose', ['a.csv', '--window'], '--window needs a value (a whole number from 1 to 24)'],
    ['diagnose', ['a.csv', '--office='], '--office needs an office name'],
    ['plan', ['a.csv', '--rep', 'Ana', '--out'], '--out needs a file or folder name'],
    ['checkin', ['a.csv', '--plan'], '--plan needs a plan file'],
    ['roster', ['r.csv', '--as-of'], '--as-of needs a date (YYYY-MM-DD)'],
    ['scripts', ['--dir'], '--dir needs a folder'],
    ['wording', ['t.txt', '--metrics'], '--metrics needs a JSON file'],
  ])('%s %j: a missing value is named', async (command, args, says) => {
    expect(await refused(command, args)).toContain(`candor ${command}: ${says}`);
  });

  it('a bad value written --name=value is refused as --name value is', async () => {
    const spaced = await refused('diagnose', ['a.csv', '--window', '30']);
    expect(spaced).toMatch(/^candor diagnose: --window must be a whole number from 1 to 24 \(got "30"\)/);
    expect(await refused('diagnose', ['a.csv', '--window=30'])).toBe(spaced);
  });

  it('a repeated option counts its last value: a good one after a bad one passes, a bad one after a good one does not', async () => {
    expect(await refused('metrics', ['a.csv', '--period', 'week', '--period', 'year'])).toMatch(
      /--period must be month, week or quarter \(got "year"\)/,
    );
    // The file is missing, so the command gets past its options and fails on the file instead.
    expect(await refused('metrics', ['a.csv', '--period', 'year', '--period=week'])).toMatch(/no such file/);
  });
});
