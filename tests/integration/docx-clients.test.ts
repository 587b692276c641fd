// The generated files in real clients: python-docx opens each one and finds the expected
// paragraphs (with Word style names) and tables; LibreOffice converts all of them to PDF in
// one call and pdftotext finds the key text, with page numbers computed from the cached fields.
// Skips, saying why, only where LibreOffice, poppler or python-docx is not installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGuideDocument, buildPlanDocument, PLAN_SECTIONS } from '@shared/domain/document';
import { EN_GB, EN_US, fullPlanInput, guideInput, planInput } from '@shared/domain/document/testing';
import { estimatePages, renderDocx } from '@shared/export/docx';

const PYTHON = process.env.DOCX_PYTHON ?? '/usr/bin/python3';
const CHECK = resolve(__dirname, '../helpers/docx-check.py');

function missing(): string | null {
  const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
  if (!has(PYTHON, ['-c', 'import docx, lxml'])) return `python-docx is not installed for ${PYTHON} (apt-get install python3-docx)`;
  if (!has('soffice', ['--version'])) return 'LibreOffice is not installed (apt-get install libreoffice-writer-nogui)';
  if (!has('pdftotext', ['-v'])) return 'pdftotext is not installed (apt-get install poppler-utils)';
  return null;
}
const reason = missing();
if (reason) console.warn(`docx real-client tests skipped: ${reason}`);

type Read = {
  problems: string[];
  paragraphs: { style: string; text: string }[];
  tables: string[][][];
  table_styles: (string | null)[];
  header: string;
  footer: string;
  images: number;
};

const FILES = {
  signed: () => buildPlanDocument(fullPlanInput(20, 30), EN_GB),
  unsigned: () => buildPlanDocument(planInput(), EN_GB),
  // Names and text real people type: right-to-left, very long, with characters XML cannot hold.
  edge: () =>
    buildPlanDocument(
      planInput({ repName: 'مریم احمدی', managerName: `Bartholomew${'x'.repeat(90)} Ng`, focusAreas: ['Line one\nLine two\u0000\uffff'] }),
      EN_US,
    ),
  guide: () => buildGuideDocument(guideInput(), EN_GB),
};
type Name = keyof typeof FILES;

