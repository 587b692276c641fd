// The import page's steps as one state: choose a file, read it, map its columns, check every row,
// review, store. The hook drives the import engine (a worker in the app) and the repository; the
// page only shows the step it is given.
import { useEffect, useRef, useState } from 'react';
import type { ImportRecord } from '@shared/schemas';
import { detectRoster } from '@shared/domain/team/index';
import type { CandorDB } from '@renderer/db/db';
import { commitImport, findImportByHash, savedMappingFor } from '@renderer/db/repositories/imports';
import { useDb } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { ImportCancelled, ImportFailed, useEngineFactory, type ImportEngine, type Progress as EngineProgress } from './engine';
import type { ChosenFile } from './FileDrop';
import type { MapState } from './MapStep';
import { withSavedMapping } from './savedMapping';
import type { Analysis, RunResult } from './worker/protocol';

export type Step =
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

export type ReviewingStep = Extract<Step, { name: 'review' }>;

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

/** Stores the reviewed rows in one transaction, reporting how many records are written. */
function storeImport(db: CandorDB, s: ReviewingStep, onProgress: (written: number, total: number) => void): Promise<ImportRecord> {
  return commitImport(
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
    onProgress,
  );
}

/** The one sentence for an import that could not be stored: a full disk is named as such. */
function storeFailure(e: unknown): string {
  const inner = (e as { inner?: { name?: string } }).inner;
  const quota = (e as { name?: string }).name === 'QuotaExceededError' || inner?.name === 'QuotaExceededError';
  return quota
    ? 'This computer is out of storage space for Candor. Nothing was imported.'
    : 'The import could not be stored. Nothing was imported; your existing data is unchanged.';
}

/** One import engine for as long as the page is open. */
function useImportEngine() {
  const makeEngine = useEngineFactory();
  const engine = useRef<ImportEngine | null>(null);
  useEffect(() => {
    engine.current = makeEngine();
    return () => engine.current?.dispose();
  }, [makeEngine]);
  return engine;
}

export function useImportFlow() {
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const engine = useImportEngine();
  const file = useRef<ChosenFile | null>(null);
  const [step, setStep] = useState<Step>({ name: 'choose', error: null });
  const attempts = useRef(0);
  const restart = () => setStep({ name: 'choose', error: null });

  const fail = (e: unknown) => {
    if (e instanceof ImportCancelled) {
      restart();
      notify('info', 'Import cancelled. Nothing was stored.');
      return;
    }
    setStep({ name: 'choose', error: e instanceof ImportFailed || e instanceof Error ? e.message : 'The file could not be read.' });
  };

  const analyse = async (picked: ChosenFile, sheetName: string | null) => {
    const eng = engine.current;
    if (!eng) return;
    file.current = picked;
    const label = `Reading ${picked.name}…`;
    setStep({ name: 'working', label, progress: null });
    try {
      const proposed = await eng.analyse({ type: 'analyse', file: picked.file, fileName: picked.name, sheetName }, (progress) =>
        setStep({ name: 'working', label, progress }),
      );
      if (detectRoster(proposed.headers).roster) return setStep({ name: 'roster', file: picked });
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
    const label = 'Checking every row…';
    setStep({ name: 'working', label, progress: null });
    try {
      const result = await eng.run(state, (progress) => setStep({ name: 'working', label, progress }));
      const previous = (await findImportByHash(db, analysis.sha256)) ?? null;
      attempts.current += 1;
      setStep({ name: 'review', analysis, state, result, attempt: attempts.current, previous, committing: null });
    } catch (e) {
      fail(e);
    }
  };

  const commit = async (s: ReviewingStep) => {
    setStep({ ...s, committing: { written: 0, total: 1 } });
    try {
      const record = await storeImport(db, s, (written, total) => setStep({ ...s, committing: { written, total } }));
      setStep({ name: 'done', record });
    } catch (e) {
      setStep({ ...s, committing: null });
      notify('error', storeFailure(e));
    }
  };

  const discard = () => {
    restart();
    notify('info', 'Nothing was imported.');
  };
  const changeSheet = (sheetName: string) => file.current && void analyse(file.current, sheetName);
  const cancel = () => engine.current?.cancel();

  return { step, setStep, restart, analyse, run, commit, discard, changeSheet, cancel };
}
