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
import { FIELD_LABELS, FIELDS_BY_KIND, REQUIRED_FIELDS, classifyActivity, proposeStageOutcome } from './mapping';
import type { Cell, DateOrder, DateParts, NumberFormat, Parsed } from './values';
import {
  cellToString,
  cleanText,
  daysBetween,
  detectDateOrder,
  detectDateOrders,
  detectNumberFormat,
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
  report: FullReport;
};

/** RowError plus a severity: 'error' rejected the row or dropped the cell; 'warning' kept it. */
export type ImportRowError = RowError & { severity: 'error' | 'warning' };

/** ImportReport with severities and a count of errors beyond `maxErrors`; assignable to ImportReport. */
export type FullReport = Omit<ImportReport, 'errors'> & { errors: ImportRowError[]; errorsOmitted: number };

const COUNT_FIELDS = new Set<MetricKey>([
  'calls',
  'emails',
  'meetingsBooked',
  'meetingsHeld',
  'opportunitiesCreated',
  'dealsWon',
  'dealsLost',
  'cycleDaysMedian',
  'complaints',
]);
const NUMERIC_FIELDS = new Set<CanonicalField>([
  ...FIELDS_BY_KIND['period-sheet'].filter((f) => f !== 'rep' && f !== 'role' && f !== 'startDate' && f !== 'period'),
  'amount',
]);
const DATE_FIELDS = new Set<CanonicalField>(['startDate', 'createdDate', 'closeDate', 'activityDate', 'period']);
const FORMULA_LIKE_RE = /^[=+\-@\t\r]/;
const SAMPLE_ROWS = 1000;

type Bucket = {
  won: number;
  lost: number;
  wonAmountSum: number;
  wonAmountCount: number;
  cycle: number[];
  created: number;
  calls: number;
  emails: number;
  meetings: number;
  booked: number;
};

type RepState = {
  name: string;
  role: string | null;
  startDate: string | null;
  periods: Map<PeriodKey, Bucket>;
  /** Open deals for pipeline: created date as yyyymmdd number, amount or null. */
  open: { date: number; amount: number | null }[];
  accepted: number;
};

