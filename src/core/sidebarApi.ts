/**
 * What crosses google.script.run between the sidebar (src/ui) and the server (src/gas).
 * Plain objects only: no Date (times are ISO strings), no class instances.
 */

export type DivisionStatus = 'empty' | 'inProgress' | 'complete' | 'submitted';

export const STATUS_LABELS: Record<DivisionStatus, string> = {
  empty: 'Chưa nhập',
  inProgress: 'Đang nhập',
  complete: 'Đã đủ',
  submitted: 'Đã nộp',
};

export type Severity = 'error' | 'warning';

export interface FindingView {
  severity: Severity;
  /** A1 of the cell in the division's tab, e.g. "D12". */
  cell: string;
  message: string;
}

export interface SectionFindings {
  /** "I" … "VII", or "" for findings about the whole tab. */
  sectionId: string;
  /** "I. Kết quả thực hiện 6 tháng đầu năm 2024, …" */
  title: string;
  findings: FindingView[];
}

export interface DivisionView {
  divisionName: string;
  tabName: string;
  status: DivisionStatus;
  statusLabel: string;
  /** Required cells filled / required cells, 0–100. */
  progressPercent: number;
  filledCells: number;
  requiredCells: number;
  errorCount: number;
  warningCount: number;
  /** Only sections with findings, in form order. */
  groups: SectionFindings[];
  /** ISO date-time when the tab was marked submitted, or null. */
  submittedAt: string | null;
  submittedBy: string | null;
  /** The user may mark it submitted now (no errors left, not yet submitted). */
  canSubmit: boolean;
  /** The user is the Office and the tab is submitted. */
  canReopen: boolean;
}

export interface OfficeDivisionRow {
  divisionName: string;
  tabName: string;
  status: DivisionStatus;
  statusLabel: string;
  errorCount: number;
  warningCount: number;
  /** ISO date-time of the last edit seen in the tab, or null when none was recorded. */
  lastEditedAt: string | null;
  /** The last submissions, reopenings and changes after a submission, newest first (the Office's sidebar). */
  history?: SubmissionHistoryLine[];
}

/** One row of the tab «Lịch sử nộp, mở lại», as the Office's sidebar lists it. */
export interface SubmissionHistoryLine {
  /** Local date-time 'YYYY-MM-DDTHH:MM:SS'. */
  at: string;
  /** "Đánh dấu đã nộp", "Mở lại", "Sửa sau khi nộp". */
  action: string;
  /** E-mail, or "(không rõ)" when Google does not say who edited. */
  by: string;
  /** A1 of the cell or range changed ("" for a submission or reopening). */
  cells: string;
  oldValue: string;
  newValue: string;
  /** Why the Office reopened the tab ("" otherwise). */
  reason: string;
}

/** What the sidebar polls to stay current: the tab's id and its edit stamp when the state was read. */
export interface LiveStamp {
  sheetId: number;
  stamp: string;
}

export interface OfficeView {
  periodLabel: string;
  /** ISO date. */
  deadline: string;
  /** Days until the deadline; negative when it has passed. */
  daysLeft: number;
  divisions: OfficeDivisionRow[];
  completeCount: number;
}

export interface SidebarState {
  userEmail: string;
  isOffice: boolean;
  /** The division tab the sidebar is about, or null (the Office on a non-division tab). */
  division: DivisionView | null;
  /** Filled for the Office only. */
  office: OfficeView | null;
  /** A notice to show at the top (e.g. protection is a warning only because no e-mails are set). */
  notice: string | null;
  /** The division tab's edit stamp: the sidebar asks getEditStamp(sheetId) and reloads when it differs. */
  live?: LiveStamp | null;
}

export interface ConsolidationResult {
  url: string;
  name: string;
  version: number;
  completeCount: number;
  divisionCount: number;
}

export interface PdfExportResult {
  url: string;
  /** The PDF's file name: the Doc's, with ".pdf". */
  name: string;
  /** The "Tổng hợp" run (Bản) whose Doc was exported. */
  version: number;
}

