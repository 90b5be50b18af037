/**
 * "Submitted means settled": marking a tab submitted narrows its protection to the Office until the
 * Office reopens it, with a reason; both go into the submission history.
 *
 * Who can narrow the protection: Google lets an editor of a protection change its editors, but never
 * remove the user running the script (nor the owner). A division's person who marks the tab submitted
 * would stay an editor of their own tab, so the narrowing is the Office's: a submission by a division
 * is recorded with "lock pending", and the Office's next call (its sidebar, which refreshes every
 * minute while open, a reopening, setup) applies it. Until then the tab is open as before and every
 * change to it is recorded by onEdit as a change after submission: nothing is reverted, nothing lost.
 */
import { periodId } from '../../core/periods/kind';
import type { Division, Settings } from '../../core/settings';
import type { DivisionSheet } from '../sheet/divisionSheets';
import { DocumentState } from '../sheet/documentState';
import { localDateTime } from '../sheet/localTime';
import { protectDivisionTab } from '../setup/protection';
import { ACTION_REOPENED, ACTION_SUBMITTED, flushHistory, historyChanges } from './history';

const SETTLE_WAIT_MS = 2000;

function localStamp(now: Date): string {
  return localDateTime(now, true);
}

/** A new edit stamp, so that a sidebar open on the tab shows the change within seconds. */
function stampOf(entry: DivisionSheet, now: Date): Record<string, string> {
  return entry.sheetId !== null ? { [DocumentState.editStampKey(entry.sheetId)]: String(now.getTime()) } : {};
}

function lockTab(entry: DivisionSheet, settings: Settings, submitted: boolean): void {
  if (entry.sheet) protectDivisionTab(entry.sheet, entry.division.name, entry.division.emails, settings.officeEmails, submitted);
}

/** Records the submission (and its history entry) in one write; the Office narrows the tab at once. */
export function recordSubmission(entry: DivisionSheet, settings: Settings, state: DocumentState, by: string, byOffice: boolean, submittedAt: string): void {
  const now = new Date();
  const history = historyChanges(state, { at: localStamp(now), division: entry.division.name, action: ACTION_SUBMITTED, by, cells: '', oldValue: '', newValue: '', reason: '' }, now.getTime());
  state.save({
    [DocumentState.submittedKey(periodId(settings.period), entry.division.name)]: JSON.stringify({ at: submittedAt, by }),
    [DocumentState.lockPendingKey(entry.division.name)]: '1',
    ...stampOf(entry, now),
    ...history,
  });
  if (byOffice) settleForOffice(SpreadsheetApp.getActiveSpreadsheet(), () => [entry], settings, state);
}

/** The Office reopens a tab: the division's editors come back, the reason goes into the history. */
export function reopenSubmission(entry: DivisionSheet, settings: Settings, state: DocumentState, by: string, reason: string): void {
  const why = reason.trim();
  if (!why) throw new Error(`Cần ghi lý do mở lại tab «${entry.division.tabName}» (ví dụ: «sửa số liệu mục II theo ý kiến lãnh đạo»): lý do được lưu trong tab «Lịch sử nộp, mở lại».`);
  lockTab(entry, settings, false);
  const now = new Date();
  state.save({ ...stampOf(entry, now), ...historyChanges(state, { at: localStamp(now), division: entry.division.name, action: ACTION_REOPENED, by, cells: '', oldValue: '', newValue: '', reason: why }, now.getTime()) });
  state.remove(DocumentState.submittedKey(periodId(settings.period), entry.division.name));
  if (state.get(DocumentState.legacySubmittedKey(entry.division.name)) !== null) state.remove(DocumentState.legacySubmittedKey(entry.division.name));
  state.remove(DocumentState.lockPendingKey(entry.division.name));
  settleForOffice(SpreadsheetApp.getActiveSpreadsheet(), () => [entry], settings, state);
}

/**
 * What only the Office may do, done on each of its calls: narrow the tabs submitted since, and move
 * the queued history into its tab. Costs nothing when nothing is pending (`entries` is only asked for then).
 */
export function settleForOffice(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, entries: () => DivisionSheet[], settings: Settings, state: DocumentState): void {
  const pending = state.withPrefix(DocumentState.lockPendingKey('')).length + state.withPrefix(DocumentState.historyQueuePrefix()).length;
  if (pending === 0) return;
  // Two Office sidebars refreshing at once must not write the same history rows twice: one settles, the
  // other leaves it (a setup or "Tổng hợp" holding the lock too); the next call settles what is left.
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(SETTLE_WAIT_MS)) return;
  try {
    const fresh = DocumentState.load();
    for (const entry of entries()) {
      const key = DocumentState.lockPendingKey(entry.division.name);
      if (!fresh.get(key)) continue;
      // Without an Office e-mail there is nobody to narrow to; setup locks the tab once one is set.
      if (fresh.submission(periodId(settings.period), entry.division.name) && settings.officeEmails.length) lockTab(entry, settings, true);
      fresh.remove(key);
    }
    flushHistory(ss, fresh, settings.officeEmails);
  } finally {
    lock.releaseLock();
  }
}

/** Whether the division's tab is already narrowed to the Office (submitted, and the Office has applied it). */
export function isLocked(division: Division, settings: Settings, state: DocumentState): boolean {
  return state.submission(periodId(settings.period), division.name) !== null && settings.officeEmails.length > 0 && !state.get(DocumentState.lockPendingKey(division.name));
}
