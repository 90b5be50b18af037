/**
 * The history of submissions: every "Đánh dấu đã nộp", every reopening and every change made to a
 * submitted tab. Entries are first queued in the document properties (any user may write them, and
 * the onEdit simple trigger can), then moved into the protected tab «Lịch sử nộp, mở lại» by the next
 * call of the Office (only the Office may write that tab). The last few entries of each division also
 * stay in the properties, so the Office's sidebar lists them without reading the tab.
 */
import { OFFICE_TABS } from '../../core/officeTabs';
import type { SubmissionHistoryLine } from '../../core/sidebarApi';
import { DocumentState } from '../sheet/documentState';
import { createOfficeTab } from '../sheet/officeTab';

export const HISTORY_TAB = OFFICE_TABS.submissionHistory;
const HEADER = ['Thời gian', 'Phòng, đơn vị', 'Việc', 'Người thực hiện', 'Ô', 'Giá trị cũ', 'Giá trị mới', 'Lý do'];
/** How many entries per division the sidebar shows. */
const RECENT = 5;
/** A property value holds at most 9 kB: long cell texts are cut in the queue (never in the tab's cells the division typed). */
const MAX_TEXT = 300;

export const ACTION_SUBMITTED = 'Đánh dấu đã nộp';
export const ACTION_REOPENED = 'Mở lại';
export const ACTION_CHANGED = 'Sửa sau khi nộp';

/** One row of the history (times local, 'YYYY-MM-DDTHH:MM:SS'). */
export type HistoryEntry = SubmissionHistoryLine & { division: string };

let sequence = 0;

function cut(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

function clean(entry: HistoryEntry): HistoryEntry {
  return { ...entry, cells: cut(entry.cells), oldValue: cut(entry.oldValue), newValue: cut(entry.newValue), reason: cut(entry.reason) };
}

function parseList(raw: string | null): SubmissionHistoryLine[] {
  if (!raw) return [];
  try {
    const list = JSON.parse(raw) as unknown;
    return Array.isArray(list) ? (list as SubmissionHistoryLine[]) : [];
  } catch (_e) {
    return [];
  }
}

/**
 * The properties that record `entry`: its place in the queue and the division's new recent list.
 * The caller saves them in one call together with whatever else it writes.
 */
export function historyChanges(state: DocumentState, entry: HistoryEntry, nowMs: number): Record<string, string> {
  const e = clean(entry);
  const { division, ...line } = e;
  const recentKey = DocumentState.historyRecentKey(division);
  const recent = [line, ...parseList(state.get(recentKey))].slice(0, RECENT);
  // Time, then the order within this execution (two entries of one call share a millisecond), then a random
  // part for two executions in the same millisecond (truly simultaneous: either order is right).
  sequence += 1;
  const unique = `${String(nowMs).padStart(15, '0')}-${String(sequence).padStart(6, '0')}-${Math.floor(Math.random() * 1e9)}`;
  return { [DocumentState.historyQueuePrefix() + unique]: JSON.stringify(e), [recentKey]: JSON.stringify(recent) };
}

/** The division's last entries, newest first. */
export function recentHistory(state: DocumentState, divisionName: string): SubmissionHistoryLine[] {
  return parseList(state.get(DocumentState.historyRecentKey(divisionName)));
}

/** A cell of the history tab: always text (a typed "=…" must not become a formula, "8/9" not a date). */
function asText(value: string): string {
  return `'${value}`;
}

function historySheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, officeEmails: string[]): GoogleAppsScript.Spreadsheet.Sheet {
  const existing = ss.getSheetByName(HISTORY_TAB);
  if (existing) return existing;
  return createOfficeTab(ss, HISTORY_TAB, HEADER, { protection: { description: 'lịch sử nộp, mở lại, chỉ Văn phòng Sở sửa', officeEmails } });
}

/**
 * Moves the queued entries into the history tab (the Office's calls only: the tab is the Office's).
 * Written first, then taken off the queue: a failure in between repeats a row, never loses one.
 */
export function flushHistory(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, state: DocumentState, officeEmails: string[]): void {
  const queued = state.withPrefix(DocumentState.historyQueuePrefix());
  if (queued.length === 0) return;
  const rows: string[][] = [];
  for (const [, raw] of queued) {
    let e: HistoryEntry | null = null;
    try {
      e = JSON.parse(raw) as HistoryEntry;
    } catch (_e) {
      e = null;
    }
    if (!e) continue;
    rows.push([e.at, e.division, e.action, e.by, e.cells, e.oldValue, e.newValue, e.reason].map((v) => asText(String(v ?? ''))));
  }
  if (rows.length) {
    const sheet = historySheet(ss, officeEmails);
    sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, HEADER.length).setValues(rows);
  }
  for (const [key] of queued) state.remove(key);
}
