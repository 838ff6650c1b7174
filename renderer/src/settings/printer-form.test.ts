import { describe, expect, it } from 'vitest';
import { fitValues, languagesFor, NEW_LABEL_PRINTER, profileInput, profileIssues, transportsFor } from './printer-form';
import type { PrinterValues } from './printer-form';

const label = (over: Partial<PrinterValues> = {}): PrinterValues => ({ ...NEW_LABEL_PRINTER, name: '櫃台標籤機', host: '192.168.1.50', ...over });

describe('printer profile form', () => {
  it('sends only the destination of the chosen connection, and A4 at its own size', () => {
    expect(profileInput(label())).toMatchObject({ host: '192.168.1.50', port: 9100, queue: null, directory: null, defaultLabel: true, defaultA4: false });
    const a4 = profileInput(label({ kind: 'a4', transport: 'pdf_file', language: 'pdf', directory: ' /srv/pdf ', host: 'ignored' }), 'p1');
    expect(a4).toMatchObject({ id: 'p1', host: null, port: null, directory: '/srv/pdf', widthMm: 210, heightMm: 297, defaultLabel: false, defaultA4: true });
  });

  it('offers only connections and languages that fit, and refits after a change', () => {
    expect(transportsFor('a4')).not.toContain('tcp9100');
    expect(languagesFor('label', 'tcp9100')).toEqual(['zpl', 'tspl']);
    expect(languagesFor('label', 'spooler_raw')).toEqual(['zpl', 'tspl', 'pdf']);
    expect(languagesFor('a4', 'spooler_raw')).toEqual(['pdf']);
    expect(fitValues(label({ kind: 'a4' }))).toEqual({ transport: 'spooler_raw', language: 'pdf' });
    expect(fitValues(label({ transport: 'tcp9100', language: 'pdf' }))).toEqual({ transport: 'tcp9100', language: 'zpl' });
  });

  it('turns the contract schema’s refinements into one message per field', () => {
    expect(profileIssues(profileInput(label()))).toEqual([]);
    expect(profileIssues(profileInput(label({ host: '' })))).toEqual([{ field: 'host', message: 'printerForm.issue.host' }]);
    expect(profileIssues(profileInput(label({ transport: 'spooler_raw', queue: 'my queue' })))).toEqual([
      { field: 'queue', message: 'printerForm.issue.queue' },
    ]);
    expect(profileIssues(profileInput(label({ kind: 'a4', transport: 'pdf_file', language: 'pdf', directory: 'relative/dir' })))).toEqual([
      { field: 'directory', message: 'printerForm.issue.directory' },
    ]);
    expect(profileIssues(profileInput(label({ transport: 'system', language: 'zpl' })))).toEqual([
      { field: 'language', message: 'printerForm.issue.languagePdf' },
    ]);
    expect(profileIssues(profileInput(label({ name: ' ', widthMm: 5 }))).map((i) => i.field)).toEqual(['name', 'widthMm']);
  });
});
