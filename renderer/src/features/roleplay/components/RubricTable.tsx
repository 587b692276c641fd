import type { RoleplayScript, RoleplaySession } from '@shared/schemas';
import { ScrollRegion } from '@renderer/ui/ScrollRegion';

/** Every criterion with what earns a 1, a 3 and a 5; with a session's scores when given. */
export function RubricTable({ script, scores, label = 'Rubric' }: { script: RoleplayScript; scores?: RoleplaySession['scores']; label?: string }) {
  return (
    <ScrollRegion label={`${label} (scrolls)`}>
      <table className="table rp-rubric" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            {scores ? <th scope="col">Score</th> : null}
            <th scope="col">1</th>
            <th scope="col">3</th>
            <th scope="col">5</th>
          </tr>
        </thead>
        <tbody>
          {script.rubric.criteria.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.name}</th>
              {scores ? <td className="rp-score-cell">{scores[c.id] ?? '—'}</td> : null}
              <td>{c.anchors['1']}</td>
              <td>{c.anchors['3']}</td>
              <td>{c.anchors['5']}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
