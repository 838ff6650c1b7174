import { createHash } from 'node:crypto';

/** Text into HTML text or a double-quoted attribute: the five characters that can break out. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/;
export const escapeHtml = (s: string): string => (SPECIAL.test(s) ? s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c) : s);

export const THEME_COLOR = '#0b4f8a';
export const SITE_NAME = '經濟部標準檢驗局';

/**
 * One small stylesheet for every public page, inline so a page is one request; the CSP allows it
 * by its hash and nothing else. Phone first: one column, large type; wider screens only center it.
 */
export const PUBLIC_CSS = `
:root{color-scheme:light;--ink:#1b2430;--muted:#5a6676;--line:#dbe2ea;--brand:${THEME_COLOR};--soft:#e8f0f8;--ok:#1d7a46;--warn:#a55400;--bad:#b3261e;--bg:#f2f4f7}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.6 system-ui,-apple-system,"PingFang TC","Noto Sans TC","Noto Sans CJK TC","Microsoft JhengHei",sans-serif}
a{color:var(--brand)}
header{background:var(--brand);color:#fff;padding:12px 16px 14px}
header p{margin:0;font-size:13px;opacity:.85}
header h1{margin:2px 0 0;font-size:21px;font-weight:700;letter-spacing:.02em}
main{max-width:560px;margin:0 auto;padding:12px 12px 8px}
.card{background:#fff;border:1px solid var(--line);border-radius:12px;padding:14px 16px;margin:0 0 12px}
.card h2{margin:0 0 8px;font-size:15px;color:var(--muted);font-weight:600}
.card h2.title{font-size:20px;color:var(--ink)}
dl{margin:0;display:grid;grid-template-columns:max-content 1fr;gap:4px 14px}
dt{color:var(--muted)}
dd{margin:0;font-weight:600;overflow-wrap:anywhere}
.mono{font-family:ui-monospace,"DejaVu Sans Mono",monospace;letter-spacing:.03em}
.now{display:flex;align-items:center;gap:10px;margin:0;font-size:26px;font-weight:700}
.dot{width:14px;height:14px;border-radius:50%;background:var(--brand);flex:none}
.s-completed .dot{background:var(--ok)}.s-supplement .dot{background:var(--warn)}.s-rejected .dot,.s-withdrawn .dot{background:var(--bad)}
.hint{margin:4px 0 0}
.muted{color:var(--muted);font-size:14px;margin:2px 0 0}
ol.steps{list-style:none;margin:14px 0 2px;padding:0;display:grid;grid-template-columns:repeat(5,1fr);counter-reset:s}
ol.steps li{position:relative;text-align:center;font-size:12px;line-height:1.3;color:var(--muted);padding-top:26px}
ol.steps li::before{counter-increment:s;content:counter(s);position:absolute;top:0;left:50%;transform:translateX(-50%);width:22px;height:22px;border-radius:50%;background:#fff;border:2px solid var(--line);font-size:12px;line-height:18px;color:var(--muted);z-index:1}
ol.steps li::after{content:"";position:absolute;top:10px;left:-50%;width:100%;height:2px;background:var(--line)}
ol.steps li:first-child::after{display:none}
ol.steps li.done{color:var(--ink)}
ol.steps li.done::before{content:"✓";background:var(--brand);border-color:var(--brand);color:#fff}
ol.steps li.done::after,ol.steps li.current::after{background:var(--brand)}
ol.steps li.current{color:var(--brand);font-weight:700}
ol.steps li.current::before{border-color:var(--brand);color:var(--brand);background:var(--soft)}
ol.timeline{list-style:none;margin:0;padding:0 0 0 4px}
ol.timeline li{position:relative;padding:0 0 14px 24px;border-left:2px solid var(--line);margin-left:6px}
ol.timeline li:last-child{border-left-color:transparent;padding-bottom:0}
ol.timeline li::before{content:"";position:absolute;left:-8px;top:5px;width:10px;height:10px;border-radius:50%;background:#fff;border:2px solid var(--muted)}
ol.timeline li:first-child::before{background:var(--brand);border-color:var(--brand)}
ol.timeline b{display:block;line-height:1.4}
ol.timeline time{color:var(--muted);font-size:14px}
ul.cases{list-style:none;margin:0;padding:0}
ul.cases li{display:flex;align-items:center;gap:8px;border-top:1px solid var(--line);padding:10px 0}
ul.cases li:first-child{border-top:0;padding-top:0}
ul.cases a{flex:1;text-decoration:none;color:var(--ink);min-width:0}
ul.cases a b{display:block;color:var(--brand)}
ul.cases span{display:block;font-size:14px;color:var(--muted);overflow-wrap:anywhere}
ul.cases span:nth-of-type(1){color:var(--ink);font-size:15px}
.pill{display:inline-block;margin-left:8px;padding:0 9px;border-radius:999px;font-weight:600;font-size:13px;line-height:1.7;font-style:normal;background:var(--soft);color:var(--brand);vertical-align:2px}
.k-completed{background:#e2f2e8;color:var(--ok)}.k-supplement{background:#fcefdf;color:var(--warn)}.k-rejected,.k-withdrawn{background:#fbe6e4;color:var(--bad)}
button{font:inherit;font-size:14px;color:var(--muted);background:#fff;border:1px solid var(--line);border-radius:8px;padding:6px 10px;flex:none}
.btn{display:block;text-align:center;background:var(--brand);color:#fff;border-radius:10px;padding:11px;text-decoration:none;font-weight:600;margin:0 0 12px}
footer{max-width:560px;margin:0 auto;padding:0 16px 28px;color:var(--muted);font-size:13px}
footer p{margin:0 0 4px}
[hidden]{display:none!important}
@media (min-width:600px){main{padding-top:20px}}
`.trim();

const CSS_HASH = createHash('sha256').update(PUBLIC_CSS, 'utf8').digest('base64');

/**
 * Nothing but our own script, our own images and manifest, and the one inline stylesheet; no
 * framing, no forms, no base tag, no plugins. The service worker is our own file too.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'sha256-${CSS_HASH}'`,
  "img-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface ShellParts {
  title: string;
  heading: string;
  body: string;
  /** Whether the page runs /C/app.js (remembering cases, the service worker). */
  script: boolean;
}

/** The HTML around every public page: zh-TW, noindex, the manifest and the inline stylesheet. */
export const renderShell = (p: ShellParts): string =>
  `<!doctype html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,viewport-fit=cover">
<meta name="robots" content="noindex,nofollow">
<meta name="referrer" content="no-referrer">
<meta name="theme-color" content="${THEME_COLOR}">
<title>${escapeHtml(p.title)}</title>
<link rel="manifest" href="/C/manifest.webmanifest">
<link rel="icon" href="/C/icon-192.png">
<link rel="apple-touch-icon" href="/C/icon-192.png">
<style>${PUBLIC_CSS}</style>
${p.script ? '<script src="/C/app.js" defer></script>\n' : ''}</head>
<body>
<header><p>${SITE_NAME}</p><h1>${escapeHtml(p.heading)}</h1></header>
${p.body}
</body>
</html>
`;
