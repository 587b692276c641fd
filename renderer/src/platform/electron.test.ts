import { describe, expect, it } from 'vitest';
import type { CandorApi } from '@shared/ipc/contract';
import { electronPlatform } from './electron';

function api(overrides: Partial<Record<keyof CandorApi, () => Promise<unknown>>>): CandorApi {
  const refuse = async () => ({ ok: false, error: { code: 'x', message: 'refused' } });
  return {
    openFile: refuse,
    saveFile: refuse,
    appVersion: refuse,
    backupWrite: refuse,
    backupList: refuse,
    backupRead: refuse,
    backupFolder: refuse,
    ...overrides,
  } as unknown as CandorApi;
}

describe('the desktop platform checks every answer from main', () => {
  it('passes a well-formed answer through', async () => {
    const p = electronPlatform(api({ appVersion: async () => ({ ok: true, value: { version: '1.0.0' } }) }));
    expect(await p.appVersion()).toBe('1.0.0');
  });

  it.each<[string, unknown]>([
    ['a value of the wrong shape', { ok: true, value: { version: 42 } }],
    ['no envelope at all', 'hello'],
    ['null', null],
    ['extra fields on a strict answer', { ok: true, value: { path: '/x', script: 'alert(1)' } }],
  ])('refuses %s', async (_l, answer) => {
    const p = electronPlatform(api({ appVersion: async () => answer, backupFolder: async () => answer }));
    await expect(_l.startsWith('extra') ? p.localBackups?.folder() : p.appVersion()).rejects.toMatchObject({ code: 'invalid-response' });
  });

  it('turns a refusal from main into an error with its message', async () => {
    await expect(electronPlatform(api({})).appVersion()).rejects.toThrow('refused');
  });

  it('refuses a backup list with a name that is not a backup name', async () => {
    const p = electronPlatform(
      api({ backupList: async () => ({ ok: true, value: [{ name: '../../etc/passwd', createdAt: '2026-12-01T00:00:00.000Z', size: 1 }] }) }),
    );
    await expect(p.localBackups?.list()).rejects.toMatchObject({ code: 'invalid-response' });
  });
});
