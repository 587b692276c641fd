// Import use cases, written once for the app (renderer/src/db/repositories/imports.ts hands them
// its Dexie store) and the CLI (cli/load.ts, over a memory store): storing an import — reps
// matched by name key or created with a clipped name, raw records in batches per rep, every row
// checked against its schema, all in one transaction — and undoing one.
import type { RepPeriodRow } from '../domain/import/contract';
import { batchByOwner } from '../domain/migrations/batches';
import { randomId, systemClock, type Clock, type IdSource } from '../lib/ids';
// Each schema from its own module: the index would build every schema Candor has, which
// `candor diagnose` would pay for at start-up.
import { nameKey } from '../schemas/common';
import {
  activityBatchSchema,
  dealBatchSchema,
  RECORD_BATCH_SIZE,
  importRecordSchema,
  savedMappingSchema,
  type ActivityEntry,
  type DealEntry,
  type ImportRecord,
  type SavedMapping,
} from '../schemas/imports';
import { metricPeriodSchema, type MetricPeriod } from '../schemas/metrics';
import { repSchema, type Rep } from '../schemas/rep';
import { IMPORT_WRITTEN_TABLES, REP_OWNED_TABLES } from '../schemas/tables';
import { looseTable, type Store } from './store';

export type Deps = { ids: IdSource; clock: Clock };
const defaultDeps: Deps = { ids: randomId, clock: systemClock };

/** Longest rep name kept (and name key): longer names are clipped, not refused. */
export const MAX_REP_NAME = 120;

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

/** A stored rep-period row without its values. */
const periodEnvelopeSchema = metricPeriodSchema.omit({ values: true });

async function addChunked<T>(add: (rows: T[]) => Promise<unknown>, rows: T[], onChunk: (n: number) => void, weight: (row: T) => number = () => 1) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await add(chunk);
    onChunk(chunk.reduce((n, r) => n + weight(r), 0));
  }
}

/** The import already stored for this exact file, if any (matched by SHA-256). */
export async function findImportByHash(store: Store, sha256: string): Promise<ImportRecord | undefined> {
  return (await store.table('imports').where('fileSha256', sha256))[0];
}

/** Matches names to the stored reps by name key, creating (in memory) the ones not there yet. */
function repMatcher(known: readonly Rep[], req: CommitRequest, importId: string, now: string, ids: IdSource) {
  const byKey = new Map<string, Rep>(known.map((r) => [r.nameKey, r]));
  const created: Rep[] = [];
  const idFor = (name: string, role: string | null, startDate: string | null): string => {
    // Looked up by the key as stored: a clipped name must find its rep again on the next import.
    const key = nameKey(name).slice(0, MAX_REP_NAME);
    const existing = byKey.get(key);
    if (existing) return existing.id;
    const rep = repSchema.parse({
      id: ids(),
      name: name.trim().replace(/\s+/g, ' ').slice(0, MAX_REP_NAME),
      nameKey: key,
      role: role?.trim() || req.newRepRole,
      startDate,
      email: null,
      targetOverrides: null,
      createdByImportId: importId,
      createdAt: now,
      updatedAt: now,
    });
    byKey.set(key, rep);
    created.push(rep);
    return rep.id;
  };
  return { idFor, created };
}

/**
 * Stores an import in one transaction: all of it, or nothing (quota errors included).
 * Reps are matched by name (case- and space-insensitive) or created.
 */
