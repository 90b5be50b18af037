/** Reading a tab as a core Grid: one service call for the values, whatever the number of rows. */
import type { Grid } from '../core/grid';

export function readSheetGrid(sheet: GoogleAppsScript.Spreadsheet.Sheet): Grid {
  return sheet.getDataRange().getValues() as Grid;
}

/** A rectangular block of values for setValues: every row padded to `width`. */
export function rectangular(rows: (string | number)[][], width: number): (string | number)[][] {
  return rows.map((r) => (r.length >= width ? r.slice(0, width) : [...r, ...Array(width - r.length).fill('')]));
}
