import net from 'node:net';

/**
 * A printer on a loopback port for tests: it captures the exact bytes of each job (one connection =
 * one job, complete when the client half-closes), and can misbehave the ways real printers do.
 * - ok:      reads everything, then closes (a healthy JetDirect port)
 * - slow:    reads in small bites with pauses and closes late (a busy printer): jobs still complete
 * - hang:    accepts and never reads or closes (a jammed printer): the client must time out
 * - garbage: answers junk and hangs up at once (not a printer, or a confused one)
 * - refuse:  nothing listens on the port any more (printer off): connections are refused
 */
export type FakePrinterMode = 'ok' | 'slow' | 'hang' | 'garbage' | 'refuse';

export interface FakePrinter {
  readonly host: string;
  readonly port: number;
  /** Bytes of every completed job, in order. */
  readonly jobs: Buffer[];
  /** Connections accepted (jobs or not). */
  readonly connections: number;
  setMode(mode: FakePrinterMode): Promise<void>;
  /** Resolves once `n` jobs have completed, or rejects after `timeoutMs`. */
  waitForJobs(n: number, timeoutMs?: number): Promise<Buffer[]>;
  close(): Promise<void>;
}

export const GARBAGE = Buffer.from('\x15?ERR\xff\xfe garbage\r\n', 'latin1');

export const startFakePrinter = async (opts: { slowDelayMs?: number } = {}): Promise<FakePrinter> => {
  const slow = opts.slowDelayMs ?? 40;
  let mode: FakePrinterMode = 'ok';
  let port = 0;
  let connections = 0;
  const jobs: Buffer[] = [];
  const sockets = new Set<net.Socket>();
  const waiters: (() => void)[] = [];
  const notify = () => waiters.splice(0).forEach((w) => w());

  const onConnection = (s: net.Socket) => {
    connections++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => undefined);
    const chunks: Buffer[] = [];
    const done = () => {
      jobs.push(Buffer.concat(chunks));
      notify();
      s.end();
    };
    switch (mode) {
      case 'hang':
        s.pause();
        return;
      case 'garbage':
        s.end(GARBAGE);
        return;
      case 'slow':
        s.on('data', (c: Buffer) => {
          chunks.push(c);
          s.pause();
          setTimeout(() => s.resume(), slow);
        });
        s.on('end', () => setTimeout(done, slow * 3));
        return;
      default:
        s.on('data', (c: Buffer) => chunks.push(c));
        s.on('end', done);
    }
  };

  let server = net.createServer({ allowHalfOpen: true }, onConnection);
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server.address() as net.AddressInfo).port;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      if (!server.listening) resolve();
      else server.close(() => resolve());
    });
  await listen();

  return {
    host: '127.0.0.1',
    get port() {
      return port;
    },
    jobs,
    get connections() {
      return connections;
    },
    async setMode(next) {
      if (next === 'refuse' && mode !== 'refuse') await stop();
      if (next !== 'refuse' && mode === 'refuse') {
        // Back on the same port, as a printer that is switched on again.
        server = net.createServer({ allowHalfOpen: true }, onConnection);
        await listen();
      }
      mode = next;
    },
    waitForJobs(n, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (jobs.length >= n) {
            clearTimeout(timer);
            resolve(jobs.slice(0, n));
          } else waiters.push(check);
        };
        const timer = setTimeout(() => reject(new Error(`fake printer: ${jobs.length}/${n} jobs after ${timeoutMs} ms`)), timeoutMs);
        check();
      });
    },
    close: stop,
  };
};
