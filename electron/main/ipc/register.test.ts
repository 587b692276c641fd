import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '@shared/ipc/channels';
import { contract, MAX_SAVE_BYTES } from '@shared/ipc/contract';
import { isTrustedSender, senderInfoOf } from '../security';
import { memoryBackups } from '../services/memory-backups';
import type { Services } from '../services/types';
import type { Handlers } from './register';
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
    backups: memoryBackups(),
    now: () => new Date('2026-12-01T18:00:00.000Z'),
    notify: () => true,
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

  it('shows a system notification with the title and body asked for, and refuses a request that is not plain short text', async () => {
    const shown: { title: string; body: string }[] = [];
    const services = fakeServices({ notify: (n) => (shown.push(n), true) });
    const listener = makeListener('notify', handlers.notify, services, isTrustedSender, senderOf);
    const res = await listener(trusted, { title: 'Check-in tomorrow', body: 'Farid Haddad, Dec 15, 2026' });
    expect(res).toEqual({ ok: true, value: { shown: true } });
    expect(shown).toEqual([{ title: 'Check-in tomorrow', body: 'Farid Haddad, Dec 15, 2026' }]);
    for (const bad of [
      { title: '', body: 'x' },
      { title: 'T', body: 'x'.repeat(501) },
      { title: 'T', body: 'x', icon: '/etc/passwd' },
    ]) {
      expect((await listener(trusted, bad)).ok).toBe(false);
    }
    expect(shown).toHaveLength(1);
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

  it.each([
    ['a reserved Windows name', 'CON.docx', 'CON'],
    ['trailing dots and spaces', 'Plan for Ana. . ', '. '],
    ['a leading dot', '.bashrc', '.bash'],
    ['a bidi override', 'invoice\u202Excod.exe', '\u202E'],
    ['a lookalike slash', 'Plan \u2215 Ana.docx', '\u2215'],
    ['a lookalike colon', 'C\uff1a Plan.docx', '\uff1a'],
  ])('sanitises %s before it reaches the save dialog', async (_label, suggestedName, unsafe) => {
    const services = fakeServices();
    const seen: string[] = [];
    services.dialog.showSave = async ({ defaultPath }) => {
      seen.push(defaultPath);
      return { canceled: false, filePath: `/home/m/docs/${defaultPath}` };
    };
    const listener = makeListener('saveFile', handlers.saveFile, services, isTrustedSender, senderOf);
    expect((await listener(trusted, { suggestedName, bytes: new Uint8Array([1]), filters: [] })).ok).toBe(true);
    expect(seen[0]).toBeTruthy();
    if (unsafe === 'CON') expect(seen[0]?.toUpperCase().startsWith('CON.')).toBe(false);
    else if (unsafe === '.bash') expect(seen[0]?.startsWith('.')).toBe(false);
    else if (unsafe === '. ') expect(seen[0]).not.toMatch(/[. ]$/);
    else expect(seen[0]).not.toContain(unsafe);
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

  it('rejects every malformed payload on every channel, and no handler runs (fuzzed)', async () => {
    const calls: string[] = [];
    const spied = Object.fromEntries(
      (Object.keys(handlers) as (keyof Handlers)[]).map((k) => [
        k,
        (...args: unknown[]) => (calls.push(k), (handlers[k] as (...a: unknown[]) => unknown)(...args)),
      ]),
    ) as unknown as Handlers;
    const services = fakeServices();
    const listeners = (Object.keys(CHANNELS) as (keyof Handlers)[]).map(
      (k) => [k, makeListener(k, spied[k] as never, services, isTrustedSender, senderOf)] as const,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.anything({ withTypedArray: true, withMap: true, withSet: true, withNullPrototype: true, withBigInt: true }),
        async (payload) => {
          for (const [key, listener] of listeners) {
            // Only payloads the channel's own schema refuses are "malformed" for it.
            if (contract[key].request.safeParse(payload).success) continue;
            calls.length = 0;
            const res = await listener(trusted, payload);
            expect(res).toEqual({ ok: false, error: { code: 'invalid-request', message: expect.any(String) } });
            expect(calls).toEqual([]);
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(services.written).toHaveLength(0);
    expect(services.backups.list()).resolves.toEqual([]);
  });

  it('rejects near-miss payloads built from valid ones (fuzzed), and no handler runs', async () => {
    const calls: string[] = [];
    const services = fakeServices();
    const save = makeListener(
      'saveFile',
      ((r: never, s: Services) => (calls.push('saveFile'), handlers.saveFile(r, s))) as never,
      services,
      isTrustedSender,
      senderOf,
    );
    const read = makeListener(
      'backupRead',
      ((r: never, s: Services) => (calls.push('backupRead'), handlers.backupRead(r, s))) as never,
      services,
      isTrustedSender,
      senderOf,
    );
    const badName = fc.oneof(
      fc.constantFrom('../x.docx', 'a/b.docx', 'a\\b.docx', 'CON:', 'x\u0000.docx', '', '.', '..', 'a'.repeat(201)),
      fc.string().filter((n) => /[\\/:*?"<>|]/.test(n)),
    );
    await fc.assert(
      fc.asyncProperty(badName, async (name) => {
        calls.length = 0;
        expect((await save(trusted, { suggestedName: name, bytes: new Uint8Array(1), filters: [] })).ok).toBe(false);
        expect((await read(trusted, { name })).ok).toBe(false);
        expect(calls).toEqual([]);
      }),
    );
  });

  it('checks what a handler returns too: an unexpected response never reaches the page', async () => {
    const leaky = (() => ({ version: 'x'.repeat(500), secret: '/etc/shadow' })) as unknown as Handlers['appVersion'];
    const listener = makeListener('appVersion', leaky, fakeServices(), isTrustedSender, senderOf);
    expect(await listener(trusted, undefined)).toMatchObject({ ok: false, error: { code: 'internal' } });
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

describe('the real sender check (Electron event → sender info → trusted?)', () => {
  const mainFrame = { url: 'app://candor/index.html' };
  const event = (senderFrame: unknown, main: unknown = mainFrame) => ({ senderFrame, sender: { mainFrame: main } });

  it('trusts only the app page in the window’s own top frame', () => {
    expect(isTrustedSender(senderInfoOf(event(mainFrame)))).toBe(true);
  });

  it.each<[string, unknown]>([
    ['an app page in a sub-frame', event({ url: 'app://candor/index.html' })],
    ['a remote page in the top frame', event({ url: 'https://evil.example/' }, { url: 'https://evil.example/' })],
    ['a frame that has gone (null)', event(null)],
    ['an event without a frame', { sender: { mainFrame } }],
    ['nothing at all', null],
  ])('refuses %s', (_label, e) => {
    expect(isTrustedSender(senderInfoOf(e))).toBe(false);
  });

  it('a registered listener refuses a sub-frame before its handler runs', async () => {
    const services = fakeServices();
    const spy = vi.spyOn(services.dialog, 'showOpen');
    const listener = makeListener('openFile', handlers.openFile, services, isTrustedSender, senderInfoOf);
    const res = await listener(event({ url: 'app://candor/index.html' }), { title: 'x', filters: [] });
    expect(res).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('rolling backups over IPC', () => {
  it('writes, lists newest first, reads back, and keeps at most ten', async () => {
    const services = fakeServices();
    const write = makeListener('backupWrite', handlers.backupWrite, services, isTrustedSender, senderOf);
    const list = makeListener('backupList', handlers.backupList, services, isTrustedSender, senderOf);
    const read = makeListener('backupRead', handlers.backupRead, services, isTrustedSender, senderOf);
    for (let h = 0; h < 14; h++) {
      const createdAt = new Date(Date.parse('2026-11-20T09:00:00.000Z') + h * 20 * 3600_000).toISOString();
      expect((await write(trusted, { createdAt, text: `{"n":${h}}` })).ok).toBe(true);
    }
    const listed = await list(trusted, undefined);
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value.length).toBeLessThanOrEqual(10);
    expect(listed.value[0]?.createdAt).toBe('2026-12-01T05:00:00.000Z');
    const first = listed.value[0];
    if (!first) throw new Error('none');
    expect(await read(trusted, { name: first.name })).toEqual({ ok: true, value: { text: '{"n":13}' } });
  });

  it('never lists, reads or removes a file it did not write', async () => {
    const backups = memoryBackups(new Map([['notes.txt', 'mine']]));
    const services = fakeServices({ backups });
    const write = makeListener('backupWrite', handlers.backupWrite, services, isTrustedSender, senderOf);
    await write(trusted, { createdAt: '2026-12-01T08:00:00.000Z', text: '{}' });
    expect(backups.files.get('notes.txt')).toBe('mine');
    const list = makeListener('backupList', handlers.backupList, services, isTrustedSender, senderOf);
    expect((await list(trusted, undefined)).ok && (await list(trusted, undefined))).toMatchObject({
      value: [{ name: 'candor-backup-2026-12-01T08-00-00-000Z.json' }],
    });
  });
});
