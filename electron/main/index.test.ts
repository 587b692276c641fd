import path from 'node:path';
import type * as FsPromises from 'node:fs/promises';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '@shared/ipc/channels';

/*
 * The main process as it starts, with Electron replaced by recorders: what index.ts registers
 * (the app:// handler, the session guards, the guards on every window's contents) is then
 * exercised the way Electron would. The renderer folder is where index.ts says it is
 * (../renderer beside the built main); the file reads are recorded, not made.
 */
type Listener = (...args: unknown[]) => unknown;

const h = vi.hoisted(() => {
  const on = (map: Map<string, Listener[]>) => (name: string, l: Listener) => {
    map.set(name, [...(map.get(name) ?? []), l]);
  };
  const appListeners = new Map<string, Listener[]>();
  const state = {
    appListeners,
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
    windows: [] as {
      options: Record<string, unknown>;
      loaded: string[];
      contents: { listeners: Map<string, Listener[]>; openHandler: Listener | null };
    }[],
    session: {
      permissionRequest: null as Listener | null,
      permissionCheck: null as Listener | null,
      beforeRequest: null as Listener | null,
      spellChecker: [] as boolean[],
    },
    ipcChannels: [] as string[],
    reads: [] as string[],
    order: [] as string[],
    fire: (name: string, ...args: unknown[]) => (appListeners.get(name) ?? []).forEach((l) => l(...args)),
    on,
  };
  return state;
});

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  const { resolve, sep } = await import('node:path');
  const root = resolve(import.meta.dirname, '../renderer');
  // The renderer's files, and one file outside it that exists on every Linux machine.
  const existing = new Set([['index.html'], ['assets', 'index.js'], ['assets', 'a b.js']].map((p) => [root, ...p].join(sep)).concat('/etc/passwd'));
  const readFile = async (p: unknown) => {
    h.reads.push(String(p));
    if (!existing.has(String(p))) throw Object.assign(new Error(`ENOENT: ${String(p)}`), { code: 'ENOENT' });
    return Buffer.from(`contents of ${String(p)}`);
  };
  return { ...real, default: { ...real, readFile }, readFile };
});

vi.mock('electron', () => {
  class BrowserWindow {
    static all: BrowserWindow[] = [];
    static getAllWindows = () => BrowserWindow.all;
    webContents: { listeners: Map<string, Listener[]>; openHandler: Listener | null; on: Listener; setWindowOpenHandler: Listener };
    private record: (typeof h.windows)[number];
    constructor(options: Record<string, unknown>) {
      const listeners = new Map<string, Listener[]>();
      const contents = {
        listeners,
        openHandler: null as Listener | null,
        on: h.on(listeners) as Listener,
        setWindowOpenHandler: (fn: unknown) => void (contents.openHandler = fn as Listener),
      };
      this.webContents = contents;
      this.record = { options, loaded: [], contents };
      h.windows.push(this.record);
      h.order.push('window');
      BrowserWindow.all.push(this);
      // As Electron does: every new web contents is announced to the app.
      h.fire('web-contents-created', {}, contents);
    }
    once() {}
    on(name: string, l: Listener) {
      if (name === 'closed') this.onClosed = l;
    }
    onClosed: Listener = () => undefined;
    close() {
      BrowserWindow.all = BrowserWindow.all.filter((w) => w !== this);
      this.onClosed();
    }
    async loadURL(url: string) {
      this.record.loaded.push(url);
    }
  }
  return {
    app: {
      setPath: () => undefined,
      getPath: (name: string) => `/tmp/candor-test/${name}`,
      isPackaged: false,
      getVersion: () => '0.0.0-test',
      requestSingleInstanceLock: () => true,
      quit: () => undefined,
      on: h.on(h.appListeners),
      whenReady: () => Promise.resolve(),
    },
    BrowserWindow,
    ipcMain: { handle: (channel: string) => h.ipcChannels.push(channel) },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => h.schemes.push(...s),
      handle: (scheme: string, fn: (request: { url: string }) => Promise<Response>) => h.protocolHandlers.set(scheme, fn),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Listener) => (h.session.permissionRequest = fn),
        setPermissionCheckHandler: (fn: Listener) => (h.session.permissionCheck = fn),
        setSpellCheckerEnabled: (on: boolean) => {
          h.session.spellChecker.push(on);
          h.order.push(`spellchecker ${on}`);
        },
        webRequest: { onBeforeRequest: (fn: Listener) => (h.session.beforeRequest = fn) },
      },
    },
    shell: { openExternal: vi.fn() },
    dialog: {},
  };
});

const rendererRoot = path.resolve(import.meta.dirname, '../renderer');

