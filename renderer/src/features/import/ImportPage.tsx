import { useEffect, useRef, useState } from 'react';
import { CheckCircle2 } from 'lucide-react';
import type { ImportRecord } from '../../../../shared/schemas';
import { useDb } from '../../state/db';
import { hrefFor } from '../../state/router';
import { useAppStore } from '../../state/store';
import { commitImport, findImportByHash, savedMappingFor } from '../../db/repositories/imports';
import type { ChosenFile } from './FileDrop';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { Progress } from '../../ui/Progress';
import { ImportCancelled, ImportFailed, useEngineFactory, type ImportEngine, type Progress as EngineProgress } from './engine';
import { FileDrop } from './FileDrop';
import { ImportHistory } from './ImportHistory';
import { RepChangeHistory, RosterImport } from '../reps';
import { detectRoster } from '../../../../shared/domain/team/index';
import { MapStep, type MapState } from './MapStep';
import { ReviewStep } from './ReviewStep';
import { SampleDataButton } from './SampleDataButton';
import { withSavedMapping } from './savedMapping';
import type { Analysis, RunResult } from './worker/protocol';

type Step =
  | { name: 'choose'; error: string | null }
  | { name: 'working'; label: string; progress: EngineProgress | null }
  | { name: 'map'; analysis: Analysis; state: MapState }
  | {
      name: 'review';
      analysis: Analysis;
      state: MapState;
      result: RunResult;
      /** Which check this is: a new check gives a fresh review (stage choices and confirmation start over). */
      attempt: number;
      previous: ImportRecord | null;
      committing: { written: number; total: number } | null;
    }
  | { name: 'done'; record: ImportRecord }
  | { name: 'roster'; file: ChosenFile };

const STEP_LABELS = ['Choose a file', 'Map columns', 'Review', 'Done'] as const;

function stepIndex(step: Step): number {
  switch (step.name) {
    case 'choose':
    case 'working':
      return 0;
    case 'map':
    case 'roster':
      return 1;
    case 'review':
      return 2;
    case 'done':
      return 3;
  }
}

function initialState(analysis: Analysis): MapState {
  return {
    kind: analysis.kind,
    mapping: { ...analysis.mapping },
    stageMap: { ...analysis.stageMap },
    periodKind: 'month',
    answers: {},
    sheetName: analysis.sheetName,
    newRepRole: 'AE',
  };
}

