/*
 * 附件2 record sheet PDF generation (issue 3): a typical signed 3-stop sheet, warm; target median
 * ≤ 150 ms and size ≤ 150 KB. Baseline from the same run: a blank pdfkit page with the same font
 * registered (the floor of any PDF we make).
 */
import { renderEscortSheet } from '../electron/main/pdf/escort-sheet';
import { renderBlankPage, sampleEscortSheetInput } from '../electron/main/pdf/escort-sheet.fixture';
import { report } from './lib/report';
import { interleavedBuffers, median, percentile } from './lib/stats';

const N = Number(process.env['BENCH_N'] ?? 60);

const main = async (): Promise<void> => {
  const input = sampleEscortSheetInput({ stopCount: 3 });
  const { ours: sheet, baseline: blank } = await interleavedBuffers(() => renderEscortSheet(input), () => renderBlankPage(), {
    runs: N,
    round: 10,
  });
  const base = 'blank pdfkit A4 page, same font registered';
  report('escort-sheet', [
    { name: '附件2 PDF, signed, 3 stops, warm', unit: 'ms', stat: 'median', value: median(sheet.ms), baseline_name: base, baseline: median(blank.ms), target: 'value <= 150' },
    { name: '附件2 PDF, signed, 3 stops, warm', unit: 'ms', stat: 'p95', value: percentile(sheet.ms, 95), baseline_name: base, baseline: percentile(blank.ms, 95), target: null },
    { name: '附件2 PDF size, signed, 3 stops', unit: 'KB', stat: 'size', value: sheet.bytes / 1024, baseline_name: base, baseline: blank.bytes / 1024, target: 'value <= 150' },
  ]);
};

void main();
