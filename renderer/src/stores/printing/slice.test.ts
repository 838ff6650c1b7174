import { describe, expect, it } from 'vitest';
import type { SessionInfo } from '../../../../shared/ipc/contract';
import { fakeBackend, ok, localSyncStatus } from '../fake-client';
import { printingSelectors } from './selectors';
import type { PrinterProfile, PrintJob } from './slice';

const profile = (id: string, over: Partial<PrinterProfile> = {}): PrinterProfile => ({
  id,
  name: `印表機 ${id}`,
  kind: 'label',
  transport: 'tcp9100',
  language: 'zpl',
  dpi: 203,
  widthMm: 60,
  heightMm: 40,
  gapMm: 2,
  host: '127.0.0.1',
  port: 9100,
  queue: null,
  directory: null,
  defaultLabel: false,
  defaultA4: false,
  createdAt: '2026-11-27T01:00:00.000Z',
  updatedAt: '2026-11-27T01:00:00.000Z',
  ...over,
});
const job = (id: string, state: PrintJob['state']): PrintJob => ({
  id,
  kind: 'label',
  title: '案件標籤 TN-1150001',
  profileId: 'p1',
  profileName: '櫃台標籤機',
  transport: 'tcp9100',
  language: 'zpl',
  state,
  attempts: 1,
  errorCode: state === 'failed' ? 'PRINTER_REFUSED' : null,
  errorMessage: null,
  spoolId: null,
  reprintOf: null,
  payloadBytes: 100,
  canRetry: state === 'failed',
  createdAt: '2026-11-27T01:00:00.000Z',
  updatedAt: '2026-11-27T01:00:00.000Z',
});
const COUNTER: SessionInfo = {
  staffId: 's1',
  name: '林櫃台',
  username: 'counter1',
  roles: ['counter'],
  unitId: 'unit-s6',
  unitName: '第六課',
  branchName: '分局',
  idleLockMinutes: 10,
};

describe('printing slice', () => {
  it('lists label printers default first, and finds the default of each kind', async () => {
    const { store } = fakeBackend({
      'print:profiles': () =>
        ok([profile('a'), profile('b', { defaultLabel: true }), profile('c', { kind: 'a4', transport: 'pdf_file', language: 'pdf', defaultA4: true })]),
    });
    await store.getState().loadPrinterProfiles();
    const s = store.getState();
    expect(printingSelectors.labelPrinters(s).map((p) => p.id)).toEqual(['b', 'a']);
    expect(printingSelectors.defaultLabelPrinter(s)?.id).toBe('b');
    expect(printingSelectors.defaultA4Printer(s)?.id).toBe('c');
  });

  it('reads the job list after every print action, refused or not, and counts the failed ones', async () => {
    let jobs: PrintJob[] = [];
    const { store, calls } = fakeBackend({
      'print:jobs': () => ok(jobs),
      'print:label': () => {
        jobs = [job('j1', 'failed')];
        return ok(job('j1', 'failed'));
      },
      'print:retry': () => {
        jobs = [job('j1', 'done')];
        return ok(job('j1', 'done'));
      },
      'print:recordSheet': () => ({ ok: false, error: { code: 'rejected', message: 'x', reason: 'NO_DEFAULT_A4_PRINTER' } }),
    });
    const r = await store.getState().printLabel('c1');
    expect(r).toMatchObject({ ok: true, value: { state: 'failed' } });
    expect(calls.find((c) => c.channel === 'print:label')?.input).toEqual({ caseId: 'c1' });
    expect(printingSelectors.failedCount(store.getState())).toBe(1);
    await store.getState().retryPrintJob('j1');
    expect(printingSelectors.failedCount(store.getState())).toBe(0);
    await store.getState().printRecordSheet('r1', 'p9');
    expect(calls.find((c) => c.channel === 'print:recordSheet')?.input).toEqual({ recordId: 'r1', profileId: 'p9' });
    expect(calls.filter((c) => c.channel === 'print:jobs')).toHaveLength(3);
  });

  it('re-reads the profiles after a save or delete that main accepted, not after a refusal', async () => {
    const { store, calls } = fakeBackend({
      'print:profiles': () => ok([profile('a')]),
      'print:saveProfile': (input) =>
        input.name === 'dup'
          ? { ok: false, error: { code: 'rejected', message: 'x', reason: 'PRINTER_NAME_TAKEN' } }
          : ok(profile('a', { name: input.name })),
      'print:deleteProfile': () => ok({ done: true as const }),
    });
    const base = { kind: 'label' as const, transport: 'tcp9100' as const, language: 'zpl' as const, dpi: 203 as const, widthMm: 60, heightMm: 40, gapMm: 2, host: 'p', port: 9100, queue: null, directory: null, defaultLabel: true, defaultA4: false };
    await store.getState().savePrinterProfile({ ...base, name: 'dup' });
    expect(calls.filter((c) => c.channel === 'print:profiles')).toHaveLength(0);
    await store.getState().savePrinterProfile({ ...base, name: '櫃台標籤機' });
    await store.getState().deletePrinterProfile('a');
    expect(calls.filter((c) => c.channel === 'print:profiles')).toHaveLength(2);
  });

  it('keeps the public address main stored, and only the printing roles may print', async () => {
    let url: string | null = null;
    const { store } = fakeBackend({
      'auth:login': () => ok(COUNTER),
      'sync:status': () => ok(localSyncStatus(1)),
      'settings:publicUrl': () => ok({ url }),
      'settings:setPublicUrl': (i) => {
        url = i.url.replace(/\/+$/, '');
        return ok({ url });
      },
    });
    expect(printingSelectors.canPrint(store.getState())).toBe(false);
    await store.getState().login('counter1', 'pw');
    expect(printingSelectors.canPrint(store.getState())).toBe(true);
    await store.getState().setPublicUrl('https://e.example/');
    expect(printingSelectors.publicUrl(store.getState())).toBe('https://e.example');
    expect(store.getState().sync?.pending).toBe(1);
  });
});
