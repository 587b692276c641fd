import { describe, expect, it, vi } from 'vitest';
import { guardSession, guardWebContents, isTrustedSender } from './security';

vi.mock('electron', () => ({}));

type Listener = (event: { preventDefault: () => void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((d: { url: string }) => { action: string }) | null = null;
  return {
    listeners,
    open: (url: string) => openHandler?.({ url }),
    setWindowOpenHandler: (h: (d: { url: string }) => { action: string }) => {
      openHandler = h;
    },
    on: (name: string, l: Listener) => {
      listeners.set(name, l);
    },
  };
}

function fire(contents: ReturnType<typeof fakeContents>, name: string, url = '') {
  const preventDefault = vi.fn();
  contents.listeners.get(name)?.({ preventDefault }, url);
  return preventDefault;
}

describe('guardWebContents', () => {
  it('denies every new window and hands nothing outside the allowlist to the system browser', () => {
    const contents = fakeContents();
    const openExternal = vi.fn();
    guardWebContents(contents as never, openExternal);
    expect(contents.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(contents.open('app://candor/index.html')).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });
  it('blocks navigation and redirects away from the app, and every webview', () => {
    const contents = fakeContents();
    guardWebContents(contents as never, vi.fn());
    expect(fire(contents, 'will-navigate', 'https://evil.example/')).toHaveBeenCalled();
    expect(fire(contents, 'will-redirect', 'file:///etc/passwd')).toHaveBeenCalled();
    expect(fire(contents, 'will-navigate', 'app://candor/index.html')).not.toHaveBeenCalled();
    expect(fire(contents, 'will-attach-webview')).toHaveBeenCalled();
  });
});

describe('guardSession', () => {
  it('denies permissions and cancels requests that are not to the app', () => {
    let permission: ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    let before: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
    const spellChecker: boolean[] = [];
    guardSession({
      setSpellCheckerEnabled: (on: boolean) => spellChecker.push(on),
      setPermissionRequestHandler: (h: typeof permission) => (permission = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
      webRequest: { onBeforeRequest: (h: typeof before) => (before = h) },
    } as never);
    const cb = vi.fn();
    permission?.({}, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
    expect(check?.()).toBe(false);
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      before?.({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('app://candor/assets/index.js')).toBe(false);
    expect(decide('https://example.com/track.gif')).toBe(true);
    expect(decide('http://127.0.0.1:9999/')).toBe(true);
    expect(spellChecker).toEqual([false]);
  });
});

describe('isTrustedSender', () => {
  it('trusts only the main frame of the app origin', () => {
    expect(isTrustedSender({ senderFrameUrl: 'app://candor/index.html', isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ senderFrameUrl: 'app://candor/index.html', isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ senderFrameUrl: 'https://candor/index.html', isMainFrame: true })).toBe(false);
  });
});
