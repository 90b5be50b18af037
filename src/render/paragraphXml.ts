/**
 * Headings and body paragraphs as WordprocessingML text, in exactly the form docx writes them (a test
 * compares the two): a long report has thousands of them, and as docx objects they cost more than the rest
 * of the document. Only paragraphs in the document's default form (justified, first-line indent: the body
 * text style of Decree 30) and headings go this way; any other paragraph is left to docx.
 */
import type { HeadingBlock, ParagraphBlock, TextRun } from '../core/summary/model';
import { ND30 } from '../core/summary/format';
import { withoutLoneLastWord } from './docxMeasure';
import { textLines } from '../core/textLines';
import { escapeXml } from './xmlSlots';

/** True when the paragraph has the document's default form, which needs no paragraph properties. */
export function isBodyText(block: ParagraphBlock): boolean {
  return (block.align === undefined || block.align === 'justify') && block.indent !== false;
}

function runXml(run: TextRun): string {
  const props = (run.bold ? '<w:b/><w:bCs/>' : '') + (run.italic ? '<w:i/><w:iCs/>' : '');
  const rPr = props ? `<w:rPr>${props}</w:rPr>` : '';
  return textLines(run.text)
    .map((line, i) => `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`)
    .join('');
}

export function bodyParagraphXml(block: ParagraphBlock): string {
  return `<w:p>${block.runs.map(runXml).join('')}</w:p>`;
}

/**
 * Headings are aligned by their style (left: never justified); another alignment the model asks for is said on the paragraph.
 * Given the room of its first line, a heading that may wrap never leaves a lone word on its last line.
 */
export function headingXml(block: HeadingBlock, style: string, room?: number): string {
  const jc = block.align && block.align !== 'left' ? `<w:jc w:val="${block.align === 'justify' ? 'both' : block.align}"/>` : '';
  const text = room === undefined ? block.text : withoutLoneLastWord(block.text, ND30.headingPt, block.level < 3, room);
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/>${jc}</w:pPr>${runXml({ text })}</w:p>`;
}
