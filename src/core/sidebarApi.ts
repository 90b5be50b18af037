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

export interface SidebarServer {
  /** tabName null: the sidebar decides from the active sheet and the user's e-mail. */
  getSidebarState(tabName: string | null): SidebarState;
  selectCell(tabName: string, a1: string): void;
  markSubmitted(tabName: string): SidebarState;
  reopenDivision(tabName: string): SidebarState;
  openDivisionTab(tabName: string): void;
  runConsolidation(): ConsolidationResult;
  /** The Doc of run `version` (the latest when null) as a PDF for signing, beside it in Drive. */
  exportPdfForSigning(version: number | null): PdfExportResult;
  getPastPeriods(): PastPeriodsView;
  viewArchivedTab(periodId: string, tabName: string): ArchivedTabView;
  openArchiveTab(periodId: string): void;
  rebuildArchivedReport(periodId: string): ConsolidationResult;
}
