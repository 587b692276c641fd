import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sequentialIds } from '@shared/lib/ids';
import { batchByOwner, v1RecordsToBatches } from './batches';

describe('batchByOwner', () => {
  it('groups by import and rep, and splits at the size limit', () => {
    const items = [
      { importId: 'i1', repId: 'a', entry: 1 },
      { importId: 'i1', repId: 'b', entry: 2 },
      { importId: 'i1', repId: 'a', entry: 3 },
      { importId: 'i2', repId: 'a', entry: 4 },
      { importId: 'i1', repId: 'a', entry: 5 },
    ];
    expect(batchByOwner(items, 2, sequentialIds('b'))).toEqual([
      { id: 'b-1', importId: 'i1', repId: 'a', records: [1, 3] },
      { id: 'b-2', importId: 'i1', repId: 'a', records: [5] },
      { id: 'b-3', importId: 'i1', repId: 'b', records: [2] },
      { id: 'b-4', importId: 'i2', repId: 'a', records: [4] },
    ]);
  });

  it('rejects a nonsensical batch size', () => {
    expect(() => batchByOwner([], 0, sequentialIds())).toThrow(RangeError);
  });

  it('loses, duplicates and reorders nothing, and respects the size (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ importId: fc.constantFrom('i1', 'i2'), repId: fc.constantFrom('a', 'b', 'c'), entry: fc.integer() }), {
          maxLength: 200,
        }),
        fc.integer({ min: 1, max: 17 }),
        (items, size) => {
          const batches = batchByOwner(items, size, sequentialIds());
          for (const b of batches) {
            expect(b.records.length).toBeGreaterThan(0);
            expect(b.records.length).toBeLessThanOrEqual(size);
          }
          for (const owner of new Set(items.map((i) => `${i.importId}/${i.repId}`))) {
            const expected = items.filter((i) => `${i.importId}/${i.repId}` === owner).map((i) => i.entry);
            const got = batches.filter((b) => `${b.importId}/${b.repId}` === owner).flatMap((b) => b.records);
            expect(got).toEqual(expected);
          }
        },
      ),
    );
  });
});

describe('v1RecordsToBatches', () => {
  it('drops the per-row keys and keeps every field of the record', () => {
    const rows = [{ id: 'x', importId: 'i', repId: 'r', type: 'call', date: '2026-01-02' }];
    expect(v1RecordsToBatches(rows, 10, sequentialIds('n'))).toEqual([
      { id: 'n-1', importId: 'i', repId: 'r', records: [{ type: 'call', date: '2026-01-02' }] },
    ]);
  });
});
