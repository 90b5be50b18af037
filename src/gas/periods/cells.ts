/**
 * Writing cells so they read back exactly: a text goes in behind an apostrophe (Sheets would otherwise read "30/11"
 * as a date or "1.234" as a number), dates and numbers as they are. Comparing what was written with what reads back.
 */
import type { CellValue, Grid } from '../../core/grid';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** The value to hand setValues so the cell holds `value` (a formula, when given, instead). */
export function asWritten(value: CellValue, formula = ''): string | number | boolean | Date {
  if (formula) return formula;
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') return `'${value}`;
  return value;
}

/** Every row as wide as `width`, `rows` rows, filled with `blank`. */
export function padded<T>(grid: T[][], rows: number, width: number, blank: T): T[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, c) => (grid[r] && grid[r][c] !== undefined && grid[r][c] !== null ? grid[r][c] : blank)));
}

/** Grows the sheet so a block of rows × columns from A1 fits (Sheets refuses ranges past its size). */
export function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

function sameCell(a: CellValue, b: CellValue): boolean {
  if (isDate(a) || isDate(b)) return isDate(a) && isDate(b) && a.getTime() === b.getTime();
  const blank = (v: CellValue) => v === null || v === undefined || v === '';
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  return a === b;
}

/** The first cell (1-based row, column) where `read` differs from `expected`, or null. */
export function firstDifference(expected: Grid, read: Grid): { row: number; column: number } | null {
  const rows = Math.max(expected.length, read.length);
  for (let r = 0; r < rows; r++) {
    const width = Math.max(expected[r]?.length ?? 0, read[r]?.length ?? 0);
    for (let c = 0; c < width; c++) if (!sameCell(expected[r]?.[c], read[r]?.[c])) return { row: r + 1, column: c + 1 };
  }
  return null;
}