export function ImportPage() {
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const makeEngine = useEngineFactory();
  const engine = useRef<ImportEngine | null>(null);
  const file = useRef<ChosenFile | null>(null);
  const [step, setStep] = useState<Step>({ name: 'choose', error: null });
  const attempts = useRef(0);

  useEffect(() => {
    engine.current = makeEngine();
    return () => engine.current?.dispose();
  }, [makeEngine]);

  const fail = (e: unknown) => {
    if (e instanceof ImportCancelled) {
      setStep({ name: 'choose', error: null });
      notify('info', 'Import cancelled. Nothing was stored.');
      return;
    }
    const message = e instanceof ImportFailed || e instanceof Error ? e.message : 'The file could not be read.';
    setStep({ name: 'choose', error: message });
  };

  const analyse = async (picked: ChosenFile, sheetName: string | null) => {
    const eng = engine.current;
    if (!eng) return;
    file.current = picked;
    setStep({ name: 'working', label: `Reading ${picked.name}…`, progress: null });
    try {
      const proposed = await eng.analyse({ type: 'analyse', file: picked.file, fileName: picked.name, sheetName }, (p) =>
        setStep({ name: 'working', label: `Reading ${picked.name}…`, progress: p }),
      );
      if (detectRoster(proposed.headers).roster) {
        setStep({ name: 'roster', file: picked });
        return;
      }
      const saved = await savedMappingFor(db, proposed.headerSignature);
      const analysis = saved ? withSavedMapping(proposed, saved) : proposed;
      setStep({ name: 'map', analysis, state: initialState(analysis) });
      if (saved) notify('info', 'Using the column mapping you confirmed last time for files like this one.');
    } catch (e) {
      fail(e);
    }
  };

  const run = async (analysis: Analysis, state: MapState) => {
    const eng = engine.current;
    if (!eng) return;
    setStep({ name: 'working', label: 'Checking every row…', progress: null });
    try {
      const result = await eng.run(state, (p) => setStep({ name: 'working', label: 'Checking every row…', progress: p }));
      const previous = (await findImportByHash(db, analysis.sha256)) ?? null;
      attempts.current += 1;
      setStep({ name: 'review', analysis, state, result, attempt: attempts.current, previous, committing: null });
    } catch (e) {
      fail(e);
    }
  };

  const commit = async (s: Extract<Step, { name: 'review' }>) => {
    setStep({ ...s, committing: { written: 0, total: 1 } });
    try {
      const record = await commitImport(
        db,
        {
          file: { name: s.analysis.fileName, sha256: s.analysis.sha256, size: s.analysis.size, sheetName: s.state.sheetName },
          kind: s.state.kind,
          periodKind: s.state.periodKind,
          mapping: Object.fromEntries(Object.entries(s.state.mapping).filter(([, v]) => v)),
          stageMap: s.state.stageMap,
          headerSignature: s.analysis.headerSignature,
          report: s.result.report,
          periods: s.result.periods,
          deals: s.result.deals,
          activities: s.result.activities,
          newRepRole: s.state.newRepRole,
        },
        undefined,
        (written, total) => setStep({ ...s, committing: { written, total } }),
      );
      setStep({ name: 'done', record });
    } catch (e) {
      const inner = (e as { inner?: { name?: string } }).inner;
      const quota = (e as { name?: string }).name === 'QuotaExceededError' || inner?.name === 'QuotaExceededError';
      setStep({ ...s, committing: null });
      notify(
        'error',
        quota
          ? 'This computer is out of storage space for Candor. Nothing was imported.'
          : 'The import could not be stored. Nothing was imported; your existing data is unchanged.',
      );
    }
  };

  const current = stepIndex(step);
  return (
    <>
      <PageHeader
        title="Import"
        subtitle="Bring in metrics from a CRM export or a monthly metrics sheet, or a roster of who sits in which team. Nothing is stored until you confirm."
      />
      <ol className="steps" aria-label="Import steps">
        {STEP_LABELS.map((label, i) => (
          <li key={label} aria-current={i === current ? 'step' : undefined} className={i < current ? 'done' : undefined}>
            {i + 1}. {label}
          </li>
        ))}
      </ol>

      {step.name === 'choose' ? (
        <div className="stack">
          {step.error ? (
            <div className="notice notice-error" role="alert">
              {step.error}
            </div>
          ) : null}
          <FileDrop onFile={(f) => void analyse(f, null)} />
          <div className="card sample-card">
            <div>
              <h2>No export at hand?</h2>
              <p className="muted">Load a realistic sample team: ten reps over twelve months, with effort and skill gaps among them.</p>
            </div>
            <SampleDataButton />
          </div>
          <ImportHistory />
          <RepChangeHistory />
        </div>
      ) : null}

      {step.name === 'roster' ? (
        <RosterImport file={step.file.file} fileName={step.file.name} onClose={() => setStep({ name: 'choose', error: null })} />
      ) : null}

      {step.name === 'working' ? (
        <div className="card stack">
          <Progress
            label={step.label}
            value={step.progress?.fraction ?? null}
            detail={step.progress ? `${step.progress.rowsProcessed.toLocaleString()} rows processed` : 'Starting…'}
          />
          <div className="form-actions">
            <Button onClick={() => engine.current?.cancel()}>Cancel</Button>
          </div>
        </div>
      ) : null}

      {step.name === 'map' ? (
        <MapStep
          analysis={step.analysis}
          state={step.state}
          onChange={(state) => setStep({ ...step, state })}
          onSheet={(sheetName) => file.current && void analyse(file.current, sheetName)}
          onRun={() => void run(step.analysis, step.state)}
          onRestart={() => setStep({ name: 'choose', error: null })}
        />
      ) : null}

      {step.name === 'review' ? (
        <>
          {step.committing ? (
            <div className="card" style={{ marginBottom: 16 }}>
              <Progress
                label="Storing the import…"
                value={step.committing.total ? step.committing.written / step.committing.total : null}
                detail={`${step.committing.written.toLocaleString()} of ${step.committing.total.toLocaleString()} records`}
              />
            </div>
          ) : null}
          <ReviewStep
            key={step.attempt}
            result={step.result}
            previous={step.previous}
            busy={step.committing !== null}
            onCommit={() => void commit(step)}
            onBack={() => setStep({ name: 'map', analysis: step.analysis, state: step.state })}
            onRecheck={(stageMap) => void run(step.analysis, { ...step.state, stageMap: { ...step.state.stageMap, ...stageMap } })}
            onDiscard={() => {
              setStep({ name: 'choose', error: null });
              notify('info', 'Nothing was imported.');
            }}
          />
        </>
      ) : null}

      {step.name === 'done' ? (
        <div className="card stack" role="status">
          <div className="done-head">
            <CheckCircle2 size={28} aria-hidden="true" className="done-icon" />
            <div>
              <h2>Imported {step.record.fileName}</h2>
              <p className="muted">
                {step.record.rowsAccepted.toLocaleString()} rows · {step.record.periodsWritten.toLocaleString()} rows stored ·{' '}
                {step.record.repsCreated} new {step.record.repsCreated === 1 ? 'rep' : 'reps'}
                {step.record.rowsRejected ? ` · ${step.record.rowsRejected.toLocaleString()} rows left out` : ''}
              </p>
            </div>
          </div>
          <div className="form-actions" style={{ justifyContent: 'flex-start' }}>
            <a className="btn btn-primary" href={hrefFor({ page: 'team' })}>
              See the team
            </a>
            <Button onClick={() => setStep({ name: 'choose', error: null })}>Import another file</Button>
          </div>
        </div>
      ) : null}
    </>
  );
}
