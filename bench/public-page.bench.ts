/*
 * The public case page under load (issue 5): requests/s and p99 latency of GET /C/:token on the
 * real hub (its backend on a SQLite file, its logger at info, the rate limiter in the path but
 * raised out of the way), against a bare Fastify route answering a static HTML of the same size
 * with the same headers, on the same machine in the same run. Target: the hub serves at least 0.6
 * of the bare route's requests/s.
 *
 * The hub keeps case views for repeat visits and checks on every use, in the same snapshot, that
 * the branch has had no change since (one indexed read instead of the case's rows). This bench asks
 * for one case with no writes going on, so the main figure is that steady state; a second hub with
 * the view cache off shows what a page costs when it is read from storage every time.
 *
 * Each server runs in a child process of its own (so the load generator does not share its event
 * loop); the load generator here keeps BENCH_CONNECTIONS keep-alive connections busy for
 * BENCH_SECONDS per round, rounds alternate hub / uncached hub / bare, and each figure is the median of the rounds.
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import { fastify } from 'fastify';
import { PAGE_CSP } from '../hub/src/public/html';
import { startPublicHub } from '../tests/integration/hub/public-fixtures';
import { report } from './lib/report';
import { median, percentile } from './lib/stats';

const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 32);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const WARMUP_SECONDS = 1;

type ServerInfo = { url: string; path: string; bytes: number };
/** What a child server does on SIGTERM before it exits (the hub removes its temp folder). */
let stopServer: () => Promise<void> = async () => undefined;

/** Child: the real hub with one case of a typical history; answers the page's path and size. */
const serveHub = async (viewCache?: number): Promise<ServerInfo> => {
  const hub = await startPublicHub({
    ...(viewCache === undefined ? {} : { viewCache }),
    rateLimit: { burst: 1e9, perSecond: 1e9, maxClients: 10_000 },
    logger: { level: 'info', stream: { write: () => undefined } },
  });
  const c = await hub.seedCase({
    caseNumber: 'TN1150001',
    productName: '電暖器',
    productModel: 'HT-2000W-TW',
    milestones: [
      { kind: 'sampling', at: '2026-11-21T03:00:00.000Z' },
      { kind: 'testing', at: '2026-11-22T03:00:00.000Z' },
      { kind: 'supplement', at: '2026-11-23T03:00:00.000Z' },
    ],
  });
  stopServer = hub.stop;
  const path = `/C/${c.token.toLowerCase()}`;
  const res = await fetch(`${hub.url}${path}`);
  if (res.status !== 200) throw new Error(`hub page answered ${res.status}`);
  return { url: hub.url, path, bytes: (await res.arrayBuffer()).byteLength };
};

/** Child: bare Fastify, one route, a constant HTML body of the hub page's size and its headers. */
const serveBare = async (bytes: number): Promise<ServerInfo> => {
  const head = '<!doctype html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>案件進度</title></head><body>';
  const tail = '</body></html>';
  const filler = '案'.repeat(Math.max(0, Math.floor((bytes - Buffer.byteLength(head + tail)) / 3)));
  const html = `${head}${filler}${' '.repeat(Math.max(0, bytes - Buffer.byteLength(head + filler + tail)))}${tail}`;
  const app = fastify({ logger: false });
  app.get('/C/:token', async (_request, reply) =>
    reply
      .headers({
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
        'x-robots-tag': 'noindex, nofollow',
        'content-security-policy': PAGE_CSP,
      })
      .send(html),
  );
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url, path: '/C/abcdefghijklmnopqrstuvwxyz', bytes: Buffer.byteLength(html) };
};

interface Run {
  rps: number;
  p99: number;
  errors: number;
}

/** Keeps `CONNECTIONS` requests in flight for `seconds`; latencies of those after the warm-up count. */
const load = async (target: ServerInfo, seconds: number): Promise<Run> => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const { hostname, port } = new URL(target.url);
  const latencies: number[] = [];
  let errors = 0;
  const started = process.hrtime.bigint();
  const warmEnd = started + BigInt(WARMUP_SECONDS * 1e9);
  const end = warmEnd + BigInt(seconds * 1e9);
  const one = () =>
    new Promise<void>((resolve) => {
      const t0 = process.hrtime.bigint();
      const req = http.request({ agent, hostname, port, path: target.path, method: 'GET' }, (res) => {
        let size = 0;
        res.on('data', (chunk: Buffer) => (size += chunk.length));
        res.on('end', () => {
          const t1 = process.hrtime.bigint();
          if (res.statusCode !== 200 || size !== target.bytes) errors += 1;
          if (t0 >= warmEnd && t1 <= end) latencies.push(Number(t1 - t0) / 1e6);
          resolve();
        });
      });
      req.on('error', () => {
        errors += 1;
        resolve();
      });
      req.end();
    });
  const worker = async () => {
    while (process.hrtime.bigint() < end) await one();
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  agent.destroy();
  return { rps: latencies.length / seconds, p99: percentile(latencies, 99), errors };
};

