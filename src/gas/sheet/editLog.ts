/** Remembers when each tab was last edited (the Office overview shows it). Runs on every edit: one read, at most one write. */
import { DocumentState } from './documentState';

const MIN_INTERVAL_MS = 60 * 1000;

export function recordEdit(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  if (!e || !e.range) return;
  const sheet = e.range.getSheet();
  const props = PropertiesService.getDocumentProperties();
  const key = DocumentState.lastEditKey(sheet.getSheetId());
  const last = props.getProperty(key);
  const now = new Date();
  if (last && now.getTime() - new Date(last).getTime() < MIN_INTERVAL_MS) return;
  props.setProperty(key, Utilities.formatDate(now, Session.getScriptTimeZone(), "yyyy-MM-dd'T'HH:mm:ss"));
}
