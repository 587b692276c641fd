// The role-play Word documents in real clients: python-docx opens them without a package
// problem and finds the rubric table; LibreOffice converts them to PDF and pdftotext finds the
// key text, and no observer prompt in the rep's copy. Skips, saying why, where a tool is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildScoreSheetDocument, buildScriptDocument, loadLibrary, newSession } from '@shared/domain/roleplay';
import { renderDocx } from '@shared/export/docx';

const PYTHON = process.env.DOCX_PYTHON ?? '/usr/bin/python3';
const CHECK = resolve(import.meta.dirname, '../helpers/docx-check.py');
const LIBRARY = resolve(import.meta.dirname, '../../resources/roleplay');

function missing(): string | null {
  const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
  if (!has(PYTHON, ['-c', 'import docx, lxml'])) return `python-docx is not installed for ${PYTHON}`;
  if (!has('soffice', ['--version'])) return 'LibreOffice is not installed';
  if (!has('pdftotext', ['-v'])) return 'pdftotext is not installed';
  return null;
}
const reason = missing();

const { scripts } = loadLibrary(readdirSync(LIBRARY).map((file) => ({ file, text: readFileSync(join(LIBRARY, file), 'utf8') })));
const script = scripts.find((s) => s.id === 'objection-price')!;
const started = newSession(script, 'rep-1', 's-1', new Date('2026-12-01T09:00:00Z'));
const session = {
  ...started,
  status: 'completed' as const,
  completedAt: '2026-12-01T09:10:00.000Z',
  elapsedSeconds: 540,
  notes: 'Traded a longer term for the price; agreed a call with finance.',
  scores: Object.fromEntries(script.rubric.criteria.map((c, i) => [c.id, [4, 3, 4, 5, 3][i] ?? 3])),
};
const FILES = {
  rep: () => buildScriptDocument(script, 'rep'),
  observer: () => buildScriptDocument(script, 'observer'),
  sheet: () => buildScoreSheetDocument(session, 'Farid Haddad'),
};
type Name = keyof typeof FILES;
type Read = { problems: string[]; paragraphs: { style: string; text: string }[]; tables: string[][][] };

describe.skipIf(reason !== null)(`role-play documents in real clients${reason ? ` — skipped: ${reason}` : ''}`, () => {
  let dir = '';
  let read: Record<Name, Read>;
  let pdf: Record<Name, string>;
  const names = Object.keys(FILES) as Name[];
  const path = (n: Name, ext = 'docx') => join(dir, `${n}.${ext}`);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'candor-roleplay-docx-'));
    for (const n of names) writeFileSync(path(n), await renderDocx(FILES[n]()));
    const json = JSON.parse(execFileSync(PYTHON, [CHECK, ...names.map((n) => path(n))], { encoding: 'utf8' })) as Record<string, Read>;
    read = Object.fromEntries(names.map((n) => [n, json[path(n)]!])) as Record<Name, Read>;
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...names.map((n) => path(n))],
      {
        stdio: 'ignore',
        timeout: 120_000,
      },
    );
    pdf = Object.fromEntries(names.map((n) => [n, execFileSync('pdftotext', [path(n, 'pdf'), '-'], { encoding: 'utf8' })])) as Record<Name, string>;
  }, 180_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('python-docx opens every file without a package problem and reads the rubric as a table', () => {
    for (const n of names) expect(read[n].problems, n).toEqual([]);
    expect(read.rep.tables.some((t) => t[0]?.join('|') === 'Criterion|1|3|5')).toBe(true);
    const first = script.rubric.criteria[0]!.name;
    expect(read.sheet.tables.some((t) => t.some((row) => row[0] === first && row[1] === '4'))).toBe(true);
  });

  it('LibreOffice renders the key text; the rep’s copy has no observer prompt', () => {
    const flat = (t: string) => t.replace(/\s+/g, ' ');
    expect(flat(pdf.rep)).toContain('How the session is scored');
    expect(flat(pdf.observer)).toContain('For the observer');
    expect(flat(pdf.sheet)).toContain('3.8 of 5 against a pass mark of 3.5');
    for (const prompt of script.observerPrompts) {
      expect(flat(pdf.observer)).toContain(prompt.slice(0, 25));
      expect(flat(pdf.rep)).not.toContain(prompt.slice(0, 25));
    }
  });
});
