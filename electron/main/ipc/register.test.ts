import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/ipc/channels';
import { MAX_SAVE_BYTES } from '../../../shared/ipc/contract';
import { isTrustedSender } from '../security';
import type { Services } from '../services/types';
import { handlers } from './index';
import { makeListener, registerIpc, type SenderInfo } from './register';

vi.mock('electron', () => ({}));

function fakeServices(overrides: Partial<Services> = {}): Services & { written: { path: string; bytes: Uint8Array }[] } {
  const written: { path: string; bytes: Uint8Array }[] = [];
  return {
    written,
    dialog: {
      showOpen: async () => ({ canceled: false, filePaths: ['/home/m/reports/team.csv'] }),
      showSave: async ({ defaultPath }) => ({ canceled: false, filePath: `/home/m/docs/${defaultPath}` }),
    },
    fs: {
      size: async () => 12,
      read: async () => new Uint8Array([1, 2, 3]),
      write: async (p, bytes) => void written.push({ path: p, bytes }),
    },
    appVersion: () => '1.2.3',
    ...overrides,
  };
}

const trusted: SenderInfo = { senderFrameUrl: 'app://candor/index.html', isMainFrame: true };
const senderOf = (e: unknown) => e as SenderInfo;

describe('IPC listeners', () => {
  it('registers one listener per declared channel', () => {
    const handle = vi.fn();
    registerIpc({ handle }, handlers, fakeServices(), isTrustedSender, senderOf);
    expect(handle.mock.calls.map((c) => c[0]).sort()).toEqual(Object.values(CHANNELS).sort());
  });

  it('opens a file chosen in the dialog and returns its name and bytes', async () => {
    const listener = makeListener('openFile', handlers.openFile, fakeServices(), isTrustedSender, senderOf);
    const res = await listener(trusted, { title: 'Import', filters: [{ name: 'CSV', extensions: ['csv'] }] });
    expect(res).toEqual({ ok: true, value: { canceled: false, name: 'team.csv', bytes: new Uint8Array([1, 2, 3]) } });
  });

  it('refuses a file over the size cap with a readable message', async () => {
    const services = fakeServices({ fs: { size: async () => 500 * 1024 * 1024, read: async () => new Uint8Array(), write: async () => {} } });
    const listener = makeListener('openFile', handlers.openFile, services, isTrustedSender, senderOf);
    const res = await listener(trusted, { title: 'Import', filters: [] });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.code).toBe('file-too-large');
  });

  it('saves bytes to the chosen path', async () => {
    const services = fakeServices();
    const listener = makeListener('saveFile', handlers.saveFile, services, isTrustedSender, senderOf);
    const res = await listener(trusted, { suggestedName: 'Plan.docx', bytes: new Uint8Array([9]), filters: [] });
    expect(res).toEqual({ ok: true, value: { canceled: false, name: 'Plan.docx' } });
    expect(services.written[0]?.path).toBe('/home/m/docs/Plan.docx');
  });

  it('reports the app version', async () => {
    const listener = makeListener('appVersion', handlers.appVersion, fakeServices(), isTrustedSender, senderOf);
    expect(await listener(trusted, undefined)).toEqual({ ok: true, value: { version: '1.2.3' } });
  });

  it.each<[string, SenderInfo]>([
    ['a remote page', { senderFrameUrl: 'https://evil.example/', isMainFrame: true }],
    ['a sub-frame', { senderFrameUrl: 'app://candor/index.html', isMainFrame: false }],
    ['an unknown frame', { senderFrameUrl: null, isMainFrame: true }],
    ['a file URL', { senderFrameUrl: 'file:///tmp/x.html', isMainFrame: true }],
  ])('refuses requests from %s without calling the handler', async (_label, sender) => {
    const services = fakeServices();
    const spy = vi.spyOn(services.dialog, 'showOpen');
    const listener = makeListener('openFile', handlers.openFile, services, isTrustedSender, senderOf);
    const res = await listener(sender, { title: 'x', filters: [] });
    expect(res).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(spy).not.toHaveBeenCalled();
  });

  it.each([
    ['a path in the suggested name', { suggestedName: '../../.bashrc', bytes: new Uint8Array(), filters: [] }],
    ['a Windows path', { suggestedName: 'C:\\x.docx', bytes: new Uint8Array(), filters: [] }],
    ['bytes as a plain array', { suggestedName: 'a.docx', bytes: [1, 2], filters: [] }],
    ['an extra property', { suggestedName: 'a.docx', bytes: new Uint8Array(), filters: [], path: '/etc/passwd' }],
    ['oversized bytes', { suggestedName: 'a.docx', bytes: new Uint8Array(MAX_SAVE_BYTES + 1), filters: [] }],
  ])('rejects a save request with %s', async (_label, payload) => {
    const services = fakeServices();
    const listener = makeListener('saveFile', handlers.saveFile, services, isTrustedSender, senderOf);
    expect(await listener(trusted, payload)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(services.written).toHaveLength(0);
  });

  it('never calls a handler with a payload that fails its schema (fuzzed)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything({ withTypedArray: true, withMap: true, withSet: true, withNullPrototype: true }), async (payload) => {
        const services = fakeServices();
        const save = makeListener('saveFile', handlers.saveFile, services, isTrustedSender, senderOf);
        const open = makeListener('openFile', handlers.openFile, services, isTrustedSender, senderOf);
        const a = await save(trusted, payload);
        const b = await open(trusted, payload);
        // Arbitrary values essentially never form a valid request; if one did, the envelope must still be well-formed.
        expect(typeof a.ok).toBe('boolean');
        expect(typeof b.ok).toBe('boolean');
        if (!a.ok) expect(services.written).toHaveLength(0);
      }),
      { numRuns: 300 },
    );
  });

  it('turns an unexpected handler failure into a plain error without leaking details', async () => {
    const services = fakeServices({
      fs: { size: async () => 1, read: async () => Promise.reject(new Error('EACCES /secret/path')), write: async () => {} },
    });
    const listener = makeListener('openFile', handlers.openFile, services, isTrustedSender, senderOf);
    const res = await listener(trusted, { title: 'x', filters: [] });
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('internal');
      expect(res.error.message).not.toContain('/secret/path');
    }
  });
});
