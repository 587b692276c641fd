// No source module over 300 lines without a reason (issue 18, "units a newcomer can hold"). The
// ones below were over when the rule came in and wait for their owners to split them; the list
// can only shrink: a new long module fails here unless one of its first five lines says why
// (`// long-module: <reason>`), and a module on the list that has been split must leave it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script, also run from the command line
import { lineCount, reasonGiven } from '@scripts/long-modules.mjs';

type Found = { file: string; lines: number };

// Empty: every module that was over has been split or says why. Kept so the rule reads the same.
const WAITING = new Set<string>([]);

const countLines = lineCount as (text: string) => number;
const explains = reasonGiven as (text: string) => boolean;

function longModules(): { unexplained: Found[]; explained: Found[] } {
  const run = spawnSync(process.execPath, [join(import.meta.dirname, '../../scripts/long-modules.mjs'), '--json'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as { unexplained: Found[]; explained: Found[] };
}

describe('the long-module rule', () => {
  it('counts lines as an editor numbers them', () => {
    expect(countLines('')).toBe(0);
    expect(countLines('a\nb\n')).toBe(2);
    expect(countLines('a\nb')).toBe(2);
    expect(countLines('\n'.repeat(301))).toBe(301);
  });

  it('takes a reason only in a comment within the first five lines, and only with words after it', () => {
    const body = 'export const x = 1;\n'.repeat(400);
    expect(explains(`// The metric catalogue.\n// long-module: one row per metric, read as a table\n${body}`)).toBe(true);
    expect(explains(`/**\n * long-module: the zod schemas of one file format\n */\n${body}`)).toBe(true);
    expect(explains(`// long-module:\n${body}`)).toBe(false);
    expect(explains(`${'// header\n'.repeat(5)}// long-module: too late to count\n${body}`)).toBe(false);
    expect(explains(`const s = 'long-module: in a string';\n${body}`)).toBe(false);
  });
});

describe('modules over 300 lines', () => {
  const found = longModules();

  it('reads the tree (the tree has modules the rule looks at)', () => {
    expect(found.unexplained.length + found.explained.length).toBeGreaterThan(0);
  });

  it('has no new one without a reason', () => {
    const fresh = found.unexplained.filter((f) => !WAITING.has(f.file)).map((f) => `${f.file} (${f.lines} lines)`);
    expect(fresh).toEqual([]);
  });

  it('lists as waiting only modules that are still long and still without a reason', () => {
    const still = new Set(found.unexplained.map((f) => f.file));
    expect([...WAITING].filter((k) => !still.has(k))).toEqual([]);
  });
});
