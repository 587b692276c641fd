import { createContext, useContext } from 'react';
import type { Analysis, FromWorker, RunOptions, RunResult, ToWorker } from './worker/protocol';

export type Progress = { rowsProcessed: number; fraction: number | null };

/** Runs import work off the UI thread (a Web Worker in the app; in-process in component tests). */
export type ImportEngine = {
  analyse(request: Extract<ToWorker, { type: 'analyse' }>, onProgress: (p: Progress) => void): Promise<Analysis>;
  run(options: RunOptions, onProgress: (p: Progress) => void): Promise<RunResult>;
  /** Stops whatever is running; the pending promise rejects with ImportCancelled. */
  cancel(): void;
  dispose(): void;
};

export class ImportCancelled extends Error {
  constructor() {
    super('Import cancelled');
  }
}

export class ImportFailed extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Port = { post(message: ToWorker, transfer?: Transferable[]): void; onMessage(fn: (m: FromWorker) => void): void; terminate(): void };

/** Engine over any message port; the worker is re-created after a cancel (terminate is the only true stop). */
export function portEngine(makePort: () => Port): ImportEngine {
  let port: Port | null = null;
  let pending: { resolve: (m: FromWorker) => void; reject: (e: Error) => void; onProgress: (p: Progress) => void } | null = null;
  let lastAnalyse: Extract<ToWorker, { type: 'analyse' }> | null = null;

  const ensure = (): Port => {
    if (port) return port;
    const p = makePort();
    p.onMessage((m) => {
      if (!pending) return;
      if (m.type === 'progress') pending.onProgress({ rowsProcessed: m.rowsProcessed, fraction: m.fraction });
      else if (m.type === 'error') {
        const { reject } = pending;
        pending = null;
        reject(new ImportFailed(m.code, m.message));
      } else {
        const { resolve } = pending;
        pending = null;
        resolve(m);
      }
    });
    port = p;
    return p;
  };

  const send = (message: ToWorker, onProgress: (p: Progress) => void): Promise<FromWorker> =>
    new Promise((resolve, reject) => {
      if (pending) pending.reject(new ImportCancelled());
      pending = { resolve, reject, onProgress };
      ensure().post(message);
    });

  return {
    async analyse(request, onProgress) {
      lastAnalyse = request;
      const m = await send(request, onProgress);
      if (m.type !== 'analysed') throw new ImportFailed('protocol', 'Unexpected answer from the importer.');
      return m.analysis;
    },
    async run(options, onProgress) {
      // A fresh worker (after a cancel) no longer holds the parsed file: analyse it again first.
      if (!port && lastAnalyse) await send(lastAnalyse, onProgress);
      const m = await send({ type: 'run', options }, onProgress);
      if (m.type !== 'result') throw new ImportFailed('protocol', 'Unexpected answer from the importer.');
      return m.result;
    },
    cancel() {
      port?.terminate();
      port = null;
      if (pending) {
        const { reject } = pending;
        pending = null;
        reject(new ImportCancelled());
      }
    },
    dispose() {
      port?.terminate();
      port = null;
    },
  };
}

export function workerEngine(): ImportEngine {
  return portEngine(() => {
    const worker = new Worker(new URL('./worker/import.worker.ts', import.meta.url), { type: 'module', name: 'candor-import' });
    return {
      post: (m) => worker.postMessage(m),
      onMessage: (fn) => {
        worker.onmessage = (e: MessageEvent<FromWorker>) => fn(e.data);
        worker.onerror = () => fn({ type: 'error', code: 'worker-crashed', message: 'The importer stopped unexpectedly. Nothing was stored.' });
      },
      terminate: () => worker.terminate(),
    };
  });
}

export const ImportEngineContext = createContext<(() => ImportEngine) | null>(null);

export function useEngineFactory(): () => ImportEngine {
  return useContext(ImportEngineContext) ?? workerEngine;
}
