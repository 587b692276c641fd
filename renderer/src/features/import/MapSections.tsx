// The parts of the mapping page below the file's own settings: the first rows, the column
// mapping, the columns left out, the deal stages, the questions Candor will not guess, and the
// role for new reps. Each reads the analysis and the mapping being made and changes it by a patch.
import type { ReactNode } from 'react';
import type { StageOutcome } from '@shared/schemas';
import { ROLE_OPTIONS } from '../reps';
import type { Analysis, RunOptions } from './worker/protocol';
import { ScrollRegion } from '@renderer/ui/ScrollRegion';

/** The mapping being made: the engine's run options plus the sheet and the role of new reps. */
export type MapState = RunOptions & { sheetName: string | null; newRepRole: string };

export type MapSectionProps = { analysis: Analysis; state: MapState; set: (patch: Partial<MapState>) => void };

export function PreviewSection({ analysis }: { analysis: Analysis }) {
  return (
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
  );
}

export function MappingSection({ analysis, state, set }: MapSectionProps) {
  return (
    <MapCard
      id="mapping"
      title="Column mapping"
      hint="Candor proposed these from the headers. Change any of them; Candor remembers your choice for files with the same headers."
    >
      <div className="mapping-grid">
        {analysis.fields[state.kind].map((f) => {
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
    </MapCard>
  );
}

/** The file's columns no field is mapped to, each with a choice to map it. */
export function UnusedSection({ analysis, state, set }: MapSectionProps) {
  const used = new Set(Object.values(state.mapping).filter((h) => h));
  const unused = analysis.headers.filter((h) => h !== '' && !used.has(h));
  if (unused.length === 0) return null;
  return (
    <MapCard
      id="unused"
      title="Columns not used"
      hint={
        <>
          Candor did not recognise {unused.length === 1 ? 'this column' : 'these columns'}, so {unused.length === 1 ? 'it is' : 'they are'} left out.
          If one holds something Candor uses, say what.
        </>
      }
    >
      <div className="mapping-grid">
        {unused.map((h) => (
          <div className="field" key={h}>
            <label htmlFor={`unused-${h}`}>{h}</label>
            <select id={`unused-${h}`} value="" onChange={(e) => e.target.value && set({ mapping: { ...state.mapping, [e.target.value]: h } })}>
              <option value="">Not used</option>
              {analysis.fields[state.kind].map((f) => (
                <option key={f.field} value={f.field}>
                  Use as {f.label.toLowerCase()}
                  {state.mapping[f.field] ? ` (instead of “${state.mapping[f.field]}”)` : ''}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </MapCard>
  );
}

/** Won, lost or open for each stage value of the first rows (deal files only). */
export function StagesSection({ analysis, state, set }: MapSectionProps) {
  if (state.kind !== 'deals' || analysis.stageValues.length === 0) return null;
  return (
    <MapCard
      id="stages"
      title="Deal stages"
      hint="Which stage values mean a won deal, a lost deal, or one still open? These are the values in the first rows; any others the file holds are listed for you after the check, before anything is imported."
    >
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
    </MapCard>
  );
}

/** Values that could be read two ways (`1,234`, `03/04/2026`): the manager answers each. */
export function QuestionsSection({ analysis, state, set }: MapSectionProps) {
  if (analysis.questions.length === 0) return null;
  return (
    <MapCard id="questions" title="Please confirm" hint="Candor will not guess these: the values could be read two ways.">
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
    </MapCard>
  );
}

export function NewRepsSection({ state, set }: Omit<MapSectionProps, 'analysis'>) {
  return (
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
  );
}

/** One card of the mapping page: a title, a line saying what to do, and the choices. */
function MapCard({ id, title, hint, children }: { id: string; title: string; hint: ReactNode; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card-title">
        {title}
      </h2>
      <p className="muted small" style={{ marginBottom: 12 }}>
        {hint}
      </p>
      {children}
    </section>
  );
}