describe.skipIf(reason !== null)(`real clients${reason ? ` — skipped: ${reason}` : ''}`, () => {
  let dir = '';
  const path = (n: Name, ext = 'docx') => join(dir, `${n}.${ext}`);
  let read: Record<Name, Read>;
  let pdfText: Record<Name, string>;
  let pages: Record<Name, number>;
  /** The text of each page of each PDF, as `pdftotext -f N -l N` reads it. */
  let pageText: Record<Name, string[]>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'candor-docx-'));
    const names = Object.keys(FILES) as Name[];
    for (const n of names) writeFileSync(path(n), await renderDocx(FILES[n]()));
    const json = JSON.parse(execFileSync(PYTHON, [CHECK, ...names.map((n) => path(n))], { encoding: 'utf8' })) as Record<string, Read>;
    read = Object.fromEntries(names.map((n) => [n, json[path(n)]!])) as Record<Name, Read>;
    // One LibreOffice start for every file, with its own profile so parallel runs do not collide.
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...names.map((n) => path(n))],
      {
        stdio: 'ignore',
        timeout: 120_000,
      },
    );
    pdfText = Object.fromEntries(names.map((n) => [n, execFileSync('pdftotext', ['-layout', path(n, 'pdf'), '-'], { encoding: 'utf8' })])) as Record<
      Name,
      string
    >;
    pages = Object.fromEntries(
      names.map((n) => [n, Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [path(n, 'pdf')], { encoding: 'utf8' }))![1])]),
    ) as Record<Name, number>;
    pageText = Object.fromEntries(
      names.map((n) => [
        n,
        Array.from({ length: pages[n] }, (_, i) =>
          execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), path(n, 'pdf'), '-'], { encoding: 'utf8' }),
        ),
      ]),
    ) as Record<Name, string[]>;
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('every file is a sound package that python-docx opens', () => {
    for (const n of Object.keys(FILES) as Name[]) expect(read[n].problems, n).toEqual([]);
  });

  it('python-docx finds the plan’s headings, lists and tables with Word style names', () => {
    const plan = read.signed;
    const byStyle = (style: string) => plan.paragraphs.filter((p) => p.style === style).map((p) => p.text);
    expect(byStyle('Title')).toEqual(['Action and development plan']);
    expect(byStyle('Heading 1')).toEqual([...PLAN_SECTIONS]);
    expect(byStyle('Heading 2')).toEqual(['Discovery and qualification', 'Employee’s comments']);
    expect(byStyle('List Bullet')).toContain('Qualify opportunities earlier');
    const facts = plan.tables.find((t) => t[0]?.[0] === 'Metric')!;
    expect(facts[0]).toEqual(['Metric', 'Expectation', 'Actual', 'Gap']);
    expect(facts).toHaveLength(31);
    expect(facts[1]).toEqual(['Won revenue (1)', '£60,000', '£41,250', '-£18,750']);
    const actions = plan.tables.find((t) => t[0]?.[0] === '#')!;
    expect(actions).toHaveLength(21);
    expect(plan.table_styles.filter((s) => s === 'Candor Table')).toHaveLength(3);
    expect(plan.images).toBe(2);
    expect(plan.header).toContain('Jordan Reyes · Action and development plan · 22 November 2026');
    // python-docx leaves field results out of paragraph text; the numbers are checked in the PDF below.
    expect(plan.footer).toMatch(/^Page\s+of\s*$/u);
  });

  it('python-docx finds the guide’s numbered lists and pushback table', () => {
    const g = read.guide;
    expect(g.paragraphs.filter((p) => p.style === 'List Number').map((p) => p.text)).toEqual([
      'Won revenue was £41,250 against £60,000',
      'Meetings are on target, win rate is not',
      'The gap is at the proposal stage',
      'What is different about the deals you won?',
      'Where do proposals stall?',
      'What support would help most?',
    ]);
    expect(g.tables.find((t) => t[0]?.[0] === 'If you hear')).toHaveLength(3);
    expect(g.header).toContain('Private: manager only');
  });

  it('LibreOffice lays out every file and pdftotext finds the key text', () => {
    const squash = (s: string) => s.replace(/\s+/gu, ' ');
    const signed = squash(pdfText.signed);
    for (const s of [
      'Action and development plan',
      'Northwind Traders',
      'Performance facts',
      '£41,250',
      'not available',
      'Acknowledgement',
      'Name: Jordan Reyes',
      'Date: 22 November 2026',
    ])
      expect(signed).toContain(s);
    expect(squash(pdfText.unsigned)).toContain('HR representative');
    const guide = squash(pdfText.guide);
    for (const s of ['Conversation guide', 'Private: manager only', 'Planned time: 50 mins', 'If you hear', 'Keeping emotional distance'])
      expect(guide).toContain(s);
    const edge = squash(pdfText.edge);
    expect(edge).toContain('November 22, 2026');
    expect(edge).toContain('Line one');
    expect(edge).toContain('Line two');
    expect(edge).toContain('احمدی');
  });

  it('every page of a plan of three pages and more carries the header with the rep and the date, and its own number', () => {
    expect(pages.signed).toBeGreaterThanOrEqual(3);
    for (const [i, text] of pageText.signed.entries()) {
      expect(text, `page ${i + 1}`).toContain('Jordan Reyes · Action and development plan · 22 November 2026');
      expect(text, `page ${i + 1}`).toMatch(new RegExp(`Page ${i + 1} of ${pages.signed}\\s*$`, 'u'));
    }
    for (const [i, text] of pageText.guide.entries()) {
      expect(text, `guide page ${i + 1}`).toContain('Private: manager only');
      expect(text, `guide page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.guide}`);
    }
  });

  it('the page fields show the real page count once laid out', () => {
    for (const n of Object.keys(FILES) as Name[]) {
      expect(pdfText[n], n).toContain(`Page 1 of ${pages[n]}`);
      expect(pdfText[n], n).toContain(`Page ${pages[n]} of ${pages[n]}`);
    }
    expect(pages.signed).toBeGreaterThan(1);
  });

  it('the cached page count, for viewers that do not lay the file out, is within a page of the real one', () => {
    for (const n of Object.keys(FILES) as Name[]) expect(Math.abs(estimatePages(FILES[n]()) - pages[n]), n).toBeLessThanOrEqual(1);
  });
});
