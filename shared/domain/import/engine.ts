// The row engine: typed rows → validated records → rep-period metrics. One session per import;
// rows are pushed one at a time (streaming) and nothing but the aggregates is kept unless the
// caller asks for the records.
import type { PeriodKey, PeriodKind } from '../../schemas/common';
import { nameKey } from '../../schemas/common';
import type { ActivityType, ColumnMapping, ImportKind, StageOutcome } from '../../schemas/imports';
import type { MetricKey, MetricValues } from '../../schemas/metrics';
import { emptyMetricValues, metricValuesSchema } from '../../schemas/metrics';
import type { ImportReport, RepPeriodRow, RowError } from './contract';
import type { ActivityClass, CanonicalField } from './mapping';
import { COUNT_FIELDS, FIELD_LABELS, MONEY_FIELDS, FIELDS_BY_KIND, REQUIRED_FIELDS, classifyActivity, proposeStageOutcome } from './mapping';
import type { Cell, DateOrder, DateParts, NumberFormat, Parsed } from './values';
import {
  MAX_NAME_LENGTH,
  cellToString,
  cleanName,
  cleanText,
  detectDateOrder,
  detectDateOrders,
  detectNumberFormat,
  numberFormatVote,
  formatIsoDate,
  parseDateCell,
  parseNumberCell,
  parsePeriodCell,
  periodEnd,
  periodOf,
} from './values';

/** Per-column reading decisions, keyed by header. Unset parts are detected from the data. */
export type ColumnFormat = {
  number?: NumberFormat;
  dateOrder?: DateOrder;
  /** For rate columns (win rate): plain numbers are fractions (0.45) or percents (45). */
  rateScale?: 'fraction' | 'percent';
  /**
   * The column mixes US and European number formats (1,234.56 and 1.234,56): a value that reads
   * both ways (1.234, 1,234) is then a row error, whichever format was chosen.
   */
  mixedNumbers?: boolean;
};

export type ImportSettings = {
  kind: ImportKind;
  mapping: ColumnMapping;
  /** Stage value (trimmed, as in the file) → outcome. Values not in it get a proposal. */
  stageMap?: Record<string, StageOutcome>;
  /** Periods for record-level files (month by default). Period sheets carry their own. */
  periodKind?: PeriodKind;
  columnFormats?: Record<string, ColumnFormat>;
  /** Return the deal/activity records too (default true). The benchmark turns this off. */
  keepRecords?: boolean;
  /** Most row errors listed in the report (default 1000); the rest are counted. */
  maxErrors?: number;
  /** Today, for the latest year a period may fall in (next year); the computer's clock by default. */
  now?: Date;
};

export type DealRow = {
  row: number;
  rep: string;
  dealId: string | null;
  stage: string;
  outcome: StageOutcome;
  amount: number | null;
  createdDate: string | null;
  closeDate: string | null;
};

export type ActivityRow = { row: number; rep: string; type: ActivityType; date: string };

/** One distinct stage value of the whole file, with how many rows carry it. */
export type StageValueCount = {
  value: string;
  rows: number;
  outcome: StageOutcome;
  /** False when the settings' stage map did not cover it: the outcome is only a proposal to confirm. */
  confirmed: boolean;
};

/**
 * A sign that the mapping or the file is wrong (a list of accounts mapped as a team, a year
 * column taken as the period). Shown before anything can be imported.
 */
export type ImportCheck = {
  id:
    | 'rep-names-are-numbers'
    | 'periods-from-numbers'
    | 'one-row-per-rep'
    | 'most-rows-rejected'
    | 'too-many-reps'
    | 'too-many-stages'
    | 'no-closed-stages'
    | 'nothing-in-a-period';
  message: string;
};

/** Most distinct rep names in one import; rows naming more are rejected. */
export const MAX_REPS = 5000;
const NO_REP_REASON = 'no rep name: the row cannot be attributed';
const OVER_CAP_REASON = `more than ${MAX_REPS.toLocaleString('en')} different rep names: this column does not look like a team's reps`;
/** Most distinct stage values in one deals import; rows with more are rejected. */
export const MAX_STAGE_VALUES = 500;

export type ImportOutcome = {
  kind: ImportKind;
  periodKind: PeriodKind;
  periods: RepPeriodRow[];
  deals?: DealRow[];
  activities?: ActivityRow[];
  /** The stage map actually used, including proposals for values first seen here. */
  stageMap: Record<string, StageOutcome>;
  /** The column formats actually used (detected or given). */
  columnFormats: Record<string, ColumnFormat>;
  /** Deals: every distinct stage value of the whole file (most rows first). */
  stageValues: StageValueCount[];
  report: FullReport;
};

/**
 * RowError plus a severity ('error' rejected the row or dropped the cell; 'warning' kept it) and
 * what it did to the row: 'row' left the row out, 'value' kept the row without this value,
 * 'none' kept the row as read or cleaned (a name's control characters removed).
 */
export type ImportRowError = RowError & { severity: 'error' | 'warning'; effect: RowEffect };
export type RowEffect = 'row' | 'value' | 'none';

/** ImportReport with severities and a count of errors beyond `maxErrors`; assignable to ImportReport. */
export type FullReport = Omit<ImportReport, 'errors'> & { errors: ImportRowError[]; errorsOmitted: number; checks: ImportCheck[] };

/** Fields read as numbers, and as dates (the analysis asks about their formats). */
export const NUMERIC_FIELDS: ReadonlySet<CanonicalField> = new Set<CanonicalField>([
  ...FIELDS_BY_KIND['period-sheet'].filter((f) => f !== 'rep' && f !== 'role' && f !== 'startDate' && f !== 'period'),
  'amount',
]);
export const DATE_FIELDS: ReadonlySet<CanonicalField> = new Set<CanonicalField>(['startDate', 'createdDate', 'closeDate', 'activityDate', 'period']);
/** Why a value like 1.234 is not read in a column that mixes number formats. */
const BOTH_WAYS =
  'reads two ways (one thousand and more, or a decimal) and this column mixes US and European number formats, so it was not read; write it with both separators (1,234.00 or 1.234,00)';
const FORMULA_LIKE_RE = /^[=+\-@\t\r]/;
const SAMPLE_ROWS = 1000;

type Bucket = {
  won: number;
  lost: number;
  wonAmountSum: number;
  wonAmountCount: number;
  cycle: number[];
  created: number;
  /** Of the deals created in this period (the creation cohort): won, lost and still open now. */
  cohortWon: number;
  cohortLost: number;
  cohortOpen: number;
  calls: number;
  emails: number;
  meetings: number;
  booked: number;
};