function newBucket(): Bucket {
  return { won: 0, lost: 0, wonAmountSum: 0, wonAmountCount: 0, cycle: [], created: 0, calls: 0, emails: 0, meetings: 0, booked: 0 };
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

const dateNum = (p: DateParts) => p.y * 10_000 + p.m * 100 + p.d;

export type ImportSession = {
  /** A data row: cells in header order; `row` is the spreadsheet row number. */
  push(cells: Cell[], row: number): void;
  /** An issue found while reading the table (ragged row, quote problem). */
  issue(e: RowError, severity?: 'error' | 'warning'): void;
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
  const stageMap: Record<string, StageOutcome> = { ...(settings.stageMap ?? {}) };
  const stageCache = new Map<string, StageOutcome>(Object.entries(stageMap));
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
  const seenPeriodRows = new Set<string>();
  const periodRows: RepPeriodRow[] = [];
  const deals: DealRow[] = [];
  const activities: ActivityRow[] = [];
  const activityClassesSeen = new Set<ActivityClass>();

  const addError = (e: RowError, severity: 'error' | 'warning') => {
    if (errors.length < maxErrors) errors.push({ ...e, severity });
    else errorsOmitted++;
  };

  // ---- column formats: given, or detected from the first SAMPLE_ROWS rows ----
  let sample: { cells: Cell[]; row: number }[] | null = [];
  const numberFmt = new Map<number, NumberFormat>();
  const dateOrd = new Map<number, DateOrder>();
  const rateScale = new Map<number, 'fraction' | 'percent'>();

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
        if (given?.number) fmt.number = given.number;
        else {
          const d = detectNumberFormat(texts);
          fmt.number = d.format;
          if (d.ambiguous)
            warnings.push(
              `Column “${header}”: values like “${texts.find((t) => /^\D*\d{1,3}[.,]\d{3}\D*$/.test(t)) ?? texts[0] ?? ''}” could use “,” or “.” as the thousands separator; read as ${d.format === 'us' ? '1,234 = one thousand…' : '1.234 = one thousand…'}. Set the column's number format if that is wrong.`,
            );
          if (d.conflicting)
            warnings.push(
              `Column “${header}” mixes US and European number formats; read as ${d.format === 'us' ? 'US (1,234.56)' : 'European (1.234,56)'}.`,
            );
        }
        numberFmt.set(i, fmt.number);
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
          rateScale.set(i, fmt.rateScale);
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
        dateOrd.set(i, fmt.dateOrder);
      }
      if (Object.keys(fmt).length > 0) columnFormats[header] = fmt;
    }
  };

  // ---- cell readers ----
  // Dates repeat a lot in exports: parse each distinct text once per column.
  const dateCaches = new Map<number, Map<string, Parsed<DateParts>>>();
  const readDate = (cell: Cell, i: number): Parsed<DateParts> => {
    if (typeof cell === 'string') {
      let cache = dateCaches.get(i);
      if (!cache) dateCaches.set(i, (cache = new Map()));
      const hit = cache.get(cell);
      if (hit) return hit;
      const p = parseDateCell(cell, dateOrd.get(i) ?? 'mdy');
      if (cache.size > 20_000) cache.clear();
      cache.set(cell, p);
      return p;
    }
    return parseDateCell(cell, dateOrd.get(i) ?? 'mdy');
  };
  // Fast paths for the common shapes; everything else goes through parseNumberCell.
  const SIMPLE_NUM = /^-?\d+(\.\d+)?$/;
  const US_GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
  const EU_GROUPED = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/;
  const NULL_NUMBER: Parsed<number> = { ok: true, value: null };
  const readNumber = (cell: Cell, i: number): Parsed<number> => {
    if (typeof cell === 'string') {
      if (cell === '') return NULL_NUMBER;
      const fmt = numberFmt.get(i) ?? 'us';
      if (fmt === 'us') {
        if (SIMPLE_NUM.test(cell)) return { ok: true, value: Number(cell) };
        if (US_GROUPED.test(cell)) return { ok: true, value: Number(cell.replace(/,/g, '')) };
      } else if (EU_GROUPED.test(cell)) return { ok: true, value: Number(cell.replace(/\./g, '').replace(',', '.')) };
    }
    return parseNumberCell(cell, { format: numberFmt.get(i) ?? 'us' });
  };
  /** Plain ASCII with no edge spaces needs no cleaning (the common case). */
  const PLAIN_TEXT = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;
  const text = (cell: Cell | undefined): string =>
    cell === undefined || cell === null ? '' : typeof cell === 'string' ? (PLAIN_TEXT.test(cell) ? cell : cleanText(cell)) : cellToString(cell);

  const repFor = (raw: string): RepState => {
    let key = repKeyCache.get(raw);
    if (key === undefined) {
      key = nameKey(raw);
      if (repKeyCache.size > 100_000) repKeyCache.clear();
      repKeyCache.set(raw, key);
    }
    let st = reps.get(key);
    if (!st) {
      st = { name: raw.replace(/\s+/g, ' '), role: null, startDate: null, periods: new Map(), open: [], accepted: 0 };
      reps.set(key, st);
    }
    return st;
  };
  const bucket = (st: RepState, p: PeriodKey): Bucket => {
    let b = st.periods.get(p);
    if (!b) {
      b = newBucket();
      st.periods.set(p, b);
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
  // Period keys memoised per parsed date (dates are cached per text, so objects repeat).
  const periodCache = new Map<DateParts, PeriodKey>();
  const periodFor = (d: DateParts): PeriodKey => {
    let p = periodCache.get(d);
    if (p === undefined) {
      p = periodOf(d, periodKind);
      if (periodCache.size > 50_000) periodCache.clear();
      periodCache.set(d, p);
    }
    return p;
  };
  const createdCol = col.get('createdDate');
  const closeCol = col.get('closeDate');

  // ---- per-kind row handlers: return null (accepted) or the rejecting error ----
  const handlePeriodRow = (cells: Cell[], row: number, st: RepState, cellErrs: CellErr[], cellWarns: CellErr[]): CellErr | null => {
    const pi = col.get('period') as number;
    const pc = cells[pi] ?? null;
    const p = parsePeriodCell(pc, periodKind, dateOrd.get(pi) ?? 'mdy');
    if (!p.ok) return cellError(pi, pc, p.reason);
    if (p.value === null) return cellError(pi, pc, 'no period: the row cannot be placed');
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
        if (!isPct && rateScale.get(i) === 'percent') v = v / 100;
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
      if (COUNT_FIELDS.has(field as MetricKey) && v < 0) {
        cellErrs.push(cellError(i, c, `${FIELD_LABELS[field]} cannot be negative`));
        continue;
      }
      values[field as MetricKey] = v;
    }
    if (has('role')) {
      const r = text(cells[col.get('role') as number]);
      if (r !== '') st.role ??= r.slice(0, 40);
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
    void row;
    return null;
  };

  const handleDealRow = (cells: Cell[], row: number, st: RepState, cellErrs: CellErr[], cellWarns: CellErr[]): CellErr | null => {
    const si = col.get('stage') as number;
    const stage = text(cells[si]);
    if (stage === '') return cellError(si, cells[si], 'no stage: cannot tell won, lost or open');
    let outcome = stageCache.get(stage);
    if (outcome === undefined) {
      outcome = proposeStageOutcome(stage);
      stageCache.set(stage, outcome);
      stageMap[stage] = outcome;
    }
    let amount: number | null = null;
    if (has('amount')) {
      const i = col.get('amount') as number;
      const c = cells[i] ?? null;
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
    const createdValue = readOptionalDate(cells, createdCol, 'createdDate', cellWarns);
    const createdBad = badDate;
    const closedValue = readOptionalDate(cells, closeCol, 'closeDate', cellWarns);
    const closedBad = badDate;
    if (outcome !== 'open') {
      if (closedBad) return closedBad;
      if (!closedValue) {
        const i = col.get('closeDate');
        return i === undefined
          ? { column: '', value: stage, reason: 'no close date column: a won or lost deal cannot be placed in a period' }
          : cellError(i, cells[i], `a ${outcome} deal with no close date cannot be placed in a period`);
      }
    }
    if (createdBad) cellErrs.push({ ...createdBad, reason: createdBad.reason + '; counted without a created date' });
    if (closedBad && outcome === 'open') cellErrs.push(closedBad);
    if (createdValue) bucket(st, periodFor(createdValue)).created++;
    if (outcome === 'open') {
      if (createdValue) st.open.push({ date: dateNum(createdValue), amount });
      else unplacedOpen++;
    } else if (closedValue) {
      const b = bucket(st, periodFor(closedValue));
      if (outcome === 'won') {
        b.won++;
        if (amount !== null) {
          b.wonAmountSum += amount;
          b.wonAmountCount++;
        }
        if (createdValue) {
          const days = daysBetween(createdValue, closedValue);
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
        dealId: idi === undefined ? null : text(cells[idi]).slice(0, 200) || null,
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
    if (d.warning) cellWarns.push(cellError(di, c, d.warning));
    const cls = classifyActivity(type);
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
    const rep = text(rc);
    const cellErrs = rowErrs;
    const cellWarns = rowWarns;
    cellErrs.length = 0;
    cellWarns.length = 0;
    if (rep === '') {
      rowsRejected++;
      addError({ row, ...cellError(repCol, rc, 'no rep name: the row cannot be attributed') }, 'error');
      return;
    }
    if (FORMULA_LIKE_RE.test(rep)) formulaLike++;
    const st = repFor(rep);
    const rejected = handler(cells, row, st, cellErrs, cellWarns);
    if (rejected) {
      rowsRejected++;
      addError({ row, ...rejected }, 'error');
      // A rep seen only on rejected rows does not become a rep.
      if (st.accepted === 0) reps.delete(nameKey(st.name));
      return;
    }
    st.accepted++;
    rowsAccepted++;
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
      const report: FullReport = { rowsRead, rowsAccepted, rowsRejected, errors, warnings, errorsOmitted };
      const out: ImportOutcome = { kind, periodKind, periods: valid, stageMap, columnFormats, report };
      if (keepRecords && kind === 'deals') out.deals = deals;
      if (keepRecords && kind === 'activities') out.activities = activities;
      return out;
    },
  };

  /**
   * Record-level → rep-periods. Definitions (documented for the UI and diagnosis):
   * - A rep-period exists only when the rep had a record dated in it (a deal created or
   *   closed, an activity). No row means "no data", never "zero".
   * - Within an existing period, counts the file carries are real counts (0 allowed):
   *   dealsWon/dealsLost by close date; opportunitiesCreated by created date (null without
   *   a created-date column); calls/emails/meetings by activity date (each null unless the
   *   file has at least one activity of that type).
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
      const open = [...st.open].sort((a, b) => a.date - b.date);
      for (const [period, b] of st.periods) {
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
            let sum = 0;
            let known = 0;
            let unknown = 0;
            for (const o of open) {
              if (o.date > endNum) break;
              if (o.amount === null) unknown++;
              else {
                sum += o.amount;
                known++;
              }
            }
            v.pipeline = known > 0 ? sum : unknown > 0 ? null : 0;
            if (known > 0 && unknown > 0) partialPipeline = true;
          }
          v.cycleDaysMedian = has('createdDate') ? median(b.cycle) : null;
          v.opportunitiesCreated = has('createdDate') ? b.created : null;
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
