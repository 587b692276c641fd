// Row handler of a period sheet: one row per rep and period with the metrics already counted.
import { nameKey } from '@shared/schemas/common';
import type { MetricKey, MetricValues } from '@shared/schemas/metrics';
import { COUNT_FIELDS, FIELD_LABELS, MONEY_FIELDS } from './mapping';
import { NUMERIC_FIELDS } from './session-types';
import type { CellErr, RepState, RowHandler, SessionState } from './session-state';
import { cellError, cellText, yearProblem } from './session-state';
import { unknownValues } from './cell-fast';
import { readDate, readNumber } from './format-decider';
import type { Cell } from './values';
import { cleanName, formatIsoDate, parsePeriodCell } from './values';

export const handlePeriodRow: RowHandler = (s, cells, row, st, cellErrs, cellWarns) => {
  const pi = s.col.get('period') as number;
  const pc = cells[pi] ?? null;
  s.periodSheetRows++;
  if ((typeof pc === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(pc)) || (typeof pc === 'number' && pc < 20_000)) s.numericPeriodCells++;
  const p = parsePeriodCell(pc, s.periodKind, s.dateOrd[pi] ?? 'mdy');
  if (!p.ok) return cellError(s, pi, pc, p.reason);
  if (p.value === null) return cellError(s, pi, pc, 'no period: the row cannot be placed');
  const impossible = yearProblem(s, Number(p.value.key.slice(0, 4)), p.value.key);
  if (impossible) return cellError(s, pi, pc, impossible);
  s.sheetKind ??= { kind: p.value.kind, row };
  if (p.value.kind !== s.sheetKind.kind)
    return cellError(
      s,
      pi,
      pc,
      `${p.value.key} is a ${p.value.kind}, but this sheet holds ${s.sheetKind.kind}s (from row ${s.sheetKind.row}): one sheet holds one kind of period`,
    );
  const dupKey = nameKey(st.name) + '\u0000' + p.value.key;
  if (s.seenPeriodRows.has(dupKey)) return cellError(s, pi, pc, `a second row for ${st.name} in ${p.value.key}; the first one is kept`);
  s.seenPeriodRows.add(dupKey);
  const values = readValues(s, cells, cellErrs, cellWarns);
  if (s.col.has('role')) {
    const r = cellText(cells[s.col.get('role') as number]);
    if (r !== '') st.role ??= cleanName(r, 40).name || null;
  }
  const startDate = readStartDate(s, cells, st, cellErrs);
  s.periodRows.push({ rep: st.name, role: st.role, startDate: startDate ?? st.startDate, period: p.value.key, periodKind: p.value.kind, values });
  return null;
};

/** The row's metric values; a cell that cannot be one is listed and left unknown. */
function readValues(s: SessionState, cells: Cell[], cellErrs: CellErr[], cellWarns: CellErr[]): MetricValues {
  const values: MetricValues = unknownValues();
  for (const [field, i] of s.col) {
    if (!NUMERIC_FIELDS.has(field)) continue;
    const c = cells[i] ?? null;
    const r = readNumber(s, c, i);
    if (!r.ok) {
      cellErrs.push(cellError(s, i, c, `${FIELD_LABELS[field]}: ${r.reason}`));
      continue;
    }
    if (r.warning) cellWarns.push(cellError(s, i, c, r.warning));
    let v = r.value;
    if (v === null) continue;
    if (field === 'winRate') {
      const isPct = typeof c === 'string' && c.includes('%');
      if (!isPct && s.rateScale[i] === 'percent') v = v / 100;
      if (v < 0 || v > 1) {
        cellErrs.push(cellError(s, i, c, 'win rate must be between 0% and 100%'));
        continue;
      }
    } else if (typeof c === 'string' && c.includes('%') && field !== 'csat') {
      cellErrs.push(cellError(s, i, c, `${FIELD_LABELS[field]}: a percentage where a number was expected`));
      continue;
    } else if (field === 'csat' && typeof c === 'string' && c.includes('%')) {
      v = v * 100; // CSAT kept on the file's own scale: "92%" → 92
    }
    if (COUNT_FIELDS.has(field) && v < 0) {
      cellErrs.push(cellError(s, i, c, `${FIELD_LABELS[field]} cannot be negative`));
      continue;
    }
    if (MONEY_FIELDS.has(field) && v < 0) {
      cellErrs.push(cellError(s, i, c, `${FIELD_LABELS[field]} cannot be negative (a refund or correction is not money won or owed)`));
      continue;
    }
    values[field as MetricKey] = v;
  }
  return values;
}

/** The row's start date (the rep keeps the first one given), or null. */
function readStartDate(s: SessionState, cells: Cell[], st: RepState, cellErrs: CellErr[]): string | null {
  const i = s.col.get('startDate');
  if (i === undefined) return null;
  let startDate: string | null = null;
  const c = cells[i] ?? null;
  const d = readDate(s, c, i);
  if (!d.ok) cellErrs.push(cellError(s, i, c, `start date: ${d.reason}`));
  else if (d.value) startDate = formatIsoDate(d.value);
  if (startDate) st.startDate ??= startDate;
  return startDate;
}
