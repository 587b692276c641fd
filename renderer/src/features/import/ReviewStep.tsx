import { useState } from 'react';
import { AlertTriangle, Info, ShieldAlert } from 'lucide-react';
import type { ImportRecord, StageOutcome } from '@shared/schemas';
import { Button } from '@renderer/ui/Button';
import type { RunResult } from './worker/protocol';
import { useFormat } from '@renderer/ui/format';
import { PeriodsToStore, ProblemRows, StageValues } from './ReviewTables';

export { problemSummary } from './ReviewTables';

/**
 * What the manager decides on the review step before anything is stored: that a file which looks
 * wrong is theirs all the same, and what each stage value of the file counts as.
 */
function useReviewChoices({ checks, stageValues }: RunResult) {
  const [acknowledged, setAcknowledged] = useState(false);
  const [stageChoice, setStageChoice] = useState<Record<string, StageOutcome>>(() =>
    Object.fromEntries(stageValues.map((v) => [v.value, v.outcome])),
  );
  const unconfirmed = stageValues.some((v) => !v.confirmed);
  const stagesChanged = stageValues.some((v) => stageChoice[v.value] !== v.outcome);
  const stagesPending = unconfirmed || stagesChanged;
  return {
    acknowledged,
    setAcknowledged,
    stageChoice,
    chooseStage: (value: string, outcome: StageOutcome) => setStageChoice({ ...stageChoice, [value]: outcome }),
    stagesPending,
    blocked: (checks.length > 0 && !acknowledged) || stagesPending,
  };
}

export function ReviewStep({
  result,
  previous,
  busy,
  onCommit,
  onBack,
  onDiscard,
  onRecheck,
}: {
  result: RunResult;
  previous: ImportRecord | null;
  busy: boolean;
  onCommit: () => void;
  onBack: () => void;
  onDiscard: () => void;
  /** Runs the check again with this stage map (every stage value of the file decided). */
  onRecheck: (stageMap: Record<string, StageOutcome>) => void;
}) {
  const choices = useReviewChoices(result);
  const { stagesPending } = choices;
  // Stage values still to decide come first; once decided they move below the row problems.
  const stages = result.stageValues.length ? (
    <StageValues
      stageValues={result.stageValues}
      choice={choices.stageChoice}
      onChoose={choices.chooseStage}
      pending={stagesPending}
      busy={busy}
      onRecheck={() => onRecheck(choices.stageChoice)}
    />
  ) : null;
  return (
    <div className="stack">
      {previous ? <AlreadyImported previous={previous} /> : null}
      {result.checks.length ? (
        <LooksWrong checks={result.checks} acknowledged={choices.acknowledged} onAcknowledge={choices.setAcknowledged} busy={busy} />
      ) : null}
      {stagesPending ? stages : null}
      <ValidationReport result={result} />
      <ProblemRows report={result.report} />
      {stagesPending ? null : stages}
      <PeriodsToStore periods={result.periods} />
      <div className="form-actions sticky-actions">
        {choices.blocked ? (
          <p className="field-error" role="status">
            {stagesPending ? 'Confirm the stage values above to continue.' : 'Look at the warning above before importing.'}
          </p>
        ) : null}
        <Button variant="ghost" onClick={onBack} disabled={busy}>
          Back to the mapping
        </Button>
        <Button onClick={onDiscard} disabled={busy}>
          Import nothing
        </Button>
        <CommitButton result={result} disabled={busy || choices.blocked} onCommit={onCommit} />
      </div>
    </div>
  );
}

function CommitButton({ result: { report, periods }, disabled, onCommit }: { result: RunResult; disabled: boolean; onCommit: () => void }) {
  const f = useFormat();
  return (
    <Button variant="primary" onClick={onCommit} disabled={disabled || periods.length === 0}>
      {report.rowsRejected ? `Import the ${f.count(report.rowsAccepted)} valid rows` : `Import ${f.count(report.rowsAccepted)} rows`}
    </Button>
  );
}

function AlreadyImported({ previous }: { previous: ImportRecord }) {
  const f = useFormat();
  return (
    <div className="notice notice-warn" role="alert">
      <AlertTriangle size={18} aria-hidden="true" />
      <span>
        This exact file was already imported on {f.dateTime(previous.importedAt)}. Importing it again adds its rows a second time (where the same rep
        and period appear twice, the newer import is used). You can undo either import later.
      </span>
    </div>
  );
}

/** The file fails the sanity checks (names that are numbers, a year as the period…): nothing is stored until the manager confirms. */
function LooksWrong({
  checks,
  acknowledged,
  onAcknowledge,
  busy,
}: {
  checks: RunResult['checks'];
  acknowledged: boolean;
  onAcknowledge: (yes: boolean) => void;
  busy: boolean;
}) {
  return (
    <section className="card stack" aria-labelledby="checks-title" role="alert" style={{ borderColor: 'var(--danger)' }}>
      <h2 id="checks-title" className="card-title" style={{ display: 'flex', gap: 8, alignItems: 'center', color: 'var(--danger)' }}>
        <ShieldAlert size={20} aria-hidden="true" /> This does not look like your team&rsquo;s sales figures
      </h2>
      <ul className="notice notice-error" aria-label="Why this file looks wrong" style={{ flexDirection: 'column', paddingLeft: 30, margin: 0 }}>
        {checks.map((c) => (
          <li key={c.id}>{c.message}</li>
        ))}
      </ul>
      <p className="muted small">
        Nothing is stored yet. Go back and choose other columns, choose another file, or, if these really are your reps&rsquo; figures, confirm below.
      </p>
      <label className="checkbox">
        <input type="checkbox" checked={acknowledged} onChange={(e) => onAcknowledge(e.target.checked)} disabled={busy} /> I have checked: these are
        my reps&rsquo; figures, import them anyway
      </label>
    </section>
  );
}

/** Rows read, accepted and rejected, what would be stored, and the engine's warnings. */
function ValidationReport({ result: { report, periods } }: { result: RunResult }) {
  const f = useFormat();
  const reps = new Set(periods.map((p) => p.rep.trim().toLowerCase())).size;
  const stats: [number, string, string][] = [
    [report.rowsRead, 'rows read', ''],
    [report.rowsAccepted, 'rows accepted', ' stat-good'],
    [report.rowsRejected, 'rows rejected', report.rowsRejected ? ' stat-bad' : ''],
    [periods.length, 'rows to store', ''],
    [reps, 'reps', ''],
  ];
  return (
    <section className="card" aria-labelledby="report-title">
      <h2 id="report-title" className="card-title">
        Validation report
      </h2>
      <div className="stat-row">
        {stats.map(([value, label, tone]) => (
          <div key={label} className={`stat${tone}`}>
            <div className="stat-value">{f.count(value)}</div>
            <div className="stat-label">{label}</div>
          </div>
        ))}
      </div>
      {report.warnings.length ? (
        <ul className="notice notice-info plain-list" aria-label="Warnings" style={{ marginTop: 14 }}>
          {report.warnings.map((w) => (
            <li key={w}>
              <Info size={14} aria-hidden="true" /> {w}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
