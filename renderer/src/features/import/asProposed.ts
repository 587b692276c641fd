import type { CandorDB } from '@renderer/db/db';
import { commitImport } from '@renderer/db/repositories/imports';
import type { ImportEngine } from './engine';

/** The file as stored in the import history. */
export type ProposedFile = { name: string; sha256: string; size: number };

/**
 * A file imported with everything the importer proposes (mapping, stage map, answers to its
 * questions), by month, new reps as AE: the sample team's one-click import, and tests that import
 * as a manager who accepts every proposal would.
 */
export async function importAsProposed(db: CandorDB, engine: ImportEngine, file: Blob, stored: ProposedFile): Promise<void> {
  const analysis = await engine.analyse({ type: 'analyse', file, fileName: stored.name, sheetName: null }, () => undefined);
  const answers = Object.fromEntries(analysis.questions.filter((q) => q.proposed).map((q) => [q.id, q.proposed as string]));
  const result = await engine.run(
    { kind: analysis.kind, mapping: analysis.mapping, stageMap: analysis.stageMap, periodKind: 'month', answers },
    () => undefined,
  );
  await commitImport(db, {
    file: { ...stored, sheetName: null },
    kind: analysis.kind,
    periodKind: 'month',
    mapping: Object.fromEntries(Object.entries(analysis.mapping).filter(([, v]) => v)),
    stageMap: analysis.stageMap,
    headerSignature: analysis.headerSignature,
    report: result.report,
    periods: result.periods,
    deals: result.deals,
    activities: result.activities,
    newRepRole: 'AE',
  });
}
