import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runWording } from './wording';
import { memoryIo } from './testing';

/** Files in memory; "dir" is a folder. */
function fakeIo(files: Record<string, Uint8Array | string>) {
  const f = memoryIo(files);
  const read = f.io.readFile;
  f.io.readFile = async (p) => {
    if (p === 'dir') throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    return read(p);
  };
  return f;
}

type Json = {
  lines: { line: number; text: string; tone: string; flags: { start: number; end: number; kind: string; why: string; suggestion: string }[] }[];
};

const TEXT = 'You are lazy.\r\n\r\nNever miss the Friday pipeline update.\nMaybe we could look at your calls, sorry.\n';
const METRICS = JSON.stringify([{ key: 'calls', label: 'Calls', value: 180, benchmark: 300, benchmarkSource: 'expectation', unit: 'count' }]);

describe('candor wording', () => {
  it('prints one entry per statement with tone and flags as JSON', async () => {
    const f = fakeIo({ 't.txt': TEXT });
    expect(await runWording(['t.txt', '--json'], f.io)).toBe(0);
    const json = JSON.parse(f.out()) as Json;
    expect(json.lines.map((l) => [l.line, l.text, l.tone])).toEqual([
      [1, 'You are lazy.', 'too-hard'],
      [3, 'Never miss the Friday pipeline update.', 'balanced'],
      [4, 'Maybe we could look at your calls, sorry.', 'too-soft'],
    ]);
    const [lazy] = json.lines[0]!.flags;
    expect(lazy).toMatchObject({ start: 0, end: 12, kind: 'personal' });
    expect(Object.keys(lazy!)).toEqual(['start', 'end', 'kind', 'why', 'suggestion']);
    expect(json.lines[2]!.flags.map((x) => x.kind)).toEqual(['hedge', 'apology']);
    expect(json.lines[1]!.flags).toEqual([]);
    expect(f.err()).toBe('');
  });

  it('with --metrics, suggestions cite the real number', async () => {
    const f = fakeIo({ 't.txt': TEXT, 'm.json': METRICS });
    expect(await runWording(['t.txt', '--metrics', 'm.json', '--json'], f.io)).toBe(0);
    const json = JSON.parse(f.out()) as Json;
    expect(json.lines[2]!.flags[0]!.suggestion).toBe('Say it directly. Cite: Calls: 180 against the expectation of 300 (40% below).');
  });

  it('the README example: the shipped sample statements and metrics', async () => {
    const dir = resolve(import.meta.dirname, '../resources/conversation');
    const f = fakeIo({
      statements: readFileSync(join(dir, 'sample-statements.txt')),
      metrics: readFileSync(join(dir, 'sample-metrics.json')),
    });
    expect(await runWording(['statements', '--metrics', 'metrics', '--json'], f.io)).toBe(0);
    const json = JSON.parse(f.out()) as Json;
    expect(json.lines.map((l) => l.tone)).toEqual([
      'balanced',
      'balanced',
      'balanced',
      'balanced',
      'balanced',
      'too-soft',
      'too-soft',
      'too-soft',
      'too-hard',
      'too-hard',
      'too-hard',
      'balanced',
      'too-hard',
    ]);
    const vague = json.lines[7]!.flags[0]!;
    expect(vague.kind).toBe('vague');
    expect(vague.suggestion).toBe('Name the number and the period. Cite: Meetings held: 9 against the expectation of 16 (44% below).');
    // Praise of the calls, which the metrics show 40% short of their expectation: sarcasm, citing them.
    const praised = json.lines[12]!.flags[0]!;
    expect(praised.kind).toBe('sarcasm');
    expect(praised.suggestion).toBe('Say plainly what fell short and by how much. Cite: Calls: 180 against the expectation of 300 (40% below).');
  });

  it('prints a readable table without --json', async () => {
    const f = fakeIo({ 't.txt': TEXT });
    expect(await runWording(['t.txt'], f.io)).toBe(0);
    const out = f.out();
    expect(out).toMatch(/^\s+1 {2}too-hard\s+\+0\.67 {2}You are lazy\.$/m);
    expect(out).toMatch(/personal\s+"You are lazy" \(0–12\): About the person: This is about the person/);
    expect(out).toContain('3 statements: 1 balanced, 1 too hard, 1 too soft.');
  });

  it('reads UTF-8 with a BOM and UTF-16', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('You are lazy.')]);
    const u16 = new Uint8Array([0xff, 0xfe, ...Array.from('Sorry.', (c) => [c.charCodeAt(0), 0]).flat()]);
    const f = fakeIo({ 'a.txt': bom, 'b.txt': u16 });
    expect(await runWording(['a.txt', '--json'], f.io)).toBe(0);
    expect(await runWording(['b.txt', '--json'], f.io)).toBe(0);
    const [a, b] = f
      .out()
      .trim()
      .split(/\n(?=\{)/)
      .map((s) => JSON.parse(s) as Json);
    expect(a!.lines[0]!.flags[0]).toMatchObject({ start: 0, end: 12 });
    expect(b!.lines[0]!.flags[0]).toMatchObject({ kind: 'apology', start: 0, end: 5 });
  });

  it('an empty file gives no lines', async () => {
    const f = fakeIo({ 'e.txt': '' });
    expect(await runWording(['e.txt', '--json'], f.io)).toBe(0);
    expect(JSON.parse(f.out())).toEqual({ lines: [] });
  });

  it.each([
    [['missing.txt'], 'candor wording: cannot read "missing.txt": no such file.\n'],
    [['dir'], 'candor wording: cannot read "dir": it is a directory.\n'],
    [['bin.txt'], 'candor wording: "bin.txt" is not UTF-8 or UTF-16 text.\n'],
    [['nul.txt'], 'candor wording: "nul.txt" is not UTF-8 or UTF-16 text.\n'],
    [['t.txt', '--metrics', 'bad.json'], 'candor wording: "bad.json" is not valid JSON.\n'],
    [['t.txt', '--metrics', 'rate.json'], 'candor wording: "rate.json" is not a list of metrics: 0: A rate must lie between 0 and 1.\n'],
    [['t.txt', '--metrics', 'none.json'], 'candor wording: cannot read "none.json": no such file.\n'],
    [[], expect.stringMatching(/^candor wording: missing <text-file>\. Usage: candor wording/)],
    [['t.txt', '--loud'], expect.stringMatching(/^candor wording: unknown option "--loud"/)],
  ])('exits 2 with one line: %j', async (args, message) => {
    const f = fakeIo({
      't.txt': TEXT,
      'bin.txt': new Uint8Array([0xc3, 0x28, 0xff]),
      // Valid UTF-8, but a NUL never occurs in text.
      'nul.txt': new Uint8Array([0x00, 0x01, 0x02, 0x62, 0x69, 0x6e, 0x61, 0x72, 0x79]),
      'bad.json': '[{',
      'rate.json': JSON.stringify([{ key: 'winRate', label: 'Win rate', value: 31, benchmark: null, benchmarkSource: null, unit: 'rate' }]),
    });
    expect(await runWording(args as string[], f.io)).toBe(2);
    expect(f.err()).toEqual(message);
    expect(f.err().trim().split('\n')).toHaveLength(1);
    expect(f.out()).toBe('');
  });

  it('is wired into the candor command table (real process, exit codes)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'candor-wording-'));
    const file = join(dir, 'lines.txt');
    writeFileSync(file, 'You are lazy.\n');
    const tsx = resolve(import.meta.dirname, '../node_modules/.bin/tsx');
    const cli = resolve(import.meta.dirname, 'candor.ts');
    const ok = spawnSync(tsx, [cli, 'wording', file, '--json'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect((JSON.parse(ok.stdout) as Json).lines[0]!.tone).toBe('too-hard');
    const missing = spawnSync(tsx, [cli, 'wording', join(dir, 'nope.txt')], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});
