// Inline runs of the document model as docx text runs: bold, italic, right-to-left, line breaks.
import { TextRun, type IParagraphOptions, type ParagraphChild } from 'docx';
import type { Inline } from '@shared/domain/document/types';

export function runs(inlines: Inline[], base: { bold?: boolean; size?: number; color?: string } = {}): ParagraphChild[] {
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
export function direction(inlines: Inline[]): Pick<IParagraphOptions, 'bidirectional'> {
  const texts = inlines.filter((r) => !('break' in r));
  return texts.length > 0 && texts.every((r) => 'text' in r && r.rtl === true) ? { bidirectional: true } : {};
}
