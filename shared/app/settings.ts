// The app's settings row, read the same way by the app and the CLI: the stored row, or the
// defaults a new installation starts with.
import { DEFAULT_DIAGNOSIS_SETTINGS, type Settings } from '../schemas/settings';
import { systemClock, type Clock } from '../lib/ids';
import type { Store } from './store';

export const SETTINGS_ID = 'app';

export function defaultSettings(now: Date): Settings {
  return {
    id: SETTINGS_ID,
    diagnosis: { ...DEFAULT_DIAGNOSIS_SETTINGS },
    defaultPeriodKind: 'month',
    currency: 'USD',
    managerName: '',
    onboardedAt: null,
    updatedAt: now.toISOString(),
  };
}

export async function getSettings(store: Store, clock: Clock = systemClock): Promise<Settings> {
  return (await store.table('settings').get(SETTINGS_ID)) ?? defaultSettings(clock());
}
