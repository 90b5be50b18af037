/** The report versions of the closing period: the rows of "Lịch sử tổng hợp" not yet in an archive, with their links. */
import type { ArchivedVersion } from '../../core/periods/archive';
import type { CellValue } from '../../core/grid';
import { cellText } from '../../core/grid';
import { LOG_TAB } from '../summary/summaryLog';

const HYPERLINK = /^=HYPERLINK\("([^"]*)"\s*,\s*"((?:[^"]|"")*)"\)$/i;

/** The address in a =HYPERLINK("url","name") cell, or the cell's text. */
function linkOf(value: CellValue, formula: string): string {
  const m = HYPERLINK.exec(formula || '');
  return m ? m[1].replace(/%22/g, '"') : cellText(value);
}

/** The name a =HYPERLINK cell shows, or the cell's text. */
function nameOf(value: CellValue, formula: string): string {
  const m = HYPERLINK.exec(formula || '');
  return cellText(value) || (m ? m[2].replace(/""/g, '"') : '');
}

export interface LogVersions {
  versions: ArchivedVersion[];
  /** Rows of the log (below its header) once these are archived. */
  rowsThrough: number;
}

export function unarchivedVersions(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, archivedRows: number): LogVersions {
  const sheet = spreadsheet.getSheetByName(LOG_TAB);
  if (!sheet) return { versions: [], rowsThrough: archivedRows };
  const range = sheet.getDataRange();
  const values = range.getValues() as CellValue[][];
  const formulas = range.getFormulas();
  const versions: ArchivedVersion[] = [];
  for (let r = 1 + archivedRows; r < values.length; r++) {
    const row = values[r];
    if (row.every((v) => v === '' || v === null)) continue;
    versions.push({
      time: row[0],
      by: cellText(row[1]),
      version: typeof row[2] === 'number' ? row[2] : cellText(row[2]),
      name: nameOf(row[3], formulas[r][3]),
      url: linkOf(row[3], formulas[r][3]),
      complete: cellText(row[4]),
      pdf: linkOf(row[5] ?? '', formulas[r][5] ?? ''),
    });
  }
  return { versions, rowsThrough: Math.max(archivedRows, values.length - 1) };
}
