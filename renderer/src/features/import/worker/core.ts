// The import work itself, run inside the Web Worker (and in-process in tests): the shared
// import engine, plus the translation to and from the UI's protocol. Holds the chosen file
// between "analyse" and "run". CSV is read from the Blob in 1 MiB slices (streamed: memory stays
// at one slice plus the aggregates); workbooks are read whole after the zip-directory guard.
import {
  FIELD_LABELS,
  FIELDS_BY_KIND,
  REQUIRED_FIELDS,
  analyseFile,
  createCsvImport,
  importFile,
  settingsFromAnalysis,
  sniffFormat,
  type ColumnFormat,
  type FileAnalysis,
  type ImportOutcome,
} from '@shared/domain/import';
import type { ImportKind } from '@shared/schemas';
import type { Analysis, ColumnQuestion, FieldSpec, FromWorker, RunOptions, RunResult, ToWorker } from './protocol';

const KINDS: ImportKind[] = ['period-sheet', 'deals', 'activities'];

const CHOICE_LABELS: Record<string, string> = {
  us: 'US/UK: 1,234.5 (comma = thousands)',
  eu: 'European: 1.234,5 (comma = decimal)',
  mdy: 'Month first: 03/04/2026 = 4 March',
  dmy: 'Day first: 03/04/2026 = 3 April',
};

function fieldSpecs(a: FileAnalysis): Record<ImportKind, FieldSpec[]> {
  const out = {} as Record<ImportKind, FieldSpec[]>;
  for (const kind of KINDS) {
    out[kind] = FIELDS_BY_KIND[kind].map((f) => ({
      field: f,
      label: FIELD_LABELS[f],
      required: REQUIRED_FIELDS[kind].includes(f),
      confidence: kind === a.kind ? (a.confidence[f] ?? null) : null,
    }));
  }
  return out;
}

function questions(a: FileAnalysis): ColumnQuestion[] {
  const out: ColumnQuestion[] = [];
  for (const q of a.questions) {
    if ((q.type !== 'number-format' && q.type !== 'date-order') || q.column === null) continue;
    out.push({
      id: q.id,
      column: q.column,
      kind: q.type,
      prompt: q.message,
      options: q.choices.map((c) => ({ value: c, label: CHOICE_LABELS[c] ?? c })),
      samples: q.examples,
      proposed: q.proposed,
    });
  }
  return out;
}

/** Column formats from the user's answers, on top of what the importer detected. */
export function formatsFromAnswers(a: FileAnalysis, answers: Record<string, string>): Record<string, ColumnFormat> {
  const formats: Record<string, ColumnFormat> = { ...a.columnFormats };
  for (const q of a.questions) {
    const answer = answers[q.id];
    if (!answer || q.column === null) continue;
    const current = { ...formats[q.column] };
    if (q.type === 'number-format' && (answer === 'us' || answer === 'eu')) current.number = answer;
    if (q.type === 'date-order' && (answer === 'mdy' || answer === 'dmy')) current.dateOrder = answer;
    formats[q.column] = current;
  }
  return formats;
}

const SLICE_BYTES = 1024 * 1024;
const ANALYSE_BYTES = 2 * 1024 * 1024;

async function readBlob(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(typeof blob.arrayBuffer === 'function' ? await blob.arrayBuffer() : await new Response(blob).arrayBuffer());
}

/** Enough of a CSV to analyse it: the first 2 MiB, cut after the last complete line. */
async function csvSample(file: Blob): Promise<Uint8Array> {
  if (file.size <= ANALYSE_BYTES) return readBlob(file);
  const head = await readBlob(file.slice(0, ANALYSE_BYTES));
  const nl = head.lastIndexOf(0x0a);
  if (nl <= 0) return head;
  // UTF-16 LE puts a 0x00 after the newline byte: keep the pair whole.
  const end = head[nl + 1] === 0x00 && head[0] === 0xff && head[1] === 0xfe ? nl + 2 : nl + 1;
  return head.subarray(0, end);
}

