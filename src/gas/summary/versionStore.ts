/**
 * The hidden, protected tab "Dữ liệu tổng hợp": one row per "Tổng hợp" run with what it reported (core/versions),
 * the record's text split over the row's cells (a cell holds at most 50,000 characters). Document properties would
 * not do: a record of 30 divisions × 50 rows is about 240 KB (1.5 MB with 50 rows in every section), while document
 * properties hold 9 KB a value and 500 KB in all. Reading the last record costs the same few calls however many runs.
 */
import type { VersionRecord } from '../../core/versions/record';
import { decodeRecord, encodeRecord, fromCells, toCells } from '../../core/versions/storage';
import { createOfficeTab } from '../sheet/officeTab';

import { OFFICE_TABS } from '../../core/officeTabs';

export const VERSIONS_TAB = OFFICE_TABS.versionRecords;
const HEADER = ['Bản', 'Thời gian', 'Kỳ báo cáo', 'Số ô dữ liệu', 'Dữ liệu (do tiện ích ghi, không sửa)'];
const FIRST_DATA_COLUMN = HEADER.length;

/** What the last run reported, or null (no run yet, or a row the add-on cannot read back). Five service calls. */
export function readLastRecord(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): VersionRecord | null {
  const sheet = spreadsheet.getSheetByName(VERSIONS_TAB);
  if (!sheet) return null;
  const lastRow = sheet.getLastRow();
  if (lastRow < 2) return null;
  const row = sheet.getRange(lastRow, 1, 1, sheet.getLastColumn()).getValues()[0];
  return decodeRecord(fromCells(row.slice(FIRST_DATA_COLUMN - 1)));
}

/** The hidden record tab, created when missing (setup creates it, so a first "Tổng hợp" does not pay for it). */
export function versionsSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, officeEmails: string[]): GoogleAppsScript.Spreadsheet.Sheet {
  const existing = spreadsheet.getSheetByName(VERSIONS_TAB);
  if (existing) return existing;
  return createOfficeTab(spreadsheet, VERSIONS_TAB, HEADER, { hidden: true, protection: { description: 'dữ liệu các bản tổng hợp, chỉ tiện ích ghi', officeEmails } });
}

/** Keeps what this run reported, one row after the last. */
export function appendRecord(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, record: VersionRecord, officeEmails: string[]): void {
  const sheet = versionsSheet(spreadsheet, officeEmails);
  const cells = toCells(encodeRecord(record));
  const width = FIRST_DATA_COLUMN - 1 + cells.length;
  const columns = sheet.getMaxColumns();
  if (columns < width) sheet.insertColumnsAfter(columns, width - columns);
  sheet.appendRow([record.version, record.time.replace('T', ' '), record.period, cells.length, ...cells]);
}
