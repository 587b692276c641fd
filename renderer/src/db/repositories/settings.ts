import { DEFAULT_DIAGNOSIS_SETTINGS, settingsSchema, type Settings } from '../../../../shared/schemas';
import { systemClock, type Clock } from '../../../../shared/lib/ids';
import type { CandorDB } from '../db';

export function defaultSettings(now: Date): Settings {
  return {
    id: 'app',
    diagnosis: { ...DEFAULT_DIAGNOSIS_SETTINGS },
    defaultPeriodKind: 'month',
    currency: 'USD',
    managerName: '',
    onboardedAt: null,
    updatedAt: now.toISOString(),
  };
}

export async function getSettings(db: CandorDB, clock: Clock = systemClock): Promise<Settings> {
  return (await db.settings.get('app')) ?? defaultSettings(clock());
}

export async function saveSettings(db: CandorDB, patch: Partial<Omit<Settings, 'id'>>, clock: Clock = systemClock): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const current = await getSettings(db, clock);
    const next = settingsSchema.parse({ ...current, ...patch, id: 'app', updatedAt: clock().toISOString() });
    await db.settings.put(next);
    return next;
  });
}
