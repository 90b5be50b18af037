/** Where each division's e-mails are typed in "Cấu hình" (column C of its row), so a message can name the cell. */
import { Grid, a1, cellText } from '../grid';
import type { Division } from '../settings';
import { DIVISIONS_HEADER, SETTINGS_TAB } from '../settingsTab';
import { sameText } from '../text';

export function divisionEmailCells(grid: Grid, divisions: Division[], sheetName = SETTINGS_TAB): Map<string, string> {
  const cells = new Map<string, string>();
  const header = grid.findIndex((row) => sameText(cellText(row[0]), DIVISIONS_HEADER[0]));
  for (let r = header < 0 ? grid.length : header + 1; r < grid.length; r++) {
    const division = divisions.find((d) => sameText(d.name, cellText(grid[r][0])));
    if (division && !cells.has(division.name)) cells.set(division.name, `${sheetName}!${a1(r + 1, 3)}`);
  }
  for (const d of divisions) if (!cells.has(d.name)) cells.set(d.name, `${sheetName}!C`);
  return cells;
}
