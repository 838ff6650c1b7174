import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PrintError } from './print-error';
import { sendSpooler } from './spooler';

// Stand-ins for `lp` that answer as CUPS does, so every branch runs without a spooler.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'branchdesk-lp-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const fakeLp = (name: string, body: string): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return file;
};
const argsLog = path.join(dir, 'args.txt');
const ok = fakeLp('lp-ok', `printf '%s\\n' "$@" > ${argsLog}; echo "request id is BD_LABEL-42 (1 file(s))"`);
const unknown = fakeLp('lp-unknown', 'echo "lp: The printer or class does not exist." >&2; exit 1');
const rejecting = fakeLp('lp-reject', 'echo "lp: Destination \\"X\\" is not accepting jobs." >&2; exit 1');
const other = fakeLp('lp-other', 'echo "lp: Unauthorized" >&2; exit 1');
const hang = fakeLp('lp-hang', 'exec sleep 30');

const base = { raw: true, title: '案件標籤 T115', timeoutMs: 2000 };
const failure = async (p: Promise<unknown>): Promise<PrintError> => {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(PrintError);
  return e as PrintError;
};

describe('OS spooler driver (lp)', () => {
  it('queues raw with -o raw and returns the request id', async () => {
    await expect(sendSpooler('BD_LABEL', '/tmp/job.zpl', { ...base, lpPath: ok })).resolves.toEqual({ spoolId: 'BD_LABEL-42' });
    expect(fs.readFileSync(argsLog, 'utf8').trim().split('\n')).toEqual(['-d', 'BD_LABEL', '-o', 'raw', '-t', '案件標籤 T115', '--', '/tmp/job.zpl']);
  });

  it('sends PDFs through the queue filters (no -o raw)', async () => {
    await sendSpooler('BD_OFFICE_PDF', '/tmp/a.pdf', { ...base, raw: false, lpPath: ok });
    expect(fs.readFileSync(argsLog, 'utf8')).not.toContain('raw');
  });

  it('tells an unknown queue, a rejecting queue and other failures apart; none may have printed', async () => {
    expect(await failure(sendSpooler('NOPE', '/tmp/j', { ...base, lpPath: unknown }))).toMatchObject({ code: 'PRINTER_UNKNOWN_QUEUE', mayHavePrinted: false });
    expect(await failure(sendSpooler('X', '/tmp/j', { ...base, lpPath: rejecting }))).toMatchObject({ code: 'PRINTER_REFUSED', mayHavePrinted: false });
    const e = await failure(sendSpooler('X', '/tmp/j', { ...base, lpPath: other }));
    expect(e).toMatchObject({ code: 'PRINTER_SPOOLER_ERROR', mayHavePrinted: false });
    expect(e.message).toContain('Unauthorized');
  });

  it('a spooler that does not answer is stopped at the bound: PRINTER_TIMEOUT, maybe queued', async () => {
    expect(await failure(sendSpooler('X', '/tmp/j', { ...base, timeoutMs: 300, lpPath: hang }))).toMatchObject({ code: 'PRINTER_TIMEOUT', mayHavePrinted: true });
  });

  it('no lp, a queue name that is an option, and Windows are refused before anything runs', async () => {
    expect(await failure(sendSpooler('X', '/tmp/j', { ...base, lpPath: path.join(dir, 'missing') }))).toMatchObject({ code: 'PRINTER_SPOOLER_MISSING' });
    expect(await failure(sendSpooler('-oraw', '/tmp/j', { ...base, lpPath: ok }))).toMatchObject({ code: 'PRINTER_UNKNOWN_QUEUE' });
    expect(await failure(sendSpooler('X', '/tmp/j', { ...base, platform: 'win32', lpPath: ok }))).toMatchObject({ code: 'PRINTER_NOT_SUPPORTED' });
  });
});
