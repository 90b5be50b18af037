/**
 * The onEdit simple trigger's record of an edit: the tab's edit stamp (every edit: the sidebar polls it),
 * when the tab was last edited (the Office overview shows it), and, for a tab already submitted, the
 * change itself in the submission history. A simple trigger may not write a protected tab it cannot
 * edit, so everything goes to the document properties: one read, one write per edit.
 */
import { ACTION_CHANGED, historyChanges, type HistoryEntry } from '../submission/history';
import { DocumentState } from './documentState';
import { localDateTime } from './localTime';

const MIN_INTERVAL_MS = 60 * 1000;
/** Google does not always say who edited (simple triggers, users of another domain). */
export const UNKNOWN_EDITOR = '(không rõ)';

function editorOf(e: GoogleAppsScript.Events.SheetsOnEdit): string {
  try {
    const email = (e.user && e.user.getEmail()) || Session.getActiveUser().getEmail();
    return email ? email.toLowerCase() : UNKNOWN_EDITOR;
  } catch (_e) {
    return UNKNOWN_EDITOR;
  }
}

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/** `e.value` and `e.oldValue` exist only for a one-cell edit: a range is recorded as "nhiều ô". */
function changeOf(e: GoogleAppsScript.Events.SheetsOnEdit, division: string, at: string): HistoryEntry {
  const cells = e.range.getA1Notation();
  const base = { at, division, action: ACTION_CHANGED, by: editorOf(e), cells, reason: '' };
  if (cells.includes(':')) return { ...base, oldValue: 'nhiều ô', newValue: 'nhiều ô' };
  const typed = (e as { value?: unknown }).value;
  const newValue = typeof typed === 'string' || typeof typed === 'number' ? String(typed) : e.range.getDisplayValue();
  return { ...base, oldValue: text((e as { oldValue?: unknown }).oldValue), newValue };
}

export function recordEdit(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  if (!e || !e.range) return;
  const sheetId = e.range.getSheet().getSheetId();
  const state = DocumentState.load();
  const now = new Date();
  // Local time costs a call (the time zone): only asked for when something records it.
  const local = () => localDateTime(now, true);
  const changes: Record<string, string> = { [DocumentState.editStampKey(sheetId)]: String(now.getTime()) };
  const last = state.lastEdit(sheetId);
  if (!last || now.getTime() - new Date(last).getTime() >= MIN_INTERVAL_MS) changes[DocumentState.lastEditKey(sheetId)] = local();
  const division = state.divisionSheets().get(sheetId);
  if (division !== undefined && state.submittedInSomePeriod(division)) Object.assign(changes, historyChanges(state, changeOf(e, division, local()), now.getTime()));
  state.save(changes);
}
