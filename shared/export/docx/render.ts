// Document model → Word file. The only module that imports `docx`. It keeps to what every
// Word-processing client reads well: real paragraph styles (Title, Heading 1–2, List Number,
// List Bullet), declared numbering, one named table style, a header and a footer whose page
// fields carry cached values, and inline PNG images.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  SimpleField,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type IParagraphOptions,
  type IPropertiesOptions,
  type ParagraphChild,
} from 'docx';
import { isLabel } from '../../domain/document/text';
import type { Block, DocumentModel, Inline, SignatureBlock, TableBlock } from '../../domain/document/types';
import { estimatePages } from './pages';

const FONT = 'Calibri';
const INK = '1F2933';
const ACCENT = '2F4A6D';
const RULE = '9AA5B1';
const HEADER_FILL = 'E4E9F0';

/** US and Canadian locales print on Letter; everyone else on A4. Sizes in twentieths of a point. */
function pageSize(locale: string): { width: number; height: number } {
  const region = (() => {
    try {
      return new Intl.Locale(locale).maximize().region;
    } catch {
      return undefined;
    }
  })();
  return region === 'US' || region === 'CA' ? { width: 12240, height: 15840 } : { width: 11906, height: 16838 };
}
const MARGIN = 1247; // 2.2 cm

/** The width of the text column, in twentieths of a point: tables span it. */
export const contentWidth = (locale: string): number => pageSize(locale).width - 2 * MARGIN;

const NUMBERED = 'candor-numbered';
const BULLETED = 'candor-bulleted';
const TABLE_STYLE = 'CandorTable';
const TABLE_TEXT = 'CandorTableText';

// A table style of our own (Word's built-in "Table Grid" is not in the package unless declared).
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const TABLE_STYLE_XML = `<w:style w:type="table" w:styleId="${TABLE_STYLE}"><w:name w:val="Candor Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="${RULE}"/><w:left w:val="single" w:sz="4" w:space="0" w:color="${RULE}"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="${RULE}"/><w:right w:val="single" w:sz="4" w:space="0" w:color="${RULE}"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="${RULE}"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="${RULE}"/></w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${HEADER_FILL}"/></w:tcPr></w:tblStylePr></w:style>`;

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

type Ctx = { contentWidth: number; lists: number };

function runs(inlines: Inline[], base: { bold?: boolean; size?: number; color?: string } = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let pendingBreak = false;
  for (const r of inlines) {
    if ('break' in r) {
      if (pendingBreak) out.push(new TextRun({ break: 1 }));
      pendingBreak = true;
      continue;
    }
    out.push(
      new TextRun({
        text: r.text,
        // Only what the run adds: an explicit "not bold" would override the paragraph style.
        ...((r.bold ?? base.bold) ? { bold: true } : {}),
        ...(r.italic ? { italics: true } : {}),
        ...(r.rtl ? { rightToLeft: true } : {}),
        ...(base.size ? { size: base.size } : {}),
        ...(base.color ? { color: base.color } : {}),
        ...(pendingBreak ? { break: 1 } : {}),
      }),
    );
    pendingBreak = false;
  }
  if (pendingBreak) out.push(new TextRun({ break: 1 }));
  return out;
}

/** A paragraph whose every run is right-to-left is laid out right-to-left. */
function direction(inlines: Inline[]): Pick<IParagraphOptions, 'bidirectional'> {
  const texts = inlines.filter((r) => !('break' in r));
  return texts.length > 0 && texts.every((r) => 'text' in r && r.rtl === true) ? { bidirectional: true } : {};
}

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

const DESCRIPTION: Record<DocumentModel['kind'], string> = {
  plan: 'Action and development plan',
  guide: 'Conversation guide (private to the manager)',
  'roleplay-rep': 'Role-play script: the rep’s copy',
  'roleplay-observer': 'Role-play script: the observer’s copy',
  'roleplay-score-sheet': 'Role-play score sheet',
  checkin: 'Check-in summary',
  'self-assessment-form': 'Self-assessment form for the rep to fill in',
};

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

