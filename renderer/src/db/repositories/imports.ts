import type { RepPeriodRow } from '../../../../shared/domain/import/contract';
import { randomId, systemClock, type Clock, type IdSource } from '../../../../shared/lib/ids';
import { batchByOwner } from '../../../../shared/domain/migrations/batches';
import {
  activityBatchSchema,
  dealBatchSchema,
  RECORD_BATCH_SIZE,
  importRecordSchema,
  metricPeriodSchema,
  nameKey,
  repSchema,
  savedMappingSchema,
  type ActivityEntry,
  type DealEntry,
  type ImportRecord,
  type MetricPeriod,
  type Rep,
  type SavedMapping,
} from '../../../../shared/schemas';
import type { CandorDB } from '../db';
import { importWrittenTables, repOwnedTables } from '../tables';

export type Deps = { ids: IdSource; clock: Clock };
const defaultDeps: Deps = { ids: randomId, clock: systemClock };

/** Raw rows kept for provenance; `rep` is the name as in the file. */
export type RawDeal = DealEntry & { rep: string };
export type RawActivity = ActivityEntry & { rep: string };

export type CommitRequest = {
  file: { name: string; sha256: string; size: number; sheetName: string | null };
  kind: ImportRecord['kind'];
  periodKind: ImportRecord['periodKind'];
  mapping: ImportRecord['mapping'];
  stageMap: ImportRecord['stageMap'];
  headerSignature: string;
  report: { rowsRead: number; rowsAccepted: number; rowsRejected: number };
  periods: RepPeriodRow[];
  deals?: RawDeal[];
  activities?: RawActivity[];
  /** Role given to reps the import creates when the file does not say. */
  newRepRole: string;
};

export type CommitProgress = (written: number, total: number) => void;

const CHUNK = 1000;

async function bulkAddChunked<T>(
  add: (rows: T[]) => Promise<unknown>,
  rows: T[],
  onChunk: (n: number) => void,
  weight: (row: T) => number = () => 1,
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await add(chunk);
    onChunk(chunk.reduce((n, r) => n + weight(r), 0));
  }
}

/** The import already stored for this exact file, if any (matched by SHA-256). */
export async function findImportByHash(db: CandorDB, sha256: string): Promise<ImportRecord | undefined> {
  return db.imports.where('fileSha256').equals(sha256).first();
}

/**
 * Stores an import in one transaction: all of it, or nothing (quota errors included).
 * Reps are matched by name (case- and space-insensitive) or created.
 */
export async function commitImport(db: CandorDB, req: CommitRequest, deps: Deps = defaultDeps, onProgress?: CommitProgress): Promise<ImportRecord> {
  const now = deps.clock().toISOString();
  const importId = deps.ids();
  const total = req.periods.length + (req.deals?.length ?? 0) + (req.activities?.length ?? 0);
  let written = 0;
  const tick = (n: number) => {
    written += n;
    onProgress?.(written, total);
  };

  return db.transaction('rw', [db.reps, db.metricPeriods, db.imports, db.dealBatches, db.activityBatches, db.savedMappings], async () => {
    const byKey = new Map<string, Rep>();
    for (const rep of await db.reps.toArray()) byKey.set(rep.nameKey, rep);
    let repsCreated = 0;
    const repIdFor = (name: string, role: string | null, startDate: string | null): string => {
      const key = nameKey(name);
      const existing = byKey.get(key);
      if (existing) return existing.id;
      const rep = repSchema.parse({
        id: deps.ids(),
        name: name.trim().replace(/\s+/g, ' ').slice(0, 120),
        nameKey: key.slice(0, 120),
        role: role?.trim() || req.newRepRole,
        startDate,
        email: null,
        targetOverrides: null,
        createdByImportId: importId,
        createdAt: now,
        updatedAt: now,
      });
      byKey.set(key, rep);
      repsCreated += 1;
      return rep.id;
    };

    const periods: MetricPeriod[] = req.periods.map((p) =>
      metricPeriodSchema.parse({
        id: deps.ids(),
        repId: repIdFor(p.rep, p.role, p.startDate),
        period: p.period,
        periodKind: p.periodKind,
        importId,
        values: p.values,
        createdAt: now,
      }),
    );
    const dealBatches = batchByOwner(
      (req.deals ?? []).map(({ rep, ...entry }) => ({ importId, repId: repIdFor(rep, null, null), entry })),
      RECORD_BATCH_SIZE,
      deps.ids,
    ).map((b) => dealBatchSchema.parse(b));
    const activityBatches = batchByOwner(
      (req.activities ?? []).map(({ rep, ...entry }) => ({ importId, repId: repIdFor(rep, null, null), entry })),
      RECORD_BATCH_SIZE,
      deps.ids,
    ).map((b) => activityBatchSchema.parse(b));

    const newReps = [...byKey.values()].filter((r) => r.createdByImportId === importId);
    if (newReps.length) await db.reps.bulkAdd(newReps);
    await bulkAddChunked((rows) => db.metricPeriods.bulkAdd(rows), periods, tick);
    await bulkAddChunked(
      (rows) => db.dealBatches.bulkAdd(rows),
      dealBatches,
      tick,
      (b) => b.records.length,
    );
    await bulkAddChunked(
      (rows) => db.activityBatches.bulkAdd(rows),
      activityBatches,
      tick,
      (b) => b.records.length,
    );

    const record = importRecordSchema.parse({
      id: importId,
      fileName: req.file.name.slice(0, 260) || 'unnamed file',
      fileSha256: req.file.sha256,
      fileSize: req.file.size,
      sheetName: req.file.sheetName,
      kind: req.kind,
      periodKind: req.periodKind,
      mapping: req.mapping,
      stageMap: req.stageMap,
      rowsRead: req.report.rowsRead,
      rowsAccepted: req.report.rowsAccepted,
      rowsRejected: req.report.rowsRejected,
      periodsWritten: periods.length,
      repsCreated,
      importedAt: now,
    });
    await db.imports.add(record);
    await db.savedMappings.put(
      savedMappingSchema.parse({ id: req.headerSignature, kind: req.kind, mapping: req.mapping, stageMap: req.stageMap, updatedAt: now }),
    );
    return record;
  });
}

/**
 * Removes exactly what an import added: its metric rows, its raw records, and the reps it
 * created unless something else now refers to them (other imports, plans, notes…).
 */
export async function undoImport(db: CandorDB, importId: string): Promise<{ periodsRemoved: number; repsRemoved: number }> {
  const written = importWrittenTables(db);
  const owned = repOwnedTables(db);
  return db.transaction('rw', [db.reps, db.imports, ...new Set([...written, ...owned])], async () => {
    if (!(await db.imports.get(importId))) throw new Error('That import is no longer in the history.');
    const periodsRemoved = await db.metricPeriods.where('importId').equals(importId).count();
    for (const table of written) await table.where('importId').equals(importId).delete();
    let repsRemoved = 0;
    for (const rep of await db.reps.where('createdByImportId').equals(importId).toArray()) {
      let stillUsed = 0;
      for (const table of owned) stillUsed += await table.where('repId').equals(rep.id).count();
      if (stillUsed === 0) {
        await db.reps.delete(rep.id);
        repsRemoved += 1;
      }
    }
    await db.imports.delete(importId);
    return { periodsRemoved, repsRemoved };
  });
}

export async function listImports(db: CandorDB): Promise<ImportRecord[]> {
  return db.imports.orderBy('importedAt').reverse().toArray();
}

export async function savedMappingFor(db: CandorDB, headerSignature: string): Promise<SavedMapping | undefined> {
  return db.savedMappings.get(headerSignature);
}
