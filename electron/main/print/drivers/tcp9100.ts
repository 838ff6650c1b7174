import net from 'node:net';
import { PrintError } from './print-error';

export interface Tcp9100Options {
  connectTimeoutMs: number;
  /** Bound on the whole job: connect, write, and the printer closing its side. */
  totalTimeoutMs: number;
}

const UNREACHABLE = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTDOWN', 'ETIMEDOUT', 'EADDRNOTAVAIL']);

/**
 * Sends a job to a raw port (JetDirect/9100) and resolves when the printer has taken all of it.
 *
 * A raw port never answers, so "taken" is judged as CUPS's socket backend does (waiteof): we write
 * the job, half-close, and wait for the printer to close its side; only then is the job done. Any
 * byte from the printer is a protocol error (not a printer, or a confused one). Every path is bounded
 * by `totalTimeoutMs`. Once connected, the bytes may have reached the printer, so later failures
 * say `mayHavePrinted`: the caller must not resend them on its own.
 */
export const sendTcp9100 = (host: string, port: number, bytes: Buffer, opts: Tcp9100Options): Promise<{ bytes: number }> =>
  new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    let connected = false;
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    const finish = (err?: PrintError) => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      socket.removeAllListeners('data');
      socket.destroy();
      if (err) reject(err);
      else resolve({ bytes: bytes.length });
    };
    const where = `${host}:${port}`;
    timers.push(
      setTimeout(() => {
        if (!connected) finish(new PrintError('PRINTER_UNREACHABLE', `no connection to ${where} within ${opts.connectTimeoutMs} ms`, false));
      }, opts.connectTimeoutMs),
      setTimeout(() => {
        finish(
          connected
            ? new PrintError('PRINTER_TIMEOUT', `${where} did not take the job within ${opts.totalTimeoutMs} ms`, true)
            : new PrintError('PRINTER_UNREACHABLE', `no connection to ${where} within ${opts.totalTimeoutMs} ms`, false),
        );
      }, opts.totalTimeoutMs),
    );
    socket.once('connect', () => {
      connected = true;
      socket.setNoDelay(true);
      socket.end(bytes);
    });
    socket.on('data', (d: Buffer) => finish(new PrintError('PRINTER_BAD_RESPONSE', `${where} answered ${d.length} unexpected bytes`, true)));
    socket.on('end', () => {
      // The printer closed its side: done if it had the whole job, otherwise it hung up on us.
      if (socket.writableFinished) finish();
      else finish(new PrintError('PRINTER_BAD_RESPONSE', `${where} closed the connection before taking the whole job`, true));
    });
    socket.on('error', (e: NodeJS.ErrnoException) => {
      if (!connected && e.code === 'ECONNREFUSED') finish(new PrintError('PRINTER_REFUSED', `${where} refused the connection`, false));
      else if (!connected && UNREACHABLE.has(e.code ?? '')) finish(new PrintError('PRINTER_UNREACHABLE', `${where}: ${e.code}`, false));
      else if (!connected) finish(new PrintError('PRINTER_UNREACHABLE', `${where}: ${e.message}`, false));
      else finish(new PrintError('PRINTER_BAD_RESPONSE', `${where} dropped the connection (${e.code ?? e.message})`, true));
    });
    socket.on('close', () => {
      if (!settled) finish(new PrintError('PRINTER_BAD_RESPONSE', `${where} closed the connection unexpectedly`, connected));
    });
  });
