import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from './io';
import { LIBRARY_DIR, runScripts } from './scripts';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readFile: async (p) => new Uint8Array(await readFile(p)) };
  return { cli, out: () => out.join(''), err: () => err.join('') };
}

type Json = {
  scripts: {
    id: string;
    title: string;
    skill: string;
    stage: string;
    difficulty: string;
    rubric: { criteria: { name: string; anchors: Record<string, string> }[]; passMark: number };
  }[];
};

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('candor scripts', () => {
  it('--json lists the library in exactly the shape the issue specifies', async () => {
    const f = io();
    expect(await runScripts(['--json'], f.cli)).toBe(0);
    const json = JSON.parse(f.out()) as Json;
    expect(Object.keys(json)).toEqual(['scripts']);
    expect(json.scripts.length).toBeGreaterThanOrEqual(12);
    for (const s of json.scripts) {
      expect(Object.keys(s)).toEqual(['id', 'title', 'skill', 'stage', 'difficulty', 'rubric']);
      expect(Object.keys(s.rubric)).toEqual(['criteria', 'passMark']);
      for (const c of s.rubric.criteria) expect(Object.keys(c.anchors)).toEqual(['1', '3', '5']);
    }
    expect(f.err()).toBe('');
  });

  it('--stage keeps only that stage; a bad stage is refused with the choices', async () => {
    const f = io();
    expect(await runScripts(['--stage', 'opportunity-to-win', '--json'], f.cli)).toBe(0);
    const json = JSON.parse(f.out()) as Json;
    expect(json.scripts.length).toBeGreaterThan(0);
    expect(new Set(json.scripts.map((s) => s.stage))).toEqual(new Set(['opportunity-to-win']));
    const g = io();
    expect(await runScripts(['--stage=closing'], g.cli)).toBe(2);
    expect(g.err()).toMatch(/--stage must be one of prospecting, meeting-to-opportunity/);
  });

  it('the readable list shows every criterion with its 1, 3 and 5 anchors and the pass mark', async () => {
    const f = io();
    await runScripts(['--stage', 'deal-size'], f.cli);
    expect(f.out()).toContain('Negotiation: the last-minute discount request');
    expect(f.out()).toMatch(/pass mark: 3\.7 average of 5/);
    expect(f.out()).toMatch(/\n {6}1: Reacts with an immediate counter-offer\./);
    expect(f.out()).toMatch(/1 script\n$/);
  });

  it('names a file that fails validation with the reason, still lists the good ones, exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'candor-scripts-'));
    dirs.push(dir);
    const good = readFileSync(join(LIBRARY_DIR, 'objection-price.json'), 'utf8');
    writeFileSync(join(dir, 'objection-price.json'), good);
    const bad = JSON.parse(good) as { rubric: { passMark: number } };
    bad.rubric.passMark = 9;
    writeFileSync(join(dir, 'too-hard.json'), JSON.stringify(bad));
    writeFileSync(join(dir, 'notes.txt'), 'not a script, ignored');
    const f = io();
    expect(await runScripts(['--dir', dir, '--json'], f.cli)).toBe(1);
    expect((JSON.parse(f.out()) as Json).scripts.map((s) => s.id)).toEqual(['objection-price']);
    expect(f.err()).toContain(join(dir, 'too-hard.json'));
    expect(f.err()).toMatch(/the rubric, the pass mark: The pass mark is an average from 1 to 5/);
  });

  it('an unreadable folder exits 2 with one line', async () => {
    const f = io();
    expect(await runScripts(['--dir', '/no/such/folder'], f.cli)).toBe(2);
    expect(f.err()).toMatch(/cannot read the folder/);
  });
});
