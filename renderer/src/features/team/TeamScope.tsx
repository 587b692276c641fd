// Above the Team table: whose reps are shown (the switch, in the address), "Who are you?" once,
// and whose median the comparisons use, named for the reps shown.
import { useMemo } from 'react';
import { byRep, followUpAt, followUpOf, matchesOnly, onlyWords, parseOnly } from '@shared/app/director-followup';
import { isoDay } from '@shared/domain/plan';
import { peerGroupLines, type TeamFilter } from '@shared/domain/team';
import type { RepDiagnosis } from '@shared/domain/diagnosis';
import type { Plan, Rep } from '@shared/schemas';
import { useStoreQuery } from '@renderer/db/hooks';
import { useFormat } from '@renderer/ui/format';
import { hrefFor } from '@renderer/state/router';
import { hasPlacements, WhoAreYou } from '../settings';
import { TeamSwitch, type ShownFilter } from './teamFilter';

export function WhoPrompt({ reps, shown }: { reps: readonly Rep[]; shown: ShownFilter }) {
  if (shown.loading || shown.answered || !hasPlacements(reps)) return null;
  return (
    <div className="notice notice-info notice-compact" role="region" aria-label="Who are you">
      <WhoAreYou reps={reps} current={undefined} compact />
    </div>
  );
}

/** The peer groups of the reps shown: one line, or a count that opens the list. */
export function PeerLines({ reps }: { reps: readonly RepDiagnosis[] }) {
  const lines = peerGroupLines(reps.map((r) => ({ name: r.name, choice: r.window.peers })));
  if (lines.length === 0) return null;
  if (lines.length === 1)
    return (
      <p className="muted small peer-line" aria-label="Peer group">
        Medians: {lines[0]}
      </p>
    );
  return (
    <details className="muted small peer-line" aria-label="Peer groups">
      <summary>Medians from {lines.length} peer groups (each rep against their own): show which</summary>
      <ul>
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </details>
  );
}

export function ScopeSwitch({
  reps,
  date,
  shown,
  onChange,
}: {
  reps: readonly Rep[];
  date: string;
  shown: ShownFilter;
  onChange: (f: TeamFilter) => void;
}) {
  if (!hasPlacements(reps) && shown.filter.kind === 'everyone') return null;
  return <TeamSwitch reps={reps} date={date} value={shown.filter} mine={shown.mine} onChange={onChange} />;
}

/**
 * The director's `only=` filter (warning signs, a plan's state, check-ins), by the same rules as
 * the director's counts; an unknown value is said in one sentence and filters nothing.
 */
export function useOnly(
  only: string | undefined,
  reps: readonly RepDiagnosis[],
  plans: readonly Plan[] | undefined,
): { reps: readonly RepDiagnosis[]; text: string | null } {
  const checkIns = useStoreQuery((s) => (only ? s.table('checkIns').all() : Promise.resolve([])), [only]);
  const fmt = useFormat();
  return useMemo(() => {
    if (!only) return { reps, text: null };
    const asked = parseOnly(only);
    if (!asked) return { reps, text: `The address asks for reps “${only}”, which Candor does not know: showing every rep.` };
    const today = isoDay(new Date());
    // At a period's end (a number of the director's trend), or today.
    const [plansOf, checkInsOf] = [byRep(plans ?? []), byRep(checkIns ?? [])];
    const followUp = (repId: string) =>
      asked.period
        ? followUpAt(plansOf.get(repId) ?? [], checkInsOf.get(repId) ?? [], asked.period)
        : followUpOf(repId, plansOf.get(repId) ?? [], checkInsOf.get(repId) ?? [], today);
    const kept = reps.filter((d) => matchesOnly(asked.filter, d, followUp(d.repId)));
    return { reps: kept, text: `Only reps ${onlyWords(asked.filter, asked.period ? fmt.period(asked.period) : null)}.` };
  }, [only, reps, plans, checkIns, fmt]);
}

export function OnlyNotice({ text, period, show }: { text: string | null; period: string | null; show: string | undefined }) {
  if (!text) return null;
  return (
    <p className="small only-notice" role="status">
      {text} <a href={hrefFor({ page: 'team', ...(period ? { period } : {}), ...(show ? { show } : {}) })}>Show every rep</a>
    </p>
  );
}
