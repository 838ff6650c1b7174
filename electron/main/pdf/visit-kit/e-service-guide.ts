import type { FormKit } from '../form-kit';
import { mm } from '../form-kit';
import { drawQrCode } from '../form-kit-qr';
import { wrapText } from '../print-text';
import type { VisitKitInput } from './visit-kit-input';

/**
 * The one-page guide left with the business: a QR code to the public e點通 site (or to the visit's
 * own case) and short steps in Traditional Chinese for following cases on a phone. Everything is
 * clipped to its place, so the guide is always exactly one page, whatever the input.
 */

export const E_SERVICE_GUIDE_TITLE = 'APP＋QRcode 案件查詢 e點通';
const TAGLINE = '手機掃一下，檢驗進度隨時查';
const BRAND = '#1f4e79';
const MUTED = '#555555';
const TINT = '#eef3f8';

interface Step {
  lead: string;
  text: string;
}

const steps = (caseNumber: string | null): Step[] => [
  { lead: '掃描 QR Code', text: '打開手機相機（或 LINE 的「掃描 QR Code」），對準左上方的 QR Code。' },
  { lead: '開啟查詢頁面', text: '點選畫面上出現的網址，即開啟「e點通」案件查詢網頁；不必下載 APP，也不用帳號密碼。' },
  caseNumber === null
    ? { lead: '查詢案件進度', text: '貴公司每件報驗案件的標籤上都有專屬 QR Code，掃描後即可看到目前的檢驗進度與各階段日期，方便安排出貨時機。' }
    : {
        lead: '查看本案進度',
        text: `頁面會顯示本案（案號 ${caseNumber}）目前的檢驗進度與各階段日期；之後每件報驗案件的標籤上也都有專屬 QR Code，掃描即可查詢。`,
      },
  { lead: '加入主畫面', text: '在瀏覽器選單點選「加入主畫面」或加入書籤，下次點一下就能查詢。' },
];

const TIPS = [
  '案件的 QR Code 就是該案件的查詢憑據，請妥善保管，勿公開張貼。',
  '查詢頁面只顯示案件進度，不顯示個人資料。',
  '進度依本分局系統更新；如有疑問，請洽下方服務人員。',
];

/** Draws wrapped lines from y, at most `maxLines` (the last one ellipsized); returns the y after them. */
const paragraph = (kit: FormKit, text: string, x: number, y: number, width: number, pitch: number, maxLines: number, color = '#000000'): number => {
  const lines = wrapText(text, width, kit.measure);
  const shown = lines.slice(0, maxLines);
  if (lines.length > maxLines && shown.length > 0) shown[shown.length - 1] = kit.fit(`${shown[shown.length - 1]}……`, width);
  for (const line of shown) {
    kit.drawLine(line, x, y, color);
    y += pitch;
  }
  return y;
};

