import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { app, BrowserWindow, ipcMain, protocol, session, shell } from 'electron';
import { handlers } from './ipc';
import { registerIpc } from './ipc/register';
import { CSP, mimeFor, resolveAppPath } from './protocol';
import { guardSession, installGlobalGuards, isTrustedSender, senderInfoOf, userDataFolder } from './security';
import { electronServices } from './services/electron';
import { APP_ENTRY, windowOptions } from './window';

// Before anything reads it: development builds never share the packaged app's data.
app.setPath('userData', userDataFolder(app.getPath('appData'), app.isPackaged, path.join));

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let mainWindow: BrowserWindow | null = null;

async function createWindow(): Promise<void> {
  mainWindow = new BrowserWindow(windowOptions(path.join(import.meta.dirname, '../preload/index.cjs')));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await mainWindow.loadURL(APP_ENTRY);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  installGlobalGuards(app, (url) => void shell.openExternal(url));

  void app.whenReady().then(async () => {
    const rendererRoot = path.join(import.meta.dirname, '../renderer');
    // Every answer carries the Content-Security-Policy, a refusal too.
    const notFound = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain', 'content-security-policy': CSP } });
    protocol.handle('app', async (request) => {
      const file = resolveAppPath(rendererRoot, request.url);
      if (!file) return notFound();
      try {
        const body = await readFile(file);
        return new Response(body, { headers: { 'content-type': mimeFor(file), 'content-security-policy': CSP } });
      } catch {
        return notFound();
      }
    });
    guardSession(session.defaultSession);
    registerIpc(
      ipcMain,
      handlers,
      electronServices(() => mainWindow),
      isTrustedSender,
      senderInfoOf,
    );
    await createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
