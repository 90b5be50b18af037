/** Reading a tab as a core Grid: a fixed number of service calls, whatever the number of rows. */
import type { MergedRange } from '../../core/check';
import { Grid, parseA1 } from '../../core/grid';
import type { NumberFormats } from '../../core/typedValues';

/**
 * The values of a tab, as stored (settings tab, log): what getDataRange().getValues() gives, in one call
 * (-1 rows and columns: up to the last with data). An empty tab has no such rows: read as getDataRange gives it.
 */
export function readSheetGrid(sheet: GoogleAppsScript.Spreadsheet.Sheet): Grid {
  try {
    const values = sheet.getSheetValues(1, 1, -1, -1) as Grid;
    if (values.length > 0 && values[0].length > 0) return values;
  } catch (_e) {
    // An empty tab: below.
  }
  return sheet.getDataRange().getValues() as Grid;
}

/** What the check needs of a division's tab: the values, their number formats and the merged ranges. */
export interface TabCells {
  grid: Grid;
  formats: NumberFormats;
  merges: MergedRange[];
}

/**
 * A division's tab as the .xlsx reader gives it too (cli/readWorkbook.ts): the values as stored, their number
 * formats (the core decides what was typed, core/typedValues.ts) and the merged ranges. Four calls, plus one per
 * merged range (merges are rare: each is reported as a finding).
 */
export function readTabCells(sheet: GoogleAppsScript.Spreadsheet.Sheet): TabCells {
  const range = sheet.getDataRange();
  const grid = range.getValues() as Grid;
  const formats = range.getNumberFormats();
  const merges = range.getMergedRanges().map((m) => mergedRange(m.getA1Notation()));
  return { grid, formats, merges: merges.filter((m): m is MergedRange => m !== null) };
}

/** What setup must know of a tab before it writes: values, number formats and formulas (to tell typed cells from its own). */
export interface SetupCells {
  grid: Grid;
  formats: string[][];
  formulas: string[][];
  /** False for a tab setup has just drawn: it has no notes to compare with. */
  notes: boolean;
}

/** One data range, three reads, whatever the number of rows. */
export function readSetupCells(sheet: GoogleAppsScript.Spreadsheet.Sheet): SetupCells {
  const range = sheet.getDataRange();
  return { grid: range.getValues() as Grid, formats: range.getNumberFormats(), formulas: range.getFormulas(), notes: true };
}

/** "B12:D12" → its 1-based corner and size. */
export function mergedRange(a1: string): MergedRange | null {
  const [first, last = first] = a1.split(':');
  const from = parseA1(first);
  const to = parseA1(last);
  if (!from || !to) return null;
  return { row: from.row, column: from.column, rows: to.row - from.row + 1, columns: to.column - from.column + 1 };
}

/** A rectangular block of values for setValues: every row padded to `width`. */
export function rectangular(rows: (string | number)[][], width: number): (string | number)[][] {
  return rows.map((r) => (r.length >= width ? r.slice(0, width) : [...r, ...Array(width - r.length).fill('')]));
}
