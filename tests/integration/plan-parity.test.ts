// The app and `candor plan` build the same plan for the same rep of the public CRM export: the
// file imported as in the app (import worker, commitImport, the Team page's loader, the Rep
// page's default period), the plan started as Plans → New does (startPlanFor), against the CLI's
// --json. Ids and the moment taken differ by nature; everything else must be equal.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPlan, type PlanOutput } from '@cli/plan';
import { memoryIo } from '@cli/testing';
import { loadDiagnosisData } from '@renderer/features/diagnosis/useDiagnosis';
import { startPlanFor } from '@renderer/features/planner/prefill';
import { diagnoseTeam } from '@shared/domain/diagnosis/index';
import { planDocument } from '@shared/app';
import { newDraftPlan } from '@shared/domain/plan';
import { resolveNumberFormat } from '@shared/lib/currency';
import { readDocxParts, renderDocx, xmlText } from '@shared/export/docx';
import { dexieStore } from '@renderer/db/store';
import { freshDb } from '../helpers/db';
import { importLikeTheApp } from '../helpers/import';

const FILE = resolve(import.meta.dirname, '../fixtures/crm-sales-opportunities/sales_pipeline.csv');
const NOW = new Date('2026-11-20T09:00:00Z');

/** Ids are made fresh for every plan: replaced by their order of appearance. */
function withoutIds(x: unknown): unknown {
  return JSON.parse(JSON.stringify(x), (k, v: unknown) => (k === 'id' ? '·' : v));
}

async function cliPlan(rep: string, text: string): Promise<{ json: unknown; docs: Map<string, Uint8Array> }> {
  const { io, out, err } = memoryIo({ 'sales_pipeline.csv': text });
  const docs = new Map<string, Uint8Array>();
  const output: PlanOutput = { writeFile: async (p, b) => void docs.set(p, b), isDirectory: async () => false };
  expect(
    await runPlan(['sales_pipeline.csv', '--rep', rep, '--json', '--out', 'plan.docx', '--guide', 'guide.docx'], io, output, () => NOW),
    err(),
  ).toBe(0);
  return { json: JSON.parse(out()), docs };
}

/** The words of a Word file's body, as another program reads them (its properties carry the moment it was written). */
const words = (bytes: Uint8Array | undefined) => xmlText(readDocxParts(bytes!)['word/document.xml'] ?? '');

describe('app = CLI: one way to start a plan', () => {
  it('builds the same snapshot and content for every rep of the public export (every kind of verdict)', { timeout: 120_000 }, async () => {
    const text = readFileSync(FILE, 'utf8');
    const db = freshDb();
    await importLikeTheApp(db, 'sales_pipeline.csv', text);
    const data = await loadDiagnosisData(dexieStore(db));
    // The app's number format with nothing chosen in Settings, on an en-US computer: US dollars.
    const format = resolveNumberFormat(data.settings.display ?? undefined, 'en-US');
    const appFormat = { locale: format.locale, currency: format.currency };
    expect(appFormat).toEqual({ locale: 'en-US', currency: 'USD' });
    const team = diagnoseTeam({ ...data.input, format: appFormat });
    expect(team.period).toBe('2017-10');
    const verdicts = new Set<string>();
    let withSign = 0;
    expect(team.reps).toHaveLength(30);
    for (const d of team.reps) {
      const name = d.name;
      const app = startPlanFor(d, data.periodKind, '', data.settings.diagnosis.gapThreshold, appFormat, () => NOW);
      if (!app.ok) throw new Error(app.message);
      const { json, docs } = await cliPlan(name, text);
      const cli = json as { snapshot: unknown; content: unknown };
      expect(withoutIds(cli.snapshot), name).toEqual(withoutIds(app.snapshot));
      expect(withoutIds(cli.content), name).toEqual(withoutIds(app.content));
      // And the same documents, through the one document use case.
      const plan = newDraftPlan({ id: 'p', repId: d.repId, snapshot: app.snapshot, content: app.content, now: NOW });
      for (const kind of ['plan', 'guide'] as const)
        expect(words(docs.get(`${kind}.docx`)), `${name} ${kind}`).toBe(
          words(await renderDocx(planDocument(plan, kind, { ...appFormat, now: () => NOW }))),
        );
      if (/\$\d/.test(words(docs.get('guide.docx')))) withSign++;
      verdicts.add(app.snapshot.verdict);
    }
    expect([...verdicts].sort()).toEqual(['effort', 'mixed', 'on-track', 'skill']);
    // Amounts carry the app's currency sign in the CLI's documents too (a guide may cite none).
    expect(withSign).toBeGreaterThan(0);
  });
});
