/**
 * What a person typed, recovered from what a spreadsheet stores. Typing "98,5%" into a cell makes
 * Google Sheets and Excel store 0.985 with a percent format; the division meant 98.5 (its unit is "%").
 * Both shells pass the cells' number formats to the check, so the rules exist once.
 */
import type { CellValue } from './grid';

/** Number formats of a tab, in the grid's shape; null or '' where the source cannot tell or the cell has none. */
export type NumberFormats = (string | null | undefined)[][];

/** True for a number format that shows a percentage ("0.0%", "0%", "#,##0.00%"), not a literal "%" in quotes. */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  return /%/.test(format.replace(/"[^"]*"/g, '').replace(/\\%/g, ''));
}

/** The value as typed: a number shown as a percentage becomes the figure the person wrote (0.985 → 98.5). */
export function typedValue(value: CellValue, format: string | null | undefined): CellValue {
  if (typeof value !== 'number' || !isPercentFormat(format)) return value;
  // Round away the binary noise of ×100 (0.985 × 100 = 98.49999…).
  return Math.round(value * 100 * 1e9) / 1e9;
}

/** A number stored under a percent format, as text the way it shows: 0.125 → "12,5%". */
export function percentText(value: number): string {
  return `${String(typedValue(value, '0%')).replace('.', ',')}%`;
}
