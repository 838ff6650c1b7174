import PDFDocument from 'pdfkit';
import { formatRocDate } from '../../../shared/util/roc-date';
import type { FormFonts } from '../pdf/fonts';

/** The A4 page "test print" sends to an A4 printer profile: says which profile and when. */
export const renderA4TestPage = (fonts: FormFonts, profileName: string, at: Date): Promise<Buffer> => {
  const doc = new PDFDocument({ size: 'A4', margin: 0, font: '', info: { Title: '測試列印', Author: 'BranchDesk', CreationDate: at, ModDate: at } });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('bold').fontSize(24).text('分局服務台 測試列印', 72, 96, { lineBreak: false });
  doc.font('regular').fontSize(14).text(`印表機設定：${profileName}`, 72, 140, { lineBreak: false });
  doc.text(`列印時間：${formatRocDate(at)} ${at.toISOString().slice(11, 16)} UTC`, 72, 164, { lineBreak: false });
  doc.text('BranchDesk test page — if you can read this, the A4 printer works.', 72, 188, { lineBreak: false });
  doc.rect(72, 230, 451, 2).fill('#000000');
  doc.end();
  return done;
};
