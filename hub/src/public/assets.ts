import { createHash } from 'node:crypto';
import { SITE_NAME, THEME_COLOR } from './html';
import { MY_CASES_PAGE } from './pages';

/**
 * The browser side of the public pages, served by the hub as they are written here (no build).
 * It only ever uses textContent and DOM nodes, so a tampered localStorage cannot inject markup,
 * and it runs under `script-src 'self'`.
 *
 * On a case page it remembers the case (the data-* attributes of <main id="case">) in this
 * phone's localStorage; on 我的案件 it lists what it remembered. Nothing is sent anywhere.
 */
export const APP_JS = `'use strict';
(() => {
  const KEY = 'branchdesk.myCases.v1';
  const MAX = 50;
  const TOKEN = /^[A-Z2-7]{26}$/;
  const KINDS = ['received', 'sampling', 'testing', 'reviewing', 'completed', 'supplement', 'rejected', 'withdrawn'];
  const text = (v) => (typeof v === 'string' ? v.slice(0, 200) : '');
  const load = () => {
    try {
      const list = JSON.parse(localStorage.getItem(KEY) || '[]');
      return Array.isArray(list) ? list.filter((c) => c && typeof c.token === 'string' && TOKEN.test(c.token)) : [];
    } catch {
      return [];
    }
  };
  const save = (list) => {
    try {
      localStorage.setItem(KEY, JSON.stringify(list.slice(0, MAX)));
    } catch {
      /* storage full or disabled: the page still works, it just is not remembered */
    }
  };

  const page = document.getElementById('case');
  if (page && TOKEN.test(page.dataset.token || '')) {
    const d = page.dataset;
    const entry = {
      token: d.token, caseNumber: text(d.caseNumber), product: text(d.product), kind: text(d.kind),
      status: text(d.status), statusAt: text(d.statusAt), seenAt: text(d.seen),
    };
    save([entry, ...load().filter((c) => c.token !== entry.token)]);
  }

  const listEl = document.getElementById('case-list');
  const draw = () => {
    const list = load();
    listEl.replaceChildren();
    for (const c of list) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = '/C/' + c.token;
      const line = (tag, value) => {
        const el = document.createElement(tag);
        el.textContent = value;
        a.append(el);
      };
      line('b', text(c.caseNumber));
      const pill = document.createElement('i');
      pill.className = 'pill k-' + (KINDS.includes(c.kind) ? c.kind : 'received');
      pill.textContent = text(c.status);
      a.firstChild.append(pill);
      line('span', text(c.product));
      if (c.statusAt) line('span', '更新於 ' + text(c.statusAt));
      line('span', '上次查看 ' + text(c.seenAt));
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = '移除';
      remove.setAttribute('aria-label', '從清單移除 ' + text(c.caseNumber));
      remove.addEventListener('click', () => {
        save(load().filter((x) => x.token !== c.token));
        draw();
      });
      li.append(a, remove);
      listEl.append(li);
    }
    listEl.hidden = list.length === 0;
    document.getElementById('empty').hidden = list.length > 0;
  };
  if (listEl) {
    draw();
    const offline = document.getElementById('offline');
    const online = () => { offline.hidden = navigator.onLine; };
    online();
    addEventListener('online', online);
    addEventListener('offline', online);
  }

  if ('serviceWorker' in navigator) navigator.serviceWorker.register('/C/sw.js', { scope: '/C/' }).catch(() => {});
})();
`;

export const MANIFEST = JSON.stringify({
  name: `案件進度查詢－${SITE_NAME}`,
  short_name: '我的案件',
  description: '查看報驗案件的辦理進度',
  lang: 'zh-Hant-TW',
  id: '/C/',
  start_url: '/C/',
  scope: '/C/',
  display: 'standalone',
  background_color: '#f2f4f7',
  theme_color: THEME_COLOR,
  icons: [
    { src: '/C/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/C/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/C/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
});

/** The app shell the service worker keeps for offline use: never a case page. */
export const SHELL_PATHS = ['/C/', '/C/app.js', '/C/manifest.webmanifest', '/C/icon-192.png', '/C/icon-512.png'] as const;

/** Changes whenever the shell does, so the browser installs a new worker and drops the old cache. */
const SHELL_VERSION = createHash('sha256').update(APP_JS).update(MANIFEST).update(MY_CASES_PAGE).digest('hex').slice(0, 12);

/**
 * The service worker. It caches the shell only; case pages are \`no-store\` and go to the network
 * every time, never into a cache. Offline, a case page falls back to 我的案件 (the last seen
 * progress, kept in localStorage), which says it is offline.
 */
export const SERVICE_WORKER_JS = `'use strict';
const CACHE = 'branchdesk-public-${SHELL_VERSION}';
const SHELL = ${JSON.stringify(SHELL_PATHS)};
self.addEventListener('install', (e) => {
  // 'reload': past the HTTP cache, so a new worker never keeps an older app.js.
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(SHELL.map((u) => new Request(u, { cache: 'reload' })))).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (e) => {
  e.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('branchdesk-public-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (e) => {
  const req = e.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (SHELL.includes(url.pathname) && url.search === '') {
    e.respondWith(caches.match(req).then((hit) => hit || fetch(req)));
    return;
  }
  if (req.mode === 'navigate' && url.pathname.startsWith('/C/')) {
    e.respondWith(fetch(req).catch(() => caches.match('/C/').then((hit) => hit || Response.error())));
  }
});
`;
