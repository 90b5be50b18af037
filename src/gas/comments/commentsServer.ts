/** The sidebar's and the menu's way into leadership's comments (core/sidebarApi.ts CommentsServer). */
import { CommentRecord, commentState } from '../../core/comments/commentRecord';
import { CommentsSource, divisionComments, officeComments } from '../../core/comments/commentViews';
import { formatDateTime } from '../../core/dates';
import type { Settings } from '../../core/settings';
import type { CommentSyncSummary, CommentsPanel } from '../../core/sidebarApi';
import { canEditDivision, currentUserEmail, isOffice } from '../sheet/access';
import { localNow } from '../sheet/localTime';
import { DivisionSheet, findDivisionSheets, indexSheets } from '../sheet/divisionSheets';
import { DocumentState } from '../sheet/documentState';
import { requireSettings } from '../sheet/settingsSheet';
import { readCommentRecords } from './commentsTab';
import { pendingAnswers, savePendingAnswer } from './pendingAnswers';
import { CommentSync, lastSyncedAt, syncComments, syncIfDue } from './syncComments';

/** An answer is one line; longer than this it belongs in a document, not a comment thread. */
const MAX_ANSWER = 500;

function spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** The tab's rows (read now, unless a sync just wrote them) with the answers still waiting in document properties. */
function source(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, written: CommentRecord[] | null = null): { source: CommentsSource; all: Record<string, string> } {
  const all = PropertiesService.getDocumentProperties().getProperties();
  return { all, source: { records: written ?? readCommentRecords(ss), pending: pendingAnswers(all), latestVersion: DocumentState.fromValues(all).latestRunCount() } };
}

function divisionEntry(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings, tabName: string): DivisionSheet {
  const entry = findDivisionSheets(indexSheets(ss.getSheets()), settings.divisions, DocumentState.load()).find((e) => e.division.tabName === tabName);
  if (!entry) throw new Error(`Không có phòng, đơn vị nào dùng tab «${tabName}» trong cấu hình.`);
  return entry;
}

function officePanel(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings, sync: CommentSync): CommentsPanel {
  const { source: s, all } = source(ss, sync.records);
  const notice = problemsNotice(sync.summary);
  return {
    ...officeComments(
      s,
      settings.divisions.map((d) => d.name),
      lastSyncedAt(all),
    ),
    notice,
  };
}

function divisionPanel(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings, entry: DivisionSheet, email: string): CommentsPanel {
  if (!canEditDivision(settings, entry.division.emails, email)) throw new Error(`Bạn không có quyền xem góp ý của ${entry.division.name}.`);
  return divisionComments(source(ss).source, entry.division.name, entry.division.tabName, true);
}

function problemsNotice(summary: CommentSyncSummary): string | null {
  return summary.problems.length ? summary.problems.join(' ') : null;
}

/** Which comments a sidebar view shows: a division's own, and for the Office the overview of every division. */
interface CommentsView {
  isOffice: boolean;
  division: { divisionName: string; tabName: string } | null;
  office: { divisions: { divisionName: string }[] } | null;
}

/**
 * The comments of the sidebar's view, asked for by the sidebar after its state (its own call, so the state's
 * calls stay within their budget): a division's own for a division tab, and for the Office the overview, synced
 * first when the last sync is a few minutes old. `tabName` null: the Office's overview, or a division's person's own tab.
 */
export function commentsForView(tabName: string | null): CommentsPanel {
  const ss = spreadsheet();
  const settings = requireSettings(ss);
  const email = currentUserEmail();
  const office = isOffice(settings, email);
  const division = tabName ? settings.divisions.find((d) => d.tabName === tabName) : office ? undefined : settings.divisions.find((d) => d.emails.includes(email));
  if (tabName && !division) throw new Error(`Không có phòng, đơn vị nào dùng tab «${tabName}» trong cấu hình.`);
  if (division && !canEditDivision(settings, division.emails, email)) throw new Error(`Bạn không có quyền xem góp ý của ${division.name}.`);
  const view: CommentsView = {
    isOffice: office,
    division: division ? { divisionName: division.name, tabName: division.tabName } : null,
    office: office ? { divisions: settings.divisions.map((d) => ({ divisionName: d.name })) } : null,
  };
  return leadershipComments(view, settings);
}

