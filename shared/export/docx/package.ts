// Everything of the Word file but its body: properties, styles, numbering, page size and
// margins, the running header and the footer with its page fields.
import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  LevelFormat,
  LineRuleType,
  Paragraph,
  SimpleField,
  TextRun,
  type FileChild,
  type IPropertiesOptions,
} from 'docx';
import type { DocumentModel } from '@shared/domain/document/types';
import { runs } from './runs';

const FONT = 'Calibri';
export const INK = '1F2933';
const ACCENT = '2F4A6D';
const RULE = '9AA5B1';
export const HEADER_FILL = 'E4E9F0';

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

export const NUMBERED = 'candor-numbered';
export const BULLETED = 'candor-bulleted';
export const TABLE_STYLE = 'CandorTable';
export const TABLE_TEXT = 'CandorTableText';

// A table style of our own (Word's built-in "Table Grid" is not in the package unless declared).
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const TABLE_STYLE_XML = `<w:style w:type="table" w:styleId="${TABLE_STYLE}"><w:name w:val="Candor Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="${RULE}"/><w:left w:val="single" w:sz="4" w:space="0" w:color="${RULE}"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="${RULE}"/><w:right w:val="single" w:sz="4" w:space="0" w:color="${RULE}"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="${RULE}"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="${RULE}"/></w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${HEADER_FILL}"/></w:tcPr></w:tblStylePr></w:style>`;

const DESCRIPTION: Record<DocumentModel['kind'], string> = {
  plan: 'Action and development plan',
  guide: 'Conversation guide (private to the manager)',
  'roleplay-rep': 'Role-play script: the rep’s copy',
  'roleplay-observer': 'Role-play script: the observer’s copy',
  'roleplay-score-sheet': 'Role-play score sheet',
  checkin: 'Check-in summary',
  'self-assessment-form': 'Self-assessment form for the rep to fill in',
};

/** The running header: the plan's note (in red, when there is one) over the rep, period and date. */
function pageHeader(model: DocumentModel): Header {
  return new Header({
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
}

/** The footer: "Page 1 of N", whose fields carry N as the cached page count. */
function pageFooter(pages: number): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        alignment: AlignmentType.CENTER,
        children: [new TextRun('Page '), new SimpleField('PAGE', '1'), new TextRun(' of '), new SimpleField('NUMPAGES', String(pages))],
      }),
    ],
  });
}

const INDENT = { left: 426, hanging: 284 };
// Room for a two-digit number before the text of a numbered item.
const NUMBERED_INDENT = { left: 567, hanging: 397 };

/** Paragraph and run styles; the guide is a sheet to hold during the conversation, set a little tighter to fit on one page. */
function styles(model: DocumentModel): NonNullable<IPropertiesOptions['styles']> {
  const t =
    model.kind === 'guide'
      ? { body: 20, table: 19, title: 34, h1: 24, h1Before: 220, after: 80 }
      : { body: 22, table: 20, title: 40, h1: 28, h1Before: 320, after: 120 };
  return {
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
        paragraph: { spacing: { after: 60 }, indent: NUMBERED_INDENT },
      },
      { id: 'ListBullet', name: 'List Bullet', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 60 }, indent: INDENT } },
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
  };
}

/** The numbered and bulleted list definitions (made afresh for each document). */
const numbering = (): NonNullable<IPropertiesOptions['numbering']> => ({
  config: [
    {
      reference: NUMBERED,
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: NUMBERED_INDENT } } },
      ],
    },
    {
      reference: BULLETED,
      levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START, style: { paragraph: { indent: INDENT } } }],
    },
  ],
});

/**
 * Everything of the Word file but its body: properties, styles, numbering, page size and
 * margins, the running header and the footer with the page fields (`pages` is the cached
 * page count). Exposed so that the benchmark's bare-docx baseline writes the very same
 * package around its own body.
 */
export function documentOptions(model: DocumentModel, body: FileChild[], pages: number): IPropertiesOptions {
  const headerText = model.header.map((r) => ('break' in r ? ' ' : r.text)).join('');
  return {
    creator: 'Candor',
    title: `${model.title}: ${headerText}`,
    description: DESCRIPTION[model.kind],
    // The table style travels as "external styles": docx then keeps its default styles
    // (Title, Heading 1…) and adds ours beside them.
    externalStyles: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}">${TABLE_STYLE_XML}</w:styles>`,
    styles: styles(model),
    numbering: numbering(),
    sections: [
      {
        properties: {
          page: { size: pageSize(model.locale), margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 567, footer: 567 } },
        },
        headers: { default: pageHeader(model) },
        footers: { default: pageFooter(pages) },
        children: body,
      },
    ],
  };
}
