import type { RoleplayScript } from '../../../../../shared/schemas';

/** Every criterion with what earns a 1, a 3 and a 5. */
export function RubricTable({ script }: { script: RoleplayScript }) {
  return (
    <div className="table-wrap">
      <table className="table rp-rubric" aria-label="Rubric">
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">1</th>
            <th scope="col">3</th>
            <th scope="col">5</th>
          </tr>
        </thead>
        <tbody>
          {script.rubric.criteria.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.name}</th>
              <td>{c.anchors['1']}</td>
              <td>{c.anchors['3']}</td>
              <td>{c.anchors['5']}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
