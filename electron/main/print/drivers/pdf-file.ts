import fs from 'node:fs';
import path from 'node:path';
import { PrintError } from './print-error';

/** A file name from a job title: letters (any script), digits, '.', '_' and '-' only. */
export const safeFileName = (title: string): string =>
  (title.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^[._]+/, '').slice(0, 80) || 'print');

/**
 * "Save as PDF": copies the job's PDF into the profile's folder under a name from its title and id.
 * Written beside and renamed, so the folder never shows a half-written file.
 */
export const savePdfToDirectory = (directory: string, payloadFile: string, title: string, jobId: string): { file: string } => {
  try {
    fs.mkdirSync(directory, { recursive: true });
    const file = path.join(directory, `${safeFileName(title)}-${jobId.slice(-8)}.pdf`);
    const tmp = `${file}.part`;
    fs.copyFileSync(payloadFile, tmp);
    fs.renameSync(tmp, file);
    return { file };
  } catch (e) {
    throw new PrintError('PRINTER_FILE_ERROR', `could not save the PDF in ${directory}: ${(e as Error).message}`, false);
  }
};
