import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { loadLibrary, type Library } from '@shared/domain/roleplay';
import type { RoleplayScript } from '@shared/schemas';
import { useDb } from '@renderer/state/db';
import { listCustomScripts } from '@renderer/db/repositories/roleplay';

// The shipped scripts are bundled as text and validated on load, exactly as the CLI reads them.
const files = import.meta.glob<string>('@resources/roleplay/*.json', { query: '?raw', import: 'default', eager: true });

let cached: Library | null = null;

export function shippedLibrary(): Library {
  cached ??= loadLibrary(Object.entries(files).map(([path, text]) => ({ file: path.slice(path.lastIndexOf('/') + 1), text })));
  return cached;
}

export type Scripts = {
  /** Library scripts first, then the coach's own. */
  all: RoleplayScript[];
  byId: Map<string, RoleplayScript>;
  libraryIds: Set<string>;
  problems: Library['problems'];
};

export function useScripts(): Scripts | undefined {
  const db = useDb();
  const custom = useLiveQuery(() => listCustomScripts(db), [db]);
  return useMemo(() => {
    if (!custom) return undefined;
    const lib = shippedLibrary();
    const libraryIds = new Set(lib.scripts.map((s) => s.id));
    const all = [...lib.scripts, ...custom.filter((s) => !libraryIds.has(s.id))];
    return { all, byId: new Map(all.map((s) => [s.id, s])), libraryIds, problems: lib.problems };
  }, [custom]);
}
