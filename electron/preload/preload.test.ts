import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '@shared/ipc/channels';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: { invoke: (...args: unknown[]) => invoke(...args) },
}));

describe('preload', () => {
  beforeEach(async () => {
    invoke.mockClear();
    vi.resetModules();
    await import('./index');
  });

  it('exposes exactly one function per channel under window.api, and nothing else', () => {
    const api = exposed.api as Record<string, unknown>;
    expect(Object.keys(exposed)).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual(Object.keys(CHANNELS).sort());
    for (const fn of Object.values(api)) expect(typeof fn).toBe('function');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  it('forwards each call to its own channel only', async () => {
    const api = exposed.api as { openFile: (r: unknown) => Promise<unknown>; appVersion: () => Promise<unknown> };
    await api.openFile({ title: 't', filters: [] });
    await api.appVersion();
    expect(invoke.mock.calls).toEqual([[CHANNELS.openFile, { title: 't', filters: [] }], [CHANNELS.appVersion]]);
  });
});
