// B4: Word export. A full plan (20 action items, 30 fact rows, two drawn signatures) through
// the whole path (input → document model → docx objects → bytes), beside bare `docx` for the
// same content: the same paragraphs, runs, tables, cells and images written straight with
// docx's API from text worked out in advance, inside the same package (styles, numbering,
// page, header, footer), then `Packer`. The two files must be the same but for the creation
// time, or the bench stops. Also the floor, `Packer` alone on a Document built beforehand,
// and a 50-section document.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type IParagraphOptions,
  type IRunOptions,
  type ITableCellOptions,
  type ITableOptions,
  type ITableRowOptions,
} from 'docx';
import { buildPlanDocument, type Block, type DocumentModel, type Inline } from '@shared/domain/document';
import { EN_GB, fullPlanInput } from '@shared/domain/document/testing';
import { contentWidth, documentOptions, estimatePages, readDocxParts, renderDocx, toDocxDocument } from '@shared/export/docx';

const RUNS = 21;
const WARM = 3;
const BIG_RUNS = 7;

type Stats = { median: number; min: number; max: number };
const stats = (xs: number[]): Stats => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)] ?? NaN, min: s[0] ?? NaN, max: s[s.length - 1] ?? NaN };
};
const ms = (s: Stats) => `median ${s.median.toFixed(1)} ms, min ${s.min.toFixed(1)}, max ${s.max.toFixed(1)}`;

/** Times each function once per round, in turn, so that a busy machine slows all alike. */
async function timeRounds(fns: (() => Promise<unknown>)[], rounds = RUNS): Promise<number[][]> {
  const times = fns.map((): number[] => []);
  for (let i = 0; i < rounds + WARM; i++) {
    for (const [k, fn] of fns.entries()) {
      const t0 = performance.now();
      await fn();
      if (i >= WARM) times[k]!.push(performance.now() - t0);
    }
  }
  return times;
}

// ---- The baseline: docx's API called directly, nothing of Candor's renderer in between. ----

// Options with some fields left `undefined` (docx skips them), typed for exactOptionalPropertyTypes.
type Loose<T> = { [K in keyof T]?: T[K] | undefined };
const para = (o: Loose<IParagraphOptions>) => new Paragraph(o as IParagraphOptions);

const runOptions = (runs: Inline[], extra: IRunOptions = {}): IRunOptions[] => {
  const out: IRunOptions[] = [];
  let brk = false;
  for (const r of runs) {
    if ('break' in r) {
      if (brk) out.push({ break: 1 });
      brk = true;
    } else {
      out.push((<IRunOptions>{
        text: r.text,
        bold: r.bold || extra.bold || undefined,
        italics: r.italic || undefined,
        rightToLeft: r.rtl || undefined,
        size: extra.size,
        ...(brk ? { break: 1 } : {}),
      }) satisfies Loose<IRunOptions>);
      brk = false;
    }
  }
  return brk ? [...out, { break: 1 }] : out;
};
const textRuns = (runs: Inline[], extra?: Loose<IRunOptions>) => runOptions(runs, extra as IRunOptions).map((o) => new TextRun(o));

