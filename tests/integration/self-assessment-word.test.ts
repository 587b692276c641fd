// The self-assessment through Word for real: Candor writes the form, python-docx fills it the way
// a rep does in Word, and Candor reads it back into the store beside the data. Files that are not
// the form, or were changed out of shape, are refused with one sentence and nothing stored.
// Skips, saying why, only where python-docx is not installed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryStore } from '@shared/app/memory-store';
import { assessmentsBesideData, importFilledForm, selfAssessmentForm } from '@shared/app/self-assessments';
import { buildPlanDocument } from '@shared/domain/document';
import { EN_GB, planInput } from '@shared/domain/document/testing';
import { renderDocx, wordDocumentXml } from '@shared/export/docx';
import { emptyMetricValues } from '@shared/schemas';
import type { BackupTables } from '@shared/schemas';
import { seedRows } from '../helpers/seed';

const PYTHON = process.env.DOCX_PYTHON ?? '/usr/bin/python3';
const FILL = resolve(__dirname, '../helpers/fill-form.py');
const reason = spawnSync(PYTHON, ['-c', 'import docx'], { stdio: 'ignore' }).status === 0 ? null : `python-docx is not installed for ${PYTHON}`;
if (reason) console.warn(`self-assessment Word round trip skipped: ${reason}`);

const dir = mkdtempSync(join(tmpdir(), 'candor-sa-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Ana's November: 60 calls, 14 meetings held, 4 deals won, a 25% win rate and 18,000 won. */
function anaNovember(): Partial<BackupTables> {
  const t = seedRows();
  return {
    reps: t.reps,
    metricPeriods: [
      {
        id: 'mp-ana-nov',
        repId: 'rep-ana',
        period: '2026-11',
        periodKind: 'month',
        importId: null,
        values: { ...emptyMetricValues(), calls: 60, meetingsHeld: 14, dealsWon: 4, winRate: 0.25, revenueWon: 18000, quota: 40000 },
        createdAt: '2026-12-01T09:00:00.000Z',
      },
    ],
  };
}

let n = 0;
async function formFile(): Promise<string> {
  const store = memoryStore(anaNovember());
  const model = await selfAssessmentForm(store, 'rep-ana', '2026-11', 'en-GB');
  if (!model.ok) throw new Error(model.error.message);
  const path = join(dir, `form-${++n}.docx`);
  writeFileSync(path, await renderDocx(model.value));
  return path;
}

function fill(form: string, answers: Record<string, string>, deleteRow: string | null = null): Uint8Array {
  const spec = join(dir, `answers-${++n}.json`);
  const out = join(dir, `filled-${n}.docx`);
  writeFileSync(spec, JSON.stringify({ answers, deleteRow }));
  const run = spawnSync(PYTHON, [FILL, form, out, spec], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return new Uint8Array(readFileSync(out));
}

const FULL_ANSWERS = {
  calls: '80',
  meetingsHeld: '14',
  dealsWon: '3',
  winRate: '30%',
  revenueWon: '15,000',
  'stage:prospecting': '4',
  'stage:opportunity-to-win': '2',
  obstacles: 'Two deals slipped when the buyer’s budget froze.',
  support: 'Sit in on my next two negotiations.',
};

const without = (ref: string) => Object.fromEntries(Object.entries(FULL_ANSWERS).filter(([k]) => k !== ref));

async function importInto(bytes: Uint8Array) {
  const store = memoryStore(anaNovember());
  const xml = wordDocumentXml(bytes);
  const result = xml.ok ? await importFilledForm(store, 'rep-ana', xml.value, 'sa-new', new Date('2026-12-02T10:00:00Z'), '2026-12-02') : xml;
  return { result, stored: await store.table('selfAssessments').all(), store };
}

describe.skipIf(reason !== null)('a self-assessment round-tripped through Word', () => {
  it('asks for exactly the metrics the data holds for the period (not the quota)', async () => {
    const xml = wordDocumentXml(readFileSync(await formFile()));
    if (!xml.ok) throw new Error(xml.error.message);
    for (const label of ['Calls (number)', 'Meetings held (number)', 'Deals won (number)', 'Win rate (%)', 'Won revenue (amount)'])
      expect(xml.value).toContain(label);
    expect(xml.value).not.toContain('Quota');
    expect(xml.value).not.toContain('Emails (number)');
  });

  it('comes back with every answer the rep typed, stored and set beside the actual figures', async () => {
    const { result, stored, store } = await importInto(fill(await formFile(), FULL_ANSWERS));
    expect(result.ok).toBe(true);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      repId: 'rep-ana',
      period: '2026-11',
      via: 'word',
      estimates: { calls: 80, meetingsHeld: 14, dealsWon: 3, winRate: 0.3, revenueWon: 15000 },
      stageRatings: { prospecting: 4, 'opportunity-to-win': 2 },
      obstacles: FULL_ANSWERS.obstacles,
      supportWanted: FULL_ANSWERS.support,
    });
    const [beside] = await assessmentsBesideData(store, 'rep-ana');
    const gap = (k: string) => beside!.gaps.find((g) => g.metric === k)!;
    expect(gap('calls')).toMatchObject({ estimate: 80, actual: 60, difference: 20, reading: 'over' });
    expect(gap('calls').share).toBeCloseTo(20 / 60);
    expect(gap('dealsWon')).toMatchObject({ estimate: 3, actual: 4, difference: -1, reading: 'under', share: -0.25 });
    expect(gap('meetingsHeld').reading).toBe('same');
    expect(gap('winRate').difference).toBeCloseTo(0.05);
  });

  const refused: [string, () => Promise<Uint8Array>, RegExp][] = [
    ['another Word document (an action plan)', async () => renderDocx(buildPlanDocument(planInput(), EN_GB)), /not a Candor self-assessment form/],
    ['the form with a row deleted', async () => fill(await formFile(), without('dealsWon'), 'dealsWon'), /changed out of shape.*Deals won/],
    ['an estimate in words', async () => fill(await formFile(), { ...FULL_ANSWERS, calls: 'about eighty' }), /“about eighty”, is not a number/],
    ['a rating of 7', async () => fill(await formFile(), { ...FULL_ANSWERS, 'stage:prospecting': '7' }), /whole number from 1 to 5/],
    ['a text file renamed .docx', async () => new TextEncoder().encode('calls,80\nwinRate,30%\n'), /not a Word document/],
    ['the form returned blank', async () => fill(await formFile(), {}), /came back empty/],
  ];
  it.each(refused)('refuses %s in one sentence and stores nothing', async (_, make, message) => {
    const { result, stored } = await importInto(await make());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(message);
    expect(result.error.message.split(/[.:] [A-Z]/u).length).toBeLessThanOrEqual(3);
    expect(result.error.message).not.toMatch(/Error|at \w+ \(/u);
    expect(stored).toEqual([]);
  });

  it('refuses a form sent for another rep, naming them', async () => {
    const store = memoryStore(anaNovember());
    const xml = wordDocumentXml(fill(await formFile(), FULL_ANSWERS));
    if (!xml.ok) throw new Error(xml.error.message);
    const result = await importFilledForm(store, 'rep-moses', xml.value, 'sa-x', new Date('2026-12-02T10:00:00Z'), '2026-12-02');
    expect(result.ok ? null : result.error.message).toBe('This form was sent to Ana Ruiz: import it on their page.');
    expect(await store.table('selfAssessments').all()).toEqual([]);
  });
});
