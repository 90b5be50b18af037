/**
 * The body blocks of the summary: headings (I. UPPERCASE bold, 1. bold, a) italic), paragraphs
 * (justified, first-line indent, bold/italic runs), data tables and charts. Each block costs a few
 * calls, whatever its size.
 */
import { ND30 } from '../core/summary/format';
import type { Block, HeadingBlock, ParagraphBlock } from '../core/summary/model';
import { appendChart } from './docCharts';
import type { DocContext } from './docContext';
import { appendDataTable } from './docTables';
import { applyRuns, bodyLook, styleParagraph, writeParagraph } from './docStyle';

function headingLevel(app: GoogleAppsScript.Document.DocumentApp, level: HeadingBlock['level']): GoogleAppsScript.Document.ParagraphHeading {
  switch (level) {
    case 1:
      return app.ParagraphHeading.HEADING1;
    case 2:
      return app.ParagraphHeading.HEADING2;
    case 3:
      return app.ParagraphHeading.HEADING3;
  }
}

/**
 * A Docs heading (so the outline lists the sections), in the look of Decree 30: the named heading
 * style is set first, then every attribute of the look over it.
 */
export function appendHeading(ctx: DocContext, block: HeadingBlock): void {
  const text = block.level === 1 ? block.text.toUpperCase() : block.text;
  const paragraph = ctx.body.appendParagraph(text);
  paragraph.setHeading(headingLevel(ctx.app, block.level));
  const look = { ...bodyLook(ND30.headingPt), spaceBefore: ND30.spaceAfterPt, bold: block.level !== 3, italic: block.level === 3 };
  styleParagraph(ctx, paragraph, look);
}

export function appendParagraphBlock(ctx: DocContext, block: ParagraphBlock): void {
  const text = block.runs.map((r) => r.text).join('');
  const look = { ...bodyLook(), align: block.align ?? 'justify', indent: block.indent ?? true };
  const paragraph = writeParagraph(ctx, ctx.body, text, look);
  applyRuns(ctx, paragraph, block.runs);
}

export function appendBlocks(ctx: DocContext, blocks: readonly Block[]): void {
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        appendHeading(ctx, block);
        break;
      case 'paragraph':
        appendParagraphBlock(ctx, block);
        break;
      case 'table':
        appendDataTable(ctx, block);
        break;
      case 'chart':
        appendChart(ctx, block);
        break;
      default: {
        const unknown: never = block;
        throw new Error(`Unknown block ${JSON.stringify(unknown)}`);
      }
    }
  }
}
