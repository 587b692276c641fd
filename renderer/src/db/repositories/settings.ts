import { settingsSchema, type Settings } from '@shared/schemas';
import { getSettings as readSettings } from '@shared/app/settings';
import { systemClock, type Clock } from '@shared/lib/ids';
import type { CandorDB } from '../db';
import { dexieStore } from '../store';

export { defaultSettings } from '@shared/app/settings';

export async function getSettings(db: CandorDB, clock: Clock = systemClock): Promise<Settings> {
  return readSettings(dexieStore(db), clock);
}

export async function saveSettings(db: CandorDB, patch: Partial<Omit<Settings, 'id'>>, clock: Clock = systemClock): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const current = await getSettings(db, clock);
    const next = settingsSchema.parse({ ...current, ...patch, id: 'app', updatedAt: clock().toISOString() });
    await db.settings.put(next);
    return next;
  });
}
