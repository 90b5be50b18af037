/**
 * The Office's own tabs beside the division tabs (core/officeTabs.ts): the summary log, the version records, the
 * reminders log, the comments, the submission history. Each is made the same way the first time it is needed:
 * at the end of the Spreadsheet, a bold shaded header row kept in view, its wide columns widened, and (all but the
 * summary log, which the Office may annotate) protected so that only the Office edits it.
 */
import { protectSheet } from '../setup/protection';

export interface OfficeTabLook {
  /** 1-based column → width in pixels. */
  widths?: Record<number, number>;
  /** Hidden: a tab only the add-on reads. */
  hidden?: boolean;
  /** The protection's description, with who may edit it; none: not protected. */
  protection?: { description: string; officeEmails: string[] };
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function createOfficeTab(ss: Spreadsheet, name: string, header: readonly string[], look: OfficeTabLook = {}): Sheet {
  const sheet = ss.insertSheet(name, ss.getSheets().length);
  sheet
    .getRange(1, 1, 1, header.length)
    .setValues([[...header]])
    .setFontWeight('bold')
    .setBackground('#d9e2f3');
  sheet.setFrozenRows(1);
  for (const [column, width] of Object.entries(look.widths ?? {})) sheet.setColumnWidth(Number(column), width);
  if (look.hidden) sheet.hideSheet();
  if (look.protection) protectSheet(sheet, look.protection.description, look.protection.officeEmails);
  return sheet;
}
