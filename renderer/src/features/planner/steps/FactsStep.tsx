import type { UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { ACTIVITY_KEYS, snapshotPeerGroup, snapshotPeriodLabel } from '@shared/domain/plan';
import { benchmarkSourceName, peerMedianLabel } from '@shared/domain/metrics';
import { useFormat } from '@renderer/ui/format';
import { VerdictBadge } from '@renderer/ui/VerdictBadge';
import { CoachedText } from '../CoachedText';
import { ToCheck } from '../ItemParts';
import { fmt, fmtGap } from '../numbers';
import { usePlanner, useStepForm } from '../stepForm';
import type { SnapshotMetric } from '@shared/schemas';

const schema = z.object({
  focusAreas: z.array(z.string()).max(3, 'Pick up to three focus areas'),
  acknowledgements: z.string().max(3000),
});

type FactsForm = UseFormReturn<z.input<typeof schema>, unknown, z.output<typeof schema>>;

function useFactsForm() {
  const { plan } = usePlanner();
  return useStepForm('facts', schema, { focusAreas: plan.content.focusAreas, acknowledgements: plan.content.acknowledgements }, (v) => {
    // Keep the per-focus diagnosis in step with the chosen focus areas.
    const d = plan.content.diagnosis;
    const perFocus = v.focusAreas.map(
      (metricKey) =>
        d.perFocus.find((p) => p.metricKey === metricKey) ?? {
          metricKey,
          gap: ACTIVITY_KEYS.has(metricKey) ? ('effort' as const) : ('skill' as const),
        },
    );
    return { ...v, diagnosis: { ...d, perFocus } };
  });
}

/** The verdict, when the facts were taken and over which period, and the evidence behind it. */
function VerdictCard({ span }: { span: string }) {
  const { plan } = usePlanner();
  const format = useFormat();
  const s = plan.snapshot;
  return (
    <section className="card">
      <div className="verdict-head">
        <h2>What the numbers say</h2>
        <VerdictBadge verdict={s.verdict} />
      </div>
      <p className="muted small">
        Facts as of {format.date(s.takenAt)}, over {span}
        {s.confidence ? ` · ${s.confidence} confidence` : ''}. The plan keeps these figures: a later import never changes them.
      </p>
      {s.overrideReason ? <p className="notice notice-info">Your override: {s.overrideReason}</p> : null}
      <ul className="evidence">
        {s.evidence.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </section>
  );
}

/** One metric's row: a focus tick (up to three), the rep's figure, the expectation, the peers' median and the gap. */
function FactRow({ m, form, focus }: { m: SnapshotMetric; form: FactsForm; focus: string[] }) {
  const { plan } = usePlanner();
  const format = useFormat();
  const checked = focus.includes(m.key);
  return (
    <tr>
      <td>
        <input
          type="checkbox"
          aria-label={`Focus on ${m.label}`}
          checked={checked}
          disabled={!checked && focus.length >= 3}
          onChange={() =>
            form.setValue('focusAreas', checked ? focus.filter((k) => k !== m.key) : [...focus, m.key], {
              shouldDirty: true,
              shouldValidate: true,
            })
          }
        />
      </td>
      <td>{m.label}</td>
      <td className="num">{fmt(m.value, m.unit, format)}</td>
      <td className="num">{fmt(m.expectation, m.unit, format)}</td>
      <td className="num">{fmt(m.teamMedian, m.unit, format)}</td>
      <td className="num">
        {fmtGap(m.gap)}
        {m.gap !== null && m.benchmarkSource ? (
          <span className="muted small benchmark-source"> against {benchmarkSourceName(m, plan.snapshot.roleLabel)}</span>
        ) : null}
      </td>
    </tr>
  );
}

function FactsTableCard({ form, readOnly, span }: { form: FactsForm; readOnly: boolean; span: string }) {
  const { plan } = usePlanner();
  const s = plan.snapshot;
  const { errors } = form.formState;
  const focus = form.watch('focusAreas');
  return (
    <section className="card">
      <h2 className="card-title">The rep’s numbers beside the benchmark</h2>
      <fieldset className="plain-fieldset" disabled={readOnly}>
        <legend className="small muted">Tick up to three focus areas for the conversation.</legend>
        <div className="table-wrap flat">
          <table className="table facts-table">
            <thead>
              <tr>
                <th scope="col">Focus</th>
                <th scope="col">Metric</th>
                <th scope="col" className="num">
                  {s.repName}
                </th>
                <th scope="col" className="num">
                  Expectation
                </th>
                <th scope="col" className="num">
                  {peerMedianLabel(snapshotPeerGroup(s))}
                  {span ? ` over ${span}` : ''}
                </th>
                <th scope="col" className="num">
                  Gap, and against what
                </th>
              </tr>
            </thead>
            <tbody>
              {s.metrics.map((m) => (
                <FactRow key={m.key} m={m} form={form} focus={focus} />
              ))}
            </tbody>
          </table>
        </div>
      </fieldset>
      <ToCheck id="focusAreas" />
      {errors.focusAreas ? <p className="field-error">{errors.focusAreas.message}</p> : null}
      {s.metrics.length === 0 ? <p className="muted">This plan was carried over from an older version of Candor and holds no figures.</p> : null}
    </section>
  );
}

function WarningsCard() {
  const { plan } = usePlanner();
  const warnings = plan.snapshot.warnings;
  if (warnings.length === 0) return null;
  return (
    <section className="card">
      <h2 className="card-title">Warning signs</h2>
      <ul className="plan-warnings">
        {warnings.map((w) => (
          <li key={w.id} className={w.kind === 'check-system' ? 'plan-warning plan-warning-system' : 'plan-warning'}>
            <strong>{w.kind === 'check-system' ? `Check the system first: ${w.title}` : w.title}</strong>
            <span className="muted"> {w.detail}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function FactsStep() {
  const { plan, facts } = usePlanner();
  const { locale } = useFormat();
  const s = plan.snapshot;
  const { form, flush, readOnly } = useFactsForm();
  const span = s.windowPeriods.length > 0 || s.period ? snapshotPeriodLabel(s, locale) : '';
  return (
    <form className="stack" onBlur={flush} onSubmit={(e) => e.preventDefault()} aria-label="Facts">
      <VerdictCard span={span} />
      <FactsTableCard form={form} readOnly={readOnly} span={span} />
      <WarningsCard />
      <section className="card">
        <CoachedText
          control={form.control}
          name="acknowledgements"
          label="Recent wins and customer feedback to acknowledge"
          hint="Start from what is going well: a deal closed, a customer’s thanks, a skill that has grown. This goes into the guide and the rep’s plan, under “What is going well”."
          facts={facts}
          disabled={readOnly}
        />
      </section>
    </form>
  );
}
