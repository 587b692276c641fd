import { backupFolder, backupList, backupRead, backupWrite } from './handlers/backups';
import { appVersion, notify, openFile, saveFile } from './handlers/files';
import type { Handlers } from './register';

export const handlers: Handlers = { openFile, saveFile, appVersion, backupWrite, backupList, backupRead, backupFolder, notify };
