// The closing of the rep's plan as HR expects it: guidance already given, the possible outcomes,
// and after the signatures the rep's own comments and a line for a witnessed refusal to sign.
import { note, para, prose } from './blocks';
import { cleanLine, lineRun } from './text';
import type { Block, DocSection, PlanDocumentInput } from './types';

const INK = '_______________________________';

/** The sections between Consequences and Acknowledgement. */
export function closingSections(input: PlanDocumentInput, standardOutcomes: string): DocSection[] {
  return [
    { heading: 'Guidance already given', blocks: prose(input.priorGuidance ?? '', 'No earlier guidance on these points was recorded.') },
    { heading: 'At the end of the plan', blocks: prose(cleanLine(input.outcomes ?? '') === '' ? standardOutcomes : (input.outcomes ?? ''), '') },
  ];
}

/** After the signatures: the rep's comments (or room to write them) and the refusal line. */
export function afterSignatures(input: PlanDocumentInput, formatDate: (d: string, field?: string) => string): Block[] {
  const comments = input.repComments ?? '';
  const d = input.declined ?? null;
  const witness = d ? cleanLine(d.witness) : '';
  return [
    // A heading of its own, so it stands apart from the signature lines above it, with room to write.
    { kind: 'heading', level: 2, text: [{ text: 'Employee’s comments' }] },
    ...(cleanLine(comments) === ''
      ? [note('The employee may write a response here or attach one.'), ...Array.from({ length: 4 }, () => para([{ text: INK + INK }]))]
      : prose(comments, '')),
    d
      ? para([
          { text: 'Declined to sign. ', bold: true },
          { text: 'Witnessed by ' },
          witness === '' ? { text: INK } : lineRun(d.witness),
          { text: ` on ${d.date ? formatDate(d.date, 'Date the refusal was witnessed') : INK}.` },
        ])
      : para([{ text: `If the employee declines to sign: witnessed by ${INK} on ${INK}.` }]),
  ];
}
