import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, contentSecurityPolicyDirectives, securityHeaders } from './contentSecurityPolicy';
import { appEntryUrl, externalUrlToOpen, isAppUrl, mainWindowOptions } from './windowOptions';

describe('the main window is locked down', () => {
  const { webPreferences } = mainWindowOptions('/app/out/preload/preload.cjs', {});

  it('isolates the page, sandboxes it and gives it no Node', () => {
    expect(webPreferences).toMatchObject({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
  });

  it('keeps remembered bounds and falls back to a default size', () => {
    expect(mainWindowOptions('p', { x: 10, y: 20, width: 1000, height: 700 })).toMatchObject({ x: 10, y: 20, width: 1000, height: 700 });
    expect(mainWindowOptions('p', {})).toMatchObject({ width: 1280, height: 860 });
  });

  it('lets the window show only the app’s own pages', () => {
    expect(isAppUrl(appEntryUrl)).toBe(true);
    expect(isAppUrl('app://midad/assets/index.js')).toBe(true);
    for (const url of ['https://example.com/', 'app://other/index.html', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url']) {
      expect(isAppUrl(url)).toBe(false);
    }
  });

  it('hands only http(s) links to the OS browser', () => {
    expect(externalUrlToOpen('https://www.example.com/news?id=1')).toBe('https://www.example.com/news?id=1');
    expect(externalUrlToOpen('http://example.com')).toBe('http://example.com/');
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'smb://server/share',
      'mailto:desk@example.com',
      'data:text/html,x',
      '',
    ]) {
      expect(externalUrlToOpen(url)).toBeUndefined();
    }
  });
});

describe('the Content-Security-Policy', () => {
  const policy = contentSecurityPolicy();

  it('is the exact strict policy', () => {
    expect(policy).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self' blob:; connect-src 'self'; " +
        "media-src 'none'; object-src 'none'; frame-src 'none'; worker-src 'none'; manifest-src 'none'; base-uri 'none'; " +
        "form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('allows no eval, no inline code and no remote origin anywhere', () => {
    for (const [directive, sources] of Object.entries(contentSecurityPolicyDirectives)) {
      for (const source of sources) {
        expect(["'self'", "'none'", 'blob:'], `${directive} ${source}`).toContain(source);
      }
    }
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe|https?:|\*|data:/);
  });

  it('is sent with the other security headers', () => {
    expect(securityHeaders()).toMatchObject({
      'Content-Security-Policy': policy,
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
    });
  });
});
