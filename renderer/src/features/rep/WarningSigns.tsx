import type { RepDiagnosis } from '@shared/domain/diagnosis';
import { STAT_LABELS } from '@shared/domain/diagnosis';
import { useFormat } from '@renderer/ui/format';
import { ScrollRegion } from '@renderer/ui/ScrollRegion';
import { unitOf } from './units';

/** The rep's warning signs, each with the numbers behind it one click away. */
export function WarningSigns({ d }: { d: RepDiagnosis }) {
  const fmt = useFormat();
  if (!d.warnings.length) return null;
  return (
    <section className="card" aria-labelledby="warnings-title">
      <h2 id="warnings-title" className="card-title">
        Warning signs
      </h2>
      {d.checkSystemFirst ? (
        <p className="notice notice-info">Check the set-up first: some signs point at the quota, ramp, territory or tooling rather than the rep.</p>
      ) : null}
      <ul className="warnings">
        {d.warnings.map((w) => (
          <li key={w.id} className={`warning warning-${w.kind}`}>
            <strong>{w.title}</strong>
            <p>{w.detail}</p>
            {w.evidence.length ? (
              <details>
                <summary>The numbers ({w.evidence.length})</summary>
                <ScrollRegion label={`Numbers for: ${w.title}`} className="flat">
                  <table className="table chart-table" aria-label={`Evidence for: ${w.title}`}>
                    <thead>
                      <tr>
                        <th scope="col">Period</th>
                        <th scope="col">Metric</th>
                        <th scope="col" className="num">
                          Value
                        </th>
                        <th scope="col" className="num">
                          Compared with
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {w.evidence.map((e, i) => (
                        <tr key={i}>
                          <td>{fmt.period(e.period)}</td>
                          <td>{STAT_LABELS[e.metric]}</td>
                          <td className="num">{fmt.value(e.value, unitOf(e.metric))}</td>
                          <td className="num">{fmt.value(e.benchmark, unitOf(e.metric))}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollRegion>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
