import type { BrowserWindowConstructorOptions } from 'electron';

export const APP_ORIGIN = 'app://candor';
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** The one place window options are decided. Locked down; unit-tested. */
export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 840,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Candor',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // The spell-checker would download dictionaries (Windows, Linux): Candor makes no request at all.
      spellcheck: false,
    },
  };
}

/** True only for URLs inside the app's own origin. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'app:' && u.host === 'candor';
  } catch {
    return false;
  }
}

/** Hosts of external links the app may hand to the system browser. The app has none today. */
const EXTERNAL_ALLOWLIST = new Set<string>();

export function isAllowedExternal(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && EXTERNAL_ALLOWLIST.has(u.hostname);
  } catch {
    return false;
  }
}
