/**
 * How a paragraph looks (size, weight, alignment, spacing) and how that becomes DocumentApp
 * attributes: one Paragraph.setAttributes call sets the paragraph and its text at once, and each
 * bold or italic run is one Text.setAttributes call over its offsets.
 */
import { ND30, mmToPt } from '../core/summary/format';
import type { Alignment, TextRun } from '../core/summary/model';
import type { DocContext } from './docContext';
import { BLACK } from './docPage';

type DocumentApp = GoogleAppsScript.Document.DocumentApp;
type Paragraph = GoogleAppsScript.Document.Paragraph;

export interface Look {
  size: number;
  bold?: boolean;
  italic?: boolean;
  align: Alignment;
  /** The first-line indent of Decree 30 body text. */
  indent?: boolean;
  spaceBefore: number;
  spaceAfter: number;
  lineSpacing: number;
  /** Times New Roman unless said. */
  font?: string;
}

export const FIRST_LINE_INDENT_PT = mmToPt(ND30.firstLineIndentCm * 10);

/** Body text of Decree 30: justified, first-line indent, 6 pt after, line spacing 1.15. */
export function bodyLook(size: number = ND30.bodyPt): Look {
  return { size, align: 'justify', indent: true, spaceBefore: 0, spaceAfter: ND30.spaceAfterPt, lineSpacing: ND30.lineSpacing };
}

/** Lines set close together: the heading block, the title, the closing. */
export function tightLook(size: number, align: Alignment, extra: Partial<Look> = {}): Look {
  return { size, align, spaceBefore: 0, spaceAfter: 0, lineSpacing: 1, ...extra };
}

export function horizontalAlignment(app: DocumentApp, align: Alignment): GoogleAppsScript.Document.HorizontalAlignment {
  switch (align) {
    case 'left':
      return app.HorizontalAlignment.LEFT;
    case 'center':
      return app.HorizontalAlignment.CENTER;
    case 'right':
      return app.HorizontalAlignment.RIGHT;
    case 'justify':
      return app.HorizontalAlignment.JUSTIFY;
  }
}

/** Text attributes only (for Text.setAttributes over a whole table). */
export function textAttributes(app: DocumentApp, look: Pick<Look, 'size' | 'bold' | 'italic' | 'font'>): Record<string, unknown> {
  const A = app.Attribute;
  const attrs: Record<string, unknown> = {};
  attrs[A.FONT_FAMILY] = look.font ?? ND30.font;
  attrs[A.FONT_SIZE] = look.size;
  attrs[A.FOREGROUND_COLOR] = BLACK;
  attrs[A.BOLD] = look.bold ?? false;
  attrs[A.ITALIC] = look.italic ?? false;
  return attrs;
}

/** Paragraph and text attributes for one Paragraph.setAttributes call. */
export function lookAttributes(app: DocumentApp, look: Look): Record<string, unknown> {
  const A = app.Attribute;
  const attrs = textAttributes(app, look);
  attrs[A.HORIZONTAL_ALIGNMENT] = horizontalAlignment(app, look.align);
  attrs[A.INDENT_FIRST_LINE] = look.indent ? FIRST_LINE_INDENT_PT : 0;
  attrs[A.INDENT_START] = 0;
  attrs[A.SPACING_BEFORE] = look.spaceBefore;
  attrs[A.SPACING_AFTER] = look.spaceAfter;
  attrs[A.LINE_SPACING] = look.lineSpacing;
  return attrs;
}

/** Gives an existing paragraph (e.g. the first one of a table cell) its look. */
export function styleParagraph(ctx: DocContext, paragraph: Paragraph, look: Look): Paragraph {
  paragraph.setAttributes(lookAttributes(ctx.app, look));
  ctx.stats.paragraphs += 1;
  return paragraph;
}

/** Appends a paragraph to the body or a table cell and gives it its look. */
export function writeParagraph(ctx: DocContext, container: { appendParagraph(text: string): Paragraph }, text: string, look: Look): Paragraph {
  return styleParagraph(ctx, container.appendParagraph(text), look);
}

/** Bold / italic runs of a paragraph written from `runs` (whose texts joined are its text). */
export function applyRuns(ctx: DocContext, paragraph: Paragraph, runs: readonly TextRun[]): void {
  const A = ctx.app.Attribute;
  const styled: { start: number; end: number; attrs: Record<string, unknown> }[] = [];
  let at = 0;
  for (const run of runs) {
    if (run.text.length && (run.bold || run.italic)) {
      const attrs: Record<string, unknown> = {};
      if (run.bold) attrs[A.BOLD] = true;
      if (run.italic) attrs[A.ITALIC] = true;
      styled.push({ start: at, end: at + run.text.length - 1, attrs });
    }
    at += run.text.length;
  }
  if (!styled.length) return;
  const text = paragraph.editAsText();
  for (const s of styled) text.setAttributes(s.start, s.end, s.attrs);
}
