// The public CRM export through `candor diagnose` and `candor plan`: every sentence (evidence,
// warning signs, notes, and the text of both Word documents) names periods as people say them
// and writes amounts in the currency asked for; `diagnose` as plain numbers when none is asked for,
// `plan` in the app's currency for the locale (US dollars for en-US).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDiagnose } from '@cli/diagnose';
import type { CliIo } from '@cli/io';
import { runPlan, type PlanOutput } from '@cli/plan';
import { readDocxParts, xmlText } from '@shared/export/docx';

const FILE = resolve(import.meta.dirname, '../fixtures/crm-sales-opportunities/sales_pipeline.csv');
const RAW_KEY = /\b\d{4}-(0[1-9]|1[0-2]|Q[1-4]|W\d{2})\b/u;
const SYMBOL = /[$€£¥]/u;

function io(out: string[], err: string[]): CliIo {
  return { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readFile: async (p) => new Uint8Array(await readFile(p)) };
}

type Json = {
  notes: string[];
  reps: Array<{ rep: string; verdict: string; evidence: string[]; warnings: Array<{ title: string; detail: string }> }>;
};

async function diagnose(...args: string[]): Promise<Json> {
  const out: string[] = [];
  const err: string[] = [];
  expect(await runDiagnose([FILE, '--json', ...args], io(out, err))).toBe(0);
  expect(err.join('')).toBe('');
  return JSON.parse(out.join('')) as Json;
}

const sentences = (j: Json) => [...j.notes, ...j.reps.flatMap((r) => [...r.evidence, ...r.warnings.flatMap((w) => [w.title, w.detail])])];

async function documents(rep: string, ...args: string[]): Promise<string[]> {
  const written = new Map<string, Uint8Array>();
  const output: PlanOutput = { writeFile: async (p, b) => void written.set(p, b), isDirectory: async () => false };
  const err: string[] = [];
  const code = await runPlan([FILE, '--rep', rep, '--out', 'p.docx', '--guide', 'g.docx', '--date', '2026-11-23', ...args], io([], err), output);
  expect(err.join('')).toBe('');
  expect(code).toBe(0);
  // The visible text: the body, headers and footers (not the package's own metadata).
  return [...written.values()].map((bytes) =>
    Object.entries(readDocxParts(bytes))
      .filter(([name]) => name.startsWith('word/'))
      .map(([, xml]) => xmlText(xml))
      .join('\n'),
  );
}

describe('wording on the real CRM export', { timeout: 120_000 }, () => {
  it('diagnosis sentences: no period keys; plain amounts by default, euros when asked', async () => {
    const plain = await diagnose();
    const euro = await diagnose('--currency', 'EUR', '--locale', 'de-DE');
    expect(plain.reps.length).toBe(30);
    for (const j of [plain, euro]) expect(sentences(j).filter((t) => RAW_KEY.test(t))).toEqual([]);
    expect(sentences(plain).filter((t) => SYMBOL.test(t))).toEqual([]);
    const revenue = sentences(euro).filter((t) => t.startsWith('Won revenue: '));
    expect(revenue).toHaveLength(30);
    for (const t of revenue) expect(t).toMatch(/^Won revenue: [\d.]+\s€ vs [\d.]+\s€, the median of the role AE/u);
    // The window and the missed months are named as people say them.
    expect(plain.reps.every((r) => r.evidence[0] === 'Over Aug to Oct 2017 (3 of 3 months with data; counts summed, rates from the sums).')).toBe(
      true,
    );
    const missed = plain.reps.flatMap((r) => r.warnings.filter((w) => / of the last 3 months /u.test(w.title)));
    expect(missed.length).toBeGreaterThan(0);
    for (const w of missed) expect(w.detail).toMatch(/ in (Aug|Sep|Oct) 2017 \(/u);
  });

  it('both Word documents for an effort gap and a skill gap: no period keys; the currency asked for, else the app’s (US dollars for en-US)', async () => {
    const { reps } = await diagnose();
    const effort = reps.find((r) => r.verdict === 'effort')?.rep;
    const skill = reps.find((r) => r.verdict === 'skill')?.rep;
    if (!effort || !skill) throw new Error('the export should hold an effort gap and a skill gap');
    for (const text of [...(await documents(effort)), ...(await documents(skill))]) {
      expect(text).not.toMatch(RAW_KEY);
      expect(text).not.toMatch(/[€£¥]/u);
      expect(text).not.toContain('(uninterrupted)');
      expect(text).toContain('Aug to Oct 2017');
    }
    const [plan, guide] = await documents(skill, '--currency', 'EUR');
    expect(plan).not.toMatch(RAW_KEY);
    // The skill gap is deal size: the first talking point after what works says it, in the currency asked for.
    expect(guide).toMatch(/Average deal size in Aug to Oct 2017: €\d{1,3}(,\d{3})*, against the median of the role AE of €/u);
    expect(guide).not.toMatch(/\$/u);
  });
});
