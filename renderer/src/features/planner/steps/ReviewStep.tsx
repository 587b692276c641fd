import { z } from 'zod';
import {
  factRows,
  factsNote,
  historyLine,
  hrRecordOf,
  planCheckInDates,
  SMART_ISSUE_TEXT,
  smartCheck,
  snapshotPeriodLabel,
} from '@shared/domain/plan';
import { makeFormatter } from '@shared/domain/document';
import { useFormat } from '@renderer/ui/format';
import { isoDateSchema } from '@shared/schemas';
import { Field } from '@renderer/ui/Field';
import { ExportActions } from '../ExportActions';
import { GAP_LABELS, OBSTACLE_LABELS, STAGE_LABELS, SUPPORT_LABELS, VERDICT_LABELS } from '../labels';
import { fmt } from '../numbers';
import { StatusControl } from '../StatusControl';
import { HrReview } from '../HrRecord';
import { usePlanner, useStepForm } from '../stepForm';

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

function List({ items, empty }: { items: string[]; empty: string }) {
  return items.length ? (
    <ul className="plain-list">
      {items.map((t, i) => (
        <li key={`${i}-${t}`}>{t}</li>
      ))}
    </ul>
  ) : (
    <p className="muted">{empty}</p>
  );
}

export function ReviewStep() {
  const { plan } = usePlanner();
  const format = useFormat();
  const { locale } = format;
  const c = plan.content;
  const s = plan.snapshot;
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
  const metric = (key: string) => s.metrics.find((m) => m.key === key) ?? s.periodMetrics.find((m) => m.key === key);
  // The facts exactly as the rep's document states them: the same rows, source, rounding and gap.
  const facts = factRows(plan);
  const docFormat = makeFormatter({ locale, currency: format.currency });
  const notSmart = c.actionItems.filter((a) => smartCheck(a, (k) => metric(k)?.higherIsBetter ?? true).length > 0);
  const checkIns = planCheckInDates(c);
  const record = hrRecordOf(c);
  const pushback = c.pushback.filter((p) => p.included);
  const period = s.windowPeriods.length > 0 || s.period ? snapshotPeriodLabel(s, locale) : '–';
  return (
    <div className="stack">
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

      <section className="card">
        <StatusControl plan={plan} />
        <HrReview plan={plan} />
        <ExportActions plan={plan} />
      </section>

      {notSmart.length > 0 ? (
        <div className="notice notice-warn" role="status">
          {notSmart.length} action item{notSmart.length === 1 ? ' is' : 's are'} not SMART yet:{' '}
          {notSmart
            .map(
              (a) =>
                `“${a.action || 'untitled'}” (${smartCheck(a)
                  .map((x) => SMART_ISSUE_TEXT[x].toLowerCase())
                  .join(', ')})`,
            )
            .join('; ')}
          .
        </div>
      ) : null}

      <section className="card review-part review-rep" aria-labelledby="rep-facing">
        <h2 id="rep-facing">For {s.repName}: the plan you will both sign</h2>
        <p className="muted small">Everything in this part goes into the rep’s document.</p>
        <h3>Period reviewed</h3>
        <p>{period}</p>
        <h3>Expectations</h3>
        <List
          items={c.expectations.map((e) => `${e.label}: ${fmt(e.target, e.unit, format)}${e.note ? ` (${e.note})` : ''}`)}
          empty="None written."
        />
        <h3>The facts</h3>
        {facts.length > 0 ? (
          <>
            <p className="muted small">{factsNote(plan, locale)}</p>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Metric</th>
                  <th scope="col" className="num">
                    Expectation
                  </th>
                  <th scope="col" className="num">
                    Actual
                  </th>
                  <th scope="col" className="num">
                    Gap
                  </th>
                </tr>
              </thead>
              <tbody>
                {facts.map((r) => (
                  <tr key={r.metric}>
                    <td>{r.metric}</td>
                    <td className="num">{docFormat.value(r.expectation, r.unit)}</td>
                    <td className="num">{docFormat.value(r.actual, r.unit)}</td>
                    <td className="num">{docFormat.gap(r.gap, r.unit)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          <p className="muted">No figures are part of this plan.</p>
        )}
        {c.acknowledgements.trim() ? (
          <>
            <h3>What is going well</h3>
            <p className="review-wins">{c.acknowledgements}</p>
          </>
        ) : null}
        <h3>Action items</h3>
        <List
          items={c.actionItems.map((a) => {
            const unit = metric(a.metricKey ?? '')?.unit ?? null;
            const [from, to] = [fmt(a.baseline, unit, format), fmt(a.target, unit, format)];
            // A drafted action already says "from 3.4% to 31%": the numbers are not said twice.
            const saysBoth = a.action.includes(`from ${from} to ${to}`);
            const numbers = saysBoth ? '' : ` — ${a.metricKey ? (metric(a.metricKey)?.label ?? a.metricKey) : 'no metric'}: from ${from} to ${to}`;
            return `${a.action || 'Untitled'}${numbers}, by ${a.deadline ? format.date(`${a.deadline}T12:00:00`) : '–'}, owner ${a.owner || '–'}`;
          })}
          empty="No action items."
        />
        <h3>Milestones and check-ins</h3>
        <List items={c.milestones.map((m) => `${m.date ? format.date(`${m.date}T12:00:00`) : 'No date'}: ${m.text}`)} empty="No milestones." />
        <p>{checkIns.length ? `Check-ins: ${checkIns.map((d) => format.date(`${d}T12:00:00`)).join(', ')}` : 'No check-ins scheduled.'}</p>
        <h3>Support</h3>
        <List items={c.support.map((x) => `${SUPPORT_LABELS[x.kind]}: ${x.text}`)} empty="No support written." />
        <h3>Development plan</h3>
        <List
          items={c.development.map(
            (d) =>
              `${d.skill}: ${d.activities.join('; ')}${d.resources.length ? ` · resources: ${d.resources.join('; ')}` : ''}${d.timeline ? ` · ${d.timeline}` : ''}`,
          )}
          empty="No development items."
        />
        <h3>If the expectations are not met</h3>
        <p>{c.consequences || <span className="muted">Not written yet.</span>}</p>
        <h3>Guidance already given</h3>
        <p>{record.priorGuidance || <span className="muted">None recorded.</span>}</p>
        <h3>How the plan can end</h3>
        <p>{record.outcomes}</p>
      </section>

      <section className="card review-part review-private" aria-labelledby="private-prep">
        <h2 id="private-prep">Your private preparation</h2>
        <p className="muted small">Only for you: none of this goes into the rep’s document.</p>
        <h3>Diagnosis</h3>
        <p>
          {VERDICT_LABELS[c.diagnosis.verdict]}
          {c.diagnosis.weakStage ? ` at ${STAGE_LABELS[c.diagnosis.weakStage].toLowerCase()}` : ''}
          {c.diagnosis.overrideReason ? ` — your reading: ${c.diagnosis.overrideReason}` : c.diagnosis.confirmed ? ' (confirmed)' : ''}
        </p>
        {c.diagnosis.perFocus.length ? (
          <List items={c.diagnosis.perFocus.map((p) => `${metric(p.metricKey)?.label ?? p.metricKey}: ${GAP_LABELS[p.gap]}`)} empty="" />
        ) : null}
        {c.diagnosis.obstacles.length ? (
          <List items={c.diagnosis.obstacles.map((o) => `${OBSTACLE_LABELS[o.kind]}${o.note ? `: ${o.note}` : ''}`)} empty="" />
        ) : null}
        {c.diagnosis.systemFixes.filter((f) => f.ownPart.trim()).length ? (
          <List items={c.diagnosis.systemFixes.filter((f) => f.ownPart.trim()).map((f) => `Your part: ${f.ownPart}`)} empty="" />
        ) : null}
        <h3>Opening</h3>
        <p>{c.opening || <span className="muted">Not written yet.</span>}</p>
        <h3>Talking points</h3>
        <List items={c.talkingPoints.filter((t) => t.included).map((t) => t.text)} empty="None chosen." />
        <h3>Questions</h3>
        <List items={c.questions.filter((q) => q.included).map((q) => q.text)} empty="None chosen." />
        <h3>Pushback and your approach</h3>
        <List items={pushback.map((p) => `${p.objection}: ${p.approach}`)} empty="None prepared." />
        <h3>Keeping your distance</h3>
        <List items={c.reminders} empty="No reminders." />
        <p className="muted small">
          {c.rehearsal.length ? `Rehearsed ${c.rehearsal.length} objection${c.rehearsal.length === 1 ? '' : 's'}.` : 'Not rehearsed yet.'}
        </p>
      </section>

      <section className="card">
        <h2 className="card-title">History</h2>
        <ul className="plain-list small">
          {plan.history.map((h, i) => (
            <li key={`${h.at}-${i}`}>
              {format.dateTime(h.at)} · revision {h.revision} · {historyLine(h)}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
