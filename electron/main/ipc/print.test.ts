import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakePrinter } from '../print/testing/fake-printer';
import type { FakePrinter } from '../print/testing/fake-printer';
import { addSignedInStaff, createTestApp, setUpAdmin } from '../testing/app-fixture';
import type { TestApp } from '../testing/app-fixture';

/** A case label from the counter, through the dispatcher, to a printer on a loopback port. */
let app: TestApp;
let printer: FakePrinter;
beforeEach(async () => {
  app = createTestApp();
  printer = await startFakePrinter();
  await setUpAdmin(app);
  await addSignedInStaff(app, 'counter', ['counter'], 'unit-s6');
});
afterEach(async () => {
  await printer.close();
  app.close();
});

const newCase = () =>
  app.ok<{ caseId: string }>('counter', 'case:create', {
    caseNumber: 'TN-1150001',
    company: { name: '峯綉電機股份有限公司', ubn: '04595257' },
    contactName: '',
    contactPhone: '',
    category: 'electrical',
    productName: '吹風機',
    productModel: 'HD-1',
    unitId: 'unit-s1',
    officerId: null,
  });

describe('print:label', () => {
  it('needs the public address, then sends the label with the case’s QR URL to the default label printer', async () => {
    const { caseId } = await newCase();
    await app.ok('admin', 'print:saveProfile', {
      name: '櫃台標籤機', kind: 'label', transport: 'tcp9100', language: 'zpl', dpi: 203, widthMm: 60, heightMm: 40,
      host: '127.0.0.1', port: printer.port, defaultLabel: true,
    });
    expect((await app.call('counter', 'print:label', { caseId })).error).toMatchObject({ reason: 'PUBLIC_URL_MISSING' });
    await app.ok('admin', 'settings:setPublicUrl', { url: 'https://e.bsmi.example' });
    const job = await app.ok<{ state: string }>('counter', 'print:label', { caseId });
    expect(job.state).toBe('done');
    const c = await app.ok<{ token: { url: string } }>('counter', 'case:get', { caseId });
    const bytes = Buffer.concat(printer.jobs).toString('latin1');
    expect(bytes).toContain('^XA');
    expect(bytes).toContain(c.token.url);
    // Only an admin manages printers.
    expect((await app.call('counter', 'print:saveProfile', {})).error?.code).toBe('forbidden');
  });
});
