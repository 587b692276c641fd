// Opportunity → win by creation cohort, beside the win rate of the deals closed in the window.
// Self-contained: it reads one assessment and draws its own card.
import type { Assessment } from '@shared/domain/diagnosis';
import { IMMATURE_OPEN_SHARE, STAT_DEFINITIONS, fmtPct } from '@shared/domain/diagnosis';
import { formatPeriod, formatPeriodRange } from '@shared/lib/format';
import { useFormat } from '@renderer/ui/format';

/** The two readings share the row, side by side. */
const SIDE = { flex: '1 1 0' } as const;

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function CohortCard({ assessment: a }: { assessment: Assessment }) {
  const { locale } = useFormat();
  const c = a.cohort;
  if (!c) return null;
  const win = a.decomposition.terms.find((t) => t.key === 'opportunityToWin');
  const closed = a.decomposition.winRateBasis === 'closed' ? win : undefined;
  const span = (periods: readonly string[]) => formatPeriodRange(periods[0] ?? '', periods[periods.length - 1] ?? '', locale);
  const when = span(c.periods);
  const asOf = c.dataEnd ? ` at the end of the data (${formatPeriod(c.dataEnd, locale)})` : ' at the end of the export';
  return (
    <section className="card" aria-labelledby="cohort-title">
      <h2 id="cohort-title" className="card-title">
        Two ways to read the win rate
      </h2>
      <div className="stat-row">
        <div className="stat" style={SIDE} aria-label="Win rate of deals closed in the window">
          <div className="stat-value">{fmtPct(closed?.value ?? null)}</div>
          <div className="stat-label">
            won of the deals closed in {span(a.periods)}
            {closed?.events ? ` (${plural(closed.events.successes, 'win', 'wins')} of ${closed.events.trials.toLocaleString('en')} closed)` : ''} —
            the rate the diagnosis judges
          </div>
        </div>
        <div className="stat" style={SIDE} aria-label="Opportunity to win by creation cohort">
          <div className="stat-value">{fmtPct(c.winRate)}</div>
          <div className="stat-label">
            of the {plural(c.created, 'opportunity', 'opportunities')} created in {when} are won, whenever they closed — shown for comparison
          </div>
        </div>
      </div>
      <p>
        Of the {plural(c.created, 'opportunity', 'opportunities')} created in {when}: <strong>{c.won.toLocaleString('en')} won</strong>,{' '}
        <strong>{c.lost.toLocaleString('en')} lost</strong> and <strong>{c.open.toLocaleString('en')} still open</strong>
        {asOf}.{c.open > 0 && c.winRateIfOpenWon !== null ? ` If every open one were won, the rate would be ${fmtPct(c.winRateIfOpenWon)}.` : ''}
      </p>
      {c.immature ? (
        <p className="notice notice-info" role="note">
          Immature cohort: {fmtPct(c.openShare)} of these opportunities are still open (more than {fmtPct(IMMATURE_OPEN_SHARE)}), so this rate will
          still move. It is shown, not compared with the team.
        </p>
      ) : c.benchmark !== null ? (
        <p className={c.inGap ? 'notice notice-warn' : 'muted'}>
          Team median for the same creation months: {fmtPct(c.benchmark)} ({plural(c.teamSize, 'rep', 'reps')}).
          {c.inGap ? ' More than the gap threshold below it.' : ''} For information: the verdict rests on the win rate of closed deals.
        </p>
      ) : (
        <p className="muted">
          Not compared: most of the team’s opportunities from these months are still open
          {c.teamOpenShare !== null ? ` (median ${fmtPct(c.teamOpenShare)})` : ''}.
        </p>
      )}
      <details className="definition">
        <summary>What these count</summary>
        <p className="muted small">Closed deals: {STAT_DEFINITIONS.closedWinRate}</p>
        <p className="muted small">By creation: {STAT_DEFINITIONS.cohortWinRate}</p>
      </details>
    </section>
  );
}
