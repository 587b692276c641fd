import type { ImportKind, PeriodKind, StageOutcome } from '../../../../shared/schemas';
import { Button } from '../../ui/Button';
import { ROLE_OPTIONS } from '../reps';
import type { Analysis, RunOptions } from './worker/protocol';
import { ScrollRegion } from '../../ui/ScrollRegion';

// Short enough to read whole in one grid column at 1024 px; the row each kind expects is said below the choice.
const KIND_OPTIONS: { value: ImportKind; label: string; rows: string }[] = [
  { value: 'period-sheet', label: 'Metric sheet', rows: 'One row per rep per period.' },
  { value: 'deals', label: 'Deals / opportunities', rows: 'One row per deal.' },
  { value: 'activities', label: 'Activities', rows: 'One row per call, email or meeting.' },
];

export type MapState = RunOptions & { sheetName: string | null; newRepRole: string };

export function MapStep({
  analysis,
  state,
  onChange,
  onSheet,
  onRun,
  onRestart,
}: {
  analysis: Analysis;
  state: MapState;
  onChange: (next: MapState) => void;
  onSheet: (sheetName: string) => void;
  onRun: () => void;
  onRestart: () => void;
}) {
  const fields = analysis.fields[state.kind];
  const missingRequired = fields.filter((f) => f.required && !state.mapping[f.field]);
  const unanswered = analysis.questions.filter((q) => !state.answers[q.id]);
  const set = (patch: Partial<MapState>) => onChange({ ...state, ...patch });
  const used = new Set(Object.values(state.mapping).filter((h) => h));
  const unused = analysis.headers.filter((h) => h !== '' && !used.has(h));

  return (
    <div className="stack">
      <section className="card" aria-labelledby="file-title">
        <h2 id="file-title" className="card-title">
          {analysis.fileName}
        </h2>
        <div className="mapping-grid">
          <div className="field">
            <label htmlFor="import-kind">What this file holds</label>
            <select
              id="import-kind"
              aria-describedby="import-kind-rows"
              value={state.kind}
              onChange={(e) => set({ kind: e.target.value as ImportKind })}
            >
              {KIND_OPTIONS.map((k) => (
                <option key={k.value} value={k.value}>
                  {k.label}
                </option>
              ))}
            </select>
            <p id="import-kind-rows" className="field-hint">
              {KIND_OPTIONS.find((k) => k.value === state.kind)?.rows}
            </p>
          </div>
          {analysis.sheetNames.length > 1 ? (
            <div className="field">
              <label htmlFor="import-sheet">Sheet</label>
              <select id="import-sheet" value={state.sheetName ?? ''} onChange={(e) => onSheet(e.target.value)}>
                {analysis.sheetNames.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div className="field">
            <label htmlFor="import-period">Group into periods of</label>
            <select id="import-period" value={state.periodKind} onChange={(e) => set({ periodKind: e.target.value as PeriodKind })}>
              <option value="month">Months</option>
              <option value="week">Weeks (ISO)</option>
              <option value="quarter">Quarters</option>
            </select>
          </div>
        </div>
        {analysis.warnings.length ? (
          <ul className="notice notice-warn plain-list" aria-label="Notes about this file">
            {analysis.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        ) : null}
      </section>

      <section className="card" aria-labelledby="preview-title">
        <h2 id="preview-title" className="card-title">
          First rows
          {analysis.rowCount !== null ? <span className="muted small"> · {analysis.rowCount.toLocaleString()} rows in the file</span> : null}
        </h2>
        <ScrollRegion label="Preview of the file" className="flat preview-wrap">
          <table className="table" aria-label="Preview of the file">
            <thead>
              <tr>
                {analysis.headers.map((h, i) => (
                  <th key={`${h}-${i}`} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {analysis.preview.map((row, r) => (
                <tr key={r}>
                  {analysis.headers.map((_, c) => (
                    <td key={c}>{row[c] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section className="card" aria-labelledby="mapping-title">
        <h2 id="mapping-title" className="card-title">
          Column mapping
        </h2>
        <p className="muted small" style={{ marginBottom: 12 }}>
          Candor proposed these from the headers. Change any of them; Candor remembers your choice for files with the same headers.
        </p>
        <div className="mapping-grid">
          {fields.map((f) => {
            const id = `map-${f.field}`;
            return (
              <div className="field" key={f.field}>
                <label htmlFor={id}>
                  {f.label}
                  {f.required ? <span className="field-required"> (required)</span> : null}
                </label>
                <select
                  id={id}
                  value={state.mapping[f.field] ?? ''}
                  onChange={(e) => set({ mapping: { ...state.mapping, [f.field]: e.target.value } })}
                  aria-invalid={f.required && !state.mapping[f.field] ? true : undefined}
                >
                  <option value="">— not in this file —</option>
                  {analysis.headers.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        </div>
      </section>

      {unused.length > 0 ? (
        <section className="card" aria-labelledby="unused-title">
          <h2 id="unused-title" className="card-title">
            Columns not used
          </h2>
          <p className="muted small" style={{ marginBottom: 12 }}>
            Candor did not recognise {unused.length === 1 ? 'this column' : 'these columns'}, so {unused.length === 1 ? 'it is' : 'they are'} left
            out. If one holds something Candor uses, say what.
          </p>
          <div className="mapping-grid">
            {unused.map((h) => (
              <div className="field" key={h}>
                <label htmlFor={`unused-${h}`}>{h}</label>
                <select id={`unused-${h}`} value="" onChange={(e) => e.target.value && set({ mapping: { ...state.mapping, [e.target.value]: h } })}>
                  <option value="">Not used</option>
                  {fields.map((f) => (
                    <option key={f.field} value={f.field}>
                      Use as {f.label.toLowerCase()}
                      {state.mapping[f.field] ? ` (instead of “${state.mapping[f.field]}”)` : ''}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </section>
      ) : null}

      {state.kind === 'deals' && analysis.stageValues.length > 0 ? (
        <section className="card" aria-labelledby="stages-title">
          <h2 id="stages-title" className="card-title">
            Deal stages
          </h2>
          <p className="muted small" style={{ marginBottom: 12 }}>
            Which stage values mean a won deal, a lost deal, or one still open? These are the values in the first rows; any others the file holds are
            listed for you after the check, before anything is imported.
          </p>
          <div className="mapping-grid">
            {analysis.stageValues.map((stage) => {
              const id = `stage-${stage}`;
              return (
                <div className="field" key={stage}>
                  <label htmlFor={id}>{stage || '(empty)'}</label>
                  <select
                    id={id}
                    value={state.stageMap[stage] ?? 'open'}
                    onChange={(e) => set({ stageMap: { ...state.stageMap, [stage]: e.target.value as StageOutcome } })}
                  >
                    <option value="won">Won</option>
                    <option value="lost">Lost</option>
                    <option value="open">Open</option>
                  </select>
                </div>
              );
            })}
          </div>
        </section>
      ) : null}

      {analysis.questions.length > 0 ? (
        <section className="card" aria-labelledby="questions-title">
          <h2 id="questions-title" className="card-title">
            Please confirm
          </h2>
          <p className="muted small" style={{ marginBottom: 12 }}>
            Candor will not guess these: the values could be read two ways.
          </p>
          <div className="mapping-grid">
            {analysis.questions.map((q) => {
              const id = `q-${q.id}`;
              return (
                <div className="field" key={q.id}>
                  <label htmlFor={id}>{q.prompt}</label>
                  <select id={id} value={state.answers[q.id] ?? ''} onChange={(e) => set({ answers: { ...state.answers, [q.id]: e.target.value } })}>
                    <option value="">Choose…</option>
                    {q.options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                  {q.samples.length ? <p className="field-hint">Values in the file: {q.samples.slice(0, 3).join(', ')}</p> : null}
                </div>
              );
            })}
          </div>
        </section>
      ) : null}

      <section className="card" aria-labelledby="newreps-title">
        <h2 id="newreps-title" className="card-title">
          New reps
        </h2>
        <div className="form-row">
          <div className="field">
            <label htmlFor="new-rep-role">Role for reps this file creates</label>
            <select id="new-rep-role" value={state.newRepRole} onChange={(e) => set({ newRepRole: e.target.value })}>
              {ROLE_OPTIONS.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
            <p className="field-hint">Reps are matched by name, ignoring case and spacing. A role column in the file takes precedence.</p>
          </div>
        </div>
      </section>

      <div className="form-actions sticky-actions">
        {missingRequired.length ? (
          <p className="field-error" role="status">
            Map {missingRequired.map((f) => f.label).join(', ')} to continue.
          </p>
        ) : unanswered.length ? (
          <p className="field-error" role="status">
            Answer the {unanswered.length === 1 ? 'question' : `${unanswered.length} questions`} above to continue.
          </p>
        ) : null}
        <Button variant="ghost" onClick={onRestart}>
          Choose another file
        </Button>
        <Button variant="primary" onClick={onRun} disabled={missingRequired.length > 0 || unanswered.length > 0}>
          Check the rows
        </Button>
      </div>
    </div>
  );
}
