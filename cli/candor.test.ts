// Any failure of the command line is exit code 2 and one plain line on stderr: no stack trace,
// no JSON dump of a validation error. Checked on the real entry point, as a user runs it, and on
// the dispatcher with failures no command foresaw.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from './io';
import { plainError } from './io';
import { run } from './main';

const ROOT = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'candor-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LONG = 'Maximiliana Alexandrovna Konstantinopolskaya-Wolkenstein von Hohenberg'; // 70 characters, over the 64 an id may have
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const rows = (rep: string, revenue: number) => [1, 2, 3].map((m) => `${rep},2026-0${m},${revenue},2000,50`).join('\n');

type Ran = { code: number | null; stdout: string; stderr: string };
function candor(...args: string[]): Promise<Ran> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), resolve(ROOT, 'cli/candor.ts'), ...args],
      // Run from a folder outside the repository, so tsx is told where the aliases are written.
      { cwd: dir, encoding: 'utf8', env: { ...process.env, TSX_TSCONFIG_PATH: resolve(ROOT, 'tsconfig.json') } },
      (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

/** A failure as the brief wants it: exit 2, one line on stderr naming the problem, nothing that looks like a trace. */
function expectPlainFailure(r: Ran, says: RegExp) {
  expect(r.code, r.stderr).toBe(2);
  const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^candor/);
  expect(lines[0]).toMatch(says);
  expect(r.stderr).not.toMatch(/\n\s+at |\.ts:\d+|"code":|ZodError|undefined/);
}

describe('candor on bad input, as a user runs it', () => {
  const long = file('long.csv', `Rep,Period,Revenue,Quota,Calls\n${rows(LONG, 1500)}\n${rows('Bob Stone', 2000)}\n`);
  const cases: [string, string[], RegExp][] = [
    ['a missing file', ['diagnose', join(dir, 'nope.csv')], /no such file/],
    ['a folder given as the file', ['metrics', dir], /it is a directory/],
    ['an unknown command', ['--frobnicate', 'x'], /unknown command "--frobnicate"/],
    ['an option without its value', ['diagnose', 'x.csv', '--window'], /--window needs a value|--window must be/],
    ['a window that is not a number', ['plan', 'x.csv', '--rep', 'A', '--out', 'o.docx', '--window', 'many'], /--window must be a whole number/],
    ['a backup that is a folder', ['backup', 'inspect', dir], /cannot read the backup file/],
    ['a rep the file does not hold', ['plan', long, '--rep', 'Nobody', '--out', join(dir, 'o') + '/'], /no rep called "Nobody"/],
  ];
  it.concurrent.each(cases)(
    '%s: exit 2 and one plain line',
    async (_name, args, says) => {
      expectPlainFailure(await candor(...args), says);
    },
    60_000,
  );

  it(`a rep name of ${LONG.length} characters makes a plan (ids longer than 64 characters once crashed it)`, async () => {
    const r = await candor('plan', long, '--rep', LONG, '--out', join(dir, 'plans') + '/', '--date', '2026-04-06');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Wrote ${join(dir, 'plans', `2026-04-06 ${LONG} - Action Plan.docx`)}`);
  }, 60_000);
  it('negative won revenue is reported per row, no attainment goes below zero, and a plan is still made', async () => {
    const neg = file('neg.csv', `Rep,Period,Revenue,Quota,Calls\n${rows('Ana Ortiz', -1600)}\n${rows('Bob Stone', 2000)}\n`);
    const [metrics, diagnose, plan] = await Promise.all([
      candor('metrics', neg),
      candor('diagnose', neg, '--json'),
      candor('plan', neg, '--rep', 'Ana Ortiz', '--out', join(dir, 'neg') + '/', '--date', '2026-04-06'),
    ]);
    expect(metrics.stdout).toMatch(/row 2, Revenue "-1600": Won revenue cannot be negative/);
    const team = JSON.parse(diagnose.stdout) as { reps: { rep: string; attainment: number | null }[] };
    expect(team.reps.find((r) => r.rep === 'Ana Ortiz')?.attainment ?? null).toBeNull();
    expect([plan.code, plan.stderr]).toEqual([0, '']);
  }, 60_000);
});

describe('failures no command foresaw', () => {
  it('an error thrown deep inside a command ends as one line and exit 2', async () => {
    const err: string[] = [];
    const io: CliIo = {
      stdout: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'x')\n    at somewhere (file.ts:1:1)");
      },
      stderr: (t) => void err.push(t),
      readFile: () => Promise.resolve(new TextEncoder().encode(`Rep,Period,Revenue\n${rows('Ann', 5).replace(/,2000,50/g, '')}\n`)),
    };
    expect(await run(['metrics', 'a.csv'], io)).toBe(2);
    expect(err).toEqual(["candor: Cannot read properties of undefined (reading 'x')\n"]);
  });

  it('a thrown non-error value, a validation error and a disk error each read as one sentence', () => {
    expect(plainError('boom')).toBe('boom');
    expect(plainError({ issues: [{ path: ['snapshot', 'attainment'], message: 'Too small' }] })).toBe(
      'snapshot.attainment does not fit what Candor can store (Too small).',
    );
    expect(plainError(Object.assign(new Error('ENOSPC: no space left, write'), { code: 'ENOSPC', path: '/d/x.docx' }))).toBe(
      '"/d/x.docx": the disk is full (ENOSPC).',
    );
    expect(plainError(new Error('first line\n    at f (x.ts:1:1)'))).toBe('first line');
  });
});
