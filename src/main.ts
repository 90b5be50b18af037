/**
 * The Apps Script entry: the one list of public functions. scripts/build.mjs turns every export
 * here into a top-level function declaration of dist/Code.js, which is all Apps Script can see.
 */
import * as comments from './gas/comments/commentsServer';
import { buildMenu, runConsolidateFromMenu, runExportPdfFromMenu, runSetUp, runSyncCommentsFromMenu, showSidebar } from './gas/menu';
import { recordEdit } from './gas/sheet/editLog';
import * as sidebar from './gas/sidebar/sidebarServer';
import { consolidate } from './gas/summary/consolidate';
import { exportPdfForSigning as exportPdf } from './gas/summary/pdfExport';
import { showNextPeriodDialog, requestFromDialog } from './gas/periods/dialog';
import { MoveResult, moveToNextPeriod } from './gas/periods/moveToNextPeriod';
import * as pastPeriods from './gas/periods/pastPeriodsServer';
import { disableRemindersMessage, enableRemindersMessage, runReminderMenu, showReminderPreview } from './gas/reminders/reminderMenu';
import { remindDeadlines as runReminders } from './gas/reminders/reminderRun';
import { changesSinceLastVersion } from './gas/summary/versionChanges';
import type { ArchivedTabView, CommentsPanel, ConsolidationResult, PastPeriodsView, PdfExportResult, SidebarServer, VersionChangesView } from './core/sidebarApi';

/** Simple trigger: builds the menu and touches nothing else (it may run with no authorization). */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

/** Add-on install: the same as opening. */
export function onInstall(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  onOpen(e);
}

/** Simple trigger: records the edit (stamp, last edit, and the change itself on a submitted tab). */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    recordEdit(e);
  } catch (_ignored) {
    // Never disturb typing: a missed timestamp only makes "last edited" older.
  }
}

/** Menu: Thiết lập / cập nhật biểu mẫu. */
export function menuSetUp(): void {
  runSetUp();
}

/** Menu: Kiểm tra biểu mẫu (opens the sidebar). */
export function menuShowSidebar(): void {
  showSidebar();
}

/** Menu: Tổng hợp. */
export function menuConsolidate(): void {
  runConsolidateFromMenu();
}

/** Menu: Xuất PDF để ký (the latest Doc). */
export function menuExportPdf(): void {
  runExportPdfFromMenu();
}

/** Sidebar: the state of the division tab or of every division (core/sidebarApi.ts). */
export function getSidebarState(tabName: string | null): ReturnType<SidebarServer['getSidebarState']> {
  return sidebar.getSidebarState(tabName);
}

/** Sidebar: selects the cell of a finding. */
export function selectCell(tabName: string, a1: string): void {
  sidebar.selectCell(tabName, a1);
}

/** Sidebar: marks a division's tab submitted. */
export function markSubmitted(tabName: string): ReturnType<SidebarServer['markSubmitted']> {
  return sidebar.markSubmitted(tabName);
}

/** Sidebar (Office): reopens a submitted tab. */
export function reopenDivision(tabName: string, reason: string): ReturnType<SidebarServer['reopenDivision']> {
  return sidebar.reopenDivision(tabName, reason);
}

/** Sidebar: the cheap poll, a tab's last-edit stamp (the sidebar reloads when it changes). */
export function getEditStamp(sheetId: number): string {
  return sidebar.getEditStamp(sheetId);
}

/** Sidebar (Office): opens a division's tab. */
export function openDivisionTab(tabName: string): void {
  sidebar.openDivisionTab(tabName);
}

/** Sidebar (Office): the "Tổng hợp" button. */
export function runConsolidation(): ConsolidationResult {
  const { notes: _notes, docxUrl: _docxUrl, ...result } = consolidate();
  return result;
}

/** Sidebar (Office): "Xuất PDF để ký" for run `version` (the latest when null). */
export function exportPdfForSigning(version: number | null): PdfExportResult {
  return exportPdf(version);
}

/** Menu: Lấy góp ý của lãnh đạo. */
export function menuSyncComments(): void {
  runSyncCommentsFromMenu();
}

/** Sidebar: leadership's comments for the view (a division's tab, or null: the Office's overview or the user's own tab); the Office's syncs at most every few minutes. */
export function getLeadershipComments(tabName: string | null): CommentsPanel {
  return comments.commentsForView(tabName);
}

/** Sidebar (Office): "Lấy góp ý". */
export function syncLeadershipComments(): CommentsPanel {
  return comments.syncLeadershipComments();
}

/** Sidebar (division): "Đã tiếp thu" with a line of text. */
export function answerComment(tabName: string, commentId: string, text: string): ReturnType<SidebarServer['answerComment']> {
  return comments.answerComment(tabName, commentId, text);
}

/** Menu (Office): Bật nhắc hạn — installs the one daily trigger of this Sheet. */
export function menuEnableReminders(): void {
  runReminderMenu('Bật nhắc hạn', enableRemindersMessage);
}

/** Menu (Office): Tắt nhắc hạn. */
export function menuDisableReminders(): void {
  runReminderMenu('Tắt nhắc hạn', disableRemindersMessage);
}

/** Menu (Office): Xem trước thư nhắc — today's mails in a dialog, sent to nobody. */
export function menuPreviewReminders(): void {
  showReminderPreview();
}

/** Time-driven trigger (installed by Bật nhắc hạn): e-mails today's deadline reminders; never throws. */
export function remindDeadlines(_e?: GoogleAppsScript.Events.TimeDriven): void {
  runReminders();
}

/** Sidebar (Office): what changed since the last "Tổng hợp", before running it again. */
export function getChangesSinceLastVersion(): VersionChangesView {
  return changesSinceLastVersion();
}

/** Menu: Sang kỳ báo cáo mới (the dialog proposing the next period). */
export function menuNextPeriod(): void {
  showNextPeriodDialog();
}

/** The dialog of "Sang kỳ báo cáo mới": moves to the period the Office confirmed (fields as typed). */
export function confirmNextPeriod(fields: Record<string, string | number>): MoveResult {
  return moveToNextPeriod(requestFromDialog(fields));
}

/** Sidebar: the archived periods. */
export function getPastPeriods(): PastPeriodsView {
  return pastPeriods.getPastPeriods();
}

/** Sidebar: a division's tab of a past period, read-only (the Office: any; a division: its own). */
export function viewArchivedTab(periodId: string, tabName: string): ArchivedTabView {
  return pastPeriods.viewArchivedTab(periodId, tabName);
}

/** Sidebar (Office): opens the protected archive tab of a past period. */
export function openArchiveTab(periodId: string): void {
  pastPeriods.openArchiveTab(periodId);
}

/** Sidebar (Office): "Tổng hợp lại kỳ này", the past period's report rebuilt from its archive. */
export function rebuildArchivedReport(periodId: string): ConsolidationResult {
  return pastPeriods.rebuildArchivedReport(periodId);
}
