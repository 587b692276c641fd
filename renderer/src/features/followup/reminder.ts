// The day before a check-in: the desktop app raises a system notification once that day; the
// browser build, which may not raise one, says it inside the app (a notice that stays until the
// day is over and a toast once). Either way it is said once a day, not on every page.
import { useEffect } from 'react';
import { dueTomorrow, type ScheduledCheckIn } from '@shared/domain/checkin';
import { isoDay } from '@shared/domain/plan';
import type { CheckIn, Plan } from '@shared/schemas';
import { useStoreQuery } from '@renderer/db/hooks';
import { usePlatform } from '@renderer/platform';
import { useAppStore } from '@renderer/state/store';
import { useFormat } from '@renderer/ui/format';

const SAID = 'candor.checkin-reminded';

/** "Check-ins tomorrow (Dec 15, 2026): Farid Haddad, Hugo Silva." */
export function reminderText(list: readonly ScheduledCheckIn[], names: (repId: string) => string, date: string): string {
  return `${list.length === 1 ? 'Check-in' : 'Check-ins'} tomorrow (${date}): ${list.map((c) => names(c.repId)).join(', ')}.`;
}

function saidToday(day: string): boolean {
  try {
    if (localStorage.getItem(SAID) === day) return true;
    localStorage.setItem(SAID, day);
  } catch {
    // No storage: say it (once per page load).
  }
  return false;
}

/** Raises the reminder for tomorrow's check-ins once a day; returns them for the in-app notice. */
export function useCheckInReminder(): { list: ScheduledCheckIn[]; text: string } | null {
  const platform = usePlatform();
  const notify = useAppStore((s) => s.notify);
  const fmt = useFormat();
  const today = isoDay(new Date());
  const data = useStoreQuery(
    async (s) => ({ plans: await s.table('plans').all(), checkIns: await s.table('checkIns').all(), reps: await s.table('reps').all() }),
    [],
  );
  const list = data ? dueTomorrow(data.plans as Plan[], data.checkIns as CheckIn[], today) : [];
  const names = (repId: string) => data?.reps.find((r) => r.id === repId)?.name ?? 'a rep';
  const text = list.length > 0 ? reminderText(list, names, fmt.date(list[0]?.due ?? today)) : '';
  useEffect(() => {
    if (!text || saidToday(today)) return;
    if (platform.notify)
      void platform.notify('Candor', text).then(
        (shown) => (shown ? undefined : notify('info', text)),
        () => notify('info', text),
      );
    else notify('info', text);
  }, [text, today, platform, notify]);
  return list.length > 0 ? { list, text } : null;
}
