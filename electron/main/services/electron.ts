import { readFile, stat, writeFile } from 'node:fs/promises';
import { app, dialog, type BrowserWindow } from 'electron';
import type { Services } from './types';

export function electronServices(getWindow: () => BrowserWindow | null): Services {
  return {
    dialog: {
      async showOpen({ title, filters }) {
        const win = getWindow();
        const options = { title, filters, properties: ['openFile' as const] };
        return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
      },
      async showSave({ defaultPath, filters }) {
        const win = getWindow();
        const options = { defaultPath, filters };
        return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
      },
    },
    fs: {
      size: async (p) => (await stat(p)).size,
      read: async (p) => new Uint8Array(await readFile(p)),
      write: async (p, bytes) => writeFile(p, bytes),
    },
    appVersion: () => app.getVersion(),
  };
}
