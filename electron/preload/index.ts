// Sandboxed preload: one function per channel, no logic, no node_modules beyond electron.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '@shared/ipc/channels';
import type { CandorApi } from '@shared/ipc/contract';

const api: CandorApi = {
  openFile: (request) => ipcRenderer.invoke(CHANNELS.openFile, request),
  saveFile: (request) => ipcRenderer.invoke(CHANNELS.saveFile, request),
  appVersion: () => ipcRenderer.invoke(CHANNELS.appVersion),
  backupWrite: (request) => ipcRenderer.invoke(CHANNELS.backupWrite, request),
  backupList: () => ipcRenderer.invoke(CHANNELS.backupList),
  backupRead: (request) => ipcRenderer.invoke(CHANNELS.backupRead, request),
  backupFolder: () => ipcRenderer.invoke(CHANNELS.backupFolder),
  notify: (request) => ipcRenderer.invoke(CHANNELS.notify, request),
};

contextBridge.exposeInMainWorld('api', api);