const startChild = (role: 'hub' | 'hub-uncached' | 'bare', bytes = 0): Promise<{ child: ChildProcess; info: ServerInfo }> =>
  new Promise((resolve, reject) => {
    // BENCH_PROFILE=<dir> writes a CPU profile of each server (on its exit) for a look at where time goes.
    const profile = process.env['BENCH_PROFILE'] ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_PROFILE']}`] : [];
    const child = fork(__filename, [role, String(bytes)], { execArgv: ['--import', 'tsx', ...profile], stdio: 'inherit' });
    child.once('message', (info) => resolve({ child, info: info as ServerInfo }));
    child.once('exit', (code) => reject(new Error(`${role} server exited with ${code}`)));
  });

const main = async (): Promise<void> => {
  const hub = await startChild('hub');
  const uncached = await startChild('hub-uncached');
  const bare = await startChild('bare', hub.info.bytes);
  console.log(
    `public-page: hub page ${hub.info.bytes} B, bare ${bare.info.bytes} B; ${CONNECTIONS} connections, ${ROUNDS}×${SECONDS} s per server`,
  );
  const runs: Record<'hub' | 'uncached' | 'bare', Run[]> = { hub: [], uncached: [], bare: [] };
  try {
    // Untimed: let both servers' JIT settle before anything counts.
    await load(hub.info, 2);
    await load(uncached.info, 2);
    await load(bare.info, 2);
    for (let r = 0; r < ROUNDS; r++) {
      for (const [name, s] of [['hub', hub], ['uncached', uncached], ['bare', bare]] as const) {
        const run = await load(s.info, SECONDS);
        if (run.errors > 0) throw new Error(`${name}: ${run.errors} failed or wrong-size answers`);
        runs[name].push(run);
        console.log(`  round ${r + 1} ${name}: ${run.rps.toFixed(0)} req/s, p99 ${run.p99.toFixed(2)} ms`);
      }
    }
  } finally {
    hub.child.kill();
    uncached.child.kill();
    bare.child.kill();
  }
  const med = (name: 'hub' | 'uncached' | 'bare', k: 'rps' | 'p99') => median(runs[name].map((x) => x[k]));
  report('public-page', [
    {
      name: `GET /C/:token, ${CONNECTIONS} keep-alive connections`,
      unit: 'req/s',
      stat: `median of ${ROUNDS} rounds`,
      value: med('hub', 'rps'),
      baseline_name: 'bare Fastify route sending a static HTML of the same size and headers',
      baseline: med('bare', 'rps'),
      target: 'ratio >= 0.6',
    },
    {
      name: `GET /C/:token with every page read from storage (view cache off), ${CONNECTIONS} keep-alive connections`,
      unit: 'req/s',
      stat: `median of ${ROUNDS} rounds`,
      value: med('uncached', 'rps'),
      baseline_name: 'bare Fastify route sending a static HTML of the same size and headers',
      baseline: med('bare', 'rps'),
      target: null,
    },
    {
      name: `GET /C/:token latency, ${CONNECTIONS} keep-alive connections`,
      unit: 'ms',
      stat: `p99, median of ${ROUNDS} rounds`,
      value: med('hub', 'p99'),
      baseline_name: 'bare Fastify route sending a static HTML of the same size and headers',
      baseline: med('bare', 'p99'),
      target: null,
    },
  ]);
};

const role = process.argv[2];
if (role === 'hub' || role === 'hub-uncached' || role === 'bare') {
  process.once('SIGTERM', () => {
    stopServer().finally(() => process.exit(0));
  });
  (role === 'bare' ? serveBare(Number(process.argv[3])) : serveHub(role === 'hub' ? undefined : 0)).then(
    (info) => process.send?.(info),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
} else {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