/** Never fails the sidebar: a problem becomes the notice. */
function leadershipComments(state: CommentsView, settings: Settings): CommentsPanel {
  const empty: CommentsPanel = { divisionName: null, tabName: null, groups: [], office: null, notice: null };
  try {
    const ss = spreadsheet();
    let notice: string | null = null;
    let sync: CommentSync | null = null;
    if (state.isOffice) {
      try {
        sync = syncIfDue(ss, () => settings);
        notice = sync ? problemsNotice(sync.summary) : null;
      } catch (e) {
        notice = `Chưa lấy được góp ý của lãnh đạo: ${(e as Error).message}`;
      }
    }
    const { source: s, all } = source(ss, sync ? sync.records : null);
    const d = state.division;
    const own = d ? divisionComments(s, d.divisionName, d.tabName, true) : empty;
    const names = state.office ? state.office.divisions.map((x) => x.divisionName) : [];
    const office = state.isOffice ? officeComments(s, names, lastSyncedAt(all)).office : null;
    return { ...own, office, notice };
  } catch (e) {
    return { ...empty, notice: `Không đọc được góp ý của lãnh đạo: ${(e as Error).message}` };
  }
}

function requireOffice(settings: Settings): void {
  if (!isOffice(settings, currentUserEmail())) throw new Error('Chức năng Lấy góp ý của lãnh đạo dành cho Văn phòng Sở.');
}

/** "Lấy góp ý" in the Office's sidebar. */
export function syncLeadershipComments(): CommentsPanel {
  const ss = spreadsheet();
  const settings = requireSettings(ss);
  requireOffice(settings);
  return officePanel(
    ss,
    settings,
    syncComments(ss, () => settings),
  );
}

/** The menu item: the sync, and what it did in words. */
export function syncCommentsMessage(): string {
  const ss = spreadsheet();
  const settings = requireSettings(ss);
  requireOffice(settings);
  const s = syncComments(ss, () => settings).summary;
  if (s.docs === 0) return 'Chưa có văn bản tổng hợp nào trong tab «Lịch sử tổng hợp». Hãy chạy Tổng hợp trước.';
  const lines = [
    `Đã đọc góp ý của ${s.docs} bản tổng hợp: ${s.comments} góp ý, ${s.added} góp ý mới; đã gửi ${s.repliesPosted} trả lời của các phòng, đơn vị vào văn bản.`,
    'Xem chi tiết trong tab «Góp ý».',
    ...s.problems,
  ];
  return lines.join('\n');
}

/** "Đã tiếp thu": checks the user may answer for this division and stores the answer for the Office's next sync. */
export function answerComment(tabName: string, commentId: string, text: string): CommentsPanel {
  const ss = spreadsheet();
  const settings = requireSettings(ss);
  const entry = divisionEntry(ss, settings, tabName);
  const email = currentUserEmail();
  const name = entry.division.name;
  if (!canEditDivision(settings, entry.division.emails, email)) throw new Error(`Chỉ người nhập của ${name} hoặc Văn phòng Sở được trả lời góp ý của ${name}.`);
  const answer = String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  if (answer.length > MAX_ANSWER) throw new Error(`Nội dung trả lời dài ${answer.length} ký tự; hãy viết gọn trong ${MAX_ANSWER} ký tự.`);
  const record = readCommentRecords(ss).find((r) => r.commentId === commentId);
  if (!record) throw new Error('Không tìm thấy góp ý này trong tab «Góp ý» (có thể Văn phòng Sở đã xóa dòng). Hãy bấm «Kiểm tra lại».');
  if (record.division !== name) throw new Error(`Góp ý này không thuộc ${name}; chỉ phòng, đơn vị được góp ý mới trả lời được.`);
  if (record.postedAt !== '') throw new Error('Góp ý này đã được trả lời và đã gửi vào văn bản.');
  const state = commentState(record);
  if (state === 'deleted' || state === 'resolved') throw new Error('Lãnh đạo đã đóng hoặc xóa góp ý này trong văn bản; không cần trả lời nữa.');
  savePendingAnswer({ commentId, text: answer, by: email, at: formatDateTime(localNow()) });
  return divisionPanel(ss, settings, entry, email);
}
