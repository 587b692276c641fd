// A rough page count for the cached value of the footer's NUMPAGES field. Word and
// LibreOffice recompute the field when they lay the document out; the cached value is only
// what a viewer that does not paginate (a previewer, a search indexer) shows, and a field
// without one makes Word offer to repair the file.
import type { Block, DocumentModel, Inline } from '@shared/domain/document/types';

const LINES_PER_PAGE = 44;
const CHARS_PER_LINE = 90;
/** The guide is set in 10 pt, not 11 (render.ts): more lines fit a page, more characters a line. */
const GUIDE_SCALE = 11 / 10;

const textLength = (runs: Inline[]) => runs.reduce((n, r) => n + ('break' in r ? CHARS_PER_LINE : r.text.length), 0);
const lines = (runs: Inline[], width = CHARS_PER_LINE) => Math.max(1, Math.ceil(textLength(runs) / width));

function blockLines(b: Block): number {
  switch (b.kind) {
    case 'heading':
      return 2.5;
    case 'paragraph':
      return lines(b.runs) + 0.5;
    case 'list':
      return b.items.reduce((n, item) => n + lines(item, CHARS_PER_LINE - 6), 0) + 0.5;
    case 'table': {
      const total = b.widths.reduce((a, w) => a + w, 0);
      const rowLines = (row: Inline[][]) =>
        Math.max(...row.map((c, i) => lines(c, Math.max(4, Math.floor((CHARS_PER_LINE * (b.widths[i] ?? 1)) / total)))));
      return 1.5 + b.rows.reduce((n, row) => n + rowLines(row) + 0.3, 0);
    }
    case 'details':
      return b.rows.length * 1.3 + 1;
    case 'signatures':
      return b.signers.length * 7;
    case 'pageBreak':
      return LINES_PER_PAGE;
  }
}

export function estimatePages(model: DocumentModel): number {
  let total = 3;
  for (const b of model.intro) total += blockLines(b);
  for (const s of model.sections) total += 2.5 + s.blocks.reduce((n, b) => n + blockLines(b), 0);
  // Smaller type wraps less and fits more lines: about the square of the size ratio.
  const perPage = model.kind === 'guide' ? LINES_PER_PAGE * GUIDE_SCALE ** 2 : LINES_PER_PAGE;
  return Math.max(1, Math.ceil(total / perPage));
}
