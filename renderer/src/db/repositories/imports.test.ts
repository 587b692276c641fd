import { describe, expect, it } from 'vitest';
import type { RepPeriodRow } from '@shared/domain/import/contract';
import { fixedClock, sequentialIds } from '@shared/lib/ids';
import { emptyMetricValues } from '@shared/schemas';
import { freshDb } from '@tests/helpers/db';
import { commitImport, findImportByHash, listImports, undoImport, type CommitRequest } from './imports';
import { addRep } from './reps';

const clock = fixedClock('2026-11-02T10:00:00.000Z');

function row(rep: string, period: string, revenueWon: number): RepPeriodRow {
  return { rep, role: null, startDate: null, period, periodKind: 'month', values: { ...emptyMetricValues(), revenueWon, dealsWon: 2 } };
}

function request(periods: RepPeriodRow[], sha = 'a'.repeat(64)): CommitRequest {
  return {
    file: { name: 'pipeline.csv', sha256: sha, size: 1234, sheetName: null },
    kind: 'deals',
    periodKind: 'month',
    mapping: { rep: 'sales_agent', stage: 'deal_stage' },
    stageMap: { Won: 'won', Lost: 'lost' },
    headerSignature: 'deal_stage|sales_agent',
    report: { rowsRead: 10, rowsAccepted: 9, rowsRejected: 1 },
    periods,
    deals: [{ rep: 'moses frase', externalId: 'X1', outcome: 'won', stage: 'Won', amount: 1054, createdDate: '2016-10-20', closeDate: '2017-03-01' }],
    newRepRole: 'AE',
  };
}

describe('commitImport', () => {
  it('matches reps by name ignoring case and spaces, creates the others, and records provenance', async () => {
    const db = freshDb();
    const existing = await addRep(db, { name: 'Moses Frase', role: 'AM', startDate: '2020-01-01' }, { ids: sequentialIds('old'), clock });
    const record = await commitImport(db, request([row('  MOSES   frase', '2017-03', 1054), row('Darcel Schlecht', '2017-03', 4514)]), {
      ids: sequentialIds('n'),
      clock,
    });

    expect(record).toMatchObject({ fileName: 'pipeline.csv', rowsRead: 10, rowsAccepted: 9, rowsRejected: 1, periodsWritten: 2, repsCreated: 1 });
    const reps = await db.reps.toArray();
    expect(reps.map((r) => r.name).sort()).toEqual(['Darcel Schlecht', 'Moses Frase']);
    expect(reps.find((r) => r.name === 'Darcel Schlecht')).toMatchObject({ role: 'AE', createdByImportId: record.id, startDate: null });
    const mosesRows = await db.metricPeriods.where('repId').equals(existing.id).toArray();
    expect(mosesRows).toHaveLength(1);
    expect(mosesRows[0]?.values.revenueWon).toBe(1054);
    expect(mosesRows[0]?.values.calls).toBeNull();
    expect((await db.dealBatches.toArray()).flatMap((b) => b.records)).toHaveLength(1);
    expect(await db.savedMappings.get('deal_stage|sales_agent')).toMatchObject({ kind: 'deals', mapping: { rep: 'sales_agent' } });
    expect((await listImports(db)).map((i) => i.id)).toEqual([record.id]);
  });

  it('detects a re-import of the same file by its SHA-256', async () => {
    const db = freshDb();
    await commitImport(db, request([row('Ana', '2026-01', 1)], 'b'.repeat(64)), { ids: sequentialIds('n'), clock });
    expect(await findImportByHash(db, 'b'.repeat(64))).toMatchObject({ fileName: 'pipeline.csv' });
    expect(await findImportByHash(db, 'c'.repeat(64))).toBeUndefined();
  });

  it('stores nothing at all when any row is invalid, and keeps what was already there', async () => {
    const db = freshDb();
    await commitImport(db, request([row('Ana', '2026-01', 1)], 'd'.repeat(64)), { ids: sequentialIds('first'), clock });
    const before = { reps: await db.reps.count(), periods: await db.metricPeriods.count(), imports: await db.imports.count() };
    const bad = request([row('Ben', '2026-02', 5), row('Cy', '2026-13', 7)], 'e'.repeat(64));
    await expect(commitImport(db, bad, { ids: sequentialIds('second'), clock })).rejects.toThrow();
    expect({ reps: await db.reps.count(), periods: await db.metricPeriods.count(), imports: await db.imports.count() }).toEqual(before);
  });
});

describe('undoImport', () => {
  it('removes exactly what the import added, and keeps reps that existed before or are used elsewhere', async () => {
    const db = freshDb();
    const ids = sequentialIds('u');
    await addRep(db, { name: 'Moses Frase', role: 'AE', startDate: '2020-01-01' }, { ids, clock });
    const first = await commitImport(db, request([row('Kept Elsewhere', '2026-01', 3)], '1'.repeat(64)), { ids, clock });
    const second = await commitImport(
      db,
      request([row('Moses Frase', '2026-01', 1), row('New Person', '2026-01', 2), row('Kept Elsewhere', '2026-02', 4)], '2'.repeat(64)),
      { ids, clock },
    );
    const snapshotBefore = { reps: (await db.reps.toArray()).map((r) => r.name).sort() };
    expect(snapshotBefore.reps).toEqual(['Kept Elsewhere', 'Moses Frase', 'New Person']);

    const result = await undoImport(db, second.id);
    expect(result).toEqual({ periodsRemoved: 3, repsRemoved: 1 });
    expect((await db.reps.toArray()).map((r) => r.name).sort()).toEqual(['Kept Elsewhere', 'Moses Frase']);
    expect((await db.metricPeriods.toArray()).map((p) => p.importId)).toEqual([first.id]);
    expect(await db.dealBatches.where('importId').equals(second.id).count()).toBe(0);
    expect(await db.dealBatches.where('importId').equals(first.id).count()).toBe(1);
    expect((await listImports(db)).map((i) => i.id)).toEqual([first.id]);
    expect(await findImportByHash(db, '2'.repeat(64))).toBeUndefined();
  });
});

describe('commitImport is all or nothing', () => {
  it('a failure inside the import transaction rolls back every row it wrote', async () => {
    const db = freshDb();
    await addRep(db, { name: 'Moses Frase', role: 'AM', startDate: '2020-01-01' }, { ids: sequentialIds('old'), clock });
    await commitImport(db, request([row('Ana', '2026-01', 1)], 'd'.repeat(64)), { ids: sequentialIds('first'), clock });
    const snapshot = async () => ({
      reps: await db.reps.toArray(),
      metricPeriods: await db.metricPeriods.toArray(),
      imports: await db.imports.toArray(),
      dealBatches: await db.dealBatches.toArray(),
      savedMappings: await db.savedMappings.toArray(),
    });
    const before = await snapshot();
    let calls = 0;
    // The progress callback runs inside the transaction after the first rows were written:
    // throwing there is a failure in the middle of the import (like a quota error would be).
    const failing = commitImport(
      db,
      request([row('Darcel Schlecht', '2017-03', 4514), row('moses frase', '2017-03', 10)], 'e'.repeat(64)),
      { ids: sequentialIds('second'), clock },
      () => {
        calls += 1;
        throw new Error('QuotaExceededError (injected)');
      },
    );
    await expect(failing).rejects.toThrow('injected');
    expect(calls).toBe(1);
    expect(await snapshot()).toEqual(before);
  });
});
