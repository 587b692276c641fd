// Use cases: the rep's self-assessment. The form for a period (on screen or as a Word form), a
// filled form read back and stored, and each estimate beside the data for the same period.
import { mergeMetricValues } from '../domain/diagnosis/merge';
import type { DocumentModel } from '../domain/document/types';
import { askableMetrics, estimateGaps, readFilledForm, selfAssessmentFormModel, type EstimateGap, type GapQuestion } from '../domain/self-assessment';
import type { IdSource } from '../lib/ids';
import { checkInSchedule, followsUp, nextOpenCheckIn, type ScheduledCheckIn } from '../domain/checkin';
import { isoDay } from '../domain/plan';
import { checkInSchema, planSchema, type CheckIn, type Plan } from '../schemas/plan';
import { err, ok, type Result } from '../lib/result';
import type { MetricKey, MetricValues } from '../schemas/metrics';
import { selfAssessmentSchema, type SelfAssessment } from '../schemas/roleplay';
import { baseRow } from './checkins';
import type { Store } from './store';

/** The rep's merged values for one stored period, or null when the data holds none. */
export async function periodValues(store: Store, repId: string, period: string): Promise<MetricValues | null> {
  const rows = (await store.table('metricPeriods').where('repId', repId)).filter((r) => r.period === period);
  return rows.length ? mergeMetricValues(rows) : null;
}

/** The periods the data holds for the rep, newest first. */
export async function repPeriods(store: Store, repId: string): Promise<string[]> {
  const rows = await store.table('metricPeriods').where('repId', repId);
  return [...new Set(rows.map((r) => r.period))].sort().reverse();
}

export type AssessmentPeriod = { period: string; metrics: MetricKey[] };

/** What the form asks about for a period: the metrics the data holds for the rep then. */
export async function assessmentPeriod(store: Store, repId: string, period: string): Promise<AssessmentPeriod> {
  return { period, metrics: askableMetrics(await periodValues(store, repId, period)) };
}

/** The Word form for the rep and period, or why there is none. */
export async function selfAssessmentForm(store: Store, repId: string, period: string, locale: string): Promise<Result<DocumentModel>> {
  const rep = await store.table('reps').get(repId);
  if (!rep) return err('no-rep', 'This rep is no longer in your team.');
  const { metrics } = await assessmentPeriod(store, repId, period);
  if (!metrics.length) return err('no-data', 'The data holds no figures for this rep in that period: import it first, or choose another period.');
  return ok(selfAssessmentFormModel({ repId, repName: rep.name, period, metrics, locale }));
}

export type AssessmentDraft = Omit<SelfAssessment, 'id' | 'date' | 'createdAt' | 'activityRatings' | 'skillRatings' | 'comments'>;

/** Stores a self-assessment (from the form on screen or from Word), checked by its schema. */
export async function saveSelfAssessment(
  store: Store,
  draft: AssessmentDraft,
  id: string,
  now: Date,
  today: string,
): Promise<Result<SelfAssessment>> {
  const parsed = selfAssessmentSchema.safeParse({ ...draft, id, date: today, createdAt: now.toISOString() });
  if (!parsed.success) return err('invalid', `${parsed.error.issues[0]?.message ?? 'Check the answers'}.`);
  await store.table('selfAssessments').add([parsed.data]);
  return ok(parsed.data);
}

/**
 * A filled Word form's document XML, read and stored for this rep. A file that is not the form,
 * was reshaped, holds a value that is not a number, or was sent for another rep, is refused with
 * one sentence and nothing is stored.
 */
export async function importFilledForm(
  store: Store,
  repId: string,
  documentXml: string,
  id: string,
  now: Date,
  today: string,
): Promise<Result<SelfAssessment>> {
  const read = readFilledForm(documentXml);
  if (!read.ok) return read;
  const form = read.value;
  if (form.repId !== repId) {
    const other = await store.table('reps').get(form.repId);
    return err('other-rep', `This form was sent to ${other ? other.name : 'someone else'}: import it on their page.`);
  }
  return saveSelfAssessment(
    store,
    {
      repId,
      period: form.period,
      estimates: form.estimates,
      stageRatings: form.stageRatings,
      obstacles: form.obstacles,
      supportWanted: form.supportWanted,
      via: 'word',
    },
    id,
    now,
    today,
  );
}

/** Fields added after the first version, as an older stored row (or backup) reads them. */
const ASSESSMENT_DEFAULTS = {
  period: null,
  estimates: {},
  stageRatings: {},
  obstacles: '',
  supportWanted: '',
  via: 'laptop',
  activityRatings: {},
  skillRatings: {},
  comments: '',
} as const;

/** The rep's stored self-assessments, newest first, older rows read with the later fields empty. */
export async function storedAssessments(store: Store, repId: string): Promise<SelfAssessment[]> {
  const rows = (await store.table('selfAssessments').where('repId', repId)).map((r) => ({ ...ASSESSMENT_DEFAULTS, ...r }) as SelfAssessment);
  return rows.sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
}

export type AssessmentBeside = { assessment: SelfAssessment; gaps: EstimateGap[] };

/** The rep's self-assessments, newest first, each estimate beside the data for its period. */
export async function assessmentsBesideData(store: Store, repId: string): Promise<AssessmentBeside[]> {
  const rows = await storedAssessments(store, repId);
  const out: AssessmentBeside[] = [];
  for (const assessment of rows) {
    const values = assessment.period ? await periodValues(store, repId, assessment.period) : null;
    out.push({ assessment, gaps: estimateGaps(assessment.estimates, values) });
  }
  return out;
}

