/** Writes the new period into the settings tab: the period rows only, found by their label (rows the Office moved stay found). */
import type { Grid } from '../../core/grid';
import { cellText } from '../../core/grid';
import type { Settings } from '../../core/settings';
import { SETTINGS_TAB, periodSettingsRows } from '../../core/settingsTab';
import { textKey } from '../../core/text';
import { addMissingSettingsRows } from '../sheet/settingsSheet';
import { readSheetGrid } from '../sheet/grid';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Adds the rows a newer version introduced (the data cut-off), so the period can be written into them. Returns the tab's grid now. */
export function settingsWithAllRows(sheet: Sheet, grid: Grid, missingRows: (string | number)[][]): Grid {
  if (missingRows.length === 0) return grid;
  addMissingSettingsRows(sheet, grid, missingRows);
  return readSheetGrid(sheet);
}

/** One setValues per run of adjacent period rows. Returns what column B held there before, to put back on failure. */
export function writePeriodRows(sheet: Sheet, grid: Grid, settings: Settings): { row: number; before: unknown }[] {
  const rowOf = new Map<string, number>();
  grid.forEach((r, i) => {
    const key = textKey(cellText(r[0]));
    if (key && !rowOf.has(key)) rowOf.set(key, i + 1);
  });
  const cells = periodSettingsRows(settings).map((p) => {
    const row = rowOf.get(textKey(p.label));
    if (row === undefined) throw new Error(`Tab ${SETTINGS_TAB} không có dòng «${p.label}».`);
    return { row, value: p.value, before: grid[row - 1][1] };
  });
  cells.sort((a, b) => a.row - b.row);
  for (let i = 0; i < cells.length;) {
    let j = i;
    while (j + 1 < cells.length && cells[j + 1].row === cells[j].row + 1) j++;
    const run = cells.slice(i, j + 1);
    // Texts behind an apostrophe so a label like "quý I" stays text; dates as the Office types them.
    sheet.getRange(run[0].row, 2, run.length, 1).setValues(run.map((c) => [typeof c.value === 'string' && !/^\d{2}\/\d{2}\/\d{4}$/.test(c.value) && c.value !== '' ? `'${c.value}` : c.value]));
    i = j + 1;
  }
  return cells.map((c) => ({ row: c.row, before: c.before }));
}
