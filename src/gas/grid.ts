/** Reading a tab as a core Grid: a fixed number of service calls, whatever the number of rows. */
import type { Grid } from '../core/grid';
import { typedValue } from '../core/typedValues';

/** The values of a tab, as stored (settings tab, log). One read. */
export function readSheetGrid(sheet: GoogleAppsScript.Spreadsheet.Sheet): Grid {
  return sheet.getDataRange().getValues() as Grid;
}

/** A division's tab as the division typed it: values and their number formats, two reads (core/typedValues.ts). */
export function readTypedGrid(sheet: GoogleAppsScript.Spreadsheet.Sheet): Grid {
  const range = sheet.getDataRange();
  const values = range.getValues() as Grid;
  const formats = range.getNumberFormats();
  return values.map((row, r) => row.map((v, c) => typedValue(v, formats[r]?.[c])));
}

/** A rectangular block of values for setValues: every row padded to `width`. */
export function rectangular(rows: (string | number)[][], width: number): (string | number)[][] {
  return rows.map((r) => (r.length >= width ? r.slice(0, width) : [...r, ...Array(width - r.length).fill('')]));
}
