import type { Assessment } from '@shared/domain/diagnosis';
import { inGap, STAT_DEFINITIONS } from '@shared/domain/diagnosis';
import { benchmarkSourceName, peerMedianLabel } from '@shared/domain/metrics';
import { peerGroupName } from '@shared/domain/team';
import { useFormat } from '@renderer/ui/format';
import { ScrollRegion } from '@renderer/ui/ScrollRegion';
import { unitOf } from './units';

/** Every metric of the window next to its expectation, the team median and the middle half of the team. */
export function MetricsTable({ a, threshold, roleLabel }: { a: Assessment; threshold: number; roleLabel: string | null }) {
  const fmt = useFormat();
  return (
    <>
      <h3 className="section-title">Every number, {a.periods.length === 1 ? 'this period' : `last ${a.periods.length} periods`}</h3>
      <ScrollRegion label="Metrics against benchmarks" className="flat">
        <table className="table" aria-label="Metrics against benchmarks">
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col" className="num">
                Rep
              </th>
              <th scope="col" className="num">
                Expected
              </th>
              <th scope="col" className="num">
                {peerMedianLabel(peerGroupName(a.peers))}
              </th>
              <th scope="col" className="num">
                Middle half of the team
              </th>
              <th scope="col" className="num">
                Against benchmark
              </th>
            </tr>
          </thead>
          <tbody>
            {a.metrics
              .filter((m, i, all) => m.value !== null && all.findIndex((x) => x.label === m.label) === i)
              .map((m) => {
                const unit = unitOf(m.key);
                return (
                  <tr key={m.key}>
                    <td>
                      <details className="definition">
                        <summary>{m.label}</summary>
                        <span className="muted small">
                          {STAT_DEFINITIONS[m.key]}{' '}
                          {m.benchmarkSource === 'team-median'
                            ? `Judged against the median of ${peerGroupName(a.peers)}.`
                            : m.benchmarkSource && m.benchmark !== null
                              ? `Judged against ${benchmarkSourceName(m, roleLabel)}.`
                              : ''}
                        </span>
                      </details>
                    </td>
                    <td className="num" title={fmt.title(m.value, unit)}>
                      {fmt.value(m.value, unit)}
                    </td>
                    <td className="num">{fmt.value(m.expectation, unit)}</td>
                    <td className="num" title={fmt.title(m.teamMedian, unit)}>
                      {fmt.value(m.teamMedian, unit)}
                    </td>
                    <td className="num">
                      {fmt.value(m.teamQ1, unit)} – {fmt.value(m.teamQ3, unit)}
                    </td>
                    <td className={`num ${m.key !== 'closingPace' && inGap(m.value, m.benchmark, threshold, m.higherIsBetter) ? 'att-low' : ''}`}>
                      {fmt.change(m.gap)}
                    </td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
