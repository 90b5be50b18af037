/**
 * Data tables: one appendTable with every row (header first), then a fixed number of calls whatever
 * the number of rows: column widths from the model's shares, the whole table in the table size, the
 * header row bold. Cell alignment (header centred, numbers right) is per paragraph in DocumentApp,
 * which would cost a call per cell, so it is only planned here and done later through the Docs
 * service in one batchUpdate (docCellAlignment.ts).
 */
import { ND30 } from '../core/summary/format';
import type { TableBlock } from '../core/summary/model';
import type { DocContext } from './docContext';
import { textAttributes } from './docStyle';

/** Every row exactly `width` cells: appendTable needs a rectangular array of strings. */
function fitRow(row: readonly string[], width: number): string[] {
  const out = row.slice(0, width).map((cell) => String(cell ?? ''));
  while (out.length < width) out.push('');
  return out;
}

export function appendDataTable(ctx: DocContext, block: TableBlock): void {
  const width = block.columns.length;
  if (width === 0) return;
  const cells = [block.columns.map((c) => c.header), ...block.rows.map((row) => fitRow(row, width))];
  const table = ctx.body.appendTable(cells);
  ctx.stats.tables += 1;
  ctx.tables.push({ rows: cells.length, columns: width, header: 'center', columnAlign: block.columns.map((c) => c.align) });

  const totalShare = block.columns.reduce((sum, c) => sum + Math.max(0, c.width), 0);
  block.columns.forEach((c, i) => {
    const share = totalShare > 0 ? Math.max(0, c.width) / totalShare : 1 / width;
    table.setColumnWidth(i, ctx.page.textWidth * share);
  });

  table.editAsText().setAttributes(textAttributes(ctx.app, { size: ND30.tablePt }));
  table.getRow(0).editAsText().setBold(true);
}
