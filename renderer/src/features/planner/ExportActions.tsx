import type { Plan } from '../../../../shared/schemas';

/**
 * Export and print: the Word plan, the private guide and the print view come from the documents
 * feature (branch h-docx). Until it is merged this says so instead of offering a button that does nothing.
 */
export function ExportActions({ plan }: { plan: Plan }) {
  return (
    <p className="muted small">Word export and print will appear here. {plan.exports.length ? `${plan.exports.length} export(s) recorded.` : ''}</p>
  );
}
