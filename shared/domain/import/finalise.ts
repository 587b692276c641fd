// The finaliser: once every row is read, the session's state becomes the outcome — rep-periods
// (aggregated from the records, or the sheet's own rows), the stage values, the report's
// warnings, and the checks that block an import whose mapping or file looks wrong.
import type { PeriodKey } from '@shared/schemas/common';
import { nameKey } from '@shared/schemas/common';
import { metricValuesSchema } from '@shared/schemas/metrics';
import type { RepPeriodRow } from './contract';
import type { FullReport, ImportOutcome, StageValueCount } from './session-types';
import type { Bucket, RepState, SessionState } from './session-state';
import { sanityChecks } from './sanity-checks';
import { dateNum, median, unknownValues, upperBound } from './cell-fast';
import { periodEnd } from './values';

export function finalise(s: SessionState): ImportOutcome {
  const { kind, warnings } = s;
  if (s.formulaLike > 0)
    warnings.push(`${s.formulaLike} rep name${s.formulaLike === 1 ? '' : 's'} start with = + - or @; kept as plain text, never run as formulas.`);
  if (s.unplacedOpen > 0)
    warnings.push(
      `${s.unplacedOpen} open deal${s.unplacedOpen === 1 ? ' has' : 's have'} no created date; kept, but counted in no period (not in pipeline or opportunities created).`,
    );
  const periods =
    kind === 'period-sheet'
      ? s.periodRows.map((r) => ({
          ...r,
          role: s.reps.get(nameKey(r.rep))?.role ?? r.role,
          startDate: r.startDate ?? s.reps.get(nameKey(r.rep))?.startDate ?? null,
        }))
      : aggregate(s);
  const valid = validPeriods(s, periods);
  for (const seen of [...s.nameVariants.values()].slice(0, 20))
    warnings.push(`Treated as one rep (the names differ only in case or spacing): ${[...seen].map((n) => `“${n}”`).join(', ')}.`);
  if (s.nameVariants.size > 20) warnings.push(`${s.nameVariants.size - 20} more names were folded the same way.`);
  const stageValues = stageValuesOf(s);
  const checks = sanityChecks(s, valid);
  const report: FullReport = {
    rowsRead: s.rowsRead,
    rowsAccepted: s.rowsAccepted,
    rowsRejected: s.rowsRejected,
    errors: s.errors,
    warnings,
    errorsOmitted: s.errorsOmitted,
    checks,
  };
  const out: ImportOutcome = {
    kind,
    periodKind: s.periodKind,
    periods: valid,
    stageMap: s.stageMap,
    columnFormats: s.columnFormats,
    stageValues,
    report,
  };
  if (s.keepRecords && kind === 'deals') out.deals = s.deals;
  if (s.keepRecords && kind === 'activities') out.activities = s.activities;
  return out;
}

/** Final validation against the shared schema (a bad value here is a bug or a bad cell we missed), sorted by rep and period. */
function validPeriods(s: SessionState, periods: RepPeriodRow[]): RepPeriodRow[] {
  const valid: RepPeriodRow[] = [];
  for (const p of periods) {
    const check = metricValuesSchema.safeParse(p.values);
    if (check.success) valid.push(p);
    else
      s.warnings.push(
        `${p.rep} ${p.period}: values failed validation (${check.error.issues[0]?.path.join('.') ?? ''}: ${check.error.issues[0]?.message ?? ''}); the period was left out.`,
      );
  }
  valid.sort((a, b) => (a.rep === b.rep ? (a.period < b.period ? -1 : a.period > b.period ? 1 : 0) : a.rep.localeCompare(b.rep, 'en')));
  return valid;
}

/** Every distinct stage value (most rows first), with a warning for those the stage map did not cover. */
function stageValuesOf(s: SessionState): StageValueCount[] {
  const stageValues: StageValueCount[] = [...s.stageEntries.values()]
    .map((e) => ({ value: e.stage, rows: e.rows, outcome: e.outcome, confirmed: s.settingsStages.has(e.stage) }))
    .sort((a, b) => b.rows - a.rows || a.value.localeCompare(b.value, 'en'));
  const unconfirmed = stageValues.filter((v) => !v.confirmed);
  if (unconfirmed.length > 0)
    s.warnings.push(
      `${unconfirmed.length === 1 ? 'One stage value was' : `${unconfirmed.length} stage values were`} not in the stage map and ${unconfirmed.length === 1 ? 'is' : 'are'} read as proposed: ${unconfirmed
        .slice(0, 5)
        .map((v) => `“${v.value}” (${v.rows.toLocaleString('en')} rows) → ${v.outcome}`)
        .join(', ')}${unconfirmed.length > 5 ? '…' : ''}. Confirm or change ${unconfirmed.length === 1 ? 'it' : 'them'} before importing.`,
    );
  return stageValues;
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
function aggregate(s: SessionState): RepPeriodRow[] {
  const out: RepPeriodRow[] = [];
  const partial = { pipeline: false };
  for (const st of s.reps.values()) {
    const open = s.kind === 'deals' && s.amountCol !== undefined ? openPrefix(st) : null;
    for (const id of st.periodOrder) {
      const period = s.periodKeys[id] as PeriodKey;
      const b = st.buckets[id] as Bucket;
      const values = s.kind === 'deals' ? dealValues(s, b, period, open, partial) : activityValues(s, b);
      out.push({ rep: st.name, role: st.role, startDate: st.startDate, period, periodKind: s.periodKind, values });
    }
  }
  if (partial.pipeline) s.warnings.push('Some open deals have no amount; pipeline sums only the amounts that are known.');
  return out;
}

type OpenPrefix = { dates: Float64Array; sum: Float64Array; known: Float64Array };

function dealValues(s: SessionState, b: Bucket, period: PeriodKey, open: OpenPrefix | null, partial: { pipeline: boolean }) {
  const v = unknownValues();
  const hasCreated = s.createdCol !== undefined;
  v.dealsWon = b.won;
  v.dealsLost = b.lost;
  v.winRate = b.won + b.lost > 0 ? b.won / (b.won + b.lost) : null;
  if (s.amountCol !== undefined) {
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
    if (known > 0 && unknown > 0) partial.pipeline = true;
  }
  v.cycleDaysMedian = hasCreated ? median(b.cycle) : null;
  v.opportunitiesCreated = hasCreated ? b.created : null;
  if (hasCreated) {
    v.cohortWon = b.cohortWon;
    v.cohortLost = b.cohortLost;
    v.cohortOpen = b.cohortOpen;
  }
  return v;
}

function activityValues(s: SessionState, b: Bucket) {
  const v = unknownValues();
  if (s.activityClassesSeen.has('call')) v.calls = b.calls;
  if (s.activityClassesSeen.has('email')) v.emails = b.emails;
  if (s.activityClassesSeen.has('meeting')) v.meetingsHeld = b.meetings;
  if (s.activityClassesSeen.has('meetingBooked')) v.meetingsBooked = b.booked;
  return v;
}

/**
 * A rep's open deals sorted by created date (ties in file order, as a stable sort leaves them),
 * with running sums: `sum[k]` / `known[k]` are the sum and count of known amounts among the
 * first k. Summed in that order, so every prefix equals a loop over the sorted deals.
 */
function openPrefix(st: RepState): OpenPrefix {
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
  let total = 0;
  let count = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k] ?? 0;
    dates[k] = st.openDates[i] ?? 0;
    const a = st.openAmounts[i] ?? NaN;
    if (!Number.isNaN(a)) {
      total += a;
      count++;
    }
    sum[k + 1] = total;
    known[k + 1] = count;
  }
  return { dates, sum, known };
}
