import { describe, expect, it } from 'vitest';
import { withSavedMapping } from './savedMapping';
import type { Analysis } from './worker/protocol';

const base = {
  fileName: 'f.csv',
  sha256: 'a'.repeat(64),
  size: 1,
  kind: 'deals',
  sheetNames: [],
  sheetName: null,
  headers: ['Owner', 'Stage', 'Amount'],
  preview: [],
  rowCount: null,
  fields: { deals: [], 'period-sheet': [], activities: [] },
  mapping: { rep: 'Owner', stage: 'Stage', amount: 'Amount' },
  stageValues: ['Won', 'Gone', 'New'],
  stageMap: { Won: 'won', Gone: 'open', New: 'open' },
  questions: [],
  headerSignature: 'amount|owner|stage',
  warnings: [],
} satisfies Analysis;

describe('withSavedMapping', () => {
  it('applies the remembered mapping and stage outcomes, drops vanished columns, keeps new stage proposals', () => {
    const out = withSavedMapping(base, {
      kind: 'deals',
      mapping: { rep: 'Owner', stage: 'Stage', closeDate: 'Closed On' },
      stageMap: { Gone: 'lost' },
    });
    expect(out.mapping).toEqual({ rep: 'Owner', stage: 'Stage' });
    expect(out.stageMap).toEqual({ Won: 'won', Gone: 'lost', New: 'open' });
    expect(out.kind).toBe('deals');
    expect(out.headers).toBe(base.headers);
  });
});
