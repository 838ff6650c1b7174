/**
 * Reads a TSPL job back into commands (no TSPL renderer exists to check our output against, so tests
 * parse it). BITMAP carries raw binary data of width × height bytes after its fifth comma, which is
 * why this walks bytes instead of splitting lines.
 */
export interface TsplCommand {
  name: string;
  /** Arguments with the quotes of string arguments removed. */
  args: string[];
  /** BITMAP's raw bytes. */
  data?: Buffer;
}

const splitArgs = (s: string): string[] => {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
};

export const parseTspl = (job: Buffer): TsplCommand[] => {
  const cmds: TsplCommand[] = [];
  let at = 0;
  while (at < job.length) {
    const eol = job.indexOf('\r\n', at, 'latin1');
    const lineEnd = eol < 0 ? job.length : eol;
    const head = job.toString('latin1', at, Math.min(lineEnd, at + 64));
    if (head.startsWith('BITMAP ')) {
      // BITMAP x,y,widthBytes,height,mode,<data>: find the fifth comma, then take exactly w*h bytes.
      let commas = 0;
      let p = at + 7;
      while (commas < 5 && p < job.length) if (job[p++] === 0x2c) commas++;
      const args = job.toString('latin1', at + 7, p - 1).split(',');
      const size = Number(args[2]) * Number(args[3]);
      cmds.push({ name: 'BITMAP', args, data: job.subarray(p, p + size) });
      at = p + size + 2;
      continue;
    }
    const line = job.toString('utf8', at, lineEnd);
    const space = line.indexOf(' ');
    const name = space < 0 ? line : line.slice(0, space);
    if (name !== '') cmds.push({ name, args: space < 0 ? [] : splitArgs(line.slice(space + 1)) });
    at = lineEnd + 2;
  }
  return cmds;
};
