import { useId, useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { SKILL_LABELS, type SkillPoint } from '@shared/domain/roleplay';
import type { RoleplaySkill } from '@shared/schemas';

const PALETTE = ['#2f5bd3', '#6d28d9', '#c2410c', '#1f7a4d', '#9f1239', '#0e7490', '#7a8699', '#a16207', '#4338ca'];

/** One row per session, one column per skill (only that session's skill has a value). */
function chartRows(points: readonly SkillPoint[]) {
  return points.map((p, i) => ({ key: `${i + 1}`, label: p.date, [p.skill]: p.average }));
}

function summaryOf(repName: string, points: readonly SkillPoint[], skills: RoleplaySkill[]): string {
  const parts = skills.map((skill) => {
    const own = points.filter((p) => p.skill === skill);
    const first = own[0];
    const last = own[own.length - 1];
    if (!first || !last) return '';
    const n = own.length;
    return n === 1
      ? `${SKILL_LABELS[skill]}: ${last.average} of 5 in one session (${last.passed ? 'passed' : 'below the pass mark'})`
      : `${SKILL_LABELS[skill]}: from ${first.average} to ${last.average} of 5 over ${n} sessions`;
  });
  return `${repName}’s average score per session, by skill. ${parts.filter(Boolean).join('; ')}.`;
}

/** Scores per skill over time, with a plain-language summary and the numbers as a table. */
export function SkillChart({ repName, points }: { repName: string; points: readonly SkillPoint[] }) {
  const [showNumbers, setShowNumbers] = useState(false);
  const id = useId();
  const skills = [...new Set(points.map((p) => p.skill))];
  const title = `${repName}: scores by skill`;
  return (
    <figure className="chart rp-chart" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <div className="chart-head">
        <h4 id={`${id}-title`}>{title}</h4>
        <button type="button" className="link-btn" aria-expanded={showNumbers} onClick={() => setShowNumbers((v) => !v)}>
          {showNumbers ? 'Hide numbers' : 'Show numbers'}
        </button>
      </div>
      <p id={`${id}-summary`} className="muted small chart-summary">
        {summaryOf(repName, points, skills)}
      </p>
      <div aria-hidden="true">
        <ResponsiveContainer width="100%" height={220} initialDimension={{ width: 520, height: 220 }}>
          <LineChart data={chartRows(points)} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="#eceff3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11, fill: '#6b7587' }} tickLine={false} axisLine={false} />
            <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} width={28} tick={{ fontSize: 11, fill: '#6b7587' }} tickLine={false} axisLine={false} />
            <Tooltip />
            <Legend iconType="plainline" wrapperStyle={{ fontSize: 12 }} />
            {skills.map((skill, i) => (
              <Line
                key={skill}
                dataKey={skill}
                name={SKILL_LABELS[skill]}
                stroke={PALETTE[i % PALETTE.length] ?? '#2f5bd3'}
                strokeWidth={2.5}
                dot={{ r: 3.5 }}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      {showNumbers ? (
        <table className="table chart-table" aria-label={`${title}: numbers`}>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Skill</th>
              <th scope="col">Script</th>
              <th scope="col">Average</th>
              <th scope="col">Pass mark</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.sessionId}>
                <td>{p.date}</td>
                <td>{SKILL_LABELS[p.skill]}</td>
                <td>{p.title}</td>
                <td>{p.average}</td>
                <td>{p.passMark}</td>
                <td>{p.passed ? 'Passed' : 'Below pass mark'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </figure>
  );
}
