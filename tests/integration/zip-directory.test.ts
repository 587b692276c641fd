// An Excel file is a zip: one whose directory lies about its parts is refused before anything
// is unpacked, in a sentence that says what is wrong, never in the unzipper's own words.
import { describe, expect, it } from 'vitest';
import { analyseFile } from '@shared/domain/import';
import { makeZip, xlsxParts } from '../fixtures/import/zip';

async function failure(bytes: Uint8Array, name: string) {
  const r = await analyseFile(bytes, name);
  return r.ok ? null : r.error;
}

describe('a zip directory that lies', () => {
  const parts = xlsxParts([
    {
      name: 'Sheet1',
      rows: [
        ['Rep', 'Period', 'Calls'],
        ['Ana', '2026-01', 5],
      ],
    },
  ]);
  const lying = (name: string, change: Partial<(typeof parts)[number]>) => makeZip(parts.map((p) => (p.name === name ? { ...p, ...change } : p)));

  it('a zip whose directory lies about a stored part is refused in a sentence that names the part', async () => {
    const e = await failure(lying('xl/workbook.xml', { declaredSize: 10, deflate: false }), 'lie.xlsx');
    expect(e?.code).toBe('xlsx-invalid');
    expect(e?.message).toMatch(
      /^The Excel file's zip directory does not match what the file holds: “xl\/workbook\.xml” is stored unpacked, yet listed as [\d,]+ bytes in the file and 10 bytes unpacked\./,
    );
  });

  it("a directory and headers that agree on a false size for a packed part: a plain sentence, not the unzipper's words", async () => {
    const e = await failure(lying('xl/worksheets/sheet1.xml', { declaredSize: 1 }), 'lie.xlsx');
    expect(e?.code).toBe('xlsx-invalid');
    expect(e?.message).toBe(
      'The Excel file could not be read: a part of it does not unpack to what its zip directory promises, or is damaged. Open it in Excel, save it again, and import that.',
    );
  });

  it('a directory entry that points at nothing is refused, not read past', async () => {
    const bytes = makeZip(parts);
    const view = new DataView(bytes.buffer);
    const cd = view.getUint32(bytes.length - 22 + 16, true);
    view.setUint32(cd + 42, 3, true); // the first part "starts" 3 bytes into the file
    const e = await failure(bytes, 'lie.xlsx');
    expect(e?.message).toMatch(/“\[Content_Types\]\.xml” is not where the directory says it is/);
  });
});
