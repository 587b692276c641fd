// Test helper: the sample team through the real import pipeline and diagnosis engine.
import { DEFAULT_ROLE_EXPECTATIONS, diagnoseTeam, fromRepPeriodRows, type RepDiagnosis } from '../diagnosis';
import { generateSampleCsv } from '../diagnosis/sample-team';
import { analyseFile, importFile, settingsFromAnalysis } from '../import';
import { DEFAULT_DIAGNOSIS_SETTINGS } from '../../schemas/settings';

let cached: Promise<RepDiagnosis[]> | null = null;

export function sampleTeamDiagnosis(): Promise<RepDiagnosis[]> {
  cached ??= (async () => {
    const bytes = new TextEncoder().encode(generateSampleCsv());
    const analysis = await analyseFile(bytes, 'team-metrics.csv');
    if (!analysis.ok) throw new Error(analysis.error.message);
    const result = await importFile(
      bytes,
      'team-metrics.csv',
      settingsFromAnalysis(analysis.value, { periodKind: 'month', keepRecords: false, maxErrors: 10 }),
    );
    if (!result.ok) throw new Error(result.error.message);
    const { reps, periods } = fromRepPeriodRows(result.value.periods);
    return diagnoseTeam({ reps, periods, expectations: [...DEFAULT_ROLE_EXPECTATIONS], settings: DEFAULT_DIAGNOSIS_SETTINGS, overrides: [] }).reps;
  })();
  return cached;
}

export async function sampleRep(name: string): Promise<RepDiagnosis> {
  const rep = (await sampleTeamDiagnosis()).find((r) => r.name === name);
  if (!rep) throw new Error(`No sample rep ${name}`);
  return rep;
}
