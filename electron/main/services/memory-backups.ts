import type { BackupStore } from './types';

/** A backup folder held in memory, for tests of the handlers (the real one is folderBackupStore). */
export function memoryBackups(files = new Map<string, string>()): BackupStore & { files: Map<string, string> } {
  return {
    files,
    folder: () => '/home/m/.config/Candor/backups',
    list: async () => [...files].map(([name, text]) => ({ name, size: text.length })),
    write: async (name, text) => {
      files.set(name, text);
      return text.length;
    },
    read: async (name) => files.get(name) ?? '',
    remove: async (name) => void files.delete(name),
  };
}
