// The verdicts of the trend's earlier periods, worked out in a Web Worker (worker/) so the
// Managers page shows and answers at once; kept per loaded data, so coming back to the page
// reuses them. Where no worker can run (tests in jsdom, a worker that fails), the same team
// diagnosis runs on the page, one period per idle slot.
import { useEffect, useMemo, useState } from 'react';
import { periodVerdicts, type PeriodVerdicts } from '@shared/app/director';
import { useIdleTeamDiagnoses, type DiagnosisData } from '../diagnosis';
import type { TrendReply, TrendRequest } from './worker/protocol';

const versions = new WeakMap<DiagnosisData, number>();
let nextVersion = 1;
const versionOf = (data: DiagnosisData): number => {
  let v = versions.get(data);
  if (v === undefined) versions.set(data, (v = nextVersion++));
  return v;
};

/** Results by data version, kind and periods (the last few only: each reload makes a new version). */
const results = new Map<string, PeriodVerdicts[]>();
const remember = (key: string, v: PeriodVerdicts[]) => {
  results.set(key, v);
  for (const old of results.keys()) if (results.size > 8) results.delete(old);
};

let worker: Worker | null = null;
let failed = typeof Worker === 'undefined';
let nextId = 1;
const waiting = new Map<number, (r: TrendReply) => void>();

function ask(req: Omit<TrendRequest, 'id'>): Promise<PeriodVerdicts[]> {
  if (!worker) {
    try {
      worker = new Worker(new URL('./worker/trend.worker.ts', import.meta.url), { type: 'module', name: 'candor-trend' });
    } catch (e) {
      // A page that may not start workers: the trend is worked out on the page instead.
      failed = true;
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    worker.onmessage = (e: MessageEvent<TrendReply>) => {
      waiting.get(e.data.id)?.(e.data);
      waiting.delete(e.data.id);
    };
    worker.onerror = () => {
      failed = true;
      for (const [id, done] of waiting) done({ id, error: 'the trend worker stopped' });
      waiting.clear();
    };
  }
  const id = nextId++;
  const w = worker;
  return new Promise((resolve, reject) => {
    waiting.set(id, (r) => ('error' in r ? reject(new Error(r.error)) : resolve(r.verdicts)));
    w.postMessage({ ...req, id } satisfies TrendRequest);
  });
}

/**
 * The verdicts of `periods` from `data` (as loaded: `base`, read by `data`'s kind of period), once
 * `start` is true; null until they are all known.
 */
export function useTrendVerdicts(
  base: DiagnosisData | undefined,
  data: DiagnosisData | undefined,
  periods: readonly string[],
  start: boolean,
): PeriodVerdicts[] | null {
  const [onPage, setOnPage] = useState(failed);
  const key = base && data ? `${versionOf(base)}|${data.periodKind ?? ''}|${periods.join(',')}` : '';
  const [got, setGot] = useState<{ key: string; list: PeriodVerdicts[] } | null>(null);
  useEffect(() => {
    if (!base || !data || !start || onPage || results.has(key)) return;
    let live = true;
    ask({ version: versionOf(base), periods: [...periods], kind: data.periodKind }).then(
      (list) => {
        remember(key, list);
        if (live) setGot({ key, list });
      },
      () => live && setOnPage(true),
    );
    return () => {
      live = false;
    };
    // `key` stands for base, data's kind and periods.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, start, onPage]);
  const idle = useIdleTeamDiagnoses(data, periods, start && onPage);
  const fromIdle = useMemo(() => (idle ? idle.flatMap((t) => periodVerdicts(t) ?? []) : null), [idle]);
  if (onPage) return fromIdle;
  return results.get(key) ?? (got?.key === key ? got.list : null);
}