function bareBlock(b: Block, width: number, list: { n: number }, keepNext: boolean): FileChild[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ heading: `Heading${b.level}`, keepNext: true, children: textRuns(b.text) })];
    case 'paragraph':
      return [
        para({
          style: b.tone === 'note' ? 'CandorNote' : undefined,
          keepNext: keepNext || (b.runs.length > 0 && b.runs.every((r) => 'text' in r && r.bold)) || undefined,
          children: textRuns(b.runs),
        }),
      ];
    case 'list': {
      const instance = ++list.n;
      const [style, reference] = b.ordered ? ['ListNumber', 'candor-numbered'] : ['ListBullet', 'candor-bulleted'];
      return b.items.map((item) => new Paragraph({ style, numbering: { reference, level: 0, instance }, children: textRuns(item) }));
    }
    case 'table':
    case 'details': {
      const rel = b.kind === 'table' ? b.widths : [1.4, 3];
      const sum = rel.reduce((a, w) => a + w, 0);
      const cols = rel.map((w) => Math.floor((w / sum) * width));
      cols[cols.length - 1]! += width - cols.reduce((a, w) => a + w, 0);
      const rows: { cells: Inline[][]; head?: boolean }[] =
        b.kind === 'table'
          ? [{ cells: b.header.map((h) => [{ text: h }]), head: true }, ...b.rows.map((cells) => ({ cells }))]
          : b.rows.map((r) => ({ cells: [[{ text: r.label, bold: true }], r.value.length ? r.value : [{ text: 'not given' }]] }));
      const end = (i: number) => b.kind === 'table' && b.align?.[i] === 'end';
      const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
      return [
        new Table(<ITableOptions>{
          style: b.kind === 'table' ? 'CandorTable' : undefined,
          layout: TableLayoutType.FIXED,
          width: { size: width, type: WidthType.DXA },
          columnWidths: cols,
          borders:
            b.kind === 'details'
              ? {
                  top: none,
                  bottom: none,
                  left: none,
                  right: none,
                  insideVertical: none,
                  insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: 'D5DBE2' },
                }
              : undefined,
          rows: rows.map(
            (r) =>
              new TableRow(<ITableRowOptions>{
                tableHeader: r.head,
                cantSplit: true,
                children: cols.map(
                  (w, i) =>
                    new TableCell(<ITableCellOptions>{
                      width: { size: w, type: WidthType.DXA },
                      shading: r.head ? { fill: 'E4E9F0', type: ShadingType.CLEAR, color: 'auto' } : undefined,
                      children: [
                        para({
                          style: b.kind === 'table' ? 'CandorTableText' : undefined,
                          alignment: end(i) ? AlignmentType.END : undefined,
                          children: textRuns(r.cells[i] ?? [], { bold: r.head }),
                        }),
                      ],
                    }),
                ),
              }),
          ),
        }),
        new Paragraph({ spacing: { after: 0, line: 120, lineRule: LineRuleType.EXACT }, children: [] }),
      ];
    }
    case 'signatures':
      return b.signers.flatMap((s, k) => {
        const line = { bottom: { style: BorderStyle.SINGLE, size: 6, color: '1F2933', space: 2 } };
        const scale = s.image ? Math.min(220 / s.image.width, 80 / s.image.height, 1) : 1;
        const image = s.image
          ? [
              new ImageRun({
                type: 'png',
                data: s.image.png,
                transformation: { width: Math.round(s.image.width * scale), height: Math.round(s.image.height * scale) },
                altText: {
                  name: `Signature of the ${s.label.toLowerCase()}`,
                  description: `Drawn signature of the ${s.label.toLowerCase()}`,
                  title: 'Signature',
                },
              }),
            ]
          : [];
        return [
          new Paragraph({ keepNext: true, keepLines: true, spacing: { before: 360, after: 0 }, children: textRuns([{ text: s.label, bold: true }]) }),
          new Paragraph({
            keepNext: true,
            border: line,
            indent: { right: Math.round(width * 0.4) },
            spacing: { before: s.image ? 120 : 720, after: 60 },
            children: image,
          }),
          new Paragraph({ keepNext: true, spacing: { after: 0 }, children: textRuns([{ text: 'Name: ' }, ...s.name], { size: 20 }) }),
          para({
            keepNext: k < b.signers.length - 1 || undefined,
            border: s.date === null ? line : undefined,
            indent: s.date === null ? { right: Math.round(width * 0.7) } : undefined,
            spacing: s.date === null ? { before: 240, after: 0 } : { after: 0 },
            children: textRuns([{ text: 'Date: ' }, ...(s.date === null ? [] : [{ text: s.date }])], { size: 20 }),
          }),
        ];
      });
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** `model` and `pages` are worked out before the clock starts: this is docx alone. */
function bare(model: DocumentModel, pages: number): Promise<Uint8Array> {
  const width = contentWidth(model.locale);
  const list = { n: 0 };
  const body: FileChild[] = [new Paragraph({ heading: 'Title', children: [new TextRun(model.title)] })];
  if (model.subtitle) body.push(new Paragraph({ style: 'CandorNote', children: [new TextRun({ text: model.subtitle, bold: true })] }));
  body.push(...model.intro.flatMap((b) => bareBlock(b, width, list, false)));
  for (const s of model.sections) {
    body.push(new Paragraph({ heading: 'Heading1', keepNext: true, children: [new TextRun(s.heading)] }));
    const signatures = s.blocks.findIndex((b) => b.kind === 'signatures');
    body.push(...s.blocks.flatMap((b, j) => bareBlock(b, width, list, j < signatures)));
  }
  return Packer.pack(new Document(documentOptions(model, body, pages)), 'uint8array');
}

