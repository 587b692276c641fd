import type { LocalBackupKind } from '@shared/ipc/contract';

export type PickedFile = { name: string; bytes: Uint8Array };
export type SaveRequest = { suggestedName: string; bytes: Uint8Array; mimeType: string; filterName: string; extensions: string[] };

/** Everything the UI may ask of the platform. The UI never touches window.api directly. */
export type Platform = {
  kind: 'electron' | 'web' | 'fake';
  /** Native open dialog in the desktop app. In a browser the page's own file input is used instead, so this returns null. */
  pickFile(options: { title: string; extensions: string[] }): Promise<PickedFile | null>;
  /** Save bytes to a file the user chooses (desktop) or as a download (browser). Returns the saved name, or null if cancelled. */
  saveFile(request: SaveRequest): Promise<string | null>;
  /**
   * Whether a name back from saveFile means the file was written. In a browser it only means a
   * download started: the manager may still cancel the "Save as" dialog, and the page never knows.
   */
  knowsWhenSaved: boolean;
  appVersion(): Promise<string>;
  /** Desktop only: a system notification (false when the system shows none). In a browser the app shows it itself. */
  notify?: (title: string, body: string) => Promise<boolean>;
  /** Desktop only: rolling backups kept in Candor's user-data folder. Absent in a browser. */
  localBackups?: LocalBackups;
};

export type LocalBackup = { name: string; kind: LocalBackupKind; createdAt: string; size: number };
export type LocalBackups = {
  list(): Promise<LocalBackup[]>;
  /**
   * Writes one backup file. A rolling one prunes old rolling ones (several today, one a day for
   * a week, ten in all); a `before-restore` copy is kept apart and never pruned.
   */
  write(createdAt: string, text: string, kind?: LocalBackupKind): Promise<LocalBackup>;
  read(name: string): Promise<string>;
  /** Where the files are, to show the manager. */
  folder(): Promise<string>;
};

export class PlatformError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
