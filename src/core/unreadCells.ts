/**
 * Cells the source could not read: a formula an .xlsx holds without a saved result (written by openpyxl or exceljs,
 * never opened in Excel). Google Sheets always has a value, so only the command line gives them; the check names
 * each and never reads one as an empty cell.
 */
import type { ResolvedColumn } from './form';
import type { LocatedSection } from './sectionLocator';

/** A cell the source could not read, 1-based, with what to tell the person (starting in lower case: it follows the column's name). */
export interface UnreadCell {
  row: number;
  column: number;
  message: string;
}

/** The computed columns and the row numbers: the report never reads them, so an unread value there changes nothing. */
export function ignoresUnread(column: ResolvedColumn): boolean {
  return column.type === 'ratio' || column.type === 'index';
}

/** Unread cells of a section's body outside its item rows, in the columns the form reads (a computed column is computed again). */
export function unreadOutsideItems(located: LocatedSection, unread: Map<string, UnreadCell>): { cell: UnreadCell; header: string; key: string }[] {
  if (unread.size === 0) return [];
  const first = (located.headerRow ?? located.titleRow ?? -1) + 1;
  const items = new Set(located.itemRows);
  const out: { cell: UnreadCell; header: string; key: string }[] = [];
  for (const cell of unread.values()) {
    const r = cell.row - 1;
    if (r < first || r >= located.end || items.has(r)) continue;
    const i = located.columns.findIndex((p) => p.index === cell.column - 1);
    const column = i >= 0 ? located.section.columns[i] : undefined;
    if (column && !ignoresUnread(column)) out.push({ cell, header: column.header, key: column.key });
  }
  return out;
}
