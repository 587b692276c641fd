import type { CandorApi } from '../../../shared/ipc/contract';
import { PlatformError, type Platform } from './types';

export function electronPlatform(api: CandorApi): Platform {
  return {
    kind: 'electron',
    async pickFile({ title, extensions }) {
      const res = await api.openFile({ title, filters: [{ name: 'Spreadsheets', extensions }] });
      if (!res.ok) throw new PlatformError(res.error.code, res.error.message);
      return res.value.canceled ? null : { name: res.value.name, bytes: res.value.bytes };
    },
    async saveFile({ suggestedName, bytes, filterName, extensions }) {
      const res = await api.saveFile({ suggestedName, bytes, filters: [{ name: filterName, extensions }] });
      if (!res.ok) throw new PlatformError(res.error.code, res.error.message);
      return res.value.canceled ? null : res.value.name;
    },
    async appVersion() {
      const res = await api.appVersion();
      if (!res.ok) throw new PlatformError(res.error.code, res.error.message);
      return res.value.version;
    },
  };
}
