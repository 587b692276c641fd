// B4: Word export. A full plan (20 action items, 30 fact rows, two drawn signatures) through
// the whole path (input → document model → docx → bytes), beside bare `docx` on the same
// content (the paragraphs, tables and images written straight with docx, no model, no
// styles, then `Packer`). Also a 50-section document.
import { Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, type FileChild } from 'docx';
import { buildPlanDocument, type Block, type DocumentModel, type Inline } from '../../shared/domain/document';
import { EN_GB, fullPlanInput } from '../../shared/domain/document/testing';
import { renderDocx } from '../../shared/export/docx';

const RUNS = 15;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Median ms of `a` and of `b`, run alternately so that a busy machine slows both alike. */
async function timePair(a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[number, number]> {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    let t0 = performance.now();
    await a();
    const da = performance.now() - t0;
    t0 = performance.now();
    await b();
    const db = performance.now() - t0;
    // The first two rounds warm the JIT.
    if (i > 1) {
      ta.push(da);
      tb.push(db);
    }
  }
  return [median(ta), median(tb)];
}

// The baseline: the same text, tables and images written straight with docx.
const text = (runs: Inline[]) => runs.map((r) => ('break' in r ? '\n' : r.text)).join('');
function bareBlocks(b: Block): FileChild[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph(text(b.text))];
    case 'paragraph':
      return [new Paragraph(text(b.runs))];
    case 'list':
      return b.items.map((item) => new Paragraph({ text: text(item), bullet: { level: 0 } }));
    case 'table':
      return [
        new Table({
          rows: [b.header.map((h) => [{ text: h }]), ...b.rows].map(
            (row) => new TableRow({ children: row.map((c) => new TableCell({ children: [new Paragraph(text(c))] })) }),
          ),
        }),
      ];
    case 'details':
      return [
        new Table({
          rows: b.rows.map(
            (r) =>
              new TableRow({
                children: [new TableCell({ children: [new Paragraph(r.label)] }), new TableCell({ children: [new Paragraph(text(r.value))] })],
              }),
          ),
        }),
      ];
    case 'signatures':
      return b.signers.flatMap((s) => [
        new Paragraph(s.label),
        new Paragraph({ children: s.image ? [new ImageRun({ type: 'png', data: s.image.png, transformation: { width: 220, height: 73 } })] : [] }),
        new Paragraph({ children: [new TextRun(`Name: ${text(s.name)}`), new TextRun({ text: `Date: ${s.date ?? ''}`, break: 1 })] }),
      ]);
    case 'pageBreak':
      return [];
  }
}
function bare(model: DocumentModel): Promise<Uint8Array> {
  const children: FileChild[] = [new Paragraph(model.title), ...model.intro.flatMap(bareBlocks)];
  for (const s of model.sections) children.push(new Paragraph(s.heading), ...s.blocks.flatMap(bareBlocks));
  return Packer.pack(new Document({ sections: [{ children }] }), 'uint8array');
}

function fiftySections(): DocumentModel {
  const row = (i: number, j: number): Inline[][] => Array.from({ length: 8 }, (_, k) => [{ text: `r${i}.${j}.${k}` }]);
  return {
    kind: 'plan',
    title: 'Fifty sections',
    header: [{ text: 'Benchmark' }],
    locale: 'en-GB',
    intro: [],
    sections: Array.from({ length: 50 }, (_, i) => ({
      heading: `Section ${i + 1}`,
      blocks: [
        ...Array.from({ length: 20 }, (_, j): Block => ({
          kind: 'paragraph',
          runs: [{ text: `Paragraph ${j + 1} of section ${i + 1}, with a sentence of ordinary length.` }],
        })),
        {
          kind: 'table',
          header: Array.from({ length: 8 }, (_, k) => `Col ${k + 1}`),
          rows: Array.from({ length: 40 }, (_, j) => row(i, j)),
          widths: Array(8).fill(1) as number[],
        },
      ],
    })),
  };
}

export async function benchDocx(): Promise<void> {
  const input = fullPlanInput(20, 30);
  const size = (await renderDocx(buildPlanDocument(input, EN_GB))).length;
  // The baseline is given the model's text already worked out: it measures docx alone.
  const model = buildPlanDocument(input, EN_GB);
  const [full, baseline] = await timePair(
    () => renderDocx(buildPlanDocument(input, EN_GB)),
    () => bare(model),
  );
  console.log(
    `docx.plan_full: ${full.toFixed(1)} ms (median of ${RUNS}; 20 action items, 30 fact rows, 2 drawn signatures; ${(size / 1024).toFixed(0)} KiB; target < 50 ms, ratio ${(full / 50).toFixed(2)})`,
  );
  console.log(
    `docx.plan_full_bare_packer: ${baseline.toFixed(1)} ms (same content straight through docx; ratio ${(full / baseline).toFixed(2)}, target ≤ 1.5)`,
  );

  const big = fiftySections();
  const [bigMs, bigBare] = await timePair(
    () => renderDocx(big),
    () => bare(big),
  );
  console.log(
    `docx.sections_50: ${bigMs.toFixed(1)} ms (50 × (20 paragraphs + 40×8 table); bare docx ${bigBare.toFixed(1)} ms, ratio ${(bigMs / bigBare).toFixed(2)})`,
  );
}
