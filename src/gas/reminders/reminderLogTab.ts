/** The tab "Nhật ký nhắc hạn" in the Sheet: read once per run, new rows written in one call at the end. */
import type { Grid } from '../../core/grid';
import { REMINDER_LOG_HEADER, REMINDER_LOG_TAB, ReminderLogEntry, SentMail, logRow, sentMails } from '../../core/reminders/log';
import { readSheetGrid } from '../sheet/grid';
import { createOfficeTab } from '../sheet/officeTab';

export function readSentMails(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): SentMail[] {
  const sheet = ss.getSheetByName(REMINDER_LOG_TAB);
  return sheet ? sentMails(readSheetGrid(sheet) as Grid) : [];
}

/** Appends the entries (one write); the tab is made the first time, editable by the Office only (a warning while no Office e-mail is set). */
export function appendReminderLog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, entries: ReminderLogEntry[], officeEmails: string[]): void {
  if (entries.length === 0) return;
  let sheet = ss.getSheetByName(REMINDER_LOG_TAB);
  if (!sheet) {
    sheet = createOfficeTab(ss, REMINDER_LOG_TAB, REMINDER_LOG_HEADER, { widths: { 3: 300, 5: 480 }, protection: { description: REMINDER_LOG_TAB, officeEmails } });
  }
  // A leading apostrophe keeps "08:05 02/12/2026" as text: Sheets would read it as a date otherwise.
  const rows = entries.map((e) => logRow(e).map((v, i) => (i === 0 ? `'${v}` : v)));
  sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, REMINDER_LOG_HEADER.length).setValues(rows);
}
