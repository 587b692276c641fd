import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, Notification, type BrowserWindow } from 'electron';
import type { BackupStore, Services } from './types';

/** Rolling backups live in <user data>/backups. Handlers validate names; this joins them to the folder only. */
export function folderBackupStore(folder: string): BackupStore {
  const inside = (name: string) => {
    const p = path.join(folder, name);
    if (path.dirname(p) !== folder) throw new Error('Backup name escapes its folder');
    return p;
  };
  return {
    folder: () => folder,
    async list() {
      await mkdir(folder, { recursive: true });
      const out: { name: string; size: number }[] = [];
      for (const entry of await readdir(folder, { withFileTypes: true })) {
        if (entry.isFile()) out.push({ name: entry.name, size: (await stat(path.join(folder, entry.name))).size });
      }
      return out;
    },
    async write(name, text) {
      await mkdir(folder, { recursive: true });
      // Write beside, then rename: a crash mid-write never leaves a half backup under a real name.
      const tmp = inside(`${name}.partial`);
      await writeFile(tmp, text, 'utf8');
      await rename(tmp, inside(name));
      return (await stat(inside(name))).size;
    },
    read: (name) => readFile(inside(name), 'utf8'),
    remove: (name) => unlink(inside(name)),
  };
}

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
    backups: folderBackupStore(path.join(app.getPath('userData'), 'backups')),
    now: () => new Date(),
    notify: ({ title, body }) => {
      if (!Notification.isSupported()) return false;
      new Notification({ title, body, silent: false }).show();
      return true;
    },
  };
}
