import { describe, expect, it } from 'vitest';
import { guardNavigation, mainWindowOptions } from './main-window';
import { CONTENT_SECURITY_POLICY, isAppUrl, isSafeExternalUrl } from './security';

describe('main window options', () => {
  it('is sandboxed and isolated, with no Node in the page', () => {
    const w = mainWindowOptions('/app/out/preload/index.js').webPreferences!;
    expect(w).toMatchObject({
      preload: '/app/out/preload/index.js',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
  it('fits the counter screens (1366×768)', () => {
    const o = mainWindowOptions('p');
    expect(o.width).toBe(1366);
    expect(o.height).toBe(768);
  });
});

describe('navigation guards', () => {
  const setup = (origin: string) => {
    const listeners = new Map<string, (e: { preventDefault(): void }, url: string) => void>();
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    const opened: string[] = [];
    const contents = {
      on: (name: string, fn: (e: { preventDefault(): void }, url: string) => void) => {
        listeners.set(name, fn);
        return contents;
      },
      setWindowOpenHandler: (fn: (d: { url: string }) => { action: string }) => {
        openHandler = fn;
      },
    };
    guardNavigation(contents as never, origin, (u) => opened.push(u));
    const navigate = (url: string, event = 'will-navigate') => {
      let prevented = false;
      listeners.get(event)!({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    return { navigate, open: (url: string) => openHandler!({ url }), opened };
  };

  it('keeps the window on the app', () => {
    const g = setup('file:///opt/branchdesk/out/renderer');
    expect(g.navigate('file:///opt/branchdesk/out/renderer/index.html#/settings')).toBe(false);
    expect(g.navigate('https://example.com/')).toBe(true);
    expect(g.navigate('file:///etc/passwd')).toBe(true);
    expect(g.navigate('https://example.com/', 'will-redirect')).toBe(true);
  });

  it('denies every new window and sends only https links to the system browser', () => {
    const g = setup('file:///opt/branchdesk/out/renderer');
    expect(g.open('https://www.bsmi.gov.tw/')).toEqual({ action: 'deny' });
    expect(g.open('http://insecure.example/')).toEqual({ action: 'deny' });
    expect(g.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(g.opened).toEqual(['https://www.bsmi.gov.tw/']);
  });

  it('judges URLs strictly', () => {
    expect(isSafeExternalUrl('https://a.example/x')).toBe(true);
    expect(isSafeExternalUrl('file:///x')).toBe(false);
    expect(isSafeExternalUrl('not a url')).toBe(false);
    expect(isAppUrl('http://localhost:5173/#/x', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });
});

describe('content security policy', () => {
  it('allows only the app’s own scripts, no eval, no remote connections', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
  });
});
