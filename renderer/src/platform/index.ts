import { createContext, useContext } from 'react';
import type { CandorApi } from '@shared/ipc/contract';
import { electronPlatform } from './electron';
import type { Platform } from './types';
import { webPlatform } from './web';

export type { Platform, PickedFile, SaveRequest, LocalBackup, LocalBackups } from './types';
export { PlatformError } from './types';

/** Picks the adapter for where the renderer runs: the desktop bridge if present, else the browser. */
export function detectPlatform(w: Window & { api?: CandorApi } = window): Platform {
  return w.api ? electronPlatform(w.api) : webPlatform(w.document);
}

export const PlatformContext = createContext<Platform | null>(null);

export function usePlatform(): Platform {
  const p = useContext(PlatformContext);
  if (!p) throw new Error('PlatformContext is missing');
  return p;
}
