/**
 * Real documents for tests, built on the spot: a PDF with one page per string (pdf-lib, standard
 * Helvetica, lines wrapped to the page) and a DOCX with one paragraph per string (docx). What the
 * gateway extracts from them is the text given, so a test can search for it.
 */
import { Document, Packer, Paragraph } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const PAGE = { width: 612, height: 792, margin: 56, fontSize: 12, leading: 16 };

/** Words into lines that fit the page's width. */
function wrap(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const longer = line ? `${line} ${word}` : word;
      if (line && !fits(longer)) {
        lines.push(line);
        line = word;
      } else line = longer;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * A PDF with one page per entry of `pages` (WinAnsi text: Latin letters, digits, punctuation). A
 * page's text that does not fit one page is cut at its bottom: keep pages to a few hundred words.
 */
export async function pdfDocument(pages: string[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const width = PAGE.width - 2 * PAGE.margin;
  for (const text of pages) {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    let y = PAGE.height - PAGE.margin;
    for (const line of wrap(text, (l) => font.widthOfTextAtSize(l, PAGE.fontSize) <= width)) {
      if (y < PAGE.margin) break;
      page.drawText(line, { x: PAGE.margin, y, size: PAGE.fontSize, font });
      y -= PAGE.leading;
    }
  }
  return Buffer.from(await pdf.save());
}

/** A DOCX (Office Open XML) document with one paragraph per entry of `paragraphs`. */
export async function docxDocument(paragraphs: string[]): Promise<Buffer> {
  const document = new Document({
    sections: [{ children: paragraphs.map((text) => new Paragraph({ text })) }],
  });
  return Packer.toBuffer(document);
}

export const PDF_TYPE = 'application/pdf';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
