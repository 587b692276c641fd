// The command line and the app give the same diagnosis for the same files: a deals export and
// an activities export, imported one after the other into the app's database (the import
// worker's code) and given together to the CLI's loader.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadDiagnosisData } from '@shared/app/diagnosis';
import type { Store } from '@shared/app/store';
import { diagnoseTeam, mergeMetricPeriods } from '@shared/domain/diagnosis/index';
import type { CliIo } from '@cli/io';
import { loadFiles } from '@cli/load';
import { dexieStore } from '@renderer/db/store';
import { crmPair } from '../fixtures/crm-pair';
import { freshDb } from '../helpers/db';
import { importLikeTheApp } from '../helpers/import';

const enc = new TextEncoder();

/** Stored rows by rep name and period (ids differ between the two stores; names and values must not). */
async function rowsByName(store: Store): Promise<Record<string, unknown>> {
  const names = new Map((await store.table('reps').all()).map((r) => [r.id, r.name]));
  const merged = mergeMetricPeriods(await store.table('metricPeriods').all());
  return Object.fromEntries(merged.map((r) => [`${names.get(r.repId) ?? '?'} ${r.periodKind} ${r.period}`, r.values]));
}

// Storing and reading for the diagnosis are one use case each (shared/app), so what is left to
// hold together is the way in: the app's import worker (with the manager's answers and raw
// records kept) against the CLI's direct import of the same files.
describe('CLI = app on a deals export plus an activities export', () => {
  it('stores the same rep-period figures and gives every rep the same verdict', { timeout: 60_000 }, async () => {
    const pair = crmPair();
    const files: Record<string, string> = { 'deals.csv': pair.deals, 'activities.csv': pair.activities };

    const db = freshDb();
    await importLikeTheApp(db, 'deals.csv', pair.deals);
    await importLikeTheApp(db, 'activities.csv', pair.activities);
    const io: CliIo = { stdout: () => undefined, stderr: () => undefined, readFile: async (p) => enc.encode(files[p] ?? '') };
    const cli = await loadFiles(['deals.csv', 'activities.csv'], io, { periodKind: 'month', maxErrors: 100 });
    if (typeof cli === 'string') throw new Error(cli);

    const appRows = await rowsByName(dexieStore(db));
    expect(Object.keys(appRows).length).toBeGreaterThan(pair.reps.length);
    expect(await rowsByName(cli.store)).toEqual(appRows);

    const app = diagnoseTeam((await loadDiagnosisData(dexieStore(db))).input);
    const fromCli = diagnoseTeam((await loadDiagnosisData(cli.store)).input);
    expect(app.reps.map((r) => r.name).sort()).toEqual([...pair.reps].sort());
    const verdicts = (t: typeof app) => Object.fromEntries(t.reps.map((r) => [r.name, [r.verdict, r.weakStage, r.confidence]]));
    expect(verdicts(fromCli)).toEqual(verdicts(app));
    expect(fromCli.effortSignal).toBe('meetingsHeld');

    // The fixture's clear cases come out as such (the pair is built so they do).
    expect(app.reps.find((r) => r.name === 'Casey Lin')?.verdict).toBe('effort');
    expect(app.reps.find((r) => r.name === 'Devon Park')).toMatchObject({ verdict: 'skill', weakStage: 'opportunity-to-win' });
    expect(app.reps.find((r) => r.name === pair.quietRep)?.window.decomposition.terms[0]?.status).toBe('missing');
  });
});