beforeAll(async () => {
  await import('./index');
  await vi.waitFor(() => expect(h.windows).toHaveLength(1));
});

async function serve(url: string): Promise<{ status: number; csp: string | null; readsOutside: string[] }> {
  const handler = h.protocolHandlers.get('app');
  if (!handler) throw new Error('no app:// handler was registered');
  h.reads.length = 0;
  const res = await handler({ url });
  return {
    status: res.status,
    csp: res.headers.get('content-security-policy'),
    readsOutside: h.reads.filter((p) => !p.startsWith(rendererRoot + path.sep)),
  };
}

describe('the app:// protocol as main registers it', () => {
  it('registers app:// as a standard, secure scheme', () => {
    expect(h.schemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
  });

  it('serves the renderer files with the Content-Security-Policy header', async () => {
    for (const url of ['app://candor/index.html', 'app://candor/', 'app://candor/assets/index.js']) {
      const res = await serve(url);
      expect(res, url).toMatchObject({ status: 200, readsOutside: [] });
      expect(res.csp, url).toMatch(/default-src 'self'/);
      expect(res.csp, url).toMatch(/script-src 'self'(;|$)/);
    }
    expect((await serve('app://candor/assets/a%20b.js')).status).toBe(200);
  });

  it.each([
    'app://candor/../../etc/passwd',
    'app://candor/%2e%2e/%2e%2e/etc/passwd',
    'app://candor/%2E%2E/%2E%2E/%2E%2E/%2E%2E/%2E%2E/etc/passwd',
    'app://candor/assets/..%2f..%2f..%2f..%2f..%2f..%2fetc/passwd',
    'app://candor/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://candor/%252e%252e/%252e%252e/%252e%252e/etc/passwd',
    'app://candor/..%5c..%5c..%5c..%5c..%5cetc%5cpasswd',
    'app://candor/assets\\..\\..\\..\\..\\..\\etc\\passwd',
    'app://candor/%00/../../etc/passwd',
    'app://other/index.html',
    'app://candor:8080/index.html',
  ])('never reads outside the renderer folder for %s, and answers 404 with the CSP', async (url) => {
    const res = await serve(url);
    expect(res).toMatchObject({ status: 404, readsOutside: [] });
    expect(res.csp).toMatch(/default-src 'self'/);
  });
});

describe('the guards main installs', () => {
  it('cancels every request that is not to the app, and denies every permission', () => {
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      h.session.beforeRequest?.({ url }, (r: { cancel: boolean }) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('app://candor/index.html')).toBe(false);
    expect(decide('https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic')).toBe(true);
    expect(decide('http://127.0.0.1:5199/')).toBe(true);
    const answer = vi.fn();
    h.session.permissionRequest?.({}, 'notifications', answer);
    expect(answer).toHaveBeenCalledWith(false);
    expect(h.session.permissionCheck?.()).toBe(false);
  });

  it('turns the spell-checker off before any window exists, and no window asks for it', () => {
    expect(h.session.spellChecker).toEqual([false]);
    expect(h.order.indexOf('spellchecker false')).toBeLessThan(h.order.indexOf('window'));
    for (const w of h.windows) expect((w.options.webPreferences as Record<string, unknown>).spellcheck).toBe(false);
  });

  it('guards every window, the first and one opened later: no navigation away, no new window, no webview', async () => {
    const first = h.windows[0];
    if (!first) throw new Error('no window');
    expect(first.loaded).toEqual(['app://candor/index.html']);
    // macOS: all windows closed, then the dock icon is clicked.
    const { BrowserWindow } = await import('electron');
    for (const w of BrowserWindow.getAllWindows()) (w as unknown as { close: () => void }).close();
    h.fire('activate');
    await vi.waitFor(() => expect(h.windows).toHaveLength(2));
    for (const w of h.windows) {
      expect((w.options.webPreferences as Record<string, unknown>).sandbox).toBe(true);
      const blocked = (event: string, url: string) => {
        const preventDefault = vi.fn();
        for (const l of w.contents.listeners.get(event) ?? []) l({ preventDefault }, url);
        return preventDefault.mock.calls.length > 0;
      };
      expect(blocked('will-navigate', 'https://evil.example/')).toBe(true);
      expect(blocked('will-redirect', 'file:///etc/passwd')).toBe(true);
      expect(blocked('will-attach-webview', '')).toBe(true);
      expect(blocked('will-navigate', 'app://candor/index.html')).toBe(false);
      expect(w.contents.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    }
  });

  it('answers IPC on every declared channel', () => {
    expect([...h.ipcChannels].sort()).toEqual(Object.values(CHANNELS).sort());
  });
});
