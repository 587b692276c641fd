/** Today on this computer's calendar, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** A stored day (YYYY-MM-DD) as the date formatter reads it: noon, so no time zone moves it to another day. */
export const noonOf = (day: string) => `${day}T12:00:00`;
