// "Whose reps?": the filter a page shows, from the address first, then the manager's own team
// (Settings → "Who are you?"), then everyone; and the switch that changes it (in the address,
// so a bookmarked view stays). Membership itself is the one pure rule, inFilter.
import { useMemo } from 'react';
import { EVERYONE, filterChoices, filterLabel, filterText, parseFilter, sameFilter, type FilterKind, type TeamFilter } from '@shared/domain/team';
import type { Rep } from '@shared/schemas';
import { useStoredSettings } from '@renderer/db/hooks';

export type ShownFilter = {
  filter: TeamFilter;
  /** Where it comes from: the address, the manager's own team, or nobody said (everyone). */
  from: 'address' | 'mine' | 'default';
  /** The manager's own team, when set. */
  mine: TeamFilter | null;
  /** A sentence when the address holds something that is not a filter (the page then shows everyone). */
  problem: string | null;
  /** Still reading the settings: the page waits rather than flash everyone. */
  loading: boolean;
  /** The manager has answered "Who are you?" (with a team, or everyone). */
  answered: boolean;
};

export function useShownFilter(show: string | undefined): ShownFilter {
  const settings = useStoredSettings();
  return useMemo(() => {
    const mine = parseFilter(settings?.myTeam);
    const answered = settings?.myTeam !== undefined && settings.myTeam !== '';
    const asked = show === undefined ? null : parseFilter(show);
    if (asked) return { filter: asked, from: 'address', mine, problem: null, loading: false, answered };
    const problem = show === undefined ? null : `The address asks for “${show}”, which is not a team, manager or office: showing everyone.`;
    if (!problem && mine) return { filter: mine, from: 'mine', mine, problem, loading: false, answered };
    return { filter: EVERYONE, from: 'default', mine, problem, loading: settings === undefined, answered };
  }, [settings, show]);
}

const GROUPS: Array<{ kind: FilterKind; label: string }> = [
  { kind: 'manager', label: 'Managers' },
  { kind: 'team', label: 'Teams' },
  { kind: 'office', label: 'Offices' },
];

/** Everyone, then every manager, team and office the reps sat in on `date` (and the current filter, if it is none of them). */
export function TeamSwitch({
  reps,
  date,
  value,
  mine,
  onChange,
  id = 'team-filter',
}: {
  reps: readonly Rep[];
  date: string;
  value: TeamFilter;
  mine: TeamFilter | null;
  onChange: (filter: TeamFilter) => void;
  id?: string;
}) {
  const choices = useMemo(() => filterChoices(reps, date), [reps, date]);
  const listed = GROUPS.some((g) => value.kind === g.kind && choices[g.kind].includes((value as { name: string }).name));
  return (
    <div className="field">
      <label htmlFor={id}>Show</label>
      <select id={id} className="input" value={filterText(value)} onChange={(e) => onChange(parseFilter(e.target.value) ?? EVERYONE)}>
        {mine && !sameFilter(mine, EVERYONE) ? <option value={filterText(mine)}>My team ({filterLabel(mine)})</option> : null}
        <option value="everyone">Everyone</option>
        {!listed && value.kind !== 'everyone' && !(mine && sameFilter(mine, value)) ? (
          <option value={filterText(value)}>{filterLabel(value)}</option>
        ) : null}
        {GROUPS.filter((g) => choices[g.kind].length > 0).map((g) => (
          <optgroup key={g.kind} label={g.label}>
            {choices[g.kind].map((name) => {
              const f: TeamFilter = { kind: g.kind, name };
              return mine && sameFilter(mine, f) ? null : (
                <option key={name} value={filterText(f)}>
                  {g.kind === 'office' ? `${name} office` : name}
                </option>
              );
            })}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