type RepState = {
  name: string;
  role: string | null;
  startDate: string | null;
  /** Buckets by period id (see periodFor), and the ids in the order they were first seen. */
  buckets: (Bucket | undefined)[];
  periodOrder: number[];
  /** Open deals for pipeline, in file order: created date as yyyymmdd number, and amount (NaN: unknown). */
  openDates: number[];
  openAmounts: number[];
  accepted: number;
  /** Dropped from `reps` (seen only on rejected rows): cached lookups must not return it. */
  removed: boolean;
};

function newBucket(): Bucket {
  return {
    won: 0,
    lost: 0,
    wonAmountSum: 0,
    wonAmountCount: 0,
    cycle: [],
    created: 0,
    cohortWon: 0,
    cohortLost: 0,
    cohortOpen: 0,
    calls: 0,
    emails: 0,
    meetings: 0,
    booked: 0,
  };
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  // Typed-array sort is numeric and much faster than sort with a comparator.
  const s = Float64Array.from(xs).sort();
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

const dateNum = (p: DateParts) => p.y * 10_000 + p.m * 100 + p.d;

/** Days since 1970-01-01 of a valid calendar date, by integer arithmetic (same as Date.UTC / 86 400 000). */
function dayNumber(p: DateParts): number {
  const y = p.m <= 2 ? p.y - 1 : p.y;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (p.m + (p.m > 2 ? -3 : 9)) + 2) / 5) + p.d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const CHAR_0 = 48;
const CHAR_9 = 57;
const CHAR_MINUS = 45;

/**
 * Fast path for the common number shapes, with exactly the language of
 *   us: /^-?\d+(\.\d+)?$/ or /^-?\d{1,3}(,\d{3})+(\.\d+)?$/
 *   eu: /^-?\d{1,3}(\.\d{3})+(,\d+)?$/
 * Returns the value, or undefined when the text has another shape (the caller then takes the
 * full parser). The value is what Number() gives for the text without its group separators.
 */
function fastNumber(s: string, eu: boolean): number | undefined {
  const n = s.length;
  let i = s.charCodeAt(0) === CHAR_MINUS ? 1 : 0;
  const start = i;
  const group = eu ? 46 : 44; // '.' : ','
  const point = eu ? 44 : 46;
  // Integer part: leading digits, then optional groups of exactly three.
  let value = 0;
  let digits = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < CHAR_0 || c > CHAR_9) break;
    value = value * 10 + (c - CHAR_0);
    i++;
  }
  digits = i - start;
  if (digits === 0 || digits > 15) return undefined;
  let groups = 0;
  while (i < n && s.charCodeAt(i) === group) {
    for (let k = 1; k <= 3; k++) {
      const c = s.charCodeAt(i + k);
      if (!(c >= CHAR_0 && c <= CHAR_9)) return undefined;
      value = value * 10 + (c - CHAR_0);
    }
    i += 4;
    digits += 3;
    groups++;
  }
  if (digits > 15) return undefined; // the full parser says why it cannot be read exactly
  if (groups > 0 && i - start - groups * 4 > 3) return undefined; // first group longer than 3 digits
  if (eu && groups === 0) return undefined;
  let exact = digits <= 15;
  if (i < n) {
    if (s.charCodeAt(i) !== point) return undefined;
    const fracStart = ++i;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c < CHAR_0 || c > CHAR_9) return undefined;
      if (c !== CHAR_0) exact = false;
      i++;
    }
    if (i === fracStart) return undefined;
  }
  if (exact) return start === 1 ? -value : value;
  // Non-zero decimals or very long numbers: let Number() round exactly as before.
  if (eu) return Number(s.replace(/\./g, '').replace(',', '.'));
  return Number(groups > 0 ? s.replace(/,/g, '') : s);
}

/** The digits of a `dddd-dd-dd` text as one number (yyyymmdd), or -1 for any other text. */
function isoDigits(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== CHAR_MINUS || s.charCodeAt(7) !== CHAR_MINUS) return -1;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = s.charCodeAt(i);
    if (c < CHAR_0 || c > CHAR_9) return -1;
    n = n * 10 + (c - CHAR_0);
  }
  return n;
}

