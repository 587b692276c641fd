/** The platform services IPC handlers use, injected so handlers test without Electron. */
export type FileFilter = { name: string; extensions: string[] };

export type DialogService = {
  showOpen(options: { title: string; filters: FileFilter[] }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSave(options: { defaultPath: string; filters: FileFilter[] }): Promise<{ canceled: boolean; filePath?: string | undefined }>;
};

export type FsService = {
  size(filePath: string): Promise<number>;
  read(filePath: string): Promise<Uint8Array>;
  write(filePath: string, bytes: Uint8Array): Promise<void>;
};

/** The rolling-backup folder (in the user-data folder). Names are checked by the handlers. */
export type BackupStore = {
  folder(): string;
  list(): Promise<{ name: string; size: number }[]>;
  write(name: string, text: string): Promise<number>;
  read(name: string): Promise<string>;
  remove(name: string): Promise<void>;
};

export type Services = {
  dialog: DialogService;
  fs: FsService;
  appVersion: () => string;
  backups: BackupStore;
  now: () => Date;
  /** Shows a system notification; false where the system has none. */
  notify: (n: { title: string; body: string }) => boolean;
};