/** Plans still being prepared: questions can be added to them. */
const MAX_QUESTIONS = 60;
const MAX_NOTES = 5000;
const PREPARING = new Set(['draft', 'ready']);
const NOTES_HEADING = 'From the rep’s self-assessment, beside the data:';

const gapText = (q: GapQuestion) => `${q.fact} ${q.question}`;

/** The rep's plan being prepared (the latest draft or ready one), or undefined. */
async function preparingPlan(store: Store, repId: string): Promise<Plan | undefined> {
  return (await store.table('plans').where('repId', repId))
    .filter((p) => PREPARING.has(p.status))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}

/** The plan with the questions it does not hold yet, chosen and marked as from the self-assessment. */
function withQuestions(plan: Plan, questions: readonly GapQuestion[], ids: IdSource, now: Date): Result<{ plan: Plan; added: number }> {
  const have = new Set(plan.content.questions.map((q) => q.text));
  const fresh = questions.map(gapText).filter((t) => !have.has(t));
  const room = MAX_QUESTIONS - plan.content.questions.length;
  if (fresh.length > room)
    return err('full', `The plan already holds ${plan.content.questions.length} questions: remove some before adding these ${fresh.length}.`);
  const added = fresh.map((text) => ({
    id: ids(),
    text,
    gap: 'self-assessment',
    included: true,
    why: 'From the rep’s self-assessment, beside the data',
  }));
  const next = planSchema.parse({
    ...plan,
    content: { ...plan.content, questions: [...plan.content.questions, ...added] },
    updatedAt: now.toISOString(),
  });
  return ok({ plan: next, added: added.length });
}

/** The rep's next check-in not recorded yet (an overdue one first), over the plans that follow up. */
async function nextCheckIn(store: Store, repId: string, today: string): Promise<{ plan: Plan; entry: ScheduledCheckIn } | null> {
  const plans = (await store.table('plans').where('repId', repId)).filter(followsUp);
  const rows = await store.table('checkIns').where('repId', repId);
  const open = plans
    .map((plan) => ({ plan, entry: nextOpenCheckIn(checkInSchedule(plan, rows, today)) }))
    .filter((c): c is { plan: Plan; entry: ScheduledCheckIn } => c.entry !== null);
  const rank = (c: ScheduledCheckIn) => `${c.state === 'overdue' ? 0 : 1}${c.due}`;
  return open.sort((a, b) => rank(a.entry).localeCompare(rank(b.entry)))[0] ?? null;
}

/** The check-in's row with the questions its notes do not hold yet, under one heading. */
function withNotes(
  plan: Plan,
  entry: ScheduledCheckIn,
  questions: readonly GapQuestion[],
  ids: IdSource,
  now: Date,
): Result<{ row: CheckIn; added: number }> {
  const row = baseRow(plan, entry, ids);
  const fresh = questions.map(gapText).filter((t) => !row.notes.includes(t));
  if (!fresh.length) return ok({ row, added: 0 });
  const block = [...(row.notes.includes(NOTES_HEADING) ? [] : [NOTES_HEADING]), ...fresh.map((t) => `- ${t}`)].join('\n');
  const notes = row.notes.trim() ? `${row.notes.trimEnd()}\n\n${block}` : block;
  if (notes.length > MAX_NOTES) return err('full', 'The check-in’s notes have no room for these questions: shorten the notes first.');
  return ok({ row: checkInSchema.parse({ ...row, notes, updatedAt: now.toISOString() }), added: fresh.length });
}

export type QuestionsOffered = {
  plan: { planId: string; added: number } | null;
  checkIn: { planId: string; slot: number; due: string; added: number } | null;
};

/**
 * Offers the self-assessment's facts and questions to what comes next with the rep: the plan being
 * prepared (as questions) and the next open check-in (in its notes), each text once. Refused in one
 * sentence, nothing stored, when there is neither, or when either has no room left.
 */
export async function offerGapQuestions(
  store: Store,
  repId: string,
  questions: readonly GapQuestion[],
  ids: IdSource,
  now: Date,
): Promise<Result<QuestionsOffered>> {
  return store.transaction(['plans', 'checkIns'], async () => {
    const plan = await preparingPlan(store, repId);
    const next = await nextCheckIn(store, repId, isoDay(now));
    if (!plan && !next)
      return err(
        'nothing-open',
        'No plan is being prepared and no check-in is open for this rep: start a plan with Prepare a conversation, then add these questions.',
      );
    const planned = plan ? withQuestions(plan, questions, ids, now) : null;
    if (planned && !planned.ok) return planned;
    const noted = next ? withNotes(next.plan, next.entry, questions, ids, now) : null;
    if (noted && !noted.ok) return noted;
    if (planned?.value.added) await store.table('plans').put([planned.value.plan]);
    if (noted?.value.added) await store.table('checkIns').put([noted.value.row]);
    return ok({
      plan: plan && planned ? { planId: plan.id, added: planned.value.added } : null,
      checkIn: next && noted ? { planId: next.plan.id, slot: next.entry.slot, due: next.entry.due, added: noted.value.added } : null,
    });
  });
}
