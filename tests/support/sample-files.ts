import { Buffer } from 'node:buffer';

/** A 2×2 red PNG. */
export const SAMPLE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * A one-page PDF whose text is a phrase tests can search for (top line, Helvetica) and 理赔申请书 (bottom
 * line) in STSong-Light, named but not embedded, as Chinese forms often are: drawing it needs pdf.js's CMaps.
 */
export const SAMPLE_PDF = pdfOf([
  '<</Type/Catalog/Pages 2 0 R>>',
  '<</Type/Pages/Kids[3 0 R]/Count 1>>',
  '<</Type/Page/Parent 2 0 R/MediaBox[0 0 240 120]/Contents 4 0 R/Resources<</Font<</F1 5 0 R/F2 6 0 R>>>>>>',
  streamOf('BT /F1 12 Tf 10 90 Td (Claim form 42) Tj ET\nBT /F2 28 Tf 10 20 Td <7406 8D54 7533 8BF7 4E66> Tj ET'),
  '<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>',
  '<</Type/Font/Subtype/Type0/BaseFont/STSong-Light/Encoding/UniGB-UCS2-H/DescendantFonts[7 0 R]>>',
  '<</Type/Font/Subtype/CIDFontType0/BaseFont/STSong-Light/CIDSystemInfo<</Registry(Adobe)/Ordering(GB1)/Supplement 2>>/FontDescriptor 8 0 R/DW 1000>>',
  '<</Type/FontDescriptor/FontName/STSong-Light/Flags 6/FontBBox[0 -200 1000 900]/ItalicAngle 0/Ascent 880/Descent -120/CapHeight 880/StemV 93>>',
]);

function streamOf(content: string): string {
  return `<</Length ${Buffer.byteLength(content, 'latin1')}>>stream\n${content}\nendstream`;
}

/** Numbered objects (1 …), a cross-reference table with their offsets, and a trailer rooted at object 1. */
function pdfOf(objects: readonly string[]): Buffer {
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = Buffer.byteLength(body, 'latin1');
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** The start of a Linux executable (ELF) and of a Windows one (MZ … PE): what a renamed program looks like. */
export const SAMPLE_ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(120, 0x01)]);
export const SAMPLE_TEXT = Buffer.from('plain text has no magic bytes: 投诉 Claim form 42\n', 'utf8');
