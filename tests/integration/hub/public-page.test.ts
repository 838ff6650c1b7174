import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newToken, startPublicHub } from './public-fixtures';
import type { PublicHub, SeededCase } from './public-fixtures';

/** The public case page over real HTTP: content, tokens in any case, one 404, headers, no personal data. */

let hub: PublicHub;
let seeded: SeededCase;
let closed: SeededCase;
let hostile: SeededCase;

const PERSONAL = {
  contactName: '林志明',
  contactPhone: '0987-654-321',
  companyName: '志明實業社',
  ubn: '22099131',
};

beforeAll(async () => {
  hub = await startPublicHub({ rateLimit: { burst: 1_000_000, perSecond: 1_000, maxClients: 100 } });
  seeded = await hub.seedCase({
    caseNumber: 'TN1150001',
    productName: '吹風機',
    productModel: 'HD-1200',
    ...PERSONAL,
    receivedAt: '2026-11-20T02:00:00.000Z',
    milestones: [
      { kind: 'sampling', at: '2026-11-21T03:00:00.000Z', note: `請聯絡${PERSONAL.contactName} ${PERSONAL.contactPhone}` },
      { kind: 'testing', at: '2026-11-24T06:30:00.000Z' },
    ],
  });
  closed = await hub.seedCase({
    caseNumber: 'TN1150002',
    milestones: [
      { kind: 'sampling', at: '2026-11-21T03:00:00.000Z' },
      { kind: 'testing', at: '2026-11-22T03:00:00.000Z' },
      { kind: 'reviewing', at: '2026-11-23T03:00:00.000Z' },
      { kind: 'completed', at: '2026-11-25T08:15:00.000Z' },
    ],
  });
  hostile = await hub.seedCase({
    caseNumber: 'TN1150003',
    productName: '<img src=x onerror=alert(1)>',
    productModel: '"><script>alert(2)</script>',
  });
});
afterAll(async () => {
  await hub.stop();
});

const get = async (path: string) => {
  const res = await fetch(`${hub.url}${path}`, { redirect: 'manual' });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
};
const html = async (path: string) => (await get(path)).body.toString('utf8');

/** Headers that must be the same on every 404 (date and connection bookkeeping aside). */
const stableHeaders = (h: Headers) =>
  [...h.entries()].filter(([k]) => !['date', 'connection', 'keep-alive'].includes(k)).sort(([a], [b]) => a.localeCompare(b));

