// A file imported as a manager would in the app: analyse, accept the proposed mapping, check
// the rows, import (the import worker's code and commitImport), into a test database.
import { createHash } from 'node:crypto';
import { commitImport } from '../../renderer/src/db/repositories/imports';
import { inProcessEngine } from '../../renderer/src/features/import/inProcessEngine';
import type { freshDb } from './db';

const enc = new TextEncoder();

/** As a manager would in the app: analyse, accept the proposed mapping, check the rows, import. */
export async function importLikeTheApp(db: ReturnType<typeof freshDb>, name: string, text: string): Promise<void> {
  const engine = inProcessEngine();
  const bytes = enc.encode(text);
  const file = new File([bytes], name, { type: 'text/csv' });
  const analysis = await engine.analyse({ type: 'analyse', file, fileName: name, sheetName: null }, () => undefined);
  const answers = Object.fromEntries(analysis.questions.filter((q) => q.proposed).map((q) => [q.id, q.proposed as string]));
  const result = await engine.run(
    { kind: analysis.kind, mapping: analysis.mapping, stageMap: analysis.stageMap, periodKind: 'month', answers },
    () => undefined,
  );
  await commitImport(db, {
    file: { name, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.byteLength, sheetName: null },
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
  engine.dispose();
}
