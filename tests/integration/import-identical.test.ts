// The import pipeline's result must not change when it is made faster. A seeded CRM export
// (clean rows with messy ones mixed in) goes through analyseFile + the streaming CSV import;
// the SHA-256 of the JSON of its periods and report was taken with the pipeline as it was before
// the speed work (commit d9d9a1f) and is fixed here.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { analyseFile, createCsvImport, settingsFromAnalysis } from '@shared/domain/import/index';
import { CRM_HEADER, crmGenerator } from '../fixtures/import/crm-generator';

const BEFORE_HASH = '49c8322579c486cc774288739599a85656e9c97ca399806b64d956c4a305187c';
const ROWS = 40_000;

function generatedFile(): Uint8Array {
  const gen = crmGenerator(7, { messy: true });
  let text = CRM_HEADER;
  for (let done = 0; done < ROWS; done += 5000) text += gen.block(5000);
  return new TextEncoder().encode(text);
}

async function importInChunks(bytes: Uint8Array, chunk: number) {
  const analysis = await analyseFile(bytes.slice(0, 1 << 20), 'generated.csv');
  if (!analysis.ok) throw new Error(analysis.error.message);
  const imp = createCsvImport(settingsFromAnalysis(analysis.value, { keepRecords: false, now: new Date('2026-06-15T12:00:00Z') }));
  for (let off = 0; off < bytes.length; off += chunk) imp.pushBytes(bytes.subarray(off, off + chunk));
  const out = imp.finish();
  if (!out.ok) throw new Error(out.error.message);
  return out.value;
}

const hashOf = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex');

describe('import pipeline output on a generated CRM export', () => {
  const bytes = generatedFile();

  it('is byte-identical to the output before the speed work', async () => {
    const out = await importInChunks(bytes, 1 << 20);
    // What the file holds, so the hash is over a real import and not over an empty one.
    expect(out.report.rowsRead).toBe(ROWS);
    expect(out.report.rowsRejected).toBeGreaterThan(0);
    expect(out.report.rowsAccepted).toBeGreaterThan(ROWS * 0.9);
    expect(new Set(out.periods.map((p) => p.rep)).size).toBe(300);
    expect(hashOf({ periods: out.periods, report: out.report })).toBe(BEFORE_HASH);
  });

  it('does not depend on where the chunks are cut', async () => {
    const whole = await importInChunks(bytes, 1 << 20);
    const odd = await importInChunks(bytes, 65_537);
    expect(hashOf({ periods: odd.periods, report: odd.report })).toBe(hashOf({ periods: whole.periods, report: whole.report }));
  });
});
