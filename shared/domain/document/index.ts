/**
 * Word documents, pure: plain inputs → a plain document model, shared by the docx renderer
 * (shared/export/docx) and the print view (renderer/src/features/documents).
 *
 *   buildPlanDocument(PlanDocumentInput, { locale, currency }) → the rep's action and
 *     development plan. Reads only PlanDocumentInput's own fields: the guide cannot reach it.
 *   buildGuideDocument(ConversationGuideInput, { locale, currency }) → the manager's private guide.
 *   documentFileName(date, repName, 'plan' | 'guide') → "2026-11-22 Jordan Reyes - Action Plan.docx".
 *   renderDocx(model) (shared/export/docx) → the .docx bytes; <PrintView model /> → print view.
 *
 * Numbers are formatted here in the locale: pass numbers with their unit where you can
 * (facts, expectations, action-item baselines and targets); unknown is null, shown as "not available".
 * A bad date or signature image throws DocumentInputError with a message that names the field.
 */
export * from './types';
export { buildPlanDocument, PLAN_SECTIONS, PLAN_TITLE, SIGNER_LABEL, WINS_SECTION } from './plan';
export { buildCheckInSummary, CHECKIN_TITLE, type CheckInSummaryInput } from './checkin';
export { buildGuideDocument, GUIDE_TITLE, GUIDE_PRIVACY_NOTE } from './guide';
export { DocumentInputError, makeFormatter, NOT_AVAILABLE, type Formatter } from './format';
export { cleanText, cleanLine, documentText, isLabel, isRightToLeft, plainText, softWrap } from './text';
export { documentFileName, type DocumentKind } from './filename';
