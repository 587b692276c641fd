// Reading one or more files for a command the way the app imports them: each file goes through
// the same import pipeline and is stored by the same use case (shared/app/imports.ts) into a
// store held in memory — reps matched by name (case and spacing ignored), long names clipped,
// rows for the same rep and period merged metric by metric with a later file's known values
// winning. With --backup, the store starts from a manager's backup file and the files are
// imported on top of it, as the app would.
import { commitImport } from '../shared/app/imports';
import { memoryStore, type MemoryStore } from '../shared/app/memory-store';
import type { ImportOutcome } from '../shared/domain/import/index';
import { analyseFile, importFile, settingsFromAnalysis } from '../shared/domain/import/index';
import type { DiagnosisPeriodRow, DiagnosisRep } from '../shared/domain/diagnosis/index';
import { mergeMetricPeriods } from '../shared/domain/diagnosis/index';
import { detectRoster } from '../shared/domain/team/index';
import { randomId, sequentialIds, sha256Hex, type Clock, type IdSource } from '../shared/lib/ids';
import type { PeriodKind } from '../shared/schemas/common';
import { readError, type BackupSource, type CliIo } from './io';
import { applyScope, type TeamScope } from './team-scope';

export type LoadedFile = { file: string; outcome: ImportOutcome };
export type Loaded = {
  files: LoadedFile[];
  store: MemoryStore;
  reps: DiagnosisRep[];
  /** One row per rep, period kind and period, merged across the files; by rep name, then period. */
  periods: DiagnosisPeriodRow[];
};

/** The role the app's import step gives reps a file does not assign one (its default). */
export const DEFAULT_NEW_REP_ROLE = 'AE';

/** Where a backup comes from: its file and, when encrypted, the passphrase. */

/**
 * The backup named on the command line, with its passphrase from --passphrase-file or else the
 * CANDOR_PASSPHRASE variable; undefined without --backup, a string when the passphrase file cannot be read.
 */
export async function backupSourceOf(io: CliIo, file: string | null, passphraseFile: string | null): Promise<BackupSource | undefined | string> {
  if (file === null) return undefined;
  let passphrase = process.env.CANDOR_PASSPHRASE;
  if (passphraseFile !== null) {
    try {
      // A passphrase file usually ends with a newline that is not part of the passphrase.
      passphrase = new TextDecoder('utf-8').decode(await io.readFile(passphraseFile)).replace(/\r?\n$/, '');
    } catch (e) {
      return readError(passphraseFile, e);
    }
  }
  return passphrase === undefined ? { file } : { file, passphrase };
}

/** A clock one millisecond later at every call, so each file is a later import than the one before. */
function tickingClock(start: number): Clock {
  let t = start;
  return () => new Date(t++);
}

async function importOne(
  store: MemoryStore,
  file: string,
  bytes: Uint8Array,
  opts: LoadOptions,
  deps: { ids: IdSource; clock: Clock },
): Promise<ImportOutcome | string> {
  const name = file.split(/[\\/]/).pop() ?? file;
  // The import reads the whole file next, so the analysis stops once it has its sample rows.
  const analysis = await analyseFile(bytes, name, opts.sheet === undefined ? { stopAtSample: true } : { sheet: opts.sheet, stopAtSample: true });
  if (!analysis.ok) return `${analysis.error.message} [${analysis.error.code}]`;
  const a = analysis.value;
  if (detectRoster(a.headers).roster)
    return 'this is a roster (one row per rep with their manager, team or office), not metrics: read it with `candor roster`, or pass it with --roster.';
  const result = await importFile(
    bytes,
    name,
    settingsFromAnalysis(a, { periodKind: opts.periodKind, keepRecords: false, maxErrors: opts.maxErrors }),
  );
  if (!result.ok) return `${result.error.message} [${result.error.code}]`;
  const outcome = result.value;
  try {
    await commitImport(
      store,
      {
        file: { name, sha256: await sha256Hex(bytes), size: bytes.byteLength, sheetName: a.sheet },
        kind: outcome.kind,
        periodKind: outcome.periodKind,
        mapping: Object.fromEntries(Object.entries(a.mapping).filter(([, v]) => v)),
        stageMap: outcome.stageMap,
        headerSignature: a.signature,
        report: outcome.report,
        periods: outcome.periods,
        newRepRole: opts.newRepRole ?? DEFAULT_NEW_REP_ROLE,
      },
      deps,
    );
  } catch (e) {
    return `its rows could not be stored (${e instanceof Error ? e.message : String(e)})`;
  }
  return outcome;
}

export type LoadOptions = {
  periodKind: PeriodKind;
  sheet?: string;
  maxErrors: number;
  newRepRole?: string;
  /** A backup to start from (files are imported on top of it). */
  backup?: BackupSource;
  /** Ids of the records the files create (default sequential, so the output is the same on every run; random over a backup). */
  ids?: IdSource;
  /** A roster to apply and a team, manager or office to keep (cli/team-scope.ts). */
  scope?: TeamScope;
};

/** Imports every file (the auto-detected mapping, as the app proposes it); a string is the reason one could not be used. */
export async function loadFiles(files: readonly string[], io: CliIo, options: LoadOptions): Promise<Loaded | string> {
  const store = options.backup ? await (await import('./backup-open')).openBackup(options.backup, io) : memoryStore();
  if (typeof store === 'string') return store;
  // Over a backup, fresh ids, as the app gives them: they must not meet the ids already in it.
  const ids = options.ids ?? (options.backup ? randomId : sequentialIds('cli'));
  const deps = { ids, clock: tickingClock(Date.now()) };
  const loaded: LoadedFile[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(file);
    } catch (e) {
      return readError(file, e);
    }
    const outcome = await importOne(store, file, bytes, options, deps);
    if (typeof outcome === 'string') return `${files.length > 1 ? `${file}: ` : ''}${outcome}`;
    loaded.push({ file, outcome });
  }
  const scoped = options.scope ? await applyScope(store, options.scope, io) : null;
  if (scoped !== null) return scoped;
  const reps = await store.table('reps').all();
  const keyOf = new Map(reps.map((r) => [r.id, r.nameKey]));
  const byName = (a: DiagnosisPeriodRow, b: DiagnosisPeriodRow) => {
    const ka = keyOf.get(a.repId) ?? a.repId;
    const kb = keyOf.get(b.repId) ?? b.repId;
    return ka < kb ? -1 : ka > kb ? 1 : a.period < b.period ? -1 : a.period > b.period ? 1 : 0;
  };
  return {
    files: loaded,
    store,
    reps: reps.map((r) => ({ id: r.id, name: r.name, role: r.role, startDate: r.startDate, targetOverrides: null })),
    periods: mergeMetricPeriods(await store.table('metricPeriods').all()).sort(byName),
  };
}

export { readError, type BackupSource };
