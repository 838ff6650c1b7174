import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { safeFileName, savePdfToDirectory } from './pdf-file';
import { sendSystem } from './system';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'branchdesk-pdfdrv-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const payload = path.join(dir, 'job.pdf');
fs.writeFileSync(payload, '%PDF-1.7\n');

describe('save-as-PDF driver', () => {
  it('copies the PDF under a safe name from the title, creating the folder', () => {
    const { file } = savePdfToDirectory(path.join(dir, 'out', 'deeper'), payload, '案件標籤 T115/0001 ../x', '0190-abcdef12');
    expect(path.basename(file)).toBe('案件標籤_T115_0001_.._x-abcdef12.pdf');
    expect(fs.readFileSync(file, 'utf8')).toBe('%PDF-1.7\n');
    expect(safeFileName('...')).toBe('print');
  });

  it('a folder that cannot be made is PRINTER_FILE_ERROR, nothing printed', () => {
    expect(() => savePdfToDirectory(path.join(payload, 'sub'), payload, 't', 'id')).toThrow(
      expect.objectContaining({ code: 'PRINTER_FILE_ERROR', mayHavePrinted: false }),
    );
  });
});

describe('system printer driver', () => {
  it('is PRINTER_NOT_SUPPORTED without a print function, and passes the printer name through', async () => {
    await expect(sendSystem(undefined, payload, null, 't')).rejects.toMatchObject({ code: 'PRINTER_NOT_SUPPORTED' });
    const seen: unknown[] = [];
    await sendSystem(async (f, o) => void seen.push([f, o]), payload, 'HP LaserJet 400', '紀錄表');
    expect(seen).toEqual([[payload, { printerName: 'HP LaserJet 400', title: '紀錄表' }]]);
  });

  it('a failure is PRINTER_SYSTEM_ERROR; uncertain only when the print function says pages went out', async () => {
    await expect(sendSystem(async () => Promise.reject(new Error('no such printer')), payload, null, 't')).rejects.toMatchObject({
      code: 'PRINTER_SYSTEM_ERROR',
      mayHavePrinted: false,
    });
    const spooled = Object.assign(new Error('failed mid-job'), { mayHavePrinted: true });
    await expect(sendSystem(async () => Promise.reject(spooled), payload, null, 't')).rejects.toMatchObject({ mayHavePrinted: true });
  });
});
