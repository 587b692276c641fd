import { describe, expect, it } from 'vitest';
import { isAllowedExternal, isAppUrl, windowOptions } from './window';

describe('windowOptions', () => {
  const prefs = windowOptions('/x/preload.cjs').webPreferences ?? {};
  it('isolates and sandboxes the renderer', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });
  it('keeps web security on and webviews off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
  });
  it('asks for no spell-checking (it would download dictionaries)', () => {
    expect(prefs.spellcheck).toBe(false);
  });
  it('loads the given preload', () => {
    expect(prefs.preload).toBe('/x/preload.cjs');
  });
});

describe('isAppUrl', () => {
  it.each(['app://candor/index.html', 'app://candor/assets/x.js'])('accepts %s', (u) => expect(isAppUrl(u)).toBe(true));
  it.each(['https://candor/index.html', 'app://evil/index.html', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url'])('rejects %s', (u) =>
    expect(isAppUrl(u)).toBe(false),
  );
});

describe('isAllowedExternal', () => {
  it('allows no external host while the allowlist is empty, whatever the scheme', () => {
    expect(isAllowedExternal('https://example.com/x')).toBe(false);
    expect(isAllowedExternal('http://example.com/x')).toBe(false);
    expect(isAllowedExternal('https://evil.example/x')).toBe(false);
    expect(isAllowedExternal('file:///etc/passwd')).toBe(false);
  });
});
