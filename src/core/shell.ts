/**
 * Which program a division's tab or the settings tab is drawn for. The layout is the same; only the
 * instructions differ, because the Google tab has the add-on's menu and an .xlsx file has none.
 */
export type Shell = 'googleSheets' | 'excel';
