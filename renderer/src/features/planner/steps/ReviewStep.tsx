import { z } from 'zod';
import { isoDateSchema } from '@shared/schemas';
import { Field } from '@renderer/ui/Field';
import { ExportActions } from '../ExportActions';
import { HrReview } from '../HrRecord';
import { StatusControl } from '../StatusControl';
import { usePlanner, useStepForm } from '../stepForm';
import { HistoryCard, NotSmartNotice, PrivatePart, RepFacingPart } from './ReviewParts';

const schema = z.object({
  meeting: z.object({
    date: isoDateSchema.or(z.literal('')),
    time: z.string().regex(/^$|^([01]\d|2[0-3]):[0-5]\d$/, 'Use the form HH:MM'),
    place: z.string().max(300),
    uninterrupted: z.boolean(),
    note: z.string().max(1000),
  }),
  managerName: z.string().max(200),
  document: z.object({ company: z.string().max(200), team: z.string().max(200), hrName: z.string().max(200) }),
});

/** When and where the conversation is held, and the names the document carries. */
function MeetingForm() {
  const { plan } = usePlanner();
  const c = plan.content;
  const { form, flush, readOnly } = useStepForm(
    'review',
    schema,
    { meeting: { ...c.meeting, date: c.meeting.date ?? '' }, managerName: c.managerName, document: c.document },
    (v) => ({
      meeting: { ...v.meeting, date: v.meeting.date || null },
      managerName: v.managerName,
      document: v.document,
    }),
  );
  const errors = form.formState.errors;
  return (
    <form className="card" onBlur={flush} onSubmit={(e) => e.preventDefault()} aria-label="Meeting">
      <h2 className="card-title">Schedule the conversation</h2>
      <div className="item-grid item-grid-3">
        <Field label="Date">
          <input className="input" type="date" {...form.register('meeting.date')} />
        </Field>
        <Field label="Time" error={errors.meeting?.time?.message}>
          <input className="input" type="time" {...form.register('meeting.time')} />
        </Field>
        <Field label="Place">
          <input className="input" placeholder="A closed room" {...form.register('meeting.place')} />
        </Field>
      </div>
      <label className="checkbox" style={{ marginTop: 10 }}>
        <input type="checkbox" {...form.register('meeting.uninterrupted')} /> Uninterrupted: phones away, no back-to-back meeting after it
      </label>
      <div className="item-grid item-grid-2" style={{ marginTop: 10 }}>
        <Field label="Note" optional>
          <input className="input" {...form.register('meeting.note')} />
        </Field>
        <Field label="Your name (on the plan)">
          <input className="input" {...form.register('managerName')} />
        </Field>
      </div>
      <div className="item-grid item-grid-3" style={{ marginTop: 10 }}>
        <Field label="Company" optional>
          <input className="input" {...form.register('document.company')} />
        </Field>
        <Field label="Team" optional>
          <input className="input" {...form.register('document.team')} />
        </Field>
        <Field label="HR signs too" optional hint="Their name adds an HR signature line.">
          <input className="input" {...form.register('document.hrName')} />
        </Field>
      </div>
      {readOnly ? <p className="muted small">This plan is signed: it is read-only.</p> : null}
    </form>
  );
}

export function ReviewStep() {
  const { plan } = usePlanner();
  return (
    <div className="stack">
      <MeetingForm />
      <section className="card">
        <StatusControl plan={plan} />
        <HrReview plan={plan} />
        <ExportActions plan={plan} />
      </section>
      <NotSmartNotice plan={plan} />
      <RepFacingPart plan={plan} />
      <PrivatePart plan={plan} />
      <HistoryCard plan={plan} />
    </div>
  );
}