/** Plain printable ASCII with no edge spaces: needs no cleaning (the common case). */
function isPlainText(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(n - 1);
  if (first < 0x21 || first > 0x7e || last < 0x21 || last > 0x7e) return false;
  for (let i = 1; i < n - 1; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

export type ImportSession = {
  /** A data row: cells in header order; `row` is the spreadsheet row number. */
  push(cells: Cell[], row: number): void;
  /** An issue found while reading the table (ragged row, quote problem). */
  issue(e: RowError, severity?: 'error' | 'warning'): void;
  /** A record that could not be read at all (unbalanced quote, over-long line): read and rejected. */
  reject(e: RowError): void;
  warn(message: string): void;
  finish(): ImportOutcome;
  readonly rowsRead: number;
};

/**
 * Starts an import over a table with these headers. Throws only on a programming error
 * (a mapping naming a header that does not exist is reported by validateSettings first).
 */
export function createImportSession(headers: readonly string[], settings: ImportSettings): ImportSession {
  const kind = settings.kind;
  const periodKind: PeriodKind = settings.periodKind ?? 'month';
  const keepRecords = settings.keepRecords ?? true;
  const maxErrors = settings.maxErrors ?? 1000;
  // Sales data is about the past and the year ahead: a period before 1900 or after next year is a typo.
  const latestYear = (settings.now ?? new Date()).getUTCFullYear() + 1;
  const yearProblem = (y: number, what: string): string | null =>
    y < 1900
      ? `${what} in the year ${y}, before 1900: not a period of sales data`
      : y > latestYear
        ? `${what} in the year ${y}, after ${latestYear}: too far ahead to be sales data`
        : null;
  /** The one kind of period a sheet holds: that of its first period, and the row it was read on. */
  let sheetKind: { kind: PeriodKind; row: number } | null = null;
  const stageMap: Record<string, StageOutcome> = { ...(settings.stageMap ?? {}) };
  const stageCache = new Map<string, StageOutcome>(Object.entries(stageMap));
  const settingsStages = new Set(Object.keys(stageMap));
  const columnFormats: Record<string, ColumnFormat> = {};

  // Column index per mapped field.
  const col = new Map<CanonicalField, number>();
  for (const f of FIELDS_BY_KIND[kind]) {
    const h = Object.hasOwn(settings.mapping, f) ? settings.mapping[f] : undefined;
    if (h === undefined || h === '') continue;
    const i = headers.indexOf(h);
    if (i >= 0) col.set(f, i);
  }
  const has = (f: CanonicalField) => col.has(f);

  const errors: ImportRowError[] = [];
  let errorsOmitted = 0;
  const warnings: string[] = [];
  let rowsRead = 0;
  let rowsAccepted = 0;
  let rowsRejected = 0;
  let formulaLike = 0;
  let unplacedOpen = 0;
  const currencyByCol = new Map<number, string>();

  const reps = new Map<string, RepState>();
  const repKeyCache = new Map<string, string>();
  /** Rep cell text as in the file → its rep, whether the name looks like a formula, and what cleaning it needed. */
  const repByCell = new Map<string, { st: RepState; formula: boolean; note: string | null }>();
  /** Name variants folded into one rep (key → spellings seen), for the report. */
  const nameVariants = new Map<string, Set<string>>();
  let repsOverCap = 0;
  /** Stage cell text as in the file → its stage entry (outcome fixed once decided). */
  type StageEntry = { stage: string; outcome: StageOutcome; rows: number };
  const stageByCell = new Map<string, StageEntry>();
  const stageEntries = new Map<string, StageEntry>();
  /** Period-sheet rows whose period cell was a plain number (a year or a count read as a day number). */
  let numericPeriodCells = 0;
  let periodSheetRows = 0;
  const activityClassCache = new Map<string, ActivityClass>();
  const seenPeriodRows = new Set<string>();
  const periodRows: RepPeriodRow[] = [];
  const deals: DealRow[] = [];
  const activities: ActivityRow[] = [];
  const activityClassesSeen = new Set<ActivityClass>();

  const addError = (e: RowError, severity: 'error' | 'warning', effect: RowEffect = severity === 'warning' ? 'none' : 'value') => {
    if (errors.length < maxErrors) errors.push({ ...e, severity, effect });
    else errorsOmitted++;
  };

  // ---- column formats: given, or detected from the first SAMPLE_ROWS rows ----
  let sample: { cells: Cell[]; row: number }[] | null = [];
  // Per-column decisions, indexed by column.
  const numberFmt: NumberFormat[] = [];
  const mixedNumbers: boolean[] = [];
  const dateOrd: DateOrder[] = [];
  const rateScale: ('fraction' | 'percent')[] = [];

  const decideFormats = () => {
    const rows = sample ?? [];
    const textsOf = (i: number) => rows.map((r) => r.cells[i]).filter((c): c is string => typeof c === 'string' && c.trim() !== '');
    const dateDecisions = detectDateOrders(
      [...col].filter(([f]) => DATE_FIELDS.has(f)).map(([, i]) => ({ header: headers[i] ?? '', values: textsOf(i) })),
    );
    for (const [field, i] of col) {
      const header = headers[i] ?? '';
      const given = settings.columnFormats && Object.hasOwn(settings.columnFormats, header) ? settings.columnFormats[header] : undefined;
      const texts = rows.map((r) => r.cells[i]).filter((c): c is string => typeof c === 'string' && c.trim() !== '');
      const fmt: ColumnFormat = {};
      if (NUMERIC_FIELDS.has(field)) {
        if (given?.mixedNumbers) fmt.mixedNumbers = true;
        if (given?.number) fmt.number = given.number;
        else {
          const d = detectNumberFormat(texts);
          fmt.number = d.format;
          if (d.conflicting) fmt.mixedNumbers = true;
          if (d.ambiguous)
            warnings.push(
              `Column “${header}”: values like “${texts.find((t) => /^\D*\d{1,3}[.,]\d{3}\D*$/.test(t)) ?? texts[0] ?? ''}” could use “,” or “.” as the thousands separator; read as ${d.format === 'us' ? '1,234 = one thousand…' : '1.234 = one thousand…'}. Set the column's number format if that is wrong.`,
            );
          if (d.conflicting)
            warnings.push(
              `Column “${header}” mixes US and European number formats; read as ${d.format === 'us' ? 'US (1,234.56)' : 'European (1.234,56)'}, and values written the other way are listed as row errors.`,
            );
        }
        numberFmt[i] = fmt.number;
        mixedNumbers[i] = fmt.mixedNumbers === true;
        if (field === 'winRate') {
          if (given?.rateScale) fmt.rateScale = given.rateScale;
          else {
            const plain = rows
              .map((r) => r.cells[i])
              .map((c) => (c === undefined || (typeof c === 'string' && c.includes('%')) ? null : parseNumberCell(c, { format: fmt.number ?? 'us' })))
              .filter((p): p is Parsed<number> & { ok: true } => p !== null && p.ok && p.value !== null);
            // Percent scale when most plain values exceed 1 (45 = 45%); a stray 1.5 among fractions is an error, not a scale.
            fmt.rateScale = plain.length > 0 && plain.filter((p) => (p.value ?? 0) > 1).length * 2 >= plain.length ? 'percent' : 'fraction';
          }
          rateScale[i] = fmt.rateScale;
        }
      }
      if (DATE_FIELDS.has(field)) {
        if (given?.dateOrder) fmt.dateOrder = given.dateOrder;
        else {
          const d = dateDecisions.get(header) ?? detectDateOrder(texts);
          fmt.dateOrder = d.format;
          if (d.ambiguous)
            warnings.push(
              `Column “${header}”: dates like “${texts.find((t) => /^\d{1,2}\/\d{1,2}\//.test(t)) ?? ''}” could be month/day or day/month; read as ${d.format === 'mdy' ? 'month/day (US)' : 'day/month'}. Set the column's date order if that is wrong.`,
            );
          if (d.conflicting)
            warnings.push(
              `Column “${header}” mixes month/day and day/month dates; read as ${d.format === 'mdy' ? 'month/day' : 'day/month'}; the others are reported row by row.`,
            );
        }
        dateOrd[i] = fmt.dateOrder;
      }
      if (Object.keys(fmt).length > 0) columnFormats[header] = fmt;
    }
  };

  // ---- cell readers ----
  // Dates repeat a lot in exports: parse each distinct text once per column.
  const dateCaches: Map<string, Parsed<DateParts>>[] = [];
  // `yyyy-mm-dd` cells (most exports) are keyed by their digits as a number: no string hashing.
  const isoCaches: Map<number, Parsed<DateParts>>[] = [];
  const NULL_DATE: Parsed<DateParts> = { ok: true, value: null };
  const readDate = (cell: Cell, i: number): Parsed<DateParts> => {
    if (typeof cell === 'string') {
      if (cell === '') return NULL_DATE;
      const ymd = isoDigits(cell);
      if (ymd >= 0) {
        let iso = isoCaches[i];
        if (!iso) isoCaches[i] = iso = new Map();
        const hit = iso.get(ymd);
        if (hit) return hit;
        const p = parseDateCell(cell, dateOrd[i] ?? 'mdy');
        if (iso.size > 20_000) iso.clear();
        iso.set(ymd, p);
        return p;
      }
      let cache = dateCaches[i];
      if (!cache) dateCaches[i] = cache = new Map();
      const hit = cache.get(cell);
      if (hit) return hit;
      const p = parseDateCell(cell, dateOrd[i] ?? 'mdy');
      if (cache.size > 20_000) cache.clear();
      cache.set(cell, p);
      return p;
    }
    return parseDateCell(cell, dateOrd[i] ?? 'mdy');
  };
  // Fast path for the common shapes (fastNumber); everything else goes through parseNumberCell.
  const NULL_NUMBER: Parsed<number> = { ok: true, value: null };
  const readNumber = (cell: Cell, i: number): Parsed<number> => {
    if (typeof cell === 'string') {
      if (cell === '') return NULL_NUMBER;
      if (mixedNumbers[i] && numberFormatVote(cell) === 'ambiguous') return { ok: false, reason: BOTH_WAYS };
      const v = fastNumber(cell, numberFmt[i] === 'eu');
      if (v !== undefined) return { ok: true, value: v };
    }
    return parseNumberCell(cell, { format: numberFmt[i] ?? 'us' });
  };
  const text = (cell: Cell | undefined): string =>
    cell === undefined || cell === null ? '' : typeof cell === 'string' ? (isPlainText(cell) ? cell : cleanText(cell)) : cellToString(cell);

  /** The rep of a cleaned name; null once MAX_REPS names are taken and this one is new. */
  const repFor = (raw: string): RepState | null => {
    let key = repKeyCache.get(raw);
    let cacheKey = false;
    if (key === undefined) {
      key = nameKey(raw);
      cacheKey = true;
    }
    let st = reps.get(key);
    // Names past the cap are not remembered: 100,000 distinct names cost no more than 5,000.
    if (cacheKey && (st !== undefined || reps.size < MAX_REPS)) {
      if (repKeyCache.size > 20_000) repKeyCache.clear();
      repKeyCache.set(raw, key);
    }
    if (st && st.name !== raw) {
      let seen = nameVariants.get(key);
      if (!seen) {
        seen = new Set([st.name]);
        if (nameVariants.size < 1000) nameVariants.set(key, seen);
      }
      if (seen.size < 10) seen.add(raw);
    }
    if (!st) {
      if (reps.size >= MAX_REPS) return null;
      st = {
        name: raw,
        role: null,
        startDate: null,
        buckets: [],
        periodOrder: [],
        openDates: [],
        openAmounts: [],
        accepted: 0,
        removed: false,
      };
      reps.set(key, st);
    }
    return st;
  };
  /**
   * The rep of a rep cell, or null when the cell holds no name, or 'over-cap' past MAX_REPS names.
   * Counts formula-like names; `repNote` says what cleaning the name needed (or null).
   */
  let repNote: string | null = null;
  const repOfCell = (rc: Cell): RepState | null | 'over-cap' => {
    if (typeof rc === 'string') {
      const hit = repByCell.get(rc);
      if (hit !== undefined && !hit.st.removed) {
        if (hit.formula) formulaLike++;
        repNote = hit.note;
        return hit.st;
      }
    }
    let rep: string;
    let note: string | null = null;
    if (typeof rc === 'string' && rc.length <= MAX_NAME_LENGTH && isPlainText(rc) && !rc.includes('  ')) rep = rc;
    else {
      const c = cleanName(cellToString(rc));
      rep = c.name;
      if (c.cut) note = `rep name longer than ${MAX_NAME_LENGTH} characters; cut to the first ${MAX_NAME_LENGTH}`;
      else if (c.changed) note = `rep name cleaned: ${c.changes.join('; ')}`;
    }
    repNote = note;
    if (rep === '') return null;
    const formula = FORMULA_LIKE_RE.test(rep);
    if (formula) formulaLike++;
    const st = repFor(rep);
    if (st === null) {
      repsOverCap++;
      return 'over-cap';
    }
    if (typeof rc === 'string' && rc.length <= 4 * MAX_NAME_LENGTH) {
      if (repByCell.size > 20_000) repByCell.clear();
      repByCell.set(rc, { st, formula, note });
    }
    return st;
  };
  // Periods get small integer ids so a rep's buckets are an array, not a string-keyed map.
  const periodKeys: PeriodKey[] = [];
  const periodIds = new Map<PeriodKey, number>();
  const bucket = (st: RepState, id: number): Bucket => {
    let b = st.buckets[id];
    if (b === undefined) {
      b = newBucket();
      st.buckets[id] = b;
      st.periodOrder.push(id);
    }
    return b;
  };

  /** Reads a field: returns parsed value, records cell errors; `fatal` decides rejection. */
  type CellErr = { column: string; value: string; reason: string };
  const cellError = (i: number, cell: Cell | undefined, reason: string): CellErr => ({
    column: headers[i] ?? '',
    value: text(cell).slice(0, 200),
    reason,
  });

  /** Reads an optional date; an unreadable one returns null and is left in `badDate`. */
  let badDate: CellErr | null = null;
  function readOptionalDate(cells: Cell[], i: number | undefined, f: CanonicalField, cellWarns: CellErr[]): DateParts | null {
    badDate = null;
    if (i === undefined) return null;
    const c = cells[i] ?? null;
    const d = readDate(c, i);
    if (!d.ok) {
      badDate = cellError(i, c, `${FIELD_LABELS[f].toLowerCase()}: ${d.reason}`);
      return null;
    }
    if (d.warning) cellWarns.push(cellError(i, c, d.warning));
    return d.value;
  }
  // Period ids memoised per calendar day: a flat table for 1900–2200 (all that text dates can
  // be), a map for the rest (XLSX serials reach year 9999).
  const DAY_SLOTS = 301 * 372;
  let periodByDay: Int32Array | null = null;
  const periodCache = new Map<DateParts, number>();
  const periodFor = (d: DateParts): number => {
    const slot = (d.y - 1900) * 372 + (d.m - 1) * 31 + (d.d - 1);
    const inTable = slot >= 0 && slot < DAY_SLOTS && d.m >= 1 && d.m <= 12 && d.d >= 1 && d.d <= 31 && Number.isInteger(slot);
    if (inTable) {
      periodByDay ??= new Int32Array(DAY_SLOTS);
      const hit = periodByDay[slot] ?? 0;
      if (hit !== 0) return hit - 1;
    }
    let id = inTable ? undefined : periodCache.get(d);
    if (id === undefined) {
      const key = periodOf(d, periodKind);
      id = periodIds.get(key);
      if (id === undefined) {
        id = periodKeys.length;
        periodKeys.push(key);
        periodIds.set(key, id);
      }
      if (inTable) (periodByDay as Int32Array)[slot] = id + 1;
      else {
        if (periodCache.size > 50_000) periodCache.clear();
        periodCache.set(d, id);
      }
    }
    return id;
  };
  const createdCol = col.get('createdDate');
  const closeCol = col.get('closeDate');

  // ---- per-kind row handlers: return null (accepted) or the rejecting error ----
  const handlePeriodRow = (cells: Cell[], row: number, st: RepState, cellErrs: CellErr[], cellWarns: CellErr[]): CellErr | null => {
    const pi = col.get('period') as number;
    const pc = cells[pi] ?? null;
    periodSheetRows++;
    if ((typeof pc === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(pc)) || (typeof pc === 'number' && pc < 20_000)) numericPeriodCells++;
    const p = parsePeriodCell(pc, periodKind, dateOrd[pi] ?? 'mdy');
    if (!p.ok) return cellError(pi, pc, p.reason);
    if (p.value === null) return cellError(pi, pc, 'no period: the row cannot be placed');
    const impossible = yearProblem(Number(p.value.key.slice(0, 4)), p.value.key);
    if (impossible) return cellError(pi, pc, impossible);
    sheetKind ??= { kind: p.value.kind, row };
    if (p.value.kind !== sheetKind.kind)
      return cellError(
        pi,
        pc,
        `${p.value.key} is a ${p.value.kind}, but this sheet holds ${sheetKind.kind}s (from row ${sheetKind.row}): one sheet holds one kind of period`,
      );
    const dupKey = nameKey(st.name) + '\u0000' + p.value.key;
    if (seenPeriodRows.has(dupKey)) return cellError(pi, pc, `a second row for ${st.name} in ${p.value.key}; the first one is kept`);
    seenPeriodRows.add(dupKey);
    const values: MetricValues = emptyMetricValues();
    for (const [field, i] of col) {
      if (!NUMERIC_FIELDS.has(field)) continue;
      const c = cells[i] ?? null;
      const r = readNumber(c, i);
      if (!r.ok) {
        cellErrs.push(cellError(i, c, `${FIELD_LABELS[field]}: ${r.reason}`));
        continue;
      }
      if (r.warning) cellWarns.push(cellError(i, c, r.warning));
      let v = r.value;
      if (v === null) continue;
      if (field === 'winRate') {
        const isPct = typeof c === 'string' && c.includes('%');
        if (!isPct && rateScale[i] === 'percent') v = v / 100;
        if (v < 0 || v > 1) {
          cellErrs.push(cellError(i, c, 'win rate must be between 0% and 100%'));
          continue;
        }
      } else if (typeof c === 'string' && c.includes('%') && field !== 'csat') {
        cellErrs.push(cellError(i, c, `${FIELD_LABELS[field]}: a percentage where a number was expected`));
        continue;
      } else if (field === 'csat' && typeof c === 'string' && c.includes('%')) {
        v = v * 100; // CSAT kept on the file's own scale: "92%" → 92
      }
      if (COUNT_FIELDS.has(field) && v < 0) {
        cellErrs.push(cellError(i, c, `${FIELD_LABELS[field]} cannot be negative`));
        continue;
      }
      if (MONEY_FIELDS.has(field) && v < 0) {
        cellErrs.push(cellError(i, c, `${FIELD_LABELS[field]} cannot be negative (a refund or correction is not money won or owed)`));
        continue;
      }
      values[field as MetricKey] = v;
    }
    if (has('role')) {
      const r = text(cells[col.get('role') as number]);
      if (r !== '') st.role ??= cleanName(r, 40).name || null;
    }
    let startDate: string | null = null;
    if (has('startDate')) {
      const i = col.get('startDate') as number;
      const c = cells[i] ?? null;
      const d = readDate(c, i);
      if (!d.ok) cellErrs.push(cellError(i, c, `start date: ${d.reason}`));
      else if (d.value) startDate = formatIsoDate(d.value);
      if (startDate) st.startDate ??= startDate;
    }
    periodRows.push({ rep: st.name, role: st.role, startDate: startDate ?? st.startDate, period: p.value.key, periodKind: p.value.kind, values });
    return null;
  };

  const stageCol = col.get('stage');
  const amountCol = col.get('amount');
  /** The stage entry of a stage cell; null for an empty cell, 'over-cap' past MAX_STAGE_VALUES values. */
  const stageOf = (sc: Cell | undefined): StageEntry | null | 'over-cap' => {
    if (typeof sc === 'string') {
      const hit = stageByCell.get(sc);
      if (hit !== undefined) return hit;
    }
    // Stage values are shown and stored: no control or text-direction characters, at most 200 characters.
    const stage =
      typeof sc === 'string' && sc.length <= 200 && isPlainText(sc) && !sc.includes('  ') ? sc : cleanName(cellToString(sc ?? null), 200).name;
    if (stage === '') return null;
    let entry = stageEntries.get(stage);
    if (entry === undefined) {
      if (stageEntries.size >= MAX_STAGE_VALUES) return 'over-cap';
      let outcome = stageCache.get(stage);
      if (outcome === undefined) {
        outcome = proposeStageOutcome(stage);
        stageCache.set(stage, outcome);
        stageMap[stage] = outcome;
      }
      entry = { stage, outcome, rows: 0 };
      stageEntries.set(stage, entry);
    }
    if (typeof sc === 'string') {
      if (stageByCell.size > 20_000) stageByCell.clear();
      stageByCell.set(sc, entry);
    }
    return entry;
  };
  const handleDealRow = (cells: Cell[], row: number, st: RepState, cellErrs: CellErr[], cellWarns: CellErr[]): CellErr | null => {
    const si = stageCol as number;
    const so = stageOf(cells[si]);
    if (so === null) return cellError(si, cells[si], 'no stage: cannot tell won, lost or open');
    if (so === 'over-cap')
      return cellError(si, cells[si], `more than ${MAX_STAGE_VALUES} different stage values: this column does not look like deal stages`);
    so.rows++;
    const { stage, outcome } = so;
    let amount: number | null = null;
    if (amountCol !== undefined) {
      const i = amountCol;
      const c = cells[i] ?? null;
      // Common shapes without allocating a Parsed result; the rest as readNumber reads them.
      const fast = typeof c === 'string' && !mixedNumbers[i] ? (c === '' ? null : fastNumber(c, numberFmt[i] === 'eu')) : undefined;
      if (fast !== undefined) amount = fast;
      else {
        const r = readNumber(c, i);
        if (!r.ok) cellErrs.push(cellError(i, c, `amount: ${r.reason}; counted as unknown`));
        else {
          amount = r.value;
          if (r.warning) cellWarns.push(cellError(i, c, r.warning));
          if (r.currency) {
            const first = currencyByCol.get(i);
            if (first === undefined) currencyByCol.set(i, r.currency);
            else if (first !== r.currency) {
              cellErrs.push(cellError(i, c, `amount in ${r.currency}, but this column is in ${first}; counted as unknown`));
              amount = null;
            }
          }
        }
      }
      if (amount !== null && amount < 0) {
        cellErrs.push(cellError(i, c, 'amount cannot be negative (a refund or credit note is not a deal); counted as unknown'));
        amount = null;
      }
    }
    const createdValue = readOptionalDate(cells, createdCol, 'createdDate', cellWarns);
    const createdBad = badDate;
    const closedValue = readOptionalDate(cells, closeCol, 'closeDate', cellWarns);
    const closedBad = badDate;
    if (outcome !== 'open') {
      if (closedBad) return closedBad;
      const late = closedValue ? yearProblem(closedValue.y, `a ${outcome} deal closed`) : null;
      if (late) return cellError(col.get('closeDate') as number, cells[col.get('closeDate') as number], late);
      if (!closedValue) {
        const i = col.get('closeDate');
        return i === undefined
          ? { column: '', value: stage, reason: 'no close date column: a won or lost deal cannot be placed in a period' }
          : cellError(i, cells[i], `a ${outcome} deal with no close date cannot be placed in a period`);
      }
    }
    if (createdBad) cellErrs.push({ ...createdBad, reason: createdBad.reason + '; counted without a created date' });
    if (closedBad && outcome === 'open') cellErrs.push(closedBad);
    if (createdValue) {
      // The creation cohort: every deal created in the period is exactly one of won, lost, open.
      const cb = bucket(st, periodFor(createdValue));
      cb.created++;
      if (outcome === 'won') cb.cohortWon++;
      else if (outcome === 'lost') cb.cohortLost++;
      else cb.cohortOpen++;
    }
    if (outcome === 'open') {
      if (createdValue) {
        st.openDates.push(dateNum(createdValue));
        st.openAmounts.push(amount ?? NaN);
      } else unplacedOpen++;
    } else if (closedValue) {
      const b = bucket(st, periodFor(closedValue));
      if (outcome === 'won') {
        b.won++;
        if (amount !== null) {
          b.wonAmountSum += amount;
          b.wonAmountCount++;
        }
        if (createdValue) {
          const days = dayNumber(closedValue) - dayNumber(createdValue);
          if (days >= 0) b.cycle.push(days);
          else
            cellWarns.push({
              column: headers[col.get('closeDate') as number] ?? '',
              value: formatIsoDate(closedValue),
              reason: 'closed before it was created; left out of the cycle time',
            });
        }
      } else b.lost++;
    }
    if (keepRecords) {
      const idi = col.get('dealId');
      deals.push({
        row,
        rep: st.name,
        dealId: idi === undefined ? null : cleanName(text(cells[idi]), 200).name || null,
        stage: stage.slice(0, 200),
        outcome,
        amount,
        createdDate: createdValue ? formatIsoDate(createdValue) : null,
        closeDate: closedValue ? formatIsoDate(closedValue) : null,
      });
    }
    return null;
  };

  const handleActivityRow = (cells: Cell[], row: number, st: RepState, _cellErrs: CellErr[], cellWarns: CellErr[]): CellErr | null => {
    const ti = col.get('activityType') as number;
    const di = col.get('activityDate') as number;
    const type = text(cells[ti]);
    if (type === '') return cellError(ti, cells[ti], 'no activity type');
    const c = cells[di] ?? null;
    const d = readDate(c, di);
    if (!d.ok) return cellError(di, c, `activity date: ${d.reason}`);
    if (d.value === null) return cellError(di, c, 'no activity date: the row cannot be placed in a period');
    const late = yearProblem(d.value.y, 'an activity');
    if (late) return cellError(di, c, late);
    if (d.warning) cellWarns.push(cellError(di, c, d.warning));
    let cls = activityClassCache.get(type);
    if (cls === undefined) {
      cls = classifyActivity(type);
      if (activityClassCache.size > 20_000) activityClassCache.clear();
      activityClassCache.set(type, cls);
    }
    activityClassesSeen.add(cls);
    const b = bucket(st, periodFor(d.value));
    if (cls === 'call') b.calls++;
    else if (cls === 'email') b.emails++;
    else if (cls === 'meeting') b.meetings++;
    else if (cls === 'meetingBooked') b.booked++;
    if (keepRecords) activities.push({ row, rep: st.name, type: cls === 'meetingBooked' ? 'meeting' : cls, date: formatIsoDate(d.value) });
    return null;
  };

  const handler = kind === 'period-sheet' ? handlePeriodRow : kind === 'deals' ? handleDealRow : handleActivityRow;
  const repCol = col.get('rep');

  const rowErrs: CellErr[] = [];
  const rowWarns: CellErr[] = [];
  const process = (cells: Cell[], row: number) => {
    rowsRead++;
    if (repCol === undefined) return;
    const rc = cells[repCol] ?? null;
    const cellErrs = rowErrs;
    const cellWarns = rowWarns;
    // Setting length is a runtime call in V8: only when there is something to clear.
    if (cellErrs.length !== 0) cellErrs.length = 0;
    if (cellWarns.length !== 0) cellWarns.length = 0;
    const st = repOfCell(rc);
    if (st === null || st === 'over-cap') {
      rowsRejected++;
      const reason = st === null ? NO_REP_REASON : OVER_CAP_REASON;
      // Past the listed errors only the count grows: no message is built for each such row.
      if (errors.length < maxErrors) addError({ row, ...cellError(repCol, rc, reason) }, 'error', 'row');
      else errorsOmitted++;
      return;
    }
    const note = repNote;
    const rejected = handler(cells, row, st, cellErrs, cellWarns);
    if (rejected) {
      rowsRejected++;
      addError({ row, ...rejected }, 'error', 'row');
      // A rep seen only on rejected rows does not become a rep.
      if (st.accepted === 0) {
        const key = nameKey(st.name);
        const gone = reps.get(key);
        if (gone) gone.removed = true;
        reps.delete(key);
      }
      return;
    }
    st.accepted++;
    rowsAccepted++;
    if (note !== null) addError({ row, ...cellError(repCol, rc, note), value: st.name.slice(0, 200) }, 'warning');
    for (const e of cellErrs) addError({ row, ...e }, 'error');
    for (const e of cellWarns) addError({ row, ...e }, 'warning');
  };

  const flushSample = () => {
    if (sample === null) return;
    decideFormats();
    const rows = sample;
    sample = null;
    for (const r of rows) process(r.cells, r.row);
  };

  return {
    get rowsRead() {
      return rowsRead + (sample?.length ?? 0);
    },
    push(cells: Cell[], row: number) {
      if (sample !== null) {
        sample.push({ cells, row });
        if (sample.length >= SAMPLE_ROWS) flushSample();
        return;
      }
      process(cells, row);
    },
    issue(e: RowError, severity: 'error' | 'warning' = 'warning') {
      addError(e, severity);
    },
    reject(e: RowError) {
      rowsRead++;
      rowsRejected++;
      addError(e, 'error', 'row');
    },
    warn(message: string) {
      warnings.push(message);
    },
    finish(): ImportOutcome {
      flushSample();
      if (formulaLike > 0)
        warnings.push(`${formulaLike} rep name${formulaLike === 1 ? '' : 's'} start with = + - or @; kept as plain text, never run as formulas.`);
      if (unplacedOpen > 0)
        warnings.push(
          `${unplacedOpen} open deal${unplacedOpen === 1 ? ' has' : 's have'} no created date; kept, but counted in no period (not in pipeline or opportunities created).`,
        );
      const periods =
        kind === 'period-sheet'
          ? periodRows.map((r) => ({
              ...r,
              role: reps.get(nameKey(r.rep))?.role ?? r.role,
              startDate: r.startDate ?? reps.get(nameKey(r.rep))?.startDate ?? null,
            }))
          : aggregate();
      // Final validation against the shared schema: a bad value here is a bug or a bad cell we missed.
      const valid: RepPeriodRow[] = [];
      for (const p of periods) {
        const check = metricValuesSchema.safeParse(p.values);
        if (check.success) valid.push(p);
        else
          warnings.push(
            `${p.rep} ${p.period}: values failed validation (${check.error.issues[0]?.path.join('.') ?? ''}: ${check.error.issues[0]?.message ?? ''}); the period was left out.`,
          );
      }
      valid.sort((a, b) => (a.rep === b.rep ? (a.period < b.period ? -1 : a.period > b.period ? 1 : 0) : a.rep.localeCompare(b.rep, 'en')));
      for (const seen of [...nameVariants.values()].slice(0, 20))
        warnings.push(`Treated as one rep (the names differ only in case or spacing): ${[...seen].map((n) => `“${n}”`).join(', ')}.`);
      if (nameVariants.size > 20) warnings.push(`${nameVariants.size - 20} more names were folded the same way.`);
      const stageValues: StageValueCount[] = [...stageEntries.values()]
        .map((e) => ({ value: e.stage, rows: e.rows, outcome: e.outcome, confirmed: settingsStages.has(e.stage) }))
        .sort((a, b) => b.rows - a.rows || a.value.localeCompare(b.value, 'en'));
      const unconfirmed = stageValues.filter((v) => !v.confirmed);
      if (unconfirmed.length > 0)
        warnings.push(
          `${unconfirmed.length === 1 ? 'One stage value was' : `${unconfirmed.length} stage values were`} not in the stage map and ${unconfirmed.length === 1 ? 'is' : 'are'} read as proposed: ${unconfirmed
            .slice(0, 5)
            .map((v) => `“${v.value}” (${v.rows.toLocaleString('en')} rows) → ${v.outcome}`)
            .join(', ')}${unconfirmed.length > 5 ? '…' : ''}. Confirm or change ${unconfirmed.length === 1 ? 'it' : 'them'} before importing.`,
        );
      const checks = sanityChecks(valid);
      const report: FullReport = { rowsRead, rowsAccepted, rowsRejected, errors, warnings, errorsOmitted, checks };
      const out: ImportOutcome = { kind, periodKind, periods: valid, stageMap, columnFormats, stageValues, report };
      if (keepRecords && kind === 'deals') out.deals = deals;
      if (keepRecords && kind === 'activities') out.activities = activities;
      return out;
    },
  };

  /** Signs that the mapping or the file is wrong; each one blocks the import until the user looks. */
  function sanityChecks(periods: RepPeriodRow[]): ImportCheck[] {
    const checks: ImportCheck[] = [];
    const names = [...reps.values()].filter((r) => r.accepted > 0);
    const numeric = names.filter((r) => /^[\d\s.,%$€£+\-()]+$/.test(r.name));
    if (names.length >= 3 && numeric.length * 2 >= names.length) {
      const eg = numeric
        .slice(0, 3)
        .map((r) => `“${r.name}”`)
        .join(', ');
      checks.push({
        id: 'rep-names-are-numbers',
        message: `${numeric.length.toLocaleString('en')} of the ${names.length.toLocaleString('en')} rep names are numbers (${eg}). The column chosen for the rep (“${headers[repCol ?? -1] ?? ''}”) probably holds counts or IDs, not people.`,
      });
    }
    if (kind === 'period-sheet' && periodSheetRows > 0 && numericPeriodCells * 2 >= periodSheetRows) {
      const years = [...new Set(periods.map((p) => p.period))].slice(0, 2);
      checks.push({
        id: 'periods-from-numbers',
        message: `The period column (“${headers[col.get('period') ?? -1] ?? ''}”) holds plain numbers, not dates or months${years.length ? `; read as spreadsheet day numbers they give periods like ${years.join(', ')}` : ''}. It is probably a year or a count. Choose the column with the month or the date.`,
      });
    }
    const periodsSeen = new Set(periods.map((p) => p.period)).size;
    const single = names.filter((r) => r.accepted === 1).length;
    if (names.length >= 20 && single >= names.length * 0.8 && (kind !== 'period-sheet' || periodsSeen > 1)) {
      checks.push({
        id: 'one-row-per-rep',
        message: `Almost every rep name appears on one row only (${single.toLocaleString('en')} of ${names.length.toLocaleString('en')} names). This looks like a list of accounts, contacts or products, not a team's figures over time.`,
      });
    }
    if (rowsRead > 0 && rowsRejected * 2 > rowsRead) {
      checks.push({
        id: 'most-rows-rejected',
        message: `More than half the rows could not be read (${rowsRejected.toLocaleString('en')} of ${rowsRead.toLocaleString('en')}). The mapping or the file is probably not the right one.`,
      });
    }
    if (kind === 'deals' && rowsAccepted > 0 && ![...stageEntries.values()].some((e) => e.outcome !== 'open')) {
      const eg = [...stageEntries.keys()]
        .slice(0, 3)
        .map((v) => `“${v}”`)
        .join(', ');
      checks.push({
        id: 'no-closed-stages',
        message: `None of the stage values (${eg}${stageEntries.size > 3 ? '…' : ''}) means won or lost, so no deal would count as won or lost. Check the column chosen for the stage (“${headers[stageCol ?? -1] ?? ''}”) and what each value means.`,
      });
    }
    if (rowsAccepted > 0 && periods.length === 0)
      checks.push({
        id: 'nothing-in-a-period',
        message: 'No row could be placed in a period: the columns chosen hold no usable dates. Nothing would appear on the Team page.',
      });
    if (repsOverCap > 0)
      checks.push({
        id: 'too-many-reps',
        message: `The rep column holds more than ${MAX_REPS.toLocaleString('en')} different names; ${repsOverCap.toLocaleString('en')} rows naming further ones were left out. A team export has far fewer.`,
      });
    if (stageEntries.size >= MAX_STAGE_VALUES)
      checks.push({
        id: 'too-many-stages',
        message: `The stage column holds ${MAX_STAGE_VALUES} or more different values; it does not look like deal stages.`,
      });
    return checks;
  }

  /**
   * Record-level → rep-periods. Definitions (documented for the UI and diagnosis):
   * - A rep-period exists only when the rep had a record dated in it (a deal created or
   *   closed, an activity). No row means "no data", never "zero".
   * - Within an existing period, counts the file carries are real counts (0 allowed):
   *   dealsWon/dealsLost by close date; opportunitiesCreated by created date (null without
   *   a created-date column); calls/emails/meetings by activity date (each null unless the
   *   file has at least one activity of that type).
   * - The creation cohort (with a created-date column, else null): cohortWon / cohortLost /
   *   cohortOpen count the deals created in the period by their outcome in the file, whenever
   *   they closed (open = still open at the end of the export); they sum to opportunitiesCreated.
   * - revenueWon = sum of known won amounts (null without an amount column, or when every won
   *   deal in the period lacks one); avgDealSize = mean of known won amounts; winRate =
   *   won / (won + lost), null when both are 0; cycleDaysMedian = median days created → close
   *   over won deals with both dates.
   * - pipeline = sum of amounts of deals that are open now and were created on or before the
   *   period's last day (no stage history exists in an export, so this is today's open pipeline
   *   by age). Open deals without an amount are not counted as 0: if none of them has an amount
   *   the pipeline is null (unknown); with no open deals at all it is 0.
   */
  function aggregate(): RepPeriodRow[] {
    const out: RepPeriodRow[] = [];
    let partialPipeline = false;
    for (const st of reps.values()) {
      const open = kind === 'deals' && has('amount') ? openPrefix(st) : null;
      for (const id of st.periodOrder) {
        const period = periodKeys[id] as PeriodKey;
        const b = st.buckets[id] as Bucket;
        const v = emptyMetricValues();
        if (kind === 'deals') {
          v.dealsWon = b.won;
          v.dealsLost = b.lost;
          v.winRate = b.won + b.lost > 0 ? b.won / (b.won + b.lost) : null;
          if (has('amount')) {
            v.revenueWon = b.won === 0 ? 0 : b.wonAmountCount > 0 ? b.wonAmountSum : null;
            v.avgDealSize = b.wonAmountCount > 0 ? b.wonAmountSum / b.wonAmountCount : null;
            const end = periodEnd(period);
            const endNum = end ? dateNum(end) : 0;
            // Open deals created on or before the period's end: a prefix of the date order.
            const k = open ? upperBound(open.dates, endNum) : 0;
            const sum = open?.sum[k] ?? 0;
            const known = open?.known[k] ?? 0;
            const unknown = k - known;
            v.pipeline = known > 0 ? sum : unknown > 0 ? null : 0;
            if (known > 0 && unknown > 0) partialPipeline = true;
          }
          v.cycleDaysMedian = has('createdDate') ? median(b.cycle) : null;
          v.opportunitiesCreated = has('createdDate') ? b.created : null;
          if (has('createdDate')) {
            v.cohortWon = b.cohortWon;
            v.cohortLost = b.cohortLost;
            v.cohortOpen = b.cohortOpen;
          }
        } else {
          if (activityClassesSeen.has('call')) v.calls = b.calls;
          if (activityClassesSeen.has('email')) v.emails = b.emails;
          if (activityClassesSeen.has('meeting')) v.meetingsHeld = b.meetings;
          if (activityClassesSeen.has('meetingBooked')) v.meetingsBooked = b.booked;
        }
        out.push({ rep: st.name, role: st.role, startDate: st.startDate, period, periodKind, values: v });
      }
    }
    if (partialPipeline) warnings.push('Some open deals have no amount; pipeline sums only the amounts that are known.');
    return out;
  }
}

/** Number of entries ≤ x in an ascending array. */
function upperBound(xs: Float64Array, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] ?? 0) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A rep's open deals sorted by created date (ties in file order, as a stable sort leaves them),
 * with running sums: `sum[k]` / `known[k]` are the sum and count of known amounts among the
 * first k. Summed in that order, so every prefix equals a loop over the sorted deals.
 */
function openPrefix(st: RepState): { dates: Float64Array; sum: Float64Array; known: Float64Array } {
  const n = st.openDates.length;
  const order = new Float64Array(n);
  const SHIFT = 2 ** 28; // yyyymmdd < 2^25, so date * 2^28 + index is exact below 2^53
  if (n < SHIFT) {
    for (let i = 0; i < n; i++) order[i] = (st.openDates[i] ?? 0) * SHIFT + i;
    order.sort();
    for (let i = 0; i < n; i++) order[i] = (order[i] ?? 0) % SHIFT;
  } else {
    const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => (st.openDates[a] ?? 0) - (st.openDates[b] ?? 0) || a - b);
    order.set(idx);
  }
  const dates = new Float64Array(n);
  const sum = new Float64Array(n + 1);
  const known = new Float64Array(n + 1);
  let s = 0;
  let c = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k] ?? 0;
    dates[k] = st.openDates[i] ?? 0;
    const a = st.openAmounts[i] ?? NaN;
    if (!Number.isNaN(a)) {
      s += a;
      c++;
    }
    sum[k + 1] = s;
    known[k + 1] = c;
  }
  return { dates, sum, known };
}

/** Checks a mapping against the headers and the kind's required fields. */
export function validateSettings(headers: readonly string[], settings: ImportSettings): { ok: true } | { ok: false; code: string; message: string } {
  for (const [field, header] of Object.entries(settings.mapping)) {
    if (header === '') continue;
    if (!headers.includes(header))
      return { ok: false, code: 'mapping-unknown-header', message: `The mapping uses a column “${header}” (for ${field}) that is not in the file.` };
  }
  const missing = REQUIRED_FIELDS[settings.kind].filter((f) => !Object.hasOwn(settings.mapping, f) || settings.mapping[f] === '');
  if (missing.length > 0) {
    return {
      ok: false,
      code: 'mapping-incomplete',
      message: `Choose a column for ${missing.map((f) => FIELD_LABELS[f].toLowerCase()).join(' and ')}: a ${settings.kind === 'period-sheet' ? 'per-period sheet' : settings.kind} import needs ${missing.length === 1 ? 'it' : 'them'}.`,
    };
  }
  return { ok: true };
}
