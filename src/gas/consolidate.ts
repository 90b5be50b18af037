/**
 * "Tổng hợp": reads every division's tab, builds the summary with the core, renders it into a new
 * Google Doc beside the Sheet, shares it, and logs the run. Each run makes a new Doc; earlier Docs and
 * their comments are never touched. The Sheet changes (log row, run counter) only once the Doc is complete.
 */
import { isComplete } from '../core/divisionReport';
import { resolveForm } from '../core/form';
import type { ConsolidationResult } from '../core/sidebarApi';
import { buildSummary } from '../core/summary/build';
import { currentUserEmail, isOffice } from './access';
import { renderSummaryDoc } from './docRenderer';
import { docServicesFromGlobals } from './docServices';
import { DocumentState } from './documentState';
import { localNow, readDivisionReports } from './divisionReports';
import { withDocumentLock } from './lock';
import { requireSettings } from './settingsSheet';
import { appendLogEntry } from './summaryLog';

const IN_PROGRESS = ' (đang tạo, chưa xong)';

function toast(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, message: string): void {
  ss.toast(message, 'Tổng hợp', 10);
}

/** Moves the new Doc into the Sheet's folder and shares it; returns notes on what could not be done. */
function placeAndShare(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, docId: string, officeEmails: string[], leadershipEmails: string[]): string[] {
  const notes: string[] = [];
  const file = DriveApp.getFileById(docId);
  try {
    const parents = DriveApp.getFileById(ss.getId()).getParents();
    if (parents.hasNext()) file.moveTo(parents.next());
  } catch (_e) {
    notes.push('Không chuyển được văn bản vào thư mục của bảng tính; văn bản nằm trong Drive của người tổng hợp.');
  }
  try {
    if (officeEmails.length) file.addEditors(officeEmails);
    if (leadershipEmails.length) file.addCommenters(leadershipEmails);
  } catch (e) {
    notes.push(`Chưa chia sẻ được văn bản: ${(e as Error).message}`);
  }
  return notes;
}

export function consolidate(): ConsolidationResult & { notes: string[] } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const settings = requireSettings(ss);
  const email = currentUserEmail();
  if (!isOffice(settings, email)) throw new Error('Chức năng Tổng hợp dành cho Văn phòng Sở. Nếu bạn cần bản tổng hợp, vui lòng liên hệ Văn phòng Sở.');
  return withDocumentLock(() => {
    const form = resolveForm(settings);
    const state = DocumentState.load();
    const now = localNow();
    const { reports } = readDivisionReports(ss, settings, form, state, now.slice(0, 10), (done, total) => toast(ss, `Đang đọc ${done}/${total} phòng, đơn vị…`));
    const version = state.runCount() + 1;
    const summary = buildSummary(reports, settings, form, { now, version });
    toast(ss, 'Đang tạo văn bản…');
    const doc = DocumentApp.create(summary.fileName + IN_PROGRESS);
    const docId = doc.getId();
    try {
      renderSummaryDoc(doc, summary, docServicesFromGlobals());
      DriveApp.getFileById(docId).setName(summary.fileName);
    } catch (e) {
      try {
        DriveApp.getFileById(docId).setTrashed(true);
      } catch (_ignored) {
        // The Doc keeps its "(đang tạo, chưa xong)" name, so nobody mistakes it for a finished report.
      }
      throw new Error(`Tạo văn bản tổng hợp không thành công, bảng tính không thay đổi. Lỗi: ${(e as Error).message}`);
    }
    const notes = placeAndShare(ss, docId, settings.officeEmails, settings.leadershipEmails);
    const url = DriveApp.getFileById(docId).getUrl();
    const completeCount = reports.filter(isComplete).length;
    state.save({ [DocumentState.runCounterKey()]: String(version) });
    appendLogEntry(ss, { time: new Date(), by: email, version, name: summary.fileName, url, complete: `${completeCount}/${reports.length}` });
    return { url, name: summary.fileName, version, completeCount, divisionCount: reports.length, notes };
  });
}
