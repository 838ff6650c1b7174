/*
 * Visit kit (準備到廠服務資料) PDF generation (issue 6): a 5-page kit (cover, list, one attached
 * 1-page regulation PDF, the prefilled 附件1, the e點通 guide with its QR), warm; target median
 * ≤ 600 ms. Baseline from the same run: a bare pdfkit document with the same number of pages of plain
 * text in the same font (what any 5-page PDF of ours costs before forms, QR and merging).
 */
import { plainTextPdf, sampleVisitKitInput } from '../electron/main/pdf/visit-kit/visit-kit.fixture';
import { renderVisitKit } from '../electron/main/pdf/visit-kit/visit-kit';
import { report } from './lib/report';
import { interleavedBuffers, median, percentile } from './lib/stats';

const N = Number(process.env['BENCH_N'] ?? 30);
const PAGES = 5;

const main = async (): Promise<void> => {
  // The attachment's bytes are an input (read from the library before printing), made once here.
  const input = await sampleVisitKitInput();
  const probe = await renderVisitKit(input);
  if (probe.pageCount !== PAGES) throw new Error(`expected a ${PAGES}-page kit, got ${probe.pageCount}`);
  const kitPdf = async () => (await renderVisitKit(input)).pdf;
  const plain = () => plainTextPdf('基準', PAGES);
  // Warm first, then interleaved rounds (see interleavedBuffers).
  const { ours: kit, baseline: base } = await interleavedBuffers(kitPdf, plain, { runs: N, round: 5 });
  const baseName = `bare pdfkit document, ${PAGES} pages of plain text, same font`;
  report('visit-kit', [
    { name: `visit kit PDF, ${PAGES} pages, warm`, unit: 'ms', stat: 'median', value: median(kit.ms), baseline_name: baseName, baseline: median(base.ms), target: 'value <= 600' },
    { name: `visit kit PDF, ${PAGES} pages, warm`, unit: 'ms', stat: 'p95', value: percentile(kit.ms, 95), baseline_name: baseName, baseline: percentile(base.ms, 95), target: null },
    { name: `visit kit PDF size, ${PAGES} pages`, unit: 'KB', stat: 'size', value: kit.bytes / 1024, baseline_name: baseName, baseline: base.bytes / 1024, target: null },
  ]);
};

void main();