describe('the case page', () => {
  it('shows the case number, product, current milestone, the timeline in ROC dates and the data time', async () => {
    const res = await get(`/C/${seeded.token}`);
    expect(res.status).toBe(200);
    const page = res.body.toString('utf8');
    expect(page).toContain('<html lang="zh-Hant-TW">');
    expect(page).toContain('<dd class="mono">TN1150001</dd>');
    expect(page).toContain('<dd>吹風機</dd>');
    expect(page).toContain('<dd>HD-1200</dd>');
    expect(page).toMatch(/<p class="now">.*檢驗中<\/p>/);
    // Newest first, Taiwan time.
    const timeline = [...page.matchAll(/<li><b>([^<]+)<\/b><time datetime="[^"]+">([^<]+)<\/time><\/li>/g)].map((m) => [m[1], m[2]]);
    expect(timeline).toEqual([
      ['檢驗中', '民國115年11月24日 14:30'],
      ['取樣／送樣', '民國115年11月21日 11:00'],
      ['受理', '民國115年11月20日 10:00'],
    ]);
    expect(page).toContain('<li class="done">受理</li><li class="done">取樣／送樣</li><li class="current">檢驗中</li><li class="todo">審核中</li>');
    // The hub's clock in the tests is 2026-11-27T01:30Z.
    expect(page).toContain('資料時間：民國115年11月27日 09:30:00');
  });

  it('marks every step done once the case is completed', async () => {
    const page = await html(`/C/${closed.token}`);
    expect(page).toMatch(/<p class="now">.*發證／結案<\/p>/);
    expect(page.match(/<li class="done">/g)).toHaveLength(5);
    expect(page).not.toContain('class="current"');
  });

  it('takes the token in any letter case, with or without a trailing slash', async () => {
    const upper = await html(`/C/${seeded.token}`);
    const mixed = seeded.token
      .split('')
      .map((c, i) => (i % 2 ? c.toLowerCase() : c))
      .join('');
    for (const path of [`/C/${seeded.token.toLowerCase()}`, `/C/${mixed}`, `/C/${seeded.token}/`]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.body.toString('utf8'), path).toBe(upper);
    }
  });

  it('sends no-store, no-referrer, noindex and a strict CSP, and says noindex in the page too', async () => {
    const res = await get(`/C/${seeded.token}`);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-robots-tag')).toContain('noindex');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const page = res.body.toString('utf8');
    expect(page).toContain('<meta name="robots" content="noindex,nofollow">');
    // Nothing from elsewhere: every src/href is a path of ours.
    for (const m of page.matchAll(/(?:src|href)="([^"]*)"/g)) expect(m[1]).toMatch(/^\/C\//);
  });

  it('carries no personal data: no contact, company, 統一編號, recorder or milestone note', async () => {
    const page = await html(`/C/${seeded.token}`);
    for (const secret of [...Object.values(PERSONAL), '請聯絡', 'admin-1', '管理者', '0987']) expect(page).not.toContain(secret);
  });

  it('prints hostile product text as text', async () => {
    const page = await html(`/C/${hostile.token}`);
    expect(page).not.toContain('<img src=x');
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
  });
});

