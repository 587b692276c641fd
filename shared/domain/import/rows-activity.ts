// Row handler of an activity export: one call, email or meeting per row, counted in the period
// of its date.
import type { RowHandler } from './session-state';
import { bucket, cellError, cellText, periodFor, yearProblem } from './session-state';
import { readDate } from './format-decider';
import { classifyActivity } from './mapping';
import { formatIsoDate } from './values';

export const handleActivityRow: RowHandler = (s, cells, row, st, _cellErrs, cellWarns) => {
  const ti = s.col.get('activityType') as number;
  const di = s.col.get('activityDate') as number;
  const type = cellText(cells[ti]);
  if (type === '') return cellError(s, ti, cells[ti], 'no activity type');
  const c = cells[di] ?? null;
  const d = readDate(s, c, di);
  if (!d.ok) return cellError(s, di, c, `activity date: ${d.reason}`);
  if (d.value === null) return cellError(s, di, c, 'no activity date: the row cannot be placed in a period');
  const late = yearProblem(s, d.value.y, 'an activity');
  if (late) return cellError(s, di, c, late);
  if (d.warning) cellWarns.push(cellError(s, di, c, d.warning));
  let cls = s.activityClassCache.get(type);
  if (cls === undefined) {
    cls = classifyActivity(type);
    if (s.activityClassCache.size > 20_000) s.activityClassCache.clear();
    s.activityClassCache.set(type, cls);
  }
  s.activityClassesSeen.add(cls);
  const b = bucket(st, periodFor(s, d.value));
  if (cls === 'call') b.calls++;
  else if (cls === 'email') b.emails++;
  else if (cls === 'meeting') b.meetings++;
  else if (cls === 'meetingBooked') b.booked++;
  if (s.keepRecords) s.activities.push({ row, rep: st.name, type: cls === 'meetingBooked' ? 'meeting' : cls, date: formatIsoDate(d.value) });
  return null;
};
