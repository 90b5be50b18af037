/** The settings tab in the Sheet: read (one call) and validated by the core, or created with the defaults. */
import { defaultSettings, Settings } from '../../core/settings';
import { cellText, Grid } from '../../core/grid';
import { DIVISIONS_HEADER, SETTINGS_TAB, SettingsProblem, readSettingsTab, settingsTabRows } from '../../core/settingsTab';
import { readSheetGrid, rectangular } from './grid';

export type SettingsSource = { ok: true; settings: Settings; sheet: GoogleAppsScript.Spreadsheet.Sheet | null; missingRows: (string | number)[][]; grid: Grid } | { ok: false; problems: SettingsProblem[] };

export function readSettings(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): SettingsSource {
  const sheet = spreadsheet.getSheetByName(SETTINGS_TAB);
  if (!sheet) return { ok: true, settings: defaultSettings(), sheet: null, missingRows: [], grid: [] };
  const grid = readSheetGrid(sheet);
  const reading = readSettingsTab(grid, defaultSettings());
  return reading.ok ? { ok: true, settings: reading.settings, sheet, missingRows: reading.missingRows, grid } : reading;
}

/** Settings for functions that need them to work at all (sidebar, Tổng hợp): a readable error otherwise. */
export function requireSettings(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Settings {
  const source = readSettings(spreadsheet);
  if (!source.ok) throw new Error(`Tab ${SETTINGS_TAB} có lỗi: ${source.problems.map((p) => p.message).join(' ')}`);
  return source.settings;
}

/**
 * Adds the settings rows a newer version introduced, just above the divisions table, with their
 * defaults: the Office sees them and nothing it typed moves out of its table.
 */
export function addMissingSettingsRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, grid: Grid, rows: (string | number)[][]): void {
  if (rows.length === 0) return;
  const header = grid.findIndex((r) => cellText(r[0]) === DIVISIONS_HEADER[0]);
  const before = header >= 0 ? header : grid.length;
  // The blank row that separates the settings from the divisions table stays above the table.
  sheet.insertRowsBefore(before, rows.length);
  sheet.getRange(before, 1, rows.length, 3).setValues(rectangular(rows, 3));
}

export function createSettingsSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = spreadsheet.insertSheet(SETTINGS_TAB, 0);
  const rows = rectangular(settingsTabRows(settings), 3);
  sheet.getRange(1, 1, rows.length, 3).setValues(rows).setVerticalAlignment('top').setWrap(true);
  sheet.getRange(1, 1).setFontWeight('bold').setFontSize(14);
  sheet.getRange(3, 1, 1, 3).setFontWeight('bold').setBackground('#d9e2f3');
  const divisionsHeader = rows.findIndex((r) => r[0] === 'Tên phòng, đơn vị') + 1;
  sheet.getRange(divisionsHeader, 1, 1, 3).setFontWeight('bold').setBackground('#d9e2f3');
  sheet.setColumnWidth(1, 260);
  sheet.setColumnWidth(2, 420);
  sheet.setColumnWidth(3, 360);
  sheet.setFrozenRows(3);
  return sheet;
}
