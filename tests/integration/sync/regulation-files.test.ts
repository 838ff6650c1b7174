import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SyncStatusValue } from '../../../shared/ipc/contract-sync';
import { plainTextPdf } from '../../../electron/main/pdf/visit-kit/visit-kit.fixture';
import { pdfText } from '../../../electron/main/pdf/testing/poppler';
import { createHttpTransport } from '../../../electron/main/sync/http-transport';
import type { TransportFactory } from '../../../electron/main/sync/transport';
import { addSignedInStaff, setUpAdmin } from '../../../electron/main/testing/app-fixture';
import type { TestApp } from '../../../electron/main/testing/app-fixture';
import type { TestHub } from '../hub/harness';
import { useDesktops } from './desktops';

/**
 * Regulation PDFs between desktops: the row travels through push and pull, the file through the
 * hub's blob endpoints in the file step after each run, so a laptop that joins later prints kits
 * with the regulations attached.
 */
const { desktop, startHub } = useDesktops();
const HEADING = '法規全文第一頁 CNS 60335-1';
type RegulationRow = { id: string; fileSha256: string; fileAvailable: boolean };

/** Desktop A: the branch's first, enrolled; its admin keeps a regulation with a real PDF. */
const firstDesktopWithRegulation = async (h: TestHub) => {
  const a = desktop();
  await setUpAdmin(a);
  const inspector = await addSignedInStaff(a, 'insp', ['inspector'], 'unit-s1');
  await a.ok('admin', 'settings:setPublicUrl', { url: 'https://e.bsmi.example/' });
  await a.ok('admin', 'sync:enroll', { hubUrl: h.url, code: h.hub.bootstrapCode, deviceName: '櫃台一' });
  const pdf = await plainTextPdf(HEADING, 2);
  const src = path.join(a.dir, 'upload.pdf');
  fs.writeFileSync(src, pdf);
  await a.ok('admin', 'regulation:save', {
    title: '家用電器安全', number: 'CNS 60335-1', version: '2023', effectiveDate: '2024-01-01', category: 'electrical', filePath: src,
  });
  const [row] = await a.ok<RegulationRow[]>('admin', 'regulation:list', {});
  if (!row) throw new Error('no regulation saved');
  return { a, pdf, row, inspector };
};

const join = async (h: TestHub, a: TestApp, name: string, syncTransport?: TransportFactory): Promise<TestApp> => {
  const { code } = await a.ok<{ code: string }>('admin', 'sync:issueCode');
  const b = desktop(syncTransport);
  const s = await b.ok<SyncStatusValue>('nobody', 'sync:join', { hubUrl: h.url, code, deviceName: name });
  expect(s).toMatchObject({ configured: true, online: true, problem: null });
  return b;
};
const fileOn = (app: TestApp, sha256: string) => path.join(app.dir, 'regulations', `${sha256}.pdf`);

describe('regulation files between desktops', () => {
  it('a desktop that joins gets the PDF with the same bytes, and its visit kit attaches it', async () => {
    const hub = await startHub();
    const { a, pdf, row, inspector } = await firstDesktopWithRegulation(hub);
    expect(await a.ok<SyncStatusValue>('admin', 'sync:now')).toMatchObject({ pending: 0, problem: null });
    const { visitId } = await a.ok<{ visitId: string }>('insp', 'visit:create', {
      requestId: null,
      occasion: 'violation',
      unitId: 'unit-s1',
      company: { name: '範例電器股份有限公司', ubn: '04595257' },
      contactName: '林經理',
      contactPhone: '06-2345678',
      address: '臺南市安南區工業一路1號',
      category: 'electrical',
      purpose: '違規商品訪查',
      inspectorIds: [inspector],
      slot: { dayKey: '2026-12-01', startTime: '09:30', endTime: '11:00' },
    });
    await a.ok('admin', 'sync:now');

    const b = await join(hub, a, '筆電二');
    expect(fs.readFileSync(fileOn(b, row.fileSha256)).equals(pdf)).toBe(true);
    expect(fs.readdirSync(path.join(b.dir, 'regulations'))).toEqual([`${row.fileSha256}.pdf`]);
    await b.ok('b-insp', 'auth:login', { username: 'insp-user', password: 'staff-password-1' });
    expect(await b.ok<RegulationRow[]>('b-insp', 'regulation:list', {})).toEqual([expect.objectContaining({ id: row.id, fileAvailable: true })]);
    const kit = await b.ok<{ path: string; missingFiles: string[] }>('b-insp', 'visit:kit', { visitId, open: false });
    expect(kit.missingFiles).toEqual([]);
    expect(pdfText(fs.readFileSync(kit.path))).toContain(HEADING);
    expect(b.errors).toEqual([]);
  });

  it('a file saved after joining comes down on the next run; a corrupted download is not kept', async () => {
    const hub = await startHub();
    const { a, pdf, row } = await firstDesktopWithRegulation(hub);
    // B joins before A has synced: the row is not on the hub yet, nothing to fetch.
    const corrupt: TransportFactory = (endpoint) => {
      const t = createHttpTransport(endpoint);
      return {
        ...t,
        getBlob: async (sha256) => {
          const bytes = await t.getBlob(sha256);
          bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
          return bytes;
        },
      };
    };
    let breakDownloads = false;
    const b = await join(hub, a, '筆電二', (endpoint) => (breakDownloads ? corrupt(endpoint) : createHttpTransport(endpoint)));
    expect(fs.existsSync(fileOn(b, row.fileSha256))).toBe(false);
    await a.ok('admin', 'sync:now');

    // The row arrives, the file's bytes arrive corrupted: refused, logged, the sync run itself fine.
    breakDownloads = true;
    expect(await b.ok<SyncStatusValue>('nobody', 'sync:now')).toMatchObject({ online: true, problem: null });
    expect(b.ctx.executor!.stores.regulations.get(row.id)?.fileSha256).toBe(row.fileSha256);
    expect(fs.existsSync(fileOn(b, row.fileSha256))).toBe(false);
    const folder = path.join(b.dir, 'regulations');
    expect(fs.existsSync(folder) ? fs.readdirSync(folder) : []).toEqual([]);
    expect(b.errors).toEqual([expect.objectContaining({ msg: 'regulation file not synced', meta: expect.objectContaining({ sha256: row.fileSha256 }) })]);

    // Next run, a sound transfer: the file is kept.
    breakDownloads = false;
    await b.ok('nobody', 'sync:now');
    expect(fs.readFileSync(fileOn(b, row.fileSha256)).equals(pdf)).toBe(true);
  });
});
