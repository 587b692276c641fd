import { CheckCircle2 } from 'lucide-react';
import type { ImportRecord } from '@shared/schemas';
import { hrefFor } from '@renderer/state/router';
import type { ChosenFile } from './FileDrop';
import { Button } from '@renderer/ui/Button';
import { PageHeader } from '@renderer/ui/PageHeader';
import { Progress } from '@renderer/ui/Progress';
import { FileDrop } from './FileDrop';
import { ImportHistory } from './ImportHistory';
import { RepChangeHistory, RosterImport } from '../reps';
import { MapStep } from './MapStep';
import { ReviewStep } from './ReviewStep';
import { SampleDataButton } from './SampleDataButton';
import { useImportFlow, type ReviewingStep, type Step } from './useImportFlow';

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

export function ImportPage() {
  const flow = useImportFlow();
  const { step, setStep } = flow;
  return (
    <>
      <PageHeader
        title="Import"
        subtitle="Bring in metrics from a CRM export or a monthly metrics sheet, or a roster of who sits in which team. Nothing is stored until you confirm."
      />
      <StepList current={stepIndex(step)} />
      {step.name === 'choose' ? <ChooseFile error={step.error} onFile={(f) => void flow.analyse(f, null)} /> : null}
      {step.name === 'roster' ? <RosterImport file={step.file.file} fileName={step.file.name} onClose={flow.restart} /> : null}
      {step.name === 'working' ? <Working step={step} onCancel={flow.cancel} /> : null}
      {step.name === 'map' ? (
        <MapStep
          analysis={step.analysis}
          state={step.state}
          onChange={(state) => setStep({ ...step, state })}
          onSheet={flow.changeSheet}
          onRun={() => void flow.run(step.analysis, step.state)}
          onRestart={flow.restart}
        />
      ) : null}
      {step.name === 'review' ? (
        <>
          <Storing committing={step.committing} />
          <ReviewStep
            key={step.attempt}
            result={step.result}
            previous={step.previous}
            busy={step.committing !== null}
            onCommit={() => void flow.commit(step)}
            onBack={() => setStep({ name: 'map', analysis: step.analysis, state: step.state })}
            onRecheck={(stageMap) => void flow.run(step.analysis, { ...step.state, stageMap: { ...step.state.stageMap, ...stageMap } })}
            onDiscard={flow.discard}
          />
        </>
      ) : null}
      {step.name === 'done' ? <Done record={step.record} onAnother={flow.restart} /> : null}
    </>
  );
}

function StepList({ current }: { current: number }) {
  return (
    <ol className="steps" aria-label="Import steps">
      {STEP_LABELS.map((label, i) => (
        <li key={label} aria-current={i === current ? 'step' : undefined} className={i < current ? 'done' : undefined}>
          {i + 1}. {label}
        </li>
      ))}
    </ol>
  );
}

/** The first step: a file to drop or choose, the sample team, and what was imported before. */
function ChooseFile({ error, onFile }: { error: string | null; onFile: (file: ChosenFile) => void }) {
  return (
    <div className="stack">
      {error ? (
        <div className="notice notice-error" role="alert">
          {error}
        </div>
      ) : null}
      <FileDrop onFile={onFile} />
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
  );
}

function Working({ step, onCancel }: { step: Extract<Step, { name: 'working' }>; onCancel: () => void }) {
  return (
    <div className="card stack">
      <Progress
        label={step.label}
        value={step.progress?.fraction ?? null}
        detail={step.progress ? `${step.progress.rowsProcessed.toLocaleString()} rows processed` : 'Starting…'}
      />
      <div className="form-actions">
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </div>
  );
}

function Storing({ committing }: { committing: ReviewingStep['committing'] }) {
  if (!committing) return null;
  return (
    <div className="card" style={{ marginBottom: 16 }}>
      <Progress
        label="Storing the import…"
        value={committing.total ? committing.written / committing.total : null}
        detail={`${committing.written.toLocaleString()} of ${committing.total.toLocaleString()} records`}
      />
    </div>
  );
}

function Done({ record, onAnother }: { record: ImportRecord; onAnother: () => void }) {
  return (
    <div className="card stack" role="status">
      <div className="done-head">
        <CheckCircle2 size={28} aria-hidden="true" className="done-icon" />
        <div>
          <h2>Imported {record.fileName}</h2>
          <p className="muted">
            {record.rowsAccepted.toLocaleString()} rows · {record.periodsWritten.toLocaleString()} rows stored · {record.repsCreated} new{' '}
            {record.repsCreated === 1 ? 'rep' : 'reps'}
            {record.rowsRejected ? ` · ${record.rowsRejected.toLocaleString()} rows left out` : ''}
          </p>
        </div>
      </div>
      <div className="form-actions" style={{ justifyContent: 'flex-start' }}>
        <a className="btn btn-primary" href={hrefFor({ page: 'team' })}>
          See the team
        </a>
        <Button onClick={onAnother}>Import another file</Button>
      </div>
    </div>
  );
}
