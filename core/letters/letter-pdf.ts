import PDFDocument from 'pdfkit';
import { existsSync } from 'node:fs';
import type { LetterDocument } from '../../shared/domain/letters/compose-letter';

/** Debian's fonts-noto-cjk; packaging ships the same file and points the letters.fontPath setting at it. */
export const DEFAULT_CJK_FONT_PATH = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
/** The face inside the .ttc collection: Simplified Chinese. */
const CJK_FACE = 'NotoSansCJKsc-Regular';

/** Lays a letter out on A4 with the CJK font embedded (subset), so it prints the same anywhere. */
export function renderLetterPdf(letter: LetterDocument, fontPath: string): Promise<Buffer> {
  if (!existsSync(fontPath)) throw new Error(`[letters] font not found at ${fontPath}`);
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 64, info: { Title: letter.title, Subject: letter.reference, Creator: 'Complaint Desk' }, lang: letter.language });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('cjk', fontPath, CJK_FACE);
    doc.font('cjk');
    doc.fontSize(10).fillColor('#555555').text(letter.letterhead, { align: 'left' });
    doc.moveDown(1.5);
    doc.fontSize(18).fillColor('#000000').text(letter.title, { align: 'center' });
    doc.moveDown(0.5);
    doc.fontSize(10).fillColor('#333333').text(letter.reference, { align: 'center' });
    doc.moveDown(1.5);
    doc.fontSize(12).fillColor('#000000');
    for (const paragraph of letter.paragraphs) {
      doc.text(paragraph, { align: 'left', lineGap: 4 });
      doc.moveDown(0.6);
    }
    if (letter.options) {
      doc.moveDown(0.4).text(letter.options.heading, { lineGap: 4 });
      letter.options.items.forEach((item, i) => doc.text(`${i + 1}. ${item}`, { indent: 18, lineGap: 4 }));
      doc.moveDown(0.6);
    }
    doc.moveDown(0.6).text(letter.closing);
    doc.moveDown(2);
    doc.text(letter.letterhead, { align: 'right' });
    doc.text(letter.date, { align: 'right' });
    doc.end();
  });
}