/**
 * Stops the bench unless both files are the same package: every part byte for byte, but for
 * the creation time (docProps/core.xml) and the running ids docx gives drawings.
 */
function sameContent(a: Uint8Array, b: Uint8Array, what: string): string {
  const [pa, pb] = [readDocxParts(a), readDocxParts(b)];
  const norm = (xml = '') => xml.replace(/<wp:docPr id="\d+"/gu, '<wp:docPr id=""');
  const names = [...new Set([...Object.keys(pa), ...Object.keys(pb)])].filter((n) => n !== 'docProps/core.xml');
  const differ = names.filter((n) => norm(pa[n]) !== norm(pb[n]));
  if (differ.length > 0) throw new Error(`docx bench: the baseline for ${what} is not the same content (${differ.join(', ')} differ)`);
  const xml = pa['word/document.xml'] ?? '';
  const n = (tag: string) => xml.split(`<${tag}>`).length + xml.split(`<${tag} `).length - 2;
  return `${n('w:p')} paragraphs, ${n('w:r')} runs, ${n('w:tbl')} tables, ${n('w:tc')} cells, ${n('w:drawing')} images`;
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
  const model = buildPlanDocument(input, EN_GB);
  const pages = estimatePages(model);
  const ours = await renderDocx(model);
  const shape = sameContent(ours, await bare(model, pages), 'the full plan');
  const prebuilt = toDocxDocument(model);
  const [full, baseline, packOnly] = await timeRounds([
    () => renderDocx(buildPlanDocument(input, EN_GB)),
    () => bare(model, pages),
    () => Packer.pack(prebuilt, 'uint8array'),
  ]);
  const ratios = stats(full!.map((t, i) => t / baseline![i]!));
  const f = stats(full!);
  console.log(
    `docx.plan_full: ${f.median.toFixed(1)} ms (${ms(f)} over ${RUNS} runs; 20 action items, 30 fact rows, 2 drawn signatures; ${(ours.length / 1024).toFixed(0)} KiB, ${shape}; target < 50 ms)`,
  );
  console.log(`docx.plan_full_bare_packer: ${stats(baseline!).median.toFixed(1)} ms (${ms(stats(baseline!))}; same content straight through docx)`);
  console.log(
    `docx.plan_full_ratio: ${ratios.median.toFixed(2)} (full ÷ bare, round by round: min ${ratios.min.toFixed(2)}, max ${ratios.max.toFixed(2)}; target ≤ 1.5)`,
  );
  console.log(
    `docx.plan_full_pack_only: ${stats(packOnly!).median.toFixed(1)} ms (${ms(stats(packOnly!))}; Packer alone on a Document built beforehand)`,
  );

  const big = fiftySections();
  const bigPages = estimatePages(big);
  const bigShape = sameContent(await renderDocx(big), await bare(big, bigPages), 'the 50-section document');
  const [bigMs, bigBare] = await timeRounds([() => renderDocx(big), () => bare(big, bigPages)], BIG_RUNS);
  const bigRatio = stats(bigMs!.map((t, i) => t / bigBare![i]!));
  console.log(
    `docx.sections_50: ${stats(bigMs!).median.toFixed(1)} ms (median of ${BIG_RUNS}; 50 × (20 paragraphs + 40×8 table), ${bigShape}; bare docx ${stats(bigBare!).median.toFixed(1)} ms, ratio ${bigRatio.median.toFixed(2)}, min ${bigRatio.min.toFixed(2)}, max ${bigRatio.max.toFixed(2)})`,
  );
}
