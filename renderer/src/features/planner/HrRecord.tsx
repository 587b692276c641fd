import { useState } from 'react';
import { z } from 'zod';
import { hrRecordOf, isoDay } from '@shared/domain/plan';
import type { Plan } from '@shared/schemas';
import { saveHrReview } from '@renderer/db/repositories/plans';
import { useDb } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { Button } from '@renderer/ui/Button';
import { Field } from '@renderer/ui/Field';
import { useFormat } from '@renderer/ui/format';
import { CoachedText } from './CoachedText';
import { usePlanner, useStepForm } from './stepForm';

const recordSchema = z.object({ priorGuidance: z.string().max(3000), outcomes: z.string().max(3000) });

const RECORD_FIELDS = [
  {
    name: 'priorGuidance',
    label: 'Guidance already given',
    hint: 'Earlier conversations, emails or reviews on the same points, with their dates. HR expects a plan to say so.',
    rows: 2,
  },
  {
    name: 'outcomes',
    label: 'How the plan can end',
    hint: 'Met (the plan closes), extended (new dates), or the next formal step. Printed in the plan.',
    rows: 3,
  },
] as const;

/** What HR expects the plan to state: guidance already given, and how it can end. */
export function PlanRecordCard() {
  const { plan, facts } = usePlanner();
  const r = hrRecordOf(plan.content);
  const { form, flush, readOnly } = useStepForm('hr-record', recordSchema, { priorGuidance: r.priorGuidance, outcomes: r.outcomes }, (v) => ({
    hrRecord: { ...hrRecordOf(plan.content), priorGuidance: v.priorGuidance, outcomes: v.outcomes },
  }));
  return (
    <form className="card stack" onBlur={flush} onSubmit={(e) => e.preventDefault()} aria-label="For the record">
      <h2 className="card-title">For the record</h2>
      {RECORD_FIELDS.map((f) => (
        <CoachedText key={f.name} control={form.control} {...f} facts={facts} disabled={readOnly} />
      ))}
    </form>
  );
}

/** An optional HR review before the plan is issued; reviewer and date go into its history. */
export function HrReview({ plan }: { plan: Plan }) {
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const fmt = useFormat();
  const [reviewer, setReviewer] = useState(plan.content.document.hrName);
  const [date, setDate] = useState(() => isoDay(new Date()));
  if (plan.hrReview)
    return (
      <p className="small hr-review">
        Reviewed by HR: {plan.hrReview.reviewer}, {fmt.date(plan.hrReview.date)}.
      </p>
    );
  if (plan.status !== 'draft' && plan.status !== 'ready') return null;
  const record = () =>
    void saveHrReview(db, plan.id, reviewer, date, fmt.locale).then(
      () => notify('success', `HR review by ${reviewer.trim()} recorded in the plan’s history.`),
      (e: unknown) => notify('error', e instanceof Error ? e.message : 'Could not record the review.'),
    );
  return (
    <details className="hr-review">
      <summary>HR review before the plan is issued (optional)</summary>
      <div className="item-grid item-grid-3">
        <Field label="Reviewed by">
          <input className="input" value={reviewer} onChange={(e) => setReviewer(e.target.value)} />
        </Field>
        <Field label="Review date">
          <input className="input" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </Field>
        <div className="field">
          <Button onClick={record} disabled={reviewer.trim() === '' || date === ''}>
            Record the HR review
          </Button>
        </div>
      </div>
    </details>
  );
}