describe('every failure is the same 404', () => {
  let reference: Awaited<ReturnType<typeof get>>;
  beforeAll(async () => {
    reference = await get(`/C/${newToken()}`);
  });

  it('is a Traditional Chinese page with the same protective headers', () => {
    expect(reference.status).toBe(404);
    expect(reference.body.toString('utf8')).toContain('查無此案件');
    expect(reference.headers.get('cache-control')).toBe('no-store');
    expect(reference.headers.get('x-robots-tag')).toContain('noindex');
    expect(reference.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('answers 10,000 random tokens — well-formed, malformed, hostile — with the same bytes', async () => {
    let seed = 20261127;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567abcdefghijklmnopqrstuvwxyz0189-_.~!$&()*+,;=:@%';
    const randomPath = (i: number): string => {
      switch (i % 5) {
        case 0:
          return newToken(); // well-formed, unknown
        case 1:
          return newToken().toLowerCase();
        case 2: {
          const s = Array.from({ length: 1 + Math.floor(rand() * 60) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
          // "." and ".." are dot segments: the client resolves them before sending (to /C/ itself).
          return /^\.+$/.test(s) ? `${s}x` : s;
        }
        case 3:
          return encodeURIComponent(String.fromCodePoint(...Array.from({ length: 1 + Math.floor(rand() * 8) }, () => 0x20 + Math.floor(rand() * 0x3000))));
        default:
          return `${newToken()}${i % 10 === 4 ? 'A' : '/x'}`;
      }
    };
    const paths = Array.from({ length: 10_000 }, (_, i) => `/C/${randomPath(i)}`);
    const refHeaders = stableHeaders(reference.headers);
    const differing: string[] = [];
    for (let i = 0; i < paths.length; i += 100) {
      const batch = await Promise.all(paths.slice(i, i + 100).map(async (p) => ({ p, res: await get(p) })));
      for (const { p, res } of batch) {
        const same =
          res.status === 404 && res.body.equals(reference.body) && JSON.stringify(stableHeaders(res.headers)) === JSON.stringify(refHeaders);
        if (!same) differing.push(`${p} → ${res.status}`);
      }
    }
    expect(differing).toEqual([]);
  });

  it('shows a new milestone at the next visit (a page read before is never served stale)', async () => {
    const c = await hub.seedCase({ caseNumber: 'TN1150011' });
    const before = (await get(`/C/${c.token}`)).body.toString('utf8');
    expect(before).not.toContain('民國115年11月26日 10:00');
    await hub.push([
      { name: 'case.addMilestone', args: { milestone: { id: `m-${c.caseId}-x`, caseId: c.caseId, kind: 'testing', at: '2026-11-26T02:00:00.000Z', note: '' } } },
    ]);
    const after = (await get(`/C/${c.token}`)).body.toString('utf8');
    expect(after).toContain('民國115年11月26日 10:00');
  });

  it('shows a renamed unit at the next visit (unit and branch names are not kept apart from the case view)', async () => {
    const c = await hub.seedCase({ caseNumber: 'TN1150012' });
    expect((await get(`/C/${c.token}`)).body.toString('utf8')).toContain('第一課');
    await hub.push([
      { name: 'unit.save', args: { unit: { id: 'unit-s1', branchId: 'branch-main', code: 'S1', name: '第一檢驗課', kind: 'section', sortOrder: 10, active: true } } },
    ]);
    expect((await get(`/C/${c.token}`)).body.toString('utf8')).toContain('第一檢驗課');
  });

  it('answers a revoked token like one that never existed, and the reissued token works', async () => {
    const c = await hub.seedCase({ caseNumber: 'TN1150009' });
    expect((await get(`/C/${c.token}`)).status).toBe(200);
    const fresh = newToken();
    await hub.push([{ name: 'case.issueToken', args: { caseId: c.caseId, token: fresh, revokeOthers: true } }]);
    const revoked = await get(`/C/${c.token}`);
    expect(revoked.status).toBe(404);
    expect(revoked.body.equals(reference.body)).toBe(true);
    expect(stableHeaders(revoked.headers)).toEqual(stableHeaders(reference.headers));
    expect((await get(`/C/${fresh}`)).status).toBe(200);
  });
});

describe('the web app', () => {
  it('serves 我的案件, the manifest, the service worker and the icons', async () => {
    const mine = await get('/C/');
    expect(mine.status).toBe(200);
    expect(mine.body.toString('utf8')).toContain('<h1>我的案件</h1>');
    expect(mine.headers.get('content-security-policy')).toContain("default-src 'none'");
    const manifest = JSON.parse((await get('/C/manifest.webmanifest')).body.toString('utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ start_url: '/C/', scope: '/C/', display: 'standalone', lang: 'zh-Hant-TW' });
    const sw = await get('/C/sw.js');
    expect(sw.headers.get('content-type')).toContain('javascript');
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    for (const size of [192, 512]) {
      const png = await get(`/C/icon-${size}.png`);
      expect(png.headers.get('content-type')).toBe('image/png');
      expect(png.body.readUInt32BE(16)).toBe(size);
    }
    expect((await get('/C')).headers.get('location')).toBe('/C/');
  });

  it('keeps case pages out of the service worker cache: it caches only the fixed shell', async () => {
    const sw = (await get('/C/sw.js')).body.toString('utf8');
    const shell = JSON.parse(/const SHELL = (\[[^\]]*\]);/.exec(sw)?.[1] ?? 'null') as string[];
    expect(shell).toEqual(['/C/', '/C/app.js', '/C/manifest.webmanifest', '/C/icon-192.png', '/C/icon-512.png']);
    // The only cache writes are the install-time addAll of that list.
    expect(sw.match(/\.put\(|\.add\(|addAll\(/g)).toEqual(['addAll(']);
  });
});

describe('a storage failure', () => {
  it('is the same 404 page, not an error', async () => {
    const reference = await get(`/C/${newToken()}`);
    const other = await startPublicHub();
    const c = await other.seedCase({ caseNumber: 'TN1150010' });
    await other.hub.backend.close();
    const res = await fetch(`${other.url}/C/${c.token}`);
    expect(res.status).toBe(404);
    expect(Buffer.from(await res.arrayBuffer()).equals(reference.body)).toBe(true);
    await other.stop();
  });
});
