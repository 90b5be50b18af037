/** Small constructors for document blocks, so section builders read like the report they write. */
import { Alignment, Block, ChartBlock, HeadingBlock, ParagraphBlock, TableBlock, TextRun } from './model';

export function heading(level: 1 | 2 | 3, text: string): HeadingBlock {
  return { kind: 'heading', level, text, align: 'left' };
}

export function paragraph(...runs: (TextRun | string)[]): ParagraphBlock {
  return { kind: 'paragraph', runs: runs.map((r) => (typeof r === 'string' ? { text: r } : r)) };
}

/** A "- item" line, as administrative reports list things. */
export function dash(text: string): ParagraphBlock {
  return paragraph(`- ${text}`);
}

/** A "+ item" line: an item under a "- …:" line. */
export function plus(text: string): ParagraphBlock {
  return paragraph(`+ ${text}`);
}

/**
 * One division's items where its content begins: "- Văn phòng Sở: item." for one item,
 * "- Văn phòng Sở:" then "+ item." lines for several. The division is named once, never after each item.
 */
export function divisionItems(name: string, items: string[]): ParagraphBlock[] {
  if (items.length === 1) return [dash(`${name}: ${items[0]}`)];
  return [dash(`${name}:`), ...items.map(plus)];
}

export function bold(text: string): TextRun {
  return { text, bold: true };
}

export function italic(text: string): TextRun {
  return { text, italic: true };
}

export interface ColumnSpec {
  header: string;
  align?: Alignment;
  width: number;
}

/** A table; `widthGroup` gives it the same column widths as the other tables of that group. */
export function table(columns: ColumnSpec[], rows: string[][], widthGroup?: string): TableBlock {
  const total = columns.reduce((s, c) => s + c.width, 0);
  return {
    kind: 'table',
    columns: columns.map((c) => ({ header: c.header, align: c.align ?? 'left', width: (c.width / total) * 100 })),
    rows,
    ...(widthGroup ? { widthGroup } : {}),
  };
}

export function chart(title: string, bars: { label: string; value: number }[]): ChartBlock {
  return { kind: 'chart', title, bars, fallback: `${title}: ${bars.map((b) => `${b.label} ${b.value}`).join('; ')}.` };
}

export type Blocks = Block[];
