import type { ImportKind, PeriodKind } from '@shared/schemas';
import { Button } from '@renderer/ui/Button';
import type { Analysis } from './worker/protocol';
import {
  MappingSection,
  NewRepsSection,
  PreviewSection,
  QuestionsSection,
  StagesSection,
  UnusedSection,
  type MapSectionProps,
  type MapState,
} from './MapSections';

export type { MapState } from './MapSections';

// Short enough to read whole in one grid column at 1024 px; the row each kind expects is said below the choice.
const KIND_OPTIONS: { value: ImportKind; label: string; rows: string }[] = [
  { value: 'period-sheet', label: 'Metric sheet', rows: 'One row per rep per period.' },
  { value: 'deals', label: 'Deals / opportunities', rows: 'One row per deal.' },
  { value: 'activities', label: 'Activities', rows: 'One row per call, email or meeting.' },
];

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
  const section: MapSectionProps = { analysis, state, set: (patch) => onChange({ ...state, ...patch }) };
  return (
    <div className="stack">
      <FileSection {...section} onSheet={onSheet} />
      <PreviewSection analysis={analysis} />
      <MappingSection {...section} />
      <UnusedSection {...section} />
      <StagesSection {...section} />
      <QuestionsSection {...section} />
      <NewRepsSection {...section} />
      <MapActions analysis={analysis} state={state} onRun={onRun} onRestart={onRestart} />
    </div>
  );
}

/** The file's name, what it holds, its sheet and the period length, and what Candor noticed about it. */
function FileSection({ analysis, state, set, onSheet }: MapSectionProps & { onSheet: (sheetName: string) => void }) {
  return (
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
  );
}

/** What still stops the check (a required column, an unanswered question), and the two ways on. */
function MapActions({ analysis, state, onRun, onRestart }: { analysis: Analysis; state: MapState; onRun: () => void; onRestart: () => void }) {
  const missingRequired = analysis.fields[state.kind].filter((f) => f.required && !state.mapping[f.field]);
  const unanswered = analysis.questions.filter((q) => !state.answers[q.id]);
  return (
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
  );
}