/**
 * Everything of the Word file but its body: properties, styles, numbering, page size and
 * margins, the running header and the footer with the page fields (`pages` is the cached
 * page count). Exposed so that the benchmark's bare-docx baseline writes the very same
 * package around its own body.
 */
export function documentOptions(model: DocumentModel, body: FileChild[], pages: number): IPropertiesOptions {
  const headerText = model.header.map((r) => ('break' in r ? ' ' : r.text)).join('');
  const header = new Header({
    children: [
      ...(model.headerNote
        ? [
            new Paragraph({
              style: 'Header',
              alignment: AlignmentType.END,
              children: [new TextRun({ text: model.headerNote, bold: true, color: '9B2C2C' })],
            }),
          ]
        : []),
      new Paragraph({
        style: 'Header',
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 4 } },
        children: runs(model.header),
      }),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        alignment: AlignmentType.CENTER,
        children: [new TextRun('Page '), new SimpleField('PAGE', '1'), new TextRun(' of '), new SimpleField('NUMPAGES', String(pages))],
      }),
    ],
  });

  const indent = { left: 426, hanging: 284 };
  // Room for a two-digit number before the text of a numbered item.
  const numberedIndent = { left: 567, hanging: 397 };
  // The guide is a sheet to hold during the conversation: set a little tighter so it fits on one page.
  const t =
    model.kind === 'guide'
      ? { body: 20, table: 19, title: 34, h1: 24, h1Before: 220, after: 80 }
      : { body: 22, table: 20, title: 40, h1: 28, h1Before: 320, after: 120 };
  return {
    creator: 'Candor',
    title: `${model.title}: ${headerText}`,
    description: DESCRIPTION[model.kind],
    // The table style travels as "external styles": docx then keeps its default styles
    // (Title, Heading 1…) and adds ours beside them.
    externalStyles: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}">${TABLE_STYLE_XML}</w:styles>`,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: t.body, color: INK, language: { value: model.locale } },
          paragraph: { spacing: { after: t.after, line: 264, lineRule: LineRuleType.AUTO } },
        },
        title: { run: { font: FONT, size: t.title, bold: true, color: ACCENT }, paragraph: { spacing: { after: t.after } } },
        heading1: {
          run: { font: FONT, size: t.h1, bold: true, color: ACCENT },
          paragraph: { spacing: { before: t.h1Before, after: t.after }, keepNext: true },
        },
        heading2: {
          run: { font: FONT, size: t.body + 2, bold: true, color: INK },
          paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
        },
        heading3: { run: { font: FONT, size: t.body, bold: true, color: INK }, paragraph: { spacing: { before: 160, after: 60 }, keepNext: true } },
      },
      paragraphStyles: [
        {
          id: 'ListNumber',
          name: 'List Number',
          basedOn: 'Normal',
          quickFormat: true,
          paragraph: { spacing: { after: 60 }, indent: numberedIndent },
        },
        { id: 'ListBullet', name: 'List Bullet', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 60 }, indent } },
        { id: 'CandorNote', name: 'Note', basedOn: 'Normal', run: { italics: true, color: '52606D' } },
        // Table text a point smaller than the body, single-spaced: narrow columns keep whole words.
        {
          id: TABLE_TEXT,
          name: 'Table Text',
          basedOn: 'Normal',
          run: { size: t.table },
          paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } },
        },
        { id: 'Header', name: 'header', basedOn: 'Normal', run: { size: 18, color: '52606D' }, paragraph: { spacing: { after: 0 } } },
        { id: 'Footer', name: 'footer', basedOn: 'Normal', run: { size: 18, color: '52606D' }, paragraph: { spacing: { after: 0 } } },
      ],
    },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: numberedIndent } } },
          ],
        },
        {
          reference: BULLETED,
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START, style: { paragraph: { indent } } }],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: { size: pageSize(model.locale), margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 567, footer: 567 } },
        },
        headers: { default: header },
        footers: { default: footer },
        children: body,
      },
    ],
  };
}

/** The Word file for a document model. */
export async function renderDocx(model: DocumentModel): Promise<Uint8Array> {
  return Packer.pack(toDocxDocument(model), 'uint8array');
}
