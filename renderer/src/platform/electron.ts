import type { ChannelKey } from '@shared/ipc/channels';
import { contract, type CandorApi, type Envelope, type Response } from '@shared/ipc/contract';
import { PlatformError, type Platform } from './types';

/** Unwraps an IPC envelope and checks the value against the channel's response schema. */
export async function unwrap<K extends ChannelKey>(key: K, call: Promise<Envelope<Response<K>>>): Promise<Response<K>> {
  const res = await call;
  if (!res || typeof res !== 'object' || typeof res.ok !== 'boolean')
    throw new PlatformError('invalid-response', 'The desktop side gave an answer Candor did not expect.');
  if (!res.ok) throw new PlatformError(res.error.code, res.error.message);
  const checked = contract[key].response.safeParse(res.value);
  if (!checked.success) throw new PlatformError('invalid-response', 'The desktop side gave an answer Candor did not expect.');
  return checked.data as Response<K>;
}

export function electronPlatform(api: CandorApi): Platform {
  return {
    kind: 'electron',
    knowsWhenSaved: true,
    async pickFile({ title, extensions }) {
      const v = await unwrap('openFile', api.openFile({ title, filters: [{ name: 'Spreadsheets', extensions }] }));
      return v.canceled ? null : { name: v.name, bytes: v.bytes };
    },
    async saveFile({ suggestedName, bytes, filterName, extensions }) {
      const v = await unwrap('saveFile', api.saveFile({ suggestedName, bytes, filters: [{ name: filterName, extensions }] }));
      return v.canceled ? null : v.name;
    },
    async appVersion() {
      return (await unwrap('appVersion', api.appVersion())).version;
    },
    notify: async (title, body) => (await unwrap('notify', api.notify({ title: title.slice(0, 120), body: body.slice(0, 500) }))).shown,
    localBackups: {
      list: () => unwrap('backupList', api.backupList()),
      write: (createdAt, text, kind) => unwrap('backupWrite', api.backupWrite(kind ? { createdAt, text, kind } : { createdAt, text })),
      read: async (name) => (await unwrap('backupRead', api.backupRead({ name }))).text,
      folder: async () => (await unwrap('backupFolder', api.backupFolder())).path,
    },
  };
}
