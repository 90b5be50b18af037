/**
 * Parts of document.xml the renderer writes as text (tableXml.ts, paragraphXml.ts): docx gets a placeholder
 * paragraph for each, in a style no paragraph of the report has, and `fill` swaps the placeholders for the
 * pieces once docx has written the document.
 */
import { Paragraph, TextRun } from 'docx';

/** Characters XML 1.0 does not allow: a stray control character typed in a cell must not break the file. */
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text for a w:t element. */
export function escapeXml(text: string): string {
  return text.replace(INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The paragraph style of placeholder paragraphs; no paragraph of the report ever has it. */
export const SLOT_STYLE = 'Nd30Slot';

/** The XML of each placeholder, by the number its paragraph holds. */
export class XmlSlots {
  private readonly pieces: string[] = [];

  /** Keeps a piece of document XML; returns the text of its placeholder paragraph. */
  add(xml: string): string {
    this.pieces.push(xml);
    return String(this.pieces.length - 1);
  }

  /**
   * document.xml with every placeholder paragraph replaced by its XML. A placeholder that ends a section holds the
   * section's properties (w:sectPr): they stay, in an empty paragraph after the piece, as docx ends a section after a table.
   */
  fill(documentXml: string): string {
    const slot = new RegExp(`<w:p><w:pPr><w:pStyle w:val="${SLOT_STYLE}"/>(<w:sectPr>[\\s\\S]*?</w:sectPr>)?</w:pPr><w:r><w:t xml:space="preserve">(\\d+)</w:t></w:r></w:p>`, 'g');
    let filled = 0;
    const out = documentXml.replace(slot, (_all, section: string | undefined, n: string) => {
      filled += 1;
      return this.pieces[Number(n)] + (section ? `<w:p><w:pPr>${section}</w:pPr></w:p>` : '');
    });
    if (filled !== this.pieces.length) throw new Error(`The .docx lost parts of the report: ${filled} of ${this.pieces.length} placed.`);
    return out;
  }
}

/** The placeholder paragraph of a piece of XML kept in `slots`. */
export function slotParagraph(slots: XmlSlots, xml: string): Paragraph {
  return new Paragraph({ style: SLOT_STYLE, children: [new TextRun(slots.add(xml))] });
}
