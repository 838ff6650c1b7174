/*
 * 附件2 record sheet PDF generation (issue 3): a typical signed 3-stop sheet, warm; target median
 * ≤ 150 ms and size ≤ 150 KB. Baseline from the same run: a blank pdfkit page with the same font
 * registered (the floor of any PDF we make).
 */
import { renderEscortSheet } from '../electron/main/pdf/escort-sheet';
import { renderBlankPage, sampleEscortSheetInput } from '../electron/main/pdf/escort-sheet.fixture';
import { report } from './lib/report';
import { median, msSince, percentile } from './lib/stats';

const N = Number(process.env['BENCH_N'] ?? 60);

const time = async (op: () => Promise<Buffer>, n: number): Promise<{ ms: number[]; bytes: number }> => {
  const ms: number[] = [];
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    const pdf = await op();
    ms.push(msSince(t));
    bytes = pdf.length;
  }
  return { ms, bytes };
};

const main = async (): Promise<void> => {
  const input = sampleEscortSheetInput({ stopCount: 3 });
  // Warm: fonts read and parsed once, as in a running app.
  await time(() => renderEscortSheet(input), 5);
  await time(() => renderBlankPage(), 5);
  const sheet = { ms: [] as number[], bytes: 0 };
  const blank = { ms: [] as number[], bytes: 0 };
  for (let k = 0; k < N; k += 10) {
    const a = await time(() => renderEscortSheet(input), 10);
    const b = await time(() => renderBlankPage(), 10);
    sheet.ms.push(...a.ms);
    sheet.bytes = a.bytes;
    blank.ms.push(...b.ms);
    blank.bytes = b.bytes;
  }
  const base = 'blank pdfkit A4 page, same font registered';
  report('escort-sheet', [
    { name: '附件2 PDF, signed, 3 stops, warm', unit: 'ms', stat: 'median', value: median(sheet.ms), baseline_name: base, baseline: median(blank.ms), target: 'value <= 150' },
    { name: '附件2 PDF, signed, 3 stops, warm', unit: 'ms', stat: 'p95', value: percentile(sheet.ms, 95), baseline_name: base, baseline: percentile(blank.ms, 95), target: null },
    { name: '附件2 PDF size, signed, 3 stops', unit: 'KB', stat: 'size', value: sheet.bytes / 1024, baseline_name: base, baseline: blank.bytes / 1024, target: 'value <= 150' },
  ]);
};

void main();
