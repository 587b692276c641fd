// Row handler of a deals export: one deal per row, won or lost in the period it closed, created
// in the period of its created date (the creation cohort), or still open (the pipeline).
import { MAX_STAGE_VALUES } from './session-types';
import type { CellErr, RepState, RowHandler, SessionState } from './session-state';
import { bucket, cellError, cellText, periodFor, yearProblem } from './session-state';
import { readDate, readNumber } from './format-decider';
import { FIELD_LABELS } from './mapping';
import type { CanonicalField } from './mapping';
import { stageOf } from './rep-lookup';
import type { Cell, DateParts } from './values';
import { cleanName, formatIsoDate } from './values';
import { dateNum, dayNumber, fastNumber } from './cell-fast';

export const handleDealRow: RowHandler = (s, cells, row, st, cellErrs, cellWarns) => {
  const si = s.stageCol as number;
  const so = stageOf(s, cells[si]);
  if (so === null) return cellError(s, si, cells[si], 'no stage: cannot tell won, lost or open');
  if (so === 'over-cap')
    return cellError(s, si, cells[si], `more than ${MAX_STAGE_VALUES} different stage values: this column does not look like deal stages`);
  so.rows++;
  const { stage, outcome } = so;
  const amount = s.amountCol === undefined ? null : readAmount(s, cells, s.amountCol, cellErrs, cellWarns);
  const createdValue = readOptionalDate(s, cells, s.createdCol, 'createdDate', cellWarns);
  const createdBad = s.badDate;
  const closedValue = readOptionalDate(s, cells, s.closeCol, 'closeDate', cellWarns);
  const closedBad = s.badDate;
  if (outcome !== 'open') {
    if (closedBad) return closedBad;
    // The year is checked before the message is built: most rows have a year that is fine.
    const late =
      closedValue && (closedValue.y < 1900 || closedValue.y > s.latestYear) ? yearProblem(s, closedValue.y, `a ${outcome} deal closed`) : null;
    if (late) return cellError(s, s.closeCol as number, cells[s.closeCol as number], late);
    if (!closedValue) {
      const i = s.closeCol;
      return i === undefined
        ? { column: '', value: stage, reason: 'no close date column: a won or lost deal cannot be placed in a period' }
        : cellError(s, i, cells[i], `a ${outcome} deal with no close date cannot be placed in a period`);
    }
  }
  if (createdBad) cellErrs.push({ ...createdBad, reason: createdBad.reason + '; counted without a created date' });
  if (closedBad && outcome === 'open') cellErrs.push(closedBad);
  countDeal(s, st, outcome, amount, createdValue, closedValue, cellWarns);
  if (s.keepRecords) {
    const idi = s.col.get('dealId');
    s.deals.push({
      row,
      rep: st.name,
      dealId: idi === undefined ? null : cleanName(cellText(cells[idi]), 200).name || null,
      stage: stage.slice(0, 200),
      outcome,
      amount,
      createdDate: createdValue ? formatIsoDate(createdValue) : null,
      closeDate: closedValue ? formatIsoDate(closedValue) : null,
    });
  }
  return null;
};

/** The deal in the rep's buckets: its creation cohort, then won or lost by close date, or the open pipeline. */
function countDeal(
  s: SessionState,
  st: RepState,
  outcome: 'won' | 'lost' | 'open',
  amount: number | null,
  createdValue: DateParts | null,
  closedValue: DateParts | null,
  cellWarns: CellErr[],
): void {
  if (createdValue) {
    // The creation cohort: every deal created in the period is exactly one of won, lost, open.
    const cb = bucket(st, periodFor(s, createdValue));
    cb.created++;
    if (outcome === 'won') cb.cohortWon++;
    else if (outcome === 'lost') cb.cohortLost++;
    else cb.cohortOpen++;
  }
  if (outcome === 'open') {
    if (createdValue) {
      st.openDates.push(dateNum(createdValue));
      st.openAmounts.push(amount ?? NaN);
    } else s.unplacedOpen++;
    return;
  }
  if (!closedValue) return;
  const b = bucket(st, periodFor(s, closedValue));
  if (outcome === 'lost') {
    b.lost++;
    return;
  }
  b.won++;
  if (amount !== null) {
    b.wonAmountSum += amount;
    b.wonAmountCount++;
  }
  if (!createdValue) return;
  const days = dayNumber(closedValue) - dayNumber(createdValue);
  if (days >= 0) b.cycle.push(days);
  else
    cellWarns.push({
      column: s.headers[s.closeCol as number] ?? '',
      value: formatIsoDate(closedValue),
      reason: 'closed before it was created; left out of the cycle time',
    });
}

/** The deal's amount, or null when the column is empty or the cell cannot be read (listed). */
function readAmount(s: SessionState, cells: Cell[], i: number, cellErrs: CellErr[], cellWarns: CellErr[]): number | null {
  const c = cells[i] ?? null;
  // Common shapes without allocating a Parsed result; the rest as readNumber reads them.
  const fast = typeof c === 'string' && !s.mixedNumbers[i] ? (c === '' ? null : fastNumber(c, s.numberFmt[i] === 'eu')) : undefined;
  let amount: number | null = null;
  if (fast !== undefined) amount = fast;
  else {
    const r = readNumber(s, c, i);
    if (!r.ok) cellErrs.push(cellError(s, i, c, `amount: ${r.reason}; counted as unknown`));
    else {
      amount = r.value;
      if (r.warning) cellWarns.push(cellError(s, i, c, r.warning));
      if (r.currency) {
        const first = s.currencyByCol.get(i);
        if (first === undefined) s.currencyByCol.set(i, r.currency);
        else if (first !== r.currency) {
          cellErrs.push(cellError(s, i, c, `amount in ${r.currency}, but this column is in ${first}; counted as unknown`));
          amount = null;
        }
      }
    }
  }
  if (amount !== null && amount < 0) {
    cellErrs.push(cellError(s, i, c, 'amount cannot be negative (a refund or credit note is not a deal); counted as unknown'));
    amount = null;
  }
  return amount;
}

/** Reads an optional date; an unreadable one returns null and is left in `s.badDate`. */
function readOptionalDate(s: SessionState, cells: Cell[], i: number | undefined, f: CanonicalField, cellWarns: CellErr[]): DateParts | null {
  s.badDate = null;
  if (i === undefined) return null;
  const c = cells[i] ?? null;
  const d = readDate(s, c, i);
  if (!d.ok) {
    s.badDate = cellError(s, i, c, `${FIELD_LABELS[f].toLowerCase()}: ${d.reason}`);
    return null;
  }
  if (d.warning) cellWarns.push(cellError(s, i, c, d.warning));
  return d.value;
}
