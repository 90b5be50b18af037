/**
 * The archive tab of a closed period (core/periods/archive.ts): written in one block, read back and compared before
 * anything else changes, then protected (the Office only) and hidden. Found again by the id the document
 * properties keep for its period.
 */
import { ArchiveReading, PeriodArchive, archiveCells, readArchiveCells } from '../../core/periods/archive';
import type { Grid } from '../../core/grid';
import { a1 } from '../../core/grid';
import { protectSheet } from '../setup/protection';
import { DocumentState } from '../sheet/documentState';
import { asWritten, ensureSize, firstDifference } from './cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A name no sheet has yet: "Lưu trữ 6 tháng đầu năm 2024", or "… (2)". */
function freeName(spreadsheet: Spreadsheet, name: string): string {
  let candidate = name;
  for (let i = 2; spreadsheet.getSheetByName(candidate); i++) candidate = `${name} (${i})`;
  return candidate;
}

/**
 * Writes the archive into a new tab and reads it back. Throws, leaving no tab behind, when what reads back is not
 * what was written. `editors`: who may still edit it (the Office); nobody else can.
 */
export function writeArchiveTab(spreadsheet: Spreadsheet, name: string, archive: PeriodArchive, editors: string[]): Sheet {
  const cells = archiveCells(archive);
  const rows = cells.values.length;
  const width = cells.values[0].length;
  const sheet = spreadsheet.insertSheet(freeName(spreadsheet, name), spreadsheet.getSheets().length);
  try {
    ensureSize(sheet, rows, width);
    const range = sheet.getRange(1, 1, rows, width);
    range.setNumberFormats(cells.formats);
    range.setValues(cells.values.map((row) => row.map((v) => asWritten(v))));
    const difference = firstDifference(cells.values as Grid, range.getValues() as Grid);
    if (difference) throw new Error(`ô ${a1(difference.row, difference.column)} của tab lưu trữ đọc lại khác với số liệu đã ghi`);
    protectSheet(sheet, 'lưu trữ kỳ báo cáo, chỉ xem', editors);
    sheet.hideSheet();
    return sheet;
  } catch (e) {
    spreadsheet.deleteSheet(sheet);
    throw e;
  }
}

/** The archive tab of a period, or null when the period was never archived (or its tab was deleted). */
export function archiveSheet(spreadsheet: Spreadsheet, state: DocumentState, periodId: string): Sheet | null {
  const id = state.archives().get(periodId);
  if (id === undefined) return null;
  return spreadsheet.getSheets().find((s) => s.getSheetId() === id) ?? null;
}

export function readArchiveTab(sheet: Sheet): ArchiveReading {
  const range = sheet.getDataRange();
  return readArchiveCells(range.getValues() as Grid, range.getNumberFormats(), sheet.getName());
}
