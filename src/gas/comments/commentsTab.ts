/**
 * The "Góp ý" tab: one read and one write per sync, whatever the number of comments. Protected so that only
 * the Office (and the add-on, running as the Office) edits it; divisions read their rows through the sidebar.
 */
import { COMMENTS_TAB, COMMENT_COLUMNS, CommentRecord, recordsOfGrid, rowOfRecord } from '../../core/comments/commentRecord';
import type { Settings } from '../../core/settings';
import { createOfficeTab } from '../sheet/officeTab';

export function readCommentRecords(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): CommentRecord[] {
  const sheet = ss.getSheetByName(COMMENTS_TAB);
  return sheet ? recordsOfGrid(sheet.getDataRange().getValues()) : [];
}

function createCommentsTab(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings): GoogleAppsScript.Spreadsheet.Sheet {
  return createOfficeTab(ss, COMMENTS_TAB, COMMENT_COLUMNS, {
    widths: { 5: 320, 6: 320, 8: 280 },
    protection: { description: 'góp ý của lãnh đạo (chỉ Văn phòng Sở sửa; phòng, đơn vị trả lời trong thanh bên)', officeEmails: settings.officeEmails },
  });
}

/**
 * Writes every record below the header in one setValues, in the order read (a sort the Office made stays).
 * Rows that were not comments (a blank row the Office inserted) are cleared at the bottom, so no stale copy of
 * a comment is left below.
 */
export function writeCommentRecords(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings, records: CommentRecord[]): void {
  if (records.length === 0) return;
  const sheet = ss.getSheetByName(COMMENTS_TAB) ?? createCommentsTab(ss, settings);
  const rows: (string | number)[][] = records.map(rowOfRecord);
  const blank = COMMENT_COLUMNS.map(() => '');
  while (rows.length < sheet.getLastRow() - 1) rows.push(blank);
  sheet.getRange(2, 1, rows.length, COMMENT_COLUMNS.length).setValues(rows);
}
