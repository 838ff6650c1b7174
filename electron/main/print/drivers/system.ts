import { PrintError } from './print-error';

/**
 * Printing a PDF through the OS print system. In the app this is Electron (a hidden window loading
 * the PDF, then webContents.print); main/index.ts supplies it, so this module never imports electron
 * and tests pass a fake.
 */
export type SystemPrintFn = (file: string, opts: { printerName: string | null; title: string }) => Promise<void>;

/** An error the print function throws may carry `mayHavePrinted: true` (pages were already spooled). */
const mayHavePrinted = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && (e as { mayHavePrinted?: unknown }).mayHavePrinted === true;

export const sendSystem = async (print: SystemPrintFn | undefined, file: string, printerName: string | null, title: string): Promise<void> => {
  if (!print) throw new PrintError('PRINTER_NOT_SUPPORTED', 'no system printer is available in this environment', false);
  try {
    await print(file, { printerName, title });
  } catch (e) {
    throw new PrintError('PRINTER_SYSTEM_ERROR', `system print failed: ${(e as Error).message}`, mayHavePrinted(e));
  }
};
