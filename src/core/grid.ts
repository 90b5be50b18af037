import { cleanText } from './text';

/** A grid is what one read of a tab returns: rows of cell values, '' for an empty cell (as SpreadsheetApp does). */
export type CellValue = string | number | boolean | Date | null | undefined;
export type Grid = CellValue[][];

/** Column number (1-based) to letters: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1 notation of a 1-based row and column. */
export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** Parses "B12" into 1-based row and column; null when it is not a single-cell A1 reference. */
export function parseA1(ref: string): { row: number; column: number } | null {
  const m = /^([A-Z]+)(\d+)$/.exec(ref.trim().toUpperCase());
  if (!m) return null;
  let column = 0;
  for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

/** True when a cell holds nothing a person typed (empty string, only spaces, null). */
export function isBlank(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return normalizeSpaces(value) === '';
  return false;
}

/** Clean text (core/text.ts): NFC, invisible characters removed, spaces made plain and collapsed, trimmed. */
export function normalizeSpaces(text: string): string {
  return cleanText(text);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * The text a person sees in a cell, trimmed: numbers with the Vietnamese decimal comma (1234,5), dates as
 * dd/mm/yyyy on the calendar of the running clock (Apps Script: the script's time zone; never through UTC),
 * with the time when it has one; TRUE or FALSE for a checkbox.
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (isNaN(value.getTime())) return '';
    const day = `${pad2(value.getDate())}/${pad2(value.getMonth() + 1)}/${value.getFullYear()}`;
    const time = value.getHours() || value.getMinutes() ? `${pad2(value.getHours())}:${pad2(value.getMinutes())}` : '';
    // A time alone is stored on Sheets' day zero (30/12/1899).
    if (value.getFullYear() < 1900) return time || day;
    return time ? `${day} ${time}` : day;
  }
  if (typeof value === 'string') return normalizeSpaces(value.replace(/\r\n?/g, '\n'));
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', ',') : String(value);
  // A checkbox or a comparison: the spreadsheet shows TRUE or FALSE.
  return value ? 'TRUE' : 'FALSE';
}

/** Reads one cell, tolerating short rows. */
export function cellAt(grid: Grid, rowIndex: number, columnIndex: number): CellValue {
  const row = grid[rowIndex];
  if (!row) return '';
  const v = row[columnIndex];
  return v === undefined || v === null ? '' : v;
}

/** Errors Google Sheets and Excel show in a cell whose formula failed. */
const FORMULA_ERRORS = ['#REF!', '#DIV/0!', '#N/A', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!', '#SPILL!', '#CALC!'];

export function formulaError(value: CellValue): string | null {
  if (typeof value !== 'string') return null;
  const t = value.trim().toUpperCase();
  return FORMULA_ERRORS.includes(t) ? t : null;
}
