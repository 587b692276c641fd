import { appVersion, openFile, saveFile } from './handlers/files';
import type { Handlers } from './register';

export const handlers: Handlers = { openFile, saveFile, appVersion };
