/**
 * The named range setup gives each division tab: whole columns, A to the tab's last column, named after the
 * sheet id setup recorded. `Spreadsheet.getRangeByName` hands back its Range in one call, without listing the
 * sheets and asking each its id, so reading a division costs four calls (the range, values, number formats,
 * merges) instead of five. The range follows the tab when it is renamed, keeps every row whatever is
 * inserted, and widens with a column inserted inside it.
 *
 * What it cannot see, and what is done about it:
 * - content right of its last column (a column added after the last one): when the tab's last column in
 *   the range holds anything, the tab is read as a whole instead (readNamedTab gives null); the same for its
 *   last row;
 * - a column inserted left of column A moves the range one column right: setup puts it back, and until then
 *   the cells named in findings would be one column off. Setup checks it on every run.
 */
import type { Grid } from '../../core/grid';
import { columnLetter } from '../../core/grid';
import type { NumberFormats } from '../../core/typedValues';
import { mergedRange, TabCells } from './grid';

const PREFIX = 'BaoCaoKTXH_tab_';

export function tabRangeName(sheetId: number): string {
  return `${PREFIX}${String(sheetId).replace('-', 'm')}`;
}

/** Setup: names (or renames to) whole columns A to the tab's last column. Nothing when it already is so. */
export function markDivisionTab(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: GoogleAppsScript.Spreadsheet.Sheet, sheetId: number): void {
  const name = tabRangeName(sheetId);
  const wanted = `A:${columnLetter(sheet.getMaxColumns())}`;
  const current = spreadsheet.getRangeByName(name);
  if (current && current.getA1Notation() === wanted && current.getSheet().getSheetId() === sheetId) return;
  if (current) spreadsheet.removeNamedRange(name);
  spreadsheet.setNamedRange(name, sheet.getRange(wanted));
}

/** The rows and columns up to the last cell holding a value (at least A1, as getDataRange gives for an empty tab). */
function contentExtent(values: Grid): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  values.forEach((row, r) => {
    for (let c = row.length - 1; c >= 0; c--) {
      if (row[c] !== '' && row[c] !== null && row[c] !== undefined) {
        rows = r + 1;
        columns = Math.max(columns, c + 1);
        break;
      }
    }
  });
  return { rows: Math.max(rows, 1), columns: Math.max(columns, 1) };
}

function cut<T>(grid: T[][], rows: number, columns: number): T[][] {
  return grid.slice(0, rows).map((r) => r.slice(0, columns));
}

/**
 * The tab's cells through its named range, cut to what getDataRange would give: up to the last value, with
 * its number formats and the merged ranges that touch it (as getDataRange().getMergedRanges() does). Null
 * when the range's last column or last row holds a value: there may be more beyond it, so the caller reads the
 * whole tab. (Whole columns reach the sheet's last row; the row check is there in case Google ever stored them
 * bounded, so that rows added below could not go unread.)
 */
export function readNamedTab(range: GoogleAppsScript.Spreadsheet.Range): TabCells | null {
  const values = range.getValues() as Grid;
  const width = values[0]?.length ?? 0;
  const { rows, columns } = contentExtent(values);
  if (width === 0 || columns >= width || rows >= values.length) return null;
  const formats = range.getNumberFormats() as NumberFormats;
  const merges = range
    .getMergedRanges()
    .map((m) => mergedRange(m.getA1Notation()))
    .filter((m): m is NonNullable<typeof m> => m !== null && m.row <= rows && m.column <= columns);
  return { grid: cut(values, rows, columns), formats: cut(formats, rows, columns), merges };
}