export const layoutEServiceGuide = (kit: FormKit, input: VisitKitInput): void => {
  const { doc } = kit;
  const { url, caseNumber } = input.eService;
  const x = kit.left;
  const w = kit.width;
  let y = kit.top;

  // Heading band.
  doc.roundedRect(x, y, w, mm(34), 6).fill(BRAND);
  kit.setFont('bold', 24);
  kit.drawAligned(E_SERVICE_GUIDE_TITLE, x, w, y + mm(4), 'center', '#ffffff');
  kit.setFont('regular', 13);
  kit.drawAligned(TAGLINE, x, w, y + mm(17.5), 'center', '#ffffff');
  kit.setFont('regular', 9);
  kit.drawAligned(kit.fit(input.branchName, w - mm(8)), x, w, y + mm(26.5), 'center', '#dce6f0');
  y += mm(40);

  // The code, and what it opens.
  const qrSize = mm(62);
  doc.lineWidth(0.8).roundedRect(x, y, qrSize + mm(4), qrSize + mm(4), 4).stroke(BRAND);
  const drawn = drawQrCode(kit, url, x + mm(2), y + mm(2), qrSize);
  if (!drawn) {
    kit.setFont('bold', 11);
    kit.drawAligned('網址過長，無法產生 QR Code', x, qrSize + mm(4), y + qrSize / 2, 'center', '#b3261e');
  }
  const tx = x + qrSize + mm(10);
  const tw = kit.right - tx;
  let ty = y + mm(3);
  kit.setFont('bold', 15);
  kit.drawLine(caseNumber === null ? '用手機查詢檢驗案件進度' : '用手機查詢本案進度', tx, ty, BRAND);
  ty += mm(9);
  if (caseNumber !== null) {
    kit.setFont('regular', 11);
    ty = paragraph(kit, `案號：${caseNumber}`, tx, ty, tw, 11 * 1.5, 2);
    ty += mm(1);
  }
  kit.setFont('regular', 11);
  ty = paragraph(kit, '以手機相機掃描左方 QR Code，即可開啟 e點通 查詢網頁，隨時隨地掌握檢驗進度。', tx, ty, tw, 11 * 1.55, 4);
  ty += mm(3);
  kit.setFont('regular', 9);
  kit.drawLine('網址：', tx, ty, MUTED);
  ty += 9 * 1.5;
  // The address as the code carries it, for typing in when a phone cannot scan.
  paragraph(kit, url, tx, ty, tw, 9 * 1.45, 4, MUTED);
  y += qrSize + mm(12);

  // Steps.
  kit.setFont('bold', 14);
  kit.drawLine('使用步驟', x, y, BRAND);
  y += mm(8);
  const numberSize = mm(8);
  const textX = x + numberSize + mm(4);
  const textW = kit.right - textX;
  steps(caseNumber).forEach((s, i) => {
    doc.circle(x + numberSize / 2, y + numberSize / 2, numberSize / 2).fill(BRAND);
    kit.setFont('bold', 13);
    kit.drawAligned(String(i + 1), x, numberSize, y + mm(1.1), 'center', '#ffffff');
    kit.drawLine(s.lead, textX, y + mm(0.6), BRAND);
    kit.setFont('regular', 11);
    const end = paragraph(kit, s.text, textX, y + mm(7.5), textW, 11 * 1.5, 3);
    y = Math.max(end, y + numberSize) + mm(3.5);
  });

  // Tips.
  y += mm(1);
  const tipsTop = y;
  kit.setFont('regular', 10);
  const tipLines = TIPS.flatMap((t) => wrapText(`• ${t}`, w - mm(10), kit.measure));
  const tipsHeight = mm(9) + tipLines.length * 10 * 1.55 + mm(3);
  doc.roundedRect(x, tipsTop, w, tipsHeight, 4).fill(TINT);
  kit.setFont('bold', 11);
  kit.drawLine('小提醒', x + mm(5), tipsTop + mm(3), BRAND);
  kit.setFont('regular', 10);
  let ly = tipsTop + mm(9);
  for (const line of tipLines) {
    kit.drawLine(line, x + mm(5), ly);
    ly += 10 * 1.55;
  }
  y = tipsTop + tipsHeight + mm(5);

  // Who to call.
  const v = input.visit;
  const people = v.inspectors.map((i) => (i.phone.trim() === '' ? i.name : `${i.name}（${i.phone}）`)).join('、');
  const contact = [
    `服務單位：${input.branchName} ${v.unitName}${input.branchPhone.trim() === '' ? '' : `\u3000電話：${input.branchPhone}`}`,
    `服務人員：${people}`,
  ];
  const room = kit.bottom - y;
  doc.lineWidth(0.6).roundedRect(x, y, w, Math.min(room, mm(20)), 4).stroke(MUTED);
  kit.setFont('regular', 10);
  let cy = y + mm(3);
  for (const c of contact) {
    cy = paragraph(kit, c, x + mm(5), cy, w - mm(10), 10 * 1.5, 1);
    cy += mm(1);
  }
};
