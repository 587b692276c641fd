// Reading one or more files for a command, and merging them exactly as the app merges
// successive imports: each file goes through the same import pipeline, reps are matched by
// name (case and spacing ignored), and rows for the same rep and period merge metric by
// metric, later files' known values winning (mergeMetricPeriods, as the app's stored rows).
import type { PeriodKind } from '../shared/schemas/common';
import { idSchema, nameKey } from '../shared/schemas/common';
import type { MetricPeriod } from '../shared/schemas/metrics';
import type { ImportOutcome } from '../shared/domain/import/index';
import { analyseFile, importFile, settingsFromAnalysis } from '../shared/domain/import/index';
import type { DiagnosisPeriodRow, DiagnosisRep } from '../shared/domain/diagnosis/index';
import { mergeMetricPeriods } from '../shared/domain/diagnosis/index';
import type { CliIo } from './io';

export type LoadedFile = { file: string; outcome: ImportOutcome };
export type Loaded = {
  files: LoadedFile[];
  reps: DiagnosisRep[];
  /** One row per rep, period kind and period, merged across the files in the order given. */
  periods: DiagnosisPeriodRow[];
};

/** The role the app's import step gives reps a file does not assign one (its default). */
export const DEFAULT_NEW_REP_ROLE = 'AE';

/** The longest id the schemas accept. */
const MAX_ID = idSchema.maxLength ?? 64;

function readError(file: string, e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  return `cannot read "${file}"${code === 'ENOENT' ? ': no such file' : code === 'EISDIR' ? ': it is a directory' : code ? ` (${code})` : ''}.`;
}

/** Imports every file (the auto-detected mapping, as the app proposes it); a string is the reason one could not be used. */
export async function loadFiles(
  files: readonly string[],
  io: CliIo,
  opts: { periodKind: PeriodKind; sheet?: string; maxErrors: number; newRepRole?: string },
): Promise<Loaded | string> {
  const loaded: LoadedFile[] = [];
  const stored: MetricPeriod[] = [];
  const reps = new Map<string, DiagnosisRep>();
  const role = opts.newRepRole ?? DEFAULT_NEW_REP_ROLE;
  for (const [i, file] of files.entries()) {
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(file);
    } catch (e) {
      return readError(file, e);
    }
    const name = file.split(/[\\/]/).pop() ?? file;
    const analysis = await analyseFile(bytes, name, opts.sheet === undefined ? {} : { sheet: opts.sheet });
    if (!analysis.ok) return `${files.length > 1 ? `${file}: ` : ''}${analysis.error.message} [${analysis.error.code}]`;
    const result = await importFile(
      bytes,
      name,
      settingsFromAnalysis(analysis.value, { periodKind: opts.periodKind, keepRecords: false, maxErrors: opts.maxErrors }),
    );
    if (!result.ok) return `${files.length > 1 ? `${file}: ` : ''}${result.error.message} [${result.error.code}]`;
    loaded.push({ file, outcome: result.value });
    // Successive imports: a later file's rows come after, as a later import's createdAt does.
    const createdAt = `import-${String(i).padStart(6, '0')}`;
    for (const p of result.value.periods) {
      const key = nameKey(p.rep);
      if (key === '') continue;
      const known = reps.get(key);
      // The rep's id is its name key, as long as an id may be (a plan refuses longer ids).
      const id = known?.id ?? (key.length <= MAX_ID ? key : `${key.slice(0, MAX_ID - 8)}~${String(reps.size + 1).padStart(6, '0')}`);
      if (!known)
        reps.set(key, { id, name: p.rep.trim().replace(/\s+/g, ' '), role: p.role?.trim() || role, startDate: p.startDate, targetOverrides: null });
      stored.push({
        id: `${i}:${stored.length}`,
        repId: id,
        period: p.period,
        periodKind: p.periodKind,
        importId: null,
        values: p.values,
        createdAt,
      } as MetricPeriod);
    }
  }
  return { files: loaded, reps: [...reps.values()], periods: mergeMetricPeriods(stored) };
}

export { readError };
