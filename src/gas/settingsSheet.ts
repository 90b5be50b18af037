/** The settings tab in the Sheet: read (one call) and validated by the core, or created with the defaults. */
import { defaultSettings, Settings } from '../core/settings';
import { SETTINGS_TAB, SettingsProblem, readSettingsTab, settingsTabRows } from '../core/settingsTab';
import { readSheetGrid, rectangular } from './grid';

export type SettingsSource = { ok: true; settings: Settings; sheet: GoogleAppsScript.Spreadsheet.Sheet | null } | { ok: false; problems: SettingsProblem[] };

export function readSettings(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): SettingsSource {
  const sheet = spreadsheet.getSheetByName(SETTINGS_TAB);
  if (!sheet) return { ok: true, settings: defaultSettings(), sheet: null };
  const reading = readSettingsTab(readSheetGrid(sheet), defaultSettings());
  return reading.ok ? { ok: true, settings: reading.settings, sheet } : reading;
}

/** Settings for functions that need them to work at all (sidebar, Tổng hợp): a readable error otherwise. */
export function requireSettings(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Settings {
  const source = readSettings(spreadsheet);
  if (!source.ok) throw new Error(`Tab ${SETTINGS_TAB} có lỗi: ${source.problems.map((p) => p.message).join(' ')}`);
  return source.settings;
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
