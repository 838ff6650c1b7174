/**
 * The Content-Security-Policy of every BranchDesk window: only the app's own scripts, no eval, no
 * remote connections from the renderer (main does all network I/O), styles inline only because
 * Ant Design injects its CSS at run time.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Only https links may leave the app, and only to the system browser. */
export const isSafeExternalUrl = (url: string): boolean => {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
};

/** Whether a URL belongs to the app's own renderer (the packaged files or the dev server). */
export const isAppUrl = (url: string, appOrigin: string): boolean => {
  try {
    const u = new URL(url);
    if (appOrigin.startsWith('file://')) return u.protocol === 'file:' && url.startsWith(appOrigin);
    return u.origin === new URL(appOrigin).origin;
  } catch {
    return false;
  }
};
