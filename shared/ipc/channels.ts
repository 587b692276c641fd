// Channel names only, no imports: the sandboxed preload bundles this file and nothing else.
export const CHANNELS = {
  openFile: 'candor:open-file',
  saveFile: 'candor:save-file',
  appVersion: 'candor:app-version',
  backupWrite: 'candor:backup-write',
  backupList: 'candor:backup-list',
  backupRead: 'candor:backup-read',
  backupFolder: 'candor:backup-folder',
  notify: 'candor:notify',
} as const;

export type ChannelKey = keyof typeof CHANNELS;
