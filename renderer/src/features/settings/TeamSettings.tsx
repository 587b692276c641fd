// Settings → Teams: "Who are you?" (the team every page opens on) and whose median each rep is
// compared with (their team or their role, with a minimum group size). The same "Who are you?"
// control is offered once on the Team page when the reps carry managers or teams.
import { useState } from 'react';
import { DEFAULT_MIN_PEERS, everyName, filterText, parseFilter, type TeamFilter } from '@shared/domain/team';
import type { DiagnosisSettings, Rep } from '@shared/schemas';
import { saveSettings } from '@renderer/db/repositories/settings';
import { useDb } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { Button } from '@renderer/ui/Button';
import { useWrite, WriteFailure } from '@renderer/ui/WriteFailure';
import { useStoreQuery } from '@renderer/db/hooks';

/** Managers, then teams, then offices ever named in the reps' placements, as "Who are you?" offers them. */
function whoChoices(reps: readonly Rep[]): Array<{ label: string; filters: TeamFilter[] }> {
  return [
    { label: 'I am a manager', filters: everyName(reps, 'manager').map((name) => ({ kind: 'manager' as const, name })) },
    { label: 'I look after a team', filters: everyName(reps, 'team').map((name) => ({ kind: 'team' as const, name })) },
    { label: 'I look after an office', filters: everyName(reps, 'office').map((name) => ({ kind: 'office' as const, name })) },
  ].filter((g) => g.filters.length > 0);
}

const optionLabel = (f: TeamFilter) =>
  f.kind === 'manager' ? `I am ${f.name}` : f.kind === 'office' ? `The ${f.name} office` : f.kind === 'team' ? `Team ${f.name}` : 'Everyone';

/** Whether any rep carries a manager, team or office: only then is "Who are you?" worth asking. */
export function hasPlacements(reps: readonly Rep[]): boolean {
  return reps.some((r) => (r.placements ?? []).some((p) => p.manager || p.team || p.office));
}

/** "Who are you?": a manager name, a team or an office from the placements, or everyone. */
export function WhoAreYou({
  reps,
  current,
  onSaved,
  compact = false,
}: {
  reps: readonly Rep[];
  current: string | undefined;
  onSaved?: () => void;
  compact?: boolean;
}) {
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const write = useWrite();
  const [value, setValue] = useState(current ?? '');
  const groups = whoChoices(reps);
  const save = async (text: string) => {
    const saved = await write.run(() => saveSettings(db, { myTeam: text }));
    if (!saved) return;
    const f = parseFilter(text);
    notify(
      'success',
      f && f.kind !== 'everyone' ? `Candor now opens on ${optionLabel(f).replace(/^I am /, '')}’s team.` : 'Candor now opens on everyone.',
    );
    onSaved?.();
  };
  return (
    <div className={compact ? 'who-are-you compact' : 'who-are-you'}>
      <div className="field">
        <label htmlFor={compact ? 'who-prompt' : 'who-settings'}>Who are you?</label>
        <select id={compact ? 'who-prompt' : 'who-settings'} className="input" value={value} onChange={(e) => setValue(e.target.value)}>
          <option value="">Choose…</option>
          <option value="everyone">I look after everyone</option>
          {groups.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.filters.map((f) => (
                <option key={filterText(f)} value={filterText(f)}>
                  {optionLabel(f)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <Button variant="primary" disabled={!value} onClick={() => void save(value)}>
        Save
      </Button>
      {compact ? (
        <Button variant="ghost" onClick={() => void save('everyone')}>
          Not now: show everyone
        </Button>
      ) : null}
      <WriteFailure failure={write.failure} />
    </div>
  );
}

/** Settings → Teams. */
export function TeamSettings({ myTeam, diagnosis }: { myTeam: string | undefined; diagnosis: DiagnosisSettings }) {
  const reps = useStoreQuery((s) => s.table('reps').all(), []);
  return (
    <>
      {reps && hasPlacements(reps) ? (
        <WhoAreYou reps={reps} current={myTeam} />
      ) : (
        <p className="muted small">
          Once your reps have managers, teams or offices (from a roster import), choose yours here: every page then opens on it.
        </p>
      )}
      <PeerGroupForm key={`${diagnosis.peerGroup ?? ''}|${diagnosis.minPeerGroup ?? ''}`} diagnosis={diagnosis} />
    </>
  );
}

function PeerGroupForm({ diagnosis }: { diagnosis: DiagnosisSettings }) {
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const write = useWrite();
  const [by, setBy] = useState(diagnosis.peerGroup ?? 'role');
  const [min, setMin] = useState(String(diagnosis.minPeerGroup ?? DEFAULT_MIN_PEERS));
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    const n = Number(min.trim());
    if (!/^\d+$/.test(min.trim()) || n < 2 || n > 100) {
      setError('Enter a whole number of reps from 2 to 100 for the minimum group size.');
      return;
    }
    setError(null);
    if (!(await write.run(() => saveSettings(db, { diagnosis: { ...diagnosis, peerGroup: by, minPeerGroup: n } })))) return;
    notify(
      'success',
      `Each rep is now compared with ${by === 'team' ? 'their team' : 'everyone in their role'} (at least ${n} reps, else the wider group).`,
    );
  };
  return (
    <fieldset className="peer-form">
      <legend>Compare each rep with</legend>
      <label className="radio">
        <input type="radio" name="peer-group" value="team" checked={by === 'team'} onChange={() => setBy('team')} /> Their team (the manager or team
        they sat in at the end of the period)
      </label>
      <label className="radio">
        <input type="radio" name="peer-group" value="role" checked={by === 'role'} onChange={() => setBy('role')} /> Everyone in the same role
      </label>
      <div className="field">
        <label htmlFor="peer-min">Minimum group size (reps with data)</label>
        <input
          id="peer-min"
          className="input"
          inputMode="numeric"
          value={min}
          aria-invalid={error ? true : undefined}
          aria-describedby="peer-min-hint"
          onChange={(e) => setMin(e.target.value)}
        />
        <p id="peer-min-hint" className="muted small">
          A median of a few reps is noise: a smaller group gives way to the role, then to everyone with data, and the page says so. Default{' '}
          {DEFAULT_MIN_PEERS}. Plans already written keep the figures they were prepared with.
        </p>
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <Button variant="primary" onClick={() => void save()}>
        Save peer group
      </Button>
      <WriteFailure failure={write.failure} />
    </fieldset>
  );
}
