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
import { discard, nameAndShareWithEditors, placeBesideSheet } from './summaryFile';
import { docServicesFromGlobals } from './docServices';
import { DocumentState } from './documentState';
import { localNow, readDivisionReports } from './divisionReports';
import { findDivisionSheets, indexSheets } from './divisionSheets';
import { withDocumentLock } from './lock';
import { requireSettings } from './settingsSheet';
import { appendLogEntry } from './summaryLog';

const IN_PROGRESS = ' (đang tạo, chưa xong)';

function toast(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, message: string): void {
  ss.toast(message, 'Tổng hợp', 10);
}

export function consolidate(): ConsolidationResult & { notes: string[] } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const settings = requireSettings(ss);
  const email = currentUserEmail();
  if (!isOffice(settings, email)) throw new Error('Chức năng Tổng hợp dành cho Văn phòng Sở. Nếu bạn cần bản tổng hợp, vui lòng liên hệ Văn phòng Sở.');
  return withDocumentLock('Tổng hợp', () => {
    const form = resolveForm(settings);
    const state = DocumentState.load();
    const now = localNow();
    const entries = findDivisionSheets(indexSheets(ss.getSheets()), settings.divisions, state);
    const reports = readDivisionReports(entries, settings, form, state, now.slice(0, 10), (done, total) => toast(ss, `Đang đọc ${done}/${total} phòng, đơn vị…`));
    const version = state.runCount() + 1;
    const summary = buildSummary(reports, settings, form, { now, version });
    toast(ss, 'Đang tạo văn bản…');
    const doc = DocumentApp.create(summary.fileName + IN_PROGRESS);
    const docId = doc.getId();
    let url: string;
    try {
      renderSummaryDoc(doc, summary, docServicesFromGlobals());
      url = nameAndShareWithEditors(docId, summary.fileName, settings.officeEmails.filter((e) => e !== email));
    } catch (e) {
      // Trashed if Drive lets us; otherwise it keeps its "(đang tạo, chưa xong)" name, so nobody mistakes it for a report.
      const removed = discard(docId);
      throw new Error(`Tạo văn bản tổng hợp không thành công, bảng tính không thay đổi${removed ? '' : `; văn bản dở dang có tên «${summary.fileName}${IN_PROGRESS}»`}. Lỗi: ${(e as Error).message}`);
    }
    const notes = placeBesideSheet(docId, ss.getId(), settings.leadershipEmails);
    const completeCount = reports.filter(isComplete).length;
    state.save({ [DocumentState.runCounterKey()]: String(version) });
    appendLogEntry(ss, { time: new Date(), by: email, version, name: summary.fileName, url, complete: `${completeCount}/${reports.length}` });
    return { url, name: summary.fileName, version, completeCount, divisionCount: reports.length, notes };
  });
}