export async function commitImport(store: Store, req: CommitRequest, deps: Deps = defaultDeps, onProgress?: CommitProgress): Promise<ImportRecord> {
  const now = deps.clock().toISOString();
  const importId = deps.ids();
  const total = req.periods.length + (req.deals?.length ?? 0) + (req.activities?.length ?? 0);
  let written = 0;
  const tick = (n: number) => {
    written += n;
    onProgress?.(written, total);
  };

  const tables = ['reps', 'metricPeriods', 'imports', 'dealBatches', 'activityBatches', 'savedMappings'] as const;
  return store.transaction(tables, async () => {
    const reps = repMatcher(await store.table('reps').all(), req, importId, now, deps.ids);
    // The values were checked against their schema where the import read them (finalise, the
    // boundary); what this step adds around them (ids, period, time) is checked here.
    const periods: MetricPeriod[] = req.periods.map((p) => {
      const row = periodEnvelopeSchema.parse({
        id: deps.ids(),
        repId: reps.idFor(p.rep, p.role, p.startDate),
        period: p.period,
        periodKind: p.periodKind,
        importId,
        createdAt: now,
      });
      return { id: row.id, repId: row.repId, period: row.period, periodKind: row.periodKind, importId, values: p.values, createdAt: now };
    });
    const batches = <E>(rows: Array<E & { rep: string }>) =>
      batchByOwner(
        rows.map(({ rep, ...entry }) => ({ importId, repId: reps.idFor(rep, null, null), entry: entry as E })),
        RECORD_BATCH_SIZE,
        deps.ids,
      );
    const dealBatches = batches<DealEntry>(req.deals ?? []).map((b) => dealBatchSchema.parse(b));
    const activityBatches = batches<ActivityEntry>(req.activities ?? []).map((b) => activityBatchSchema.parse(b));

    if (reps.created.length) await store.table('reps').add(reps.created);
    await addChunked((rows) => store.table('metricPeriods').add(rows), periods, tick);
    await addChunked(
      (rows) => store.table('dealBatches').add(rows),
      dealBatches,
      tick,
      (b) => b.records.length,
    );
    await addChunked(
      (rows) => store.table('activityBatches').add(rows),
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
      repsCreated: reps.created.length,
      importedAt: now,
    });
    await store.table('imports').add([record]);
    await store
      .table('savedMappings')
      .put([savedMappingSchema.parse({ id: req.headerSignature, kind: req.kind, mapping: req.mapping, stageMap: req.stageMap, updatedAt: now })]);
    return record;
  });
}

/** Said when the import to undo is gone (undone in another window, or a restore replaced it). */
export const IMPORT_GONE = 'That import is no longer in the history.';

/**
 * Removes exactly what an import added: its metric rows, its raw records, and the reps it
 * created unless something else now refers to them (other imports, plans, notes…).
 */
export async function undoImport(store: Store, importId: string): Promise<{ periodsRemoved: number; repsRemoved: number }> {
  const tables = ['reps', 'imports', ...new Set([...IMPORT_WRITTEN_TABLES, ...REP_OWNED_TABLES])] as const;
  return store.transaction(tables, async () => {
    if (!(await store.table('imports').get(importId))) throw new Error(IMPORT_GONE);
    const periodsRemoved = await store.table('metricPeriods').countWhere('importId', importId);
    for (const name of IMPORT_WRITTEN_TABLES) await looseTable(store, name).deleteWhere('importId', importId);
    let repsRemoved = 0;
    for (const rep of await store.table('reps').where('createdByImportId', importId)) {
      let stillUsed = 0;
      for (const name of REP_OWNED_TABLES) stillUsed += await looseTable(store, name).countWhere('repId', rep.id);
      if (stillUsed === 0) {
        await store.table('reps').delete([rep.id]);
        repsRemoved += 1;
      }
    }
    await store.table('imports').delete([importId]);
    return { periodsRemoved, repsRemoved };
  });
}

/** Every import, newest first. */
export async function listImports(store: Store): Promise<ImportRecord[]> {
  const newestFirst = (a: ImportRecord, b: ImportRecord) => ((a.importedAt !== b.importedAt ? a.importedAt < b.importedAt : a.id < b.id) ? 1 : -1);
  return (await store.table('imports').all()).sort(newestFirst);
}

export async function savedMappingFor(store: Store, headerSignature: string): Promise<SavedMapping | undefined> {
  return store.table('savedMappings').get(headerSignature);
}