/** What changed since the last "Tổng hợp", as the next Doc will list it (core/versions/wording.ts). */
export interface VersionChangesView {
  /** "Thay đổi so với bản 2 (16:05 ngày 27/6/2024)", or null when there is no version to compare with. */
  title: string | null;
  /** Per division that changed, its changes in words. */
  divisions: { name: string; items: string[] }[];
  /** Why there is no list, or that nothing changed; null when the list says it all. */
  message: string | null;
}

/**
 * The server functions the sidebar calls, by name. src/main.ts exposes each as a top-level function;
 * a test checks that every google.script.run call in the built sidebar names one of them.
 */
/** An archived period, as the sidebar lists it. */
export interface PastPeriodView {
  periodId: string;
  name: string;
}

export interface PastPeriodsView {
  isOffice: boolean;
  periods: PastPeriodView[];
}

/** A division's tab of a past period, read-only: the text of every cell as it stood. */
export interface ArchivedTabView {
  periodId: string;
  divisionName: string;
  statusLabel: string;
  rows: string[][];
}

export interface SidebarServer extends CommentsServer {
  /** tabName null: the sidebar decides from the active sheet and the user's e-mail. */
  getSidebarState(tabName: string | null): SidebarState;
  selectCell(tabName: string, a1: string): void;
  markSubmitted(tabName: string): SidebarState;
  /** The Office reopens a submitted tab; `reason` is required. */
  reopenDivision(tabName: string, reason: string): SidebarState;
  /** The last-edit stamp of a tab (one read of the document properties): the sidebar's cheap poll. */
  getEditStamp(sheetId: number): string;
  openDivisionTab(tabName: string): void;
  runConsolidation(): ConsolidationResult;
  /** The Doc of run `version` (the latest when null) as a PDF for signing, beside it in Drive. */
  exportPdfForSigning(version: number | null): PdfExportResult;
  /** The Office, before it runs "Tổng hợp": what changed since the last version. */
  getChangesSinceLastVersion(): VersionChangesView;
  getPastPeriods(): PastPeriodsView;
  viewArchivedTab(periodId: string, tabName: string): ArchivedTabView;
  openArchiveTab(periodId: string): void;
  rebuildArchivedReport(periodId: string): ConsolidationResult;
}

/** One leadership comment as a division's sidebar shows it (core/comments/commentViews.ts). */
export interface LeadershipCommentView {
  commentId: string;
  version: number;
  author: string;
  /** "HH:mm dd/MM/yyyy" */
  time: string;
  quoted: string;
  content: string;
  stateLabel: string;
  /** The division's answer, or null when there is none yet. */
  answer: string | null;
  answeredBy: string | null;
  answeredAt: string | null;
  /** The answer is a reply in the Doc (posted by the Office's sync). */
  posted: boolean;
  /** The user may answer it now (their division's, not yet posted, not deleted or closed in the Doc). */
  canAnswer: boolean;
}

/** "Góp ý của lãnh đạo (bản 3)": a version's comments. */
export interface CommentGroupView {
  version: number;
  title: string;
  comments: LeadershipCommentView[];
}

export interface CommentsPanel {
  /** The division the groups are about, or null (the Office's overview). */
  divisionName: string | null;
  tabName: string | null;
  groups: CommentGroupView[];
  /** Filled for the Office only. */
  office: {
    /** "HH:mm dd/MM/yyyy" of the last sync, or null. */
    syncedAt: string | null;
    divisions: { divisionName: string; open: number; total: number }[];
    /** Comments that match no division, or several. */
    unmatched: LeadershipCommentView[];
  } | null;
  /** What went wrong reading the Docs (Drive refused…), in Vietnamese, or null. */
  notice: string | null;
}

/** What a sync did, for the menu's message. */
export interface CommentSyncSummary {
  docs: number;

  comments: number;
  added: number;
  repliesPosted: number;
  problems: string[];
}

/** Leadership's comments (src/gas/comments): additive to SidebarServer. */
export interface CommentsServer {
  /** The comments of a view (its own call after the state; the Office's syncs when due). */
  getLeadershipComments(tabName: string | null): CommentsPanel;
  /** "Lấy góp ý" (Office): reads every version's comments now. */
  syncLeadershipComments(): CommentsPanel;
  /** "Đã tiếp thu": the division's answer, posted as a reply by the Office's next sync. */
  answerComment(tabName: string, commentId: string, text: string): CommentsPanel;
}
