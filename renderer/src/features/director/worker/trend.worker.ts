/// <reference lib="webworker" />
// The director's trend, off the page's thread: this worker opens the same IndexedDB, reads the
// diagnosis data by the one rule (shared/app/diagnosis) and runs the same team diagnosis for each
// earlier period (shared/app/director trendVerdicts), so the Managers page never waits on it.
import { loadDiagnosisData, type DiagnosisData } from '@shared/app/diagnosis';
import { trendVerdicts } from '@shared/app/director';
import { workerStore } from '@renderer/db/worker-store';
import type { TrendReply, TrendRequest } from './protocol';

const scope = self as unknown as { postMessage(m: TrendReply): void; onmessage: ((e: MessageEvent<TrendRequest>) => void) | null };
const store = workerStore();
let loaded: { version: number; data: Promise<DiagnosisData> } | null = null;

scope.onmessage = (e) => {
  const req = e.data;
  if (!loaded || loaded.version !== req.version) loaded = { version: req.version, data: loadDiagnosisData(store) };
  loaded.data.then(
    (data) => scope.postMessage({ id: req.id, verdicts: trendVerdicts(data, req.periods, req.kind) }),
    (err: unknown) => scope.postMessage({ id: req.id, error: err instanceof Error ? err.message : String(err) }),
  );
};
