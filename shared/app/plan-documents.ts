// Use case: a plan as a document model, the rep's action plan or the manager's private guide,
// for the app's Word export and print view and for `candor plan`. Rendering to .docx stays with
// the caller (shared/export), so this stays pure.
import { buildGuideDocument, buildPlanDocument, type DocumentModel } from '../domain/document';
import { isoDay, toGuideInput, toPlanDocumentInput } from '../domain/plan';
import type { Plan } from '../schemas/plan';

export type PlanDocumentKind = 'plan' | 'guide';

export type PlanDocumentOptions = {
  locale: string;
  /** Amounts carry this currency; none: plain numbers (no currency is guessed). */
  currency: string | null;
  /** The document's date; default: the meeting date, else today. */
  date?: string | null | undefined;
  now?: () => Date;
};

/** The date a plan's documents carry: the one asked for, else the meeting date, else today. */
export function documentDateOf(plan: Plan, opts: Pick<PlanDocumentOptions, 'date' | 'now'>): string {
  return opts.date ?? plan.content.meeting.date ?? isoDay((opts.now ?? (() => new Date()))());
}

export function planDocument(plan: Plan, kind: PlanDocumentKind, opts: PlanDocumentOptions): DocumentModel {
  const date = documentDateOf(plan, opts);
  const format = { locale: opts.locale, currency: opts.currency };
  return kind === 'plan'
    ? buildPlanDocument(toPlanDocumentInput(plan, { date, locale: opts.locale }), format)
    : buildGuideDocument(toGuideInput(plan, { date, locale: opts.locale }), format);
}
