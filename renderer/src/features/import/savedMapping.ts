import type { SavedMapping } from '@shared/schemas';
import type { Analysis } from './worker/protocol';

/**
 * The mapping the user confirmed last time for files with these headers, on top of the fresh
 * proposal: columns that no longer exist are dropped; stage values seen for the first time keep
 * their proposed outcome.
 */
export function withSavedMapping(analysis: Analysis, saved: Pick<SavedMapping, 'kind' | 'mapping' | 'stageMap'>): Analysis {
  const headers = new Set(analysis.headers);
  return {
    ...analysis,
    kind: saved.kind,
    mapping: Object.fromEntries(Object.entries(saved.mapping).filter(([, h]) => headers.has(h))),
    stageMap: { ...analysis.stageMap, ...saved.stageMap },
  };
}
