import { afterEach, describe, expect, it } from 'vitest';
import { startFakePrinter } from '../testing/fake-printer';
import type { FakePrinter } from '../testing/fake-printer';
import { PrintError } from './print-error';
import { sendTcp9100 } from './tcp9100';

let printer: FakePrinter | undefined;
afterEach(async () => {
  await printer?.close();
  printer = undefined;
});

const BOUND = { connectTimeoutMs: 1000, totalTimeoutMs: 1500 };
const job = Buffer.from('^XA^FO10,10^GFA,2,2,1,FF00^FS^XZ\n', 'latin1');
const failure = async (p: Promise<unknown>): Promise<PrintError> => {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(PrintError);
  return e as PrintError;
};

describe('raw TCP 9100 driver', () => {
  it('delivers the exact bytes and completes when the printer closes', async () => {
    printer = await startFakePrinter();
    await expect(sendTcp9100(printer.host, printer.port, job, BOUND)).resolves.toEqual({ bytes: job.length });
    expect((await printer.waitForJobs(1))[0]!.equals(job)).toBe(true);
  });

  it('completes with a slow printer that reads in small bites, within the bound', async () => {
    printer = await startFakePrinter({ slowDelayMs: 30 });
    await printer.setMode('slow');
    const big = Buffer.alloc(300_000, 0x41);
    await sendTcp9100(printer.host, printer.port, big, { connectTimeoutMs: 1000, totalTimeoutMs: 8000 });
    expect((await printer.waitForJobs(1))[0]!.equals(big)).toBe(true);
  });

  it('a refused connection fails as PRINTER_REFUSED, nothing sent', async () => {
    printer = await startFakePrinter();
    await printer.setMode('refuse');
    const e = await failure(sendTcp9100(printer.host, printer.port, job, BOUND));
    expect(e.code).toBe('PRINTER_REFUSED');
    expect(e.mayHavePrinted).toBe(false);
  });

  it('a printer that accepts and never takes the job fails as PRINTER_TIMEOUT, maybe printed', async () => {
    printer = await startFakePrinter();
    await printer.setMode('hang');
    const e = await failure(sendTcp9100(printer.host, printer.port, job, BOUND));
    expect(e.code).toBe('PRINTER_TIMEOUT');
    expect(e.mayHavePrinted).toBe(true);
  });

  it('a printer that answers garbage fails as PRINTER_BAD_RESPONSE, maybe printed', async () => {
    printer = await startFakePrinter();
    await printer.setMode('garbage');
    const e = await failure(sendTcp9100(printer.host, printer.port, job, BOUND));
    expect(e.code).toBe('PRINTER_BAD_RESPONSE');
    expect(e.mayHavePrinted).toBe(true);
  });

  it('an address that does not resolve fails as PRINTER_UNREACHABLE, nothing sent', async () => {
    const e = await failure(sendTcp9100('printer.invalid', 9100, job, BOUND));
    expect(e.code).toBe('PRINTER_UNREACHABLE');
    expect(e.mayHavePrinted).toBe(false);
  });
});
