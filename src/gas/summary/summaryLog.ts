/** The "Lịch sử tổng hợp" tab: one row per "Tổng hợp" run — time, who, link, divisions complete. */
import { OFFICE_TABS } from '../../core/officeTabs';
import { createOfficeTab } from '../sheet/officeTab';

export const LOG_TAB = OFFICE_TABS.summaryLog;
const HEADER = ['Thời gian', 'Người tổng hợp', 'Bản', 'Văn bản', 'Số phòng, đơn vị đã đủ'];
/** The column "Xuất PDF để ký" fills in the row of the run it exported (pdfExport.ts). */
export const PDF_COLUMN = HEADER.length + 1;

/** A link cell: the address and the name shown (quotes doubled, as in a Sheets formula). */
export function hyperlinkFormula(url: string, name: string): string {
  return `=HYPERLINK("${url.replace(/"/g, '%22')}","${name.replace(/"/g, '""')}")`;
}

export interface LogEntry {
  time: Date;
  by: string;
  version: number;
  name: string;
  url: string;
  complete: string;
}

/** The log tab, created when missing (setup creates it, so a first "Tổng hợp" does not pay for it). */
export function logSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, existing = spreadsheet.getSheetByName(LOG_TAB)): GoogleAppsScript.Spreadsheet.Sheet {
  if (existing) return existing;
  const sheet = createOfficeTab(spreadsheet, LOG_TAB, HEADER, { widths: { 4: 480 } });
  sheet.getRange('A:A').setNumberFormat('HH:mm dd/MM/yyyy');
  return sheet;
}

export function appendLogEntry(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, entry: LogEntry): void {
  const sheet = logSheet(spreadsheet);
  const link = hyperlinkFormula(entry.url, entry.name);
  // A leading apostrophe keeps "8/9" as text: typed as is, Sheets would read it as a date.
  sheet.appendRow([entry.time, entry.by, entry.version, link, `'${entry.complete}`]);
}
