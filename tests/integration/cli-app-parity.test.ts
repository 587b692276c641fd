// The command line and the app give the same diagnosis for the same files: a deals export and
// an activities export, imported one after the other into the app's database (the import
// worker's code, commitImport, the Team page's loader) and given together to `candor diagnose`.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { diagnoseTeam } from '../../shared/domain/diagnosis/index';
import { metricsOf, runDiagnose } from '../../cli/diagnose';
import type { CliIo } from '../../cli/io';
import { loadDiagnosisData } from '../../renderer/src/features/diagnosis/useDiagnosis';
import { crmPair } from '../fixtures/crm-pair';
import { freshDb } from '../helpers/db';
import { importLikeTheApp } from '../helpers/import';

const enc = new TextEncoder();

type CliRep = {
  rep: string;
  verdict: string;
  weakStage: string | null;
  confidence: string;
  termStatus: Record<string, string>;
  metrics: Record<string, { value: number | null; benchmark: number | null; benchmarkSource: string | null }>;
};

describe('CLI = app on a deals export plus an activities export', () => {
  it('gives every rep the same verdict, weak stage, confidence and numbers', { timeout: 60_000 }, async () => {
    const pair = crmPair();
    const files: Record<string, string> = { 'deals.csv': pair.deals, 'activities.csv': pair.activities };

    const db = freshDb();
    await importLikeTheApp(db, 'deals.csv', pair.deals);
    await importLikeTheApp(db, 'activities.csv', pair.activities);
    const data = await loadDiagnosisData(db);
    const app = diagnoseTeam(data.input);

    const out: string[] = [];
    const io: CliIo = {
      stdout: (t) => out.push(t),
      stderr: (t) => out.push(t),
      readFile: async (p) => enc.encode(files[p] ?? ''),
    };
    expect(await runDiagnose(['deals.csv', 'activities.csv', '--json'], io)).toBe(0);
    const cli = JSON.parse(out.join('')) as { period: string; effortSignal: string; reps: CliRep[] };

    expect(cli.period).toBe(app.period);
    expect(cli.effortSignal).toBe('meetingsHeld');
    expect(app.reps.map((r) => r.name).sort()).toEqual([...pair.reps].sort());
    expect(cli.reps.map((r) => r.rep).sort()).toEqual([...pair.reps].sort());
    for (const a of app.reps) {
      const c = cli.reps.find((r) => r.rep === a.name)!;
      expect({ verdict: c.verdict, weakStage: c.weakStage, confidence: c.confidence }, a.name).toEqual({
        verdict: a.verdict,
        weakStage: a.weakStage,
        confidence: a.confidence,
      });
      expect(c.metrics, a.name).toEqual(metricsOf(a.window));
    }

    // With activities in the data, every stage of the funnel is computed for reps who have them…
    const avery = app.reps.find((r) => r.name === 'Avery Stone')!;
    expect(avery.window.decomposition.terms.map((t) => t.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(avery.window.decomposition.identityHolds).toBe(true);
    // … the two clear cases come out as such …
    expect(app.reps.find((r) => r.name === 'Casey Lin')?.verdict).toBe('effort');
    expect(app.reps.find((r) => r.name === 'Devon Park')).toMatchObject({ verdict: 'skill', weakStage: 'opportunity-to-win' });
    // … and a rep with no activity rows where everyone else has them is not judged on effort.
    const quiet = app.reps.find((r) => r.name === pair.quietRep)!;
    expect(quiet.verdict).toBe('insufficient-data');
    expect(quiet.window.decomposition.terms[0]?.status).toBe('missing');
    expect(cli.reps.find((r) => r.rep === pair.quietRep)?.termStatus.effort).toBe('missing');
  });
});
