/**
 * RFC 4180 CSV: quoted fields with doubled quotes, commas and newlines inside quotes, CRLF or LF
 * line ends, a UTF-8 BOM ignored. Returns rows of raw strings; blank lines are dropped.
 */
export const parseCsv = (text: string): string[][] => {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    if (row.some((f) => f.trim() !== '')) rows.push(row);
    row = [];
  };
  while (i < src.length) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n') endRow();
    else if (ch !== '\r') field += ch;
    i++;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
};

/**
 * Decodes a CSV file's bytes: UTF-8 (with or without BOM) when valid, else Big5 — the encoding
 * older Traditional Chinese exports use.
 */
export const decodeCsvBytes = (bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'big5' } => {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('big5').decode(bytes), encoding: 'big5' };
  }
};
