// Signs that the mapping or the file is wrong (a list of accounts mapped as a team, a year
// column taken as the period); each one blocks the import until the user looks.
import type { RepPeriodRow } from './contract';
import type { ImportCheck } from './session-types';
import { MAX_REPS, MAX_STAGE_VALUES } from './session-types';
import type { SessionState } from './session-state';

/** The checks this import fails, in a fixed order. */
export function sanityChecks(s: SessionState, periods: RepPeriodRow[]): ImportCheck[] {
  const checks: ImportCheck[] = [];
  const names = [...s.reps.values()].filter((r) => r.accepted > 0);
  const numeric = names.filter((r) => /^[\d\s.,%$€£+\-()]+$/.test(r.name));
  if (names.length >= 3 && numeric.length * 2 >= names.length) {
    const eg = numeric
      .slice(0, 3)
      .map((r) => `“${r.name}”`)
      .join(', ');
    checks.push({
      id: 'rep-names-are-numbers',
      message: `${numeric.length.toLocaleString('en')} of the ${names.length.toLocaleString('en')} rep names are numbers (${eg}). The column chosen for the rep (“${s.headers[s.repCol ?? -1] ?? ''}”) probably holds counts or IDs, not people.`,
    });
  }
  if (s.kind === 'period-sheet' && s.periodSheetRows > 0 && s.numericPeriodCells * 2 >= s.periodSheetRows) {
    const years = [...new Set(periods.map((p) => p.period))].slice(0, 2);
    checks.push({
      id: 'periods-from-numbers',
      message: `The period column (“${s.headers[s.col.get('period') ?? -1] ?? ''}”) holds plain numbers, not dates or months${years.length ? `; read as spreadsheet day numbers they give periods like ${years.join(', ')}` : ''}. It is probably a year or a count. Choose the column with the month or the date.`,
    });
  }
  const periodsSeen = new Set(periods.map((p) => p.period)).size;
  const single = names.filter((r) => r.accepted === 1).length;
  if (names.length >= 20 && single >= names.length * 0.8 && (s.kind !== 'period-sheet' || periodsSeen > 1)) {
    checks.push({
      id: 'one-row-per-rep',
      message: `Almost every rep name appears on one row only (${single.toLocaleString('en')} of ${names.length.toLocaleString('en')} names). This looks like a list of accounts, contacts or products, not a team's figures over time.`,
    });
  }
  if (s.rowsRead > 0 && s.rowsRejected * 2 > s.rowsRead) {
    checks.push({
      id: 'most-rows-rejected',
      message: `More than half the rows could not be read (${s.rowsRejected.toLocaleString('en')} of ${s.rowsRead.toLocaleString('en')}). The mapping or the file is probably not the right one.`,
    });
  }
  if (s.kind === 'deals' && s.rowsAccepted > 0 && ![...s.stageEntries.values()].some((e) => e.outcome !== 'open')) {
    const eg = [...s.stageEntries.keys()]
      .slice(0, 3)
      .map((v) => `“${v}”`)
      .join(', ');
    checks.push({
      id: 'no-closed-stages',
      message: `None of the stage values (${eg}${s.stageEntries.size > 3 ? '…' : ''}) means won or lost, so no deal would count as won or lost. Check the column chosen for the stage (“${s.headers[s.stageCol ?? -1] ?? ''}”) and what each value means.`,
    });
  }
  if (s.rowsAccepted > 0 && periods.length === 0)
    checks.push({
      id: 'nothing-in-a-period',
      message: 'No row could be placed in a period: the columns chosen hold no usable dates. Nothing would appear on the Team page.',
    });
  if (s.repsOverCap > 0)
    checks.push({
      id: 'too-many-reps',
      message: `The rep column holds more than ${MAX_REPS.toLocaleString('en')} different names; ${s.repsOverCap.toLocaleString('en')} rows naming further ones were left out. A team export has far fewer.`,
    });
  if (s.stageEntries.size >= MAX_STAGE_VALUES)
    checks.push({
      id: 'too-many-stages',
      message: `The stage column holds ${MAX_STAGE_VALUES} or more different values; it does not look like deal stages.`,
    });
  return checks;
}
