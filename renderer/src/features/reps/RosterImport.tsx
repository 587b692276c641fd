import './reps.css';
import { useEffect, useRef, useState } from 'react';
import { applyRoster, previewRoster, readRosterFile, type RosterFile } from '@shared/app/roster';
import { ROSTER_FIELDS, ROSTER_FIELD_LABELS, type RosterField, type RosterMapping, type RosterPlan } from '@shared/domain/team/index';
import { useStore } from '@renderer/db/hooks';
import { useAppStore } from '@renderer/state/store';
import { Button } from '@renderer/ui/Button';
import { ScrollRegion } from '@renderer/ui/ScrollRegion';
import { useFormat } from '@renderer/ui/format';
import { noonOf, todayIso } from './dates';

const FIELD_WORDS: Record<string, string> = {
  manager: 'Manager',
  team: 'Team',
  office: 'Office',
  role: 'Role',
  startDate: 'Start date',
  email: 'Email',
};

type Read = { file: RosterFile; plan: RosterPlan } | { error: string } | null;

/** Reads the chosen file as a roster, shows what it would change, and applies it (one undo). */
// long-function: markup of the roster preview (columns, changes, checks, apply); the reading and the plan of changes live in shared/domain/team.
export function RosterImport({ file, fileName, onClose }: { file: Blob; fileName: string; onClose: (applied: boolean) => void }) {
  const store = useStore();
  const notify = useAppStore((s) => s.notify);
  const [asOf, setAsOf] = useState(todayIso());
  const [mapping, setMapping] = useState<RosterMapping | null>(null);
  const [read, setRead] = useState<Read>(null);
  const [busy, setBusy] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const bytes = useRef<Uint8Array | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      bytes.current ??= new Uint8Array(await file.arrayBuffer());
      const f = await readRosterFile(bytes.current, fileName, asOf, mapping ? { mapping } : {});
      if (typeof f === 'string') return live && setRead({ error: f });
      const plan = await previewRoster(store, f, asOf);
      if (live) setRead({ file: f, plan });
    })();
    return () => {
      live = false;
    };
  }, [file, fileName, asOf, mapping, store]);

  const apply = async (f: RosterFile) => {
    setBusy(true);
    try {
      const { change } = await applyRoster(store, { fileName, asOf, mapping: f.mapping, read: f.read, newRepRole: 'AE' });
      notify('success', `${change.summary} Undo it from the history of rep changes.`);
      onClose(true);
    } catch {
      notify('error', 'The roster could not be stored; nothing was changed.');
      setBusy(false);
    }
  };

  if (read === null) return <p className="muted">Reading {fileName}…</p>;
  if ('error' in read)
    return (
      <div className="card stack">
        <div className="notice notice-error" role="alert">
          {read.error}
        </div>
        <div className="form-actions">
          <Button onClick={() => onClose(false)}>Choose another file</Button>
        </div>
      </div>
    );
  const { file: f, plan } = read;
  const current = mapping ?? f.mapping;
  return (
    <section className="card stack roster-import" aria-labelledby="roster-title">
      <div>
        <h2 id="roster-title" className="card-title">
          {fileName}: a roster
        </h2>
        <p className="muted">
          One row per rep: {f.read.entries.length} reps from {f.read.rowsRead} rows. Applying it records where each rep sits from the date below;
          earlier months keep the team they had.
        </p>
      </div>
      <div className="mapping-grid">
        <div className="field">
          <label htmlFor="roster-as-of">Where people sit as of</label>
          <input id="roster-as-of" type="date" value={asOf} required onChange={(e) => e.target.value && setAsOf(e.target.value)} />
        </div>
        {ROSTER_FIELDS.map((field) => (
          <div className="field" key={field}>
            <label htmlFor={`roster-${field}`}>{ROSTER_FIELD_LABELS[field]}</label>
            <select id={`roster-${field}`} value={current[field] ?? ''} onChange={(e) => setMapping(remap(current, field, e.target.value))}>
              <option value="">{field === 'rep' ? 'Choose the rep column' : 'Not in this file'}</option>
              {f.headers.map((h) => (
                <option key={h}>{h}</option>
              ))}
            </select>
          </div>
        ))}
      </div>
      {f.read.checks.map((c) => (
        <div key={c.id} className="notice notice-warning" role="alert">
          {c.message}
        </div>
      ))}
      {f.read.checks.length ? (
        <label className="radio">
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />I checked the file: apply it anyway
        </label>
      ) : null}
      <RosterPreview plan={plan} />
      {f.read.issues.length ? (
        <details>
          <summary>
            {f.read.issues.length} {f.read.issues.length === 1 ? 'problem' : 'problems'} in the file
          </summary>
          <ul>
            {f.read.issues.slice(0, 200).map((i) => (
              <li key={`${i.row}-${i.column}`}>
                Row {i.row}, {i.column} “{i.value}”: {i.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <div className="form-actions">
        <Button variant="ghost" onClick={() => onClose(false)} disabled={busy}>
          Import nothing
        </Button>
        <Button
          variant="primary"
          onClick={() => void apply(f)}
          disabled={busy || f.read.entries.length === 0 || current.rep === undefined || (f.read.checks.length > 0 && !confirmed)}
        >
          Apply roster
        </Button>
      </div>
    </section>
  );
}

function remap(mapping: RosterMapping, field: RosterField, header: string): RosterMapping {
  const next: RosterMapping = { ...mapping };
  for (const f of ROSTER_FIELDS) if (next[f] === header) delete next[f];
  if (header) next[field] = header;
  else delete next[field];
  return next;
}

function RosterPreview({ plan }: { plan: RosterPlan }) {
  const fmt = useFormat();
  return (
    <div className="stack">
      <h3>What changes from {fmt.date(noonOf(plan.asOf))}</h3>
      <ul className="roster-counts">
        <li>{plan.added.length} new reps</li>
        <li>{plan.changed.length} reps with a new manager, team, office or role</li>
        <li>{plan.leaving.length} marked as left</li>
        <li>{plan.notInRoster.length} in your data but not in this roster (left as they are)</li>
        <li>{plan.unchanged} unchanged</li>
      </ul>
      {plan.changed.length || plan.added.length || plan.leaving.length ? (
        <ScrollRegion label="Roster changes">
          <table className="table" aria-label="Roster changes">
            <thead>
              <tr>
                <th scope="col">Rep</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {plan.added.map((e) => (
                <tr key={`new-${e.name}`}>
                  <td>{e.name}</td>
                  <td>
                    New rep
                    {[e.manager && `manager ${e.manager}`, e.team && `team ${e.team}`, e.office && `office ${e.office}`]
                      .filter(Boolean)
                      .map((t) => `, ${t}`)}
                  </td>
                </tr>
              ))}
              {plan.changed.map((c) => (
                <tr key={`chg-${c.repId}`}>
                  <td>{c.name}</td>
                  <td>{c.changes.map((x) => `${FIELD_WORDS[x.field] ?? x.field}: ${x.from ?? '(none)'} → ${x.to ?? '(none)'}`).join('; ')}</td>
                </tr>
              ))}
              {plan.leaving.map((l) => (
                <tr key={`left-${l.repId}`}>
                  <td>{l.name}</td>
                  <td>Left: not counted from {fmt.date(noonOf(l.leftDate))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
      {plan.notInRoster.length ? <p className="muted">Not in this roster: {plan.notInRoster.map((r) => r.name).join(', ')}.</p> : null}
    </div>
  );
}
