// The Review step's read-only parts: what goes into the rep's document, the manager's private
// preparation, and the plan's history.
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
import type { Plan, SnapshotMetric } from '@shared/schemas';
import { useFormat } from '@renderer/ui/format';
import { GAP_LABELS, OBSTACLE_LABELS, STAGE_LABELS, SUPPORT_LABELS, VERDICT_LABELS } from '../labels';
import { fmt } from '../numbers';

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

/** A metric of the plan's facts by key: the window's figure, else the period's. */
export function metricOf(plan: Plan, key: string): SnapshotMetric | undefined {
  return plan.snapshot.metrics.find((m) => m.key === key) ?? plan.snapshot.periodMetrics.find((m) => m.key === key);
}

/** The action items not SMART yet, each with what it lacks (none: nothing shown). */
export function NotSmartNotice({ plan }: { plan: Plan }) {
  // Each item judged once, the way its metric should move (lower is better for cycle days).
  const notSmart = plan.content.actionItems
    .map((a) => ({ a, issues: smartCheck(a, (k) => metricOf(plan, k)?.higherIsBetter ?? true) }))
    .filter((x) => x.issues.length > 0);
  if (notSmart.length === 0) return null;
  return (
    <div className="notice notice-warn" role="status">
      {notSmart.length} action item{notSmart.length === 1 ? ' is' : 's are'} not SMART yet:{' '}
      {notSmart.map(({ a, issues }) => `“${a.action || 'untitled'}” (${issues.map((x) => SMART_ISSUE_TEXT[x].toLowerCase()).join(', ')})`).join('; ')}
      .
    </div>
  );
}

/** The facts exactly as the rep's document states them: the same rows, source, rounding and gap. */
function FactsTable({ plan }: { plan: Plan }) {
  const format = useFormat();
  const facts = factRows(plan);
  const docFormat = makeFormatter({ locale: format.locale, currency: format.currency });
  if (facts.length === 0) return <p className="muted">No figures are part of this plan.</p>;
  return (
    <>
      <p className="muted small">{factsNote(plan, format.locale)}</p>
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
  );
}

/** Each action item in one line: the action, its metric from baseline to target, deadline and owner. */
function ActionItemLines({ plan }: { plan: Plan }) {
  const format = useFormat();
  return (
    <List
      items={plan.content.actionItems.map((a) => {
        const unit = metricOf(plan, a.metricKey ?? '')?.unit ?? null;
        const [from, to] = [fmt(a.baseline, unit, format), fmt(a.target, unit, format)];
        // A drafted action already says "from 3.4% to 31%": the numbers are not said twice.
        const saysBoth = a.action.includes(`from ${from} to ${to}`);
        const numbers = saysBoth
          ? ''
          : ` — ${a.metricKey ? (metricOf(plan, a.metricKey)?.label ?? a.metricKey) : 'no metric'}: from ${from} to ${to}`;
        return `${a.action || 'Untitled'}${numbers}, by ${a.deadline ? format.date(`${a.deadline}T12:00:00`) : '–'}, owner ${a.owner || '–'}`;
      })}
      empty="No action items."
    />
  );
}

/** Everything that goes into the rep's document. */
export function RepFacingPart({ plan }: { plan: Plan }) {
  const format = useFormat();
  const c = plan.content;
  const s = plan.snapshot;
  const checkIns = planCheckInDates(c);
  const record = hrRecordOf(c);
  const period = s.windowPeriods.length > 0 || s.period ? snapshotPeriodLabel(s, format.locale) : '–';
  return (
    <section className="card review-part review-rep" aria-labelledby="rep-facing">
      <h2 id="rep-facing">For {s.repName}: the plan you will both sign</h2>
      <p className="muted small">Everything in this part goes into the rep’s document.</p>
      <h3>Period reviewed</h3>
      <p>{period}</p>
      <h3>Expectations</h3>
      <List items={c.expectations.map((e) => `${e.label}: ${fmt(e.target, e.unit, format)}${e.note ? ` (${e.note})` : ''}`)} empty="None written." />
      <h3>The facts</h3>
      <FactsTable plan={plan} />
      {c.acknowledgements.trim() ? (
        <>
          <h3>What is going well</h3>
          <p className="review-wins">{c.acknowledgements}</p>
        </>
      ) : null}
      <h3>Action items</h3>
      <ActionItemLines plan={plan} />
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
  );
}

/** The manager's reading: the verdict, per focus area, obstacles and their own part to fix. */
function DiagnosisLines({ plan }: { plan: Plan }) {
  const d = plan.content.diagnosis;
  const ownParts = d.systemFixes.filter((f) => f.ownPart.trim());
  return (
    <>
      <p>
        {VERDICT_LABELS[d.verdict]}
        {d.weakStage ? ` at ${STAGE_LABELS[d.weakStage].toLowerCase()}` : ''}
        {d.overrideReason ? ` — your reading: ${d.overrideReason}` : d.confirmed ? ' (confirmed)' : ''}
      </p>
      {d.perFocus.length ? (
        <List items={d.perFocus.map((p) => `${metricOf(plan, p.metricKey)?.label ?? p.metricKey}: ${GAP_LABELS[p.gap]}`)} empty="" />
      ) : null}
      {d.obstacles.length ? <List items={d.obstacles.map((o) => `${OBSTACLE_LABELS[o.kind]}${o.note ? `: ${o.note}` : ''}`)} empty="" /> : null}
      {ownParts.length ? <List items={ownParts.map((f) => `Your part: ${f.ownPart}`)} empty="" /> : null}
    </>
  );
}

/** Only for the manager: none of this goes into the rep's document. */
export function PrivatePart({ plan }: { plan: Plan }) {
  const c = plan.content;
  const pushback = c.pushback.filter((p) => p.included);
  return (
    <section className="card review-part review-private" aria-labelledby="private-prep">
      <h2 id="private-prep">Your private preparation</h2>
      <p className="muted small">Only for you: none of this goes into the rep’s document.</p>
      <h3>Diagnosis</h3>
      <DiagnosisLines plan={plan} />
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
  );
}

export function HistoryCard({ plan }: { plan: Plan }) {
  const format = useFormat();
  return (
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
  );
}
