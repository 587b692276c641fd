import type { App, Session, WebContents } from 'electron';
import { isAllowedExternal, isAppUrl } from './window';
import type { SenderInfo } from './ipc/register';

/** IPC is answered only for the app's own top-level frame. */
export function isTrustedSender(info: SenderInfo): boolean {
  return info.isMainFrame && info.senderFrameUrl !== null && isAppUrl(info.senderFrameUrl);
}

/** Deny navigation away from the app, new windows, webviews. */
export function guardWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url)) openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Deny every permission and every request that is not to the app itself, and keep the
 * spell-checker off: on Windows and Linux it downloads Hunspell dictionaries from Google.
 */
export function guardSession(session: Session): void {
  session.setSpellCheckerEnabled(false);
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = details.url.startsWith('app://candor/') || details.url.startsWith('devtools://');
    callback({ cancel: !allowed });
  });
}

export function installGlobalGuards(app: App, openExternal: (url: string) => void): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal));
}

/** Reads who sent an IPC message from the real Electron event: its frame's URL and whether it is the top frame. */
export function senderInfoOf(event: unknown): SenderInfo {
  const e = event as { senderFrame?: { url?: string } | null; sender?: { mainFrame?: unknown } } | null;
  const frame = e?.senderFrame ?? null;
  return {
    senderFrameUrl: typeof frame?.url === 'string' ? frame.url : null,
    isMainFrame: frame !== null && frame === e?.sender?.mainFrame,
  };
}

/**
 * Development and packaged builds keep their data apart, so trying a build never touches the
 * manager's real data: packaged → <appData>/Candor, development → <appData>/Candor (development).
 */
export function userDataFolder(appData: string, isPackaged: boolean, join: (...p: string[]) => string): string {
  return join(appData, isPackaged ? 'Candor' : 'Candor (development)');
}
