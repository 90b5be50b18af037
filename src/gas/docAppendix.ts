/**
 * The appendix ("Phụ lục") on a new page: its label, UPPERCASE title, italic subtitle, then its
 * blocks. The model asks for landscape pages when the appendix is wide; Google Docs has a single
 * page orientation per document, so here the appendix stays portrait (the .docx renderer turns it).
 */
import { ND30 } from '../core/summary/format';
import type { Appendix } from '../core/summary/model';
import { appendBlocks } from './docBlocks';
import type { DocContext } from './docContext';
import { tightLook, writeParagraph } from './docStyle';

export function appendAppendix(ctx: DocContext, appendix: Appendix): void {
  ctx.body.appendPageBreak();
  writeParagraph(ctx, ctx.body, appendix.label, tightLook(ND30.appendixLabelPt, 'center', { bold: true }));
  writeParagraph(ctx, ctx.body, appendix.title.toUpperCase(), tightLook(ND30.headingPt, 'center', { bold: true }));
  writeParagraph(ctx, ctx.body, appendix.subtitle, tightLook(ND30.bodyPt, 'center', { italic: true, spaceAfter: ND30.spaceAfterPt }));
  appendBlocks(ctx, appendix.blocks);
}
