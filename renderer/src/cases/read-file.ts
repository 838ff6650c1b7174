/** The largest file the import reads (main accepts a little more, as base64). */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
export const IMPORT_EXTENSIONS = ['.csv', '.xlsx'] as const;

export const isImportFile = (name: string): boolean => IMPORT_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/** A picked file's bytes as base64 (without the data: prefix), read in the renderer. */
export const readFileBase64 = (file: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      const comma = url.indexOf(',');
      resolve(comma >= 0 ? url.slice(comma + 1) : '');
    };
    reader.readAsDataURL(file);
  });
