import { createRequire } from 'node:module';

/**
 * Renders ZPL to PNG offline with zpl-renderer-js (zebrash compiled to WebAssembly, no network),
 * at the label's size and the printer's resolution (8 dots/mm = 203 dpi, 12 = 300 dpi). Loaded
 * through require so the test runner does not try to transform its 9 MB bundle.
 */
type ZplApi = { zplToBase64Async: (zpl: string, widthMm?: number, heightMm?: number, dpmm?: number) => Promise<string> };
const requireHere = createRequire(__filename);

export const zplToPng = async (zpl: Buffer | string, widthMm: number, heightMm: number, dpi: 203 | 300): Promise<Buffer> => {
  const { ready } = requireHere('zpl-renderer-js') as { ready: Promise<{ api: ZplApi }> };
  const { api } = await ready;
  const text = typeof zpl === 'string' ? zpl : zpl.toString('utf8');
  const b64 = await api.zplToBase64Async(text, widthMm, heightMm, dpi === 203 ? 8 : 12);
  return Buffer.from(b64, 'base64');
};