async function sha256Of(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', (await readBlob(file)) as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Streams a CSV Blob through the shared engine in slices, reporting progress between them. */
async function streamCsv(
  file: Blob,
  settings: Parameters<typeof createCsvImport>[0],
  onProgress: (rowsRead: number, bytesRead: number, total: number) => void,
  pause: () => Promise<void>,
): ReturnType<typeof importFile> {
  if (file.size === 0) return { ok: false, error: { code: 'file-empty', message: 'The file is empty (0 bytes).' } };
  const imp = createCsvImport(settings);
  for (let off = 0; off < file.size; off += SLICE_BYTES) {
    const end = Math.min(file.size, off + SLICE_BYTES);
    imp.pushBytes(await readBlob(file.slice(off, end)), end === file.size);
    onProgress(imp.rowsRead, end, file.size);
    await pause();
  }
  return imp.finish();
}

/** A workbook (zip) or an old or encrypted Excel file (CFB) whole, to be judged on all its bytes; null for text. */
async function workbookBytes(file: Blob, fileName: string): Promise<Uint8Array | null> {
  const head = await readBlob(file.slice(0, 8));
  const kind = sniffFormat(head, fileName);
  const whole = !kind.ok || kind.value === 'xlsx' || head[0] === 0xd0;
  return whole ? readBlob(file) : null;
}

/** The engine's analysis as the import page shows it. */
function toAnalysis(a: FileAnalysis, file: Blob, fileName: string, sha256: string): Analysis {
  return {
    fileName,
    sha256,
    size: file.size,
    kind: a.kind,
    sheetNames: a.sheetNames,
    sheetName: a.sheet,
    headers: a.headers,
    preview: a.preview.slice(0, 8),
    rowCount: null,
    fields: fieldSpecs(a),
    mapping: a.mapping,
    stageValues: Object.keys(a.stageMap).sort(),
    stageMap: a.stageMap,
    questions: questions(a),
    headerSignature: a.signature,
    warnings: a.warnings,
  };
}

/** The engine's outcome as the import page stores it (a deal's stage kept to 200 characters). */
function toResult(out: ImportOutcome): RunResult {
  return {
    periods: out.periods,
    deals: (out.deals ?? []).map((d) => ({
      rep: d.rep,
      externalId: d.dealId,
      outcome: d.outcome,
      stage: d.stage.slice(0, 200),
      amount: d.amount,
      createdDate: d.createdDate,
      closeDate: d.closeDate,
    })),
    activities: (out.activities ?? []).map((x) => ({ rep: x.rep, type: x.type, date: x.date })),
    report: out.report,
    checks: out.report.checks,
    stageValues: out.stageValues,
  };
}

export type CoreState = { file: Blob | null; workbook: Uint8Array | null; fileName: string; analysis: FileAnalysis | null };

export function createCore(post: (m: FromWorker) => void, pause: () => Promise<void> = () => new Promise((r) => setTimeout(r, 0))) {
  const state: CoreState = { file: null, workbook: null, fileName: '', analysis: null };

  async function analyse(m: Extract<ToWorker, { type: 'analyse' }>): Promise<void> {
    state.file = m.file;
    state.fileName = m.fileName;
    state.workbook = await workbookBytes(m.file, m.fileName);
    const sample = state.workbook ?? (await csvSample(m.file));
    const res = await analyseFile(sample, m.fileName, {
      ...(m.sheetName ? { sheet: m.sheetName } : {}),
    });
    if (!res.ok) {
      post({ type: 'error', code: res.error.code, message: res.error.message });
      return;
    }
    const a = res.value;
    state.analysis = a;
    const analysis = toAnalysis(a, m.file, m.fileName, await sha256Of(m.file));
    post({ type: 'analysed', analysis });
  }

  async function run(options: RunOptions): Promise<void> {
    const a = state.analysis;
    if (!a || !state.file) {
      post({ type: 'error', code: 'no-file', message: 'Choose a file first.' });
      return;
    }
    const settings = settingsFromAnalysis(a, {
      kind: options.kind,
      mapping: Object.fromEntries(Object.entries(options.mapping).filter(([, h]) => h)),
      stageMap: options.stageMap,
      periodKind: options.periodKind,
      columnFormats: formatsFromAnswers(a, options.answers),
    });
    const res = state.workbook
      ? await importFile(state.workbook, state.fileName, settings, {})
      : await streamCsv(
          state.file,
          settings,
          (rowsRead, bytesRead, total) => post({ type: 'progress', rowsProcessed: rowsRead, fraction: total ? bytesRead / total : null }),
          pause,
        );
    if (!res.ok) {
      post({ type: 'error', code: res.error.code, message: res.error.message });
      return;
    }
    post({ type: 'result', result: toResult(res.value) });
  }

  return {
    async handle(m: ToWorker): Promise<void> {
      try {
        if (m.type === 'analyse') await analyse(m);
        else await run(m.options);
      } catch (e) {
        post({
          type: 'error',
          code: 'internal-error',
          message: `The importer failed: ${e instanceof Error ? e.message.slice(0, 160) : 'unknown error'}. Nothing was stored.`,
        });
      }
    },
  };
}
