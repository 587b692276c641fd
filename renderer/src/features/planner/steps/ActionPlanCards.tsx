// The Action plan step's three cards: SMART action items, milestones, check-ins.
import { SMART_ISSUE_TEXT, smartCheck } from '@shared/domain/plan';
import { benchmarkSourceLabel } from '@shared/domain/metrics';
import { randomId } from '@shared/lib/ids';
import { Field } from '@renderer/ui/Field';
import { useFormat } from '@renderer/ui/format';
import { AddButton, ItemFoot, ToCheck, WhyLine } from '../ItemParts';
import { fmt, fromInput, unitSuffix } from '../numbers';
import type { ActionPlanState } from './useActionPlanForm';

const CADENCES = [
  { days: '7', label: 'Every week' },
  { days: '14', label: 'Every two weeks' },
  { days: '28', label: 'Every four weeks' },
];

/** What an action item still lacks to be SMART, or "SMART" when nothing. */
function SmartFlags({ issues, n }: { issues: ReturnType<typeof smartCheck>; n: number }) {
  if (issues.length === 0) return <span className="smart-ok">SMART</span>;
  return (
    <ul className="smart-flags" aria-label={`SMART check for item ${n}`}>
      {issues.map((x) => (
        <li key={x} className="smart-flag">
          {SMART_ISSUE_TEXT[x]}
        </li>
      ))}
    </ul>
  );
}

/** The benchmark of the item's metric, and where it comes from; a dash before a metric is chosen. */
function BenchmarkNote({ state, metricKey }: { state: ActionPlanState; metricKey: string | undefined }) {
  const format = useFormat();
  const m = metricKey ? state.metricsByKey.get(metricKey) : undefined;
  return (
    <div className="field">
      <span className="field-label-like">Benchmark</span>
      <span className="muted">
        {m ? `${fmt(m.benchmark ?? null, m.unit, format)} (${benchmarkSourceLabel(m, state.plan.snapshot.roleLabel)})` : '–'}
      </span>
    </div>
  );
}

type ItemField = ActionPlanState['items']['fields'][number];

function ActionItemRow({ state, f, i }: { state: ActionPlanState; f: ItemField; i: number }) {
  const { form, readOnly, values, metricsByKey, unitOf } = state;
  const v = values.actionItems[i];
  const unit = unitOf(v?.metricKey ?? null);
  const issues = v
    ? smartCheck(
        {
          id: v.id,
          action: v.action,
          metricKey: v.metricKey || null,
          baseline: fromInput(v.baseline, unit),
          target: fromInput(v.target, unit),
          deadline: v.deadline || null,
          owner: v.owner,
        },
        (k) => metricsByKey.get(k)?.higherIsBetter ?? true,
      )
    : [];
  const e = form.formState.errors.actionItems?.[i];
  const suffix = unitSuffix(unit) ? ` (${unitSuffix(unit)})` : '';
  return (
    <li className="item" aria-label={`Action item ${i + 1}`}>
      <ToCheck id={f.id} />
      <WhyLine why={f.why} />
      <Field label="Action">
        <input className="input" {...form.register(`actionItems.${i}.action`)} />
      </Field>
      <div className="item-grid item-grid-3">
        <Field label="Metric">
          <select className="input" value={v?.metricKey ?? ''} onChange={(ev) => state.chooseMetric(i, ev.target.value)} disabled={readOnly}>
            <option value="">Choose a metric</option>
            {[...metricsByKey.values()].map((m) => (
              <option key={m.key} value={m.key}>
                {m.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label={`Baseline${suffix}`} hint={state.baselineSpan} error={e?.baseline?.message}>
          <input className="input" inputMode="decimal" {...form.register(`actionItems.${i}.baseline`)} />
        </Field>
        <Field label={`Target${suffix}`} error={e?.target?.message}>
          <input className="input" inputMode="decimal" {...form.register(`actionItems.${i}.target`)} />
        </Field>
        <Field label="Deadline" error={e?.deadline?.message}>
          <input className="input" type="date" {...form.register(`actionItems.${i}.deadline`)} />
        </Field>
        <Field label="Owner">
          <input className="input" {...form.register(`actionItems.${i}.owner`)} />
        </Field>
        <BenchmarkNote state={state} metricKey={v?.metricKey} />
      </div>
      <ItemFoot onRemove={() => state.items.remove(i)} removeLabel={`Remove action item ${i + 1}`} disabled={readOnly}>
        <SmartFlags issues={issues} n={i + 1} />
      </ItemFoot>
    </li>
  );
}

export function ActionItemsCard({ state }: { state: ActionPlanState }) {
  const { items, readOnly, plan } = state;
  return (
    <section className="card">
      <h2 className="card-title">SMART action items</h2>
      <p className="muted">Each item names the metric it moves, from its baseline to a target, by a deadline, with an owner.</p>
      <ol className="item-list">
        {items.fields.map((f, i) => (
          <ActionItemRow key={f.key} state={state} f={f} i={i} />
        ))}
      </ol>
      <AddButton
        onAdd={() =>
          items.append({ id: randomId(), action: '', metricKey: '', baseline: '', target: '', deadline: '', owner: plan.snapshot.repName })
        }
        disabled={readOnly}
      >
        Add an action item
      </AddButton>
    </section>
  );
}

export function MilestonesCard({ state }: { state: ActionPlanState }) {
  const { form, milestones, readOnly } = state;
  return (
    <section className="card">
      <h2 className="card-title">Milestones</h2>
      <ol className="item-list">
        {milestones.fields.map((f, i) => (
          <li key={f.key} className="item">
            <div className="item-grid item-grid-date">
              <Field label="Date">
                <input className="input" type="date" {...form.register(`milestones.${i}.date`)} />
              </Field>
              <Field label="Milestone">
                <input className="input" {...form.register(`milestones.${i}.text`)} />
              </Field>
            </div>
            <ItemFoot onRemove={() => milestones.remove(i)} removeLabel={`Remove milestone ${i + 1}`} disabled={readOnly} />
          </li>
        ))}
      </ol>
      <AddButton onAdd={() => milestones.append({ id: randomId(), date: '', text: '' })} disabled={readOnly}>
        Add a milestone
      </AddButton>
    </section>
  );
}

export function CheckInsCard({ state }: { state: ActionPlanState }) {
  const { form, dates } = state;
  const format = useFormat();
  const errors = form.formState.errors;
  return (
    <section className="card">
      <h2 className="card-title">Check-ins</h2>
      <div className="item-grid item-grid-3">
        <Field label="Starting from" error={errors.checkIns?.startDate?.message}>
          <input className="input" type="date" {...form.register('checkIns.startDate')} />
        </Field>
        <Field label="How often">
          <select className="input" {...form.register('checkIns.everyDays')}>
            {CADENCES.map((x) => (
              <option key={x.days} value={x.days}>
                {x.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="How many" error={errors.checkIns?.count?.message}>
          <input className="input" inputMode="numeric" {...form.register('checkIns.count')} />
        </Field>
      </div>
      {dates.length > 0 ? (
        <>
          <p className="muted small">Dates on a weekend move to the Monday after.</p>
          <ul className="date-chips" aria-label="Check-in dates">
            {dates.map((d) => (
              <li key={d}>{format.date(d)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">Choose a start date to see the check-in dates.</p>
      )}
    </section>
  );
}
