/**
 * Text as a printed form shows it: cleaned of invisible control characters, and wrapped into lines
 * that fit a cell. pdfkit's own wrapping is not used because a form must know every line's position
 * in advance (to size bordered cells and to split a long table row across pages).
 */

/**
 * Characters with no visible form that would only do harm on paper: C0/C1 controls (except the line
 * break), bidi embeddings/overrides/isolates and marks, zero-width spaces and the BOM. pdfkit does no
 * bidi reordering, so an RTL override can never flip printed text; dropping these just keeps the
 * font's .notdef boxes out of the page and the extracted text equal to what is seen.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const cleanPrintText = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(INVISIBLE, '');

/** Text for a one-line spot: cleaned, with line breaks turned into spaces. */
export const printLine = (text: string): string => cleanPrintText(text).replace(/\n/g, ' ');

/** Never at the start of a line (避頭點): closing brackets and punctuation stick to what precedes them. */
const NO_LINE_START = new Set([...'，。、；：？！）」』〉》】〕｝’”…‥・,.;:!?)]}%～ー']);
/** Never at the end of a line: opening brackets stick to what follows them. */
const NO_LINE_END = new Set([...'（「『〈《【〔｛‘“([{']);
/** Runs of these stay together as one word (Latin words, numbers, codes, URLs). */
const WORD_CHAR = /[\p{Script=Latin}\p{Nd}_@#&+\-./:=~'"$]/u;

/**
 * Splits a paragraph into unbreakable tokens: whole Latin words/numbers, single CJK characters, and
 * runs of spaces, with kinsoku characters glued to their neighbour.
 */
export const tokenize = (paragraph: string): string[] => {
  const raw: string[] = [];
  for (const ch of paragraph) {
    const prev = raw[raw.length - 1];
    const prevLast = prev === undefined ? undefined : Array.from(prev).pop();
    const joinWord = prevLast !== undefined && WORD_CHAR.test(ch) && WORD_CHAR.test(prevLast);
    const joinSpace = prevLast === ' ' && ch === ' ';
    if (prev !== undefined && (joinWord || joinSpace)) raw[raw.length - 1] = prev + ch;
    else raw.push(ch);
  }
  const tokens: string[] = [];
  let pendingOpen = '';
  for (const tok of raw) {
    const last = tokens[tokens.length - 1];
    if (NO_LINE_START.has(tok) && last !== undefined && !last.endsWith(' ') && pendingOpen === '') {
      tokens[tokens.length - 1] = last + tok;
    } else if (NO_LINE_END.has(tok)) {
      pendingOpen += tok;
    } else {
      tokens.push(pendingOpen + tok);
      pendingOpen = '';
    }
  }
  if (pendingOpen !== '') tokens.push(pendingOpen);
  return tokens;
};

export type Measure = (text: string) => number;

/** Breaks a token too wide for any line at code point boundaries (never inside a surrogate pair). */
const hardSplit = (token: string, width: number, measure: Measure): string[] => {
  const parts: string[] = [];
  let cur = '';
  for (const ch of token) {
    if (cur !== '' && measure(cur + ch) > width) {
      parts.push(cur);
      cur = ch;
    } else cur += ch;
  }
  if (cur !== '') parts.push(cur);
  return parts;
};

/**
 * Greedy line filling within `width` points. Explicit line breaks are kept; spaces at the edges of a
 * wrapped line are dropped. Always returns at least one line (possibly empty) so a cell has a height.
 */
export const wrapText = (text: string, width: number, measure: Measure): string[] => {
  const lines: string[] = [];
  for (const paragraph of cleanPrintText(text).split('\n')) {
    let line = '';
    let lineWidth = 0;
    const flush = () => {
      lines.push(line.trimEnd());
      line = '';
      lineWidth = 0;
    };
    for (const token of tokenize(paragraph)) {
      const isSpace = token.trim() === '';
      if (isSpace && line === '') continue;
      const w = measure(token);
      if (lineWidth + w <= width) {
        line += token;
        lineWidth += w;
        continue;
      }
      if (isSpace) {
        flush();
        continue;
      }
      if (line !== '') flush();
      if (w <= width) {
        line = token;
        lineWidth = w;
        continue;
      }
      const parts = hardSplit(token, width, measure);
      for (const part of parts.slice(0, -1)) lines.push(part);
      line = parts[parts.length - 1] ?? '';
      lineWidth = measure(line);
    }
    lines.push(line.trimEnd());
  }
  return lines.length > 0 ? lines : [''];
};
