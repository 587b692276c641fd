// Test helper: the sample team through the real import pipeline and diagnosis engine.
import { DEFAULT_ROLE_EXPECTATIONS, diagnoseTeam, fromRepPeriodRows, type RepDiagnosis } from '../diagnosis';
import { generateSampleCsv } from '../diagnosis/sample-team';
import { analyseFile, importFile, settingsFromAnalysis } from '../import';
import { DEFAULT_DIAGNOSIS_SETTINGS } from '@shared/schemas/settings';
import { planSchema, type Plan } from '@shared/schemas/plan';
import { sequentialIds } from '@shared/lib/ids';
import { prefillContent } from './prefill';
import { snapshotFromDiagnosis } from './snapshot';
import { newDraftPlan } from './lifecycle';

const cached = new Map<boolean, Promise<RepDiagnosis[]>>();

/**
 * The sample team diagnosed with the role defaults applied (as after the manager clicks "Apply
 * the default targets"), or, with `roleDefaults: false`, as imported: no expectations, every
 * comparison against the team median.
 */
export function sampleTeamDiagnosis({ roleDefaults = true }: { roleDefaults?: boolean } = {}): Promise<RepDiagnosis[]> {
  const hit = cached.get(roleDefaults);
  if (hit) return hit;
  const run = (async () => {
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
    const expectations = roleDefaults ? [...DEFAULT_ROLE_EXPECTATIONS] : [];
    return diagnoseTeam({ reps, periods, expectations, settings: DEFAULT_DIAGNOSIS_SETTINGS, overrides: [] }).reps;
  })();
  cached.set(roleDefaults, run);
  return run;
}

export async function sampleRep(name: string, opts: { roleDefaults?: boolean } = {}): Promise<RepDiagnosis> {
  const rep = (await sampleTeamDiagnosis(opts)).find((r) => r.name === name);
  if (!rep) throw new Error(`No sample rep ${name}`);
  return rep;
}

/** A stored plan for a sample rep, prefilled without the conversation engine (tests only). */
export async function samplePlan(name: string, now: Date, over: Partial<Plan> = {}): Promise<Plan> {
  const snapshot = snapshotFromDiagnosis(await sampleRep(name), 'month', now);
  const content = prefillContent({ snapshot, managerName: 'Sam Lee', start: '2026-11-23', ids: sequentialIds('c'), conversation: null });
  return planSchema.parse({ ...newDraftPlan({ id: 'p1', repId: 'r1', snapshot, content, now }), history: [], ...over });
}

/** A development item with only its skill chosen (tests only). */
export const developmentItem = (id: string, skill: string) => ({
  id,
  skill,
  activities: ['Role-play the last call'],
  resources: [],
  timeline: 'Four weeks',
  reviewDate: null,
});

/** The parts of a stored draft plan around its snapshot and content (tests only). */
export const planShell = (now: Date) => ({
  id: 'p1',
  repId: 'r1',
  status: 'draft',
  outcome: null,
  revision: 1,
  signatures: [],
  history: [],
  signed: [],
  exports: [],
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
});
