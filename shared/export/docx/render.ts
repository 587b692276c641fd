// Document model → Word file. The only module that imports `docx`. It keeps to what every
// Word-processing client reads well: real paragraph styles (Title, Heading 1–2, List Number,
// List Bullet), declared numbering, one named table style, a header and a footer whose page
// fields carry cached values, and inline PNG images.
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
  type ParagraphChild,
} from 'docx';
import { isLabel } from '@shared/domain/document/text';
import type { Block, DocumentModel, Inline, SignatureBlock, TableBlock } from '@shared/domain/document/types';
import { estimatePages } from './pages';
import { BULLETED, HEADER_FILL, INK, NUMBERED, TABLE_STYLE, TABLE_TEXT, contentWidth, documentOptions } from './package';
import { direction, runs } from './runs';

export { contentWidth, documentOptions } from './package';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

type Ctx = { contentWidth: number; lists: number };

function paragraph(inlines: Inline[], opts: IParagraphOptions = {}): Paragraph {
  return new Paragraph({ ...direction(inlines), ...opts, children: runs(inlines) });
}

/** A cell of one paragraph; `body` sets it in body text rather than the smaller table text (the details grid). */
function cellOf(inlines: Inline[], width: number, opts: { header?: boolean; end?: boolean; fill?: string; body?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(opts.fill ? { shading: { fill: opts.fill, type: ShadingType.CLEAR, color: 'auto' } } : {}),
    children: [
      // Cells keep the table's direction: a right-to-left name is a right-to-left run, not a right-aligned cell.
      new Paragraph({
        ...(opts.body ? {} : { style: TABLE_TEXT }),
        ...(opts.end ? { alignment: AlignmentType.END } : {}),
        children: runs(inlines, opts.header ? { bold: true } : {}),
      }),
    ],
  });
}

function columnWidths(relative: number[], total: number): number[] {
  const sum = relative.reduce((a, b) => a + b, 0);
  const widths = relative.map((w) => Math.floor((w / sum) * total));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function table(block: TableBlock, ctx: Ctx): Table {
  const widths = columnWidths(block.widths, ctx.contentWidth);
  const end = (i: number) => block.align?.[i] === 'end';
  return new Table({
    style: TABLE_STYLE,
    layout: TableLayoutType.FIXED,
    width: { size: ctx.contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.header.map((h, i) => cellOf([{ text: h }], widths[i]!, { header: true, end: end(i), fill: HEADER_FILL })),
      }),
      ...block.rows.map((row) => new TableRow({ cantSplit: true, children: widths.map((w, i) => cellOf(row[i] ?? [], w, { end: end(i) })) })),
    ],
  });
}

function details(block: Extract<Block, { kind: 'details' }>, ctx: Ctx): Table {
  const widths = columnWidths([1.4, 3], ctx.contentWidth);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: ctx.contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    borders: { ...NO_BORDERS, insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: 'D5DBE2' } },
    rows: block.rows.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          children: [
            cellOf([{ text: r.label, bold: true }], widths[0]!, { body: true }),
            cellOf(r.value.length === 0 ? [{ text: 'not given' }] : r.value, widths[1]!, { body: true }),
          ],
        }),
    ),
  });
}

const SIGNATURE_MAX = { width: 220, height: 80 };

function signatures(block: SignatureBlock, ctx: Ctx): Paragraph[] {
  const line = { bottom: { style: BorderStyle.SINGLE, size: 6, color: INK, space: 2 } };
  const lineIndent = { right: Math.round(ctx.contentWidth * 0.4) };
  // The whole block keeps together, and with the statement above it (see toDocxDocument):
  // signatures never stand on a page of their own.
  return block.signers.flatMap((s, i) => {
    const keep = i < block.signers.length - 1 ? { keepNext: true } : {};
    const ink: ParagraphChild[] = [];
    if (s.image) {
      const scale = Math.min(SIGNATURE_MAX.width / s.image.width, SIGNATURE_MAX.height / s.image.height, 1);
      ink.push(
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
      );
    }
    const date = s.date === null ? [] : [{ text: s.date }];
    return [
      new Paragraph({ keepNext: true, keepLines: true, spacing: { before: 360, after: 0 }, children: runs([{ text: s.label, bold: true }]) }),
      // The ink line: the drawn signature sits on it, or it stays empty with room to sign.
      new Paragraph({ keepNext: true, border: line, indent: lineIndent, spacing: { before: s.image ? 120 : 720, after: 60 }, children: ink }),
      new Paragraph({ keepNext: true, spacing: { after: 0 }, children: runs([{ text: 'Name: ' }, ...s.name], { size: 20 }) }),
      s.date === null
        ? new Paragraph({
            ...keep,
            border: line,
            indent: { right: Math.round(ctx.contentWidth * 0.7) },
            spacing: { before: 240, after: 0 },
            children: runs([{ text: 'Date: ' }], { size: 20 }),
          })
        : new Paragraph({ ...keep, spacing: { after: 0 }, children: runs([{ text: 'Date: ' }, ...date], { size: 20 }) }),
    ];
  });
}

/** Word needs a paragraph after a table; this one only parts the table from what follows (6 pt). */
const spacer = () => new Paragraph({ spacing: { after: 0, line: 120, lineRule: LineRuleType.EXACT }, children: [] });

/** `keepNext`: the block stays on the page of the block after it (a statement above signatures). */
function block(b: Block, ctx: Ctx, keepNext = false): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [paragraph(b.text, { heading: b.level === 1 ? 'Heading1' : b.level === 2 ? 'Heading2' : 'Heading3', keepNext: true })];
    case 'paragraph':
      // A paragraph all in bold ("Activities", "Check-in dates") labels what follows: never the last line of a page.
      return [
        paragraph(b.runs, {
          ...(b.tone === 'note' ? { style: 'CandorNote' } : {}),
          ...(keepNext || isLabel(b.runs) ? { keepNext: true } : {}),
        }),
      ];
    case 'list': {
      const instance = ++ctx.lists;
      return b.items.map((item) =>
        paragraph(item, {
          style: b.ordered ? 'ListNumber' : 'ListBullet',
          numbering: { reference: b.ordered ? NUMBERED : BULLETED, level: 0, instance },
        }),
      );
    }
    case 'table':
      return [table(b, ctx), spacer()];
    case 'details':
      return [details(b, ctx), spacer()];
    case 'signatures':
      return signatures(b, ctx);
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** Builds the docx `Document` for a model (exposed for the benchmark; use {@link renderDocx}). */
export function toDocxDocument(model: DocumentModel): Document {
  const ctx: Ctx = { contentWidth: contentWidth(model.locale), lists: 0 };
  const body: FileChild[] = [new Paragraph({ heading: 'Title', children: [new TextRun(model.title)] })];
  if (model.subtitle) body.push(new Paragraph({ style: 'CandorNote', children: [new TextRun({ text: model.subtitle, bold: true })] }));
  for (const b of model.intro) body.push(...block(b, ctx));
  for (const s of model.sections) {
    body.push(new Paragraph({ heading: 'Heading1', keepNext: true, children: [new TextRun(s.heading)] }));
    const signatures = s.blocks.findIndex((b) => b.kind === 'signatures');
    s.blocks.forEach((b, j) => body.push(...block(b, ctx, j < signatures)));
  }
  return new Document(documentOptions(model, body, estimatePages(model)));
}

/** The Word file for a document model. */
export async function renderDocx(model: DocumentModel): Promise<Uint8Array> {
  return Packer.pack(toDocxDocument(model), 'uint8array');
}
