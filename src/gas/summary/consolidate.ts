/**
 * "Tổng hợp": reads every division's tab (one read each), builds the summary with the core, renders it as a
 * .docx with the one renderer (src/render), and has Drive convert it into a new Google Doc beside the Sheet;
 * shares it, and logs the run. Each run makes a new Doc; earlier Docs and their comments are never touched.
 * The Sheet changes (log row, run counter) only once the Doc is complete. The number of service calls does
 * not grow with the report: the whole Doc is one upload.
 */
import { periodId } from '../../core/periods/kind';
import { DivisionReport, isComplete } from '../../core/divisionReport';
import type { Settings } from '../../core/settings';
import { resolveForm } from '../../core/form';
import type { ConsolidationResult } from '../../core/sidebarApi';
import { buildSummary, summaryRecord } from '../../core/summary/build';
import type { SummaryDocument } from '../../core/summary/model';
import { renderDocx } from '../../render/renderDocx';
import { currentUserEmail, isOffice } from '../sheet/access';
import { readDivisionReports } from '../sheet/divisionReports';
import { localNow } from '../sheet/localTime';
import { DivisionTabs } from '../sheet/divisionTabs';
import { DocumentState } from '../sheet/documentState';
import { withDocumentLockAs } from '../sheet/lock';
import { requireSettings } from '../sheet/settingsSheet';
import { installRuntimeShims } from './runtimeShims';
import { DriveFile, blobOf, mimeTypes, createGoogleDoc, discard, folderOfSheet, renameFile, shareFile, uploadFile } from './summaryFile';
import { appendLogEntry } from './summaryLog';
import { archiveComparisons } from './archiveComparisons';
import { appendRecord, readLastRecord } from './versionStore';

export const IN_PROGRESS = ' (đang tạo, chưa xong)';

function toast(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, message: string): void {
  ss.toast(message, 'Tổng hợp', 10);
}

/** The report as a .docx blob: packed synchronously inside the execution (see runtimeShims.ts). */
export function summaryDocxBlob(summary: SummaryDocument): GoogleAppsScript.Base.Blob {
  installRuntimeShims();
  return blobOf(renderDocx(summary), mimeTypes().MICROSOFT_WORD, `${summary.fileName}.docx`);
}

/** The Doc, made under a "(đang tạo, chưa xong)" name and renamed once complete; nothing is left behind when it fails. */
function createSummaryDoc(docx: GoogleAppsScript.Base.Blob, name: string, folder: string | null): DriveFile {
  let doc: DriveFile;
  try {
    doc = createGoogleDoc(docx, name + IN_PROGRESS, folder);
  } catch (e) {
    throw new Error(`Tạo văn bản tổng hợp không thành công, bảng tính không thay đổi. Lỗi: ${(e as Error).message}`);
  }
  try {
    renameFile(doc.id, name);
  } catch (e) {
    // Trashed if Drive lets us; otherwise it keeps its "(đang tạo, chưa xong)" name, so nobody mistakes it for a report.
    const removed = discard(doc.id);
    throw new Error(`Tạo văn bản tổng hợp không thành công, bảng tính không thay đổi${removed ? '' : `; văn bản dở dang có tên «${name}${IN_PROGRESS}»`}. Lỗi: ${(e as Error).message}`);
  }
  return doc;
}

/**
 * A past period's report rebuilt from its archive (gas/periods): its reports and settings instead of the tabs; the
 * run is neither counted nor logged in the current period (the archive keeps that period's versions).
 */
export interface ArchivedInput {
  reports: DivisionReport[];
  settings: Settings;
  /** The version the rebuilt report gets (after the period's archived versions). */
  version: number;
}

export function consolidate(archived?: ArchivedInput): ConsolidationResult & { notes: string[]; docxUrl: string | null } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const current = requireSettings(ss);
  const settings = archived ? archived.settings : current;
  const email = currentUserEmail();
  if (!isOffice(current, email)) throw new Error('Chức năng Tổng hợp dành cho Văn phòng Sở. Nếu bạn cần bản tổng hợp, vui lòng liên hệ Văn phòng Sở.');
  return withDocumentLockAs('Tổng hợp', email, () => {
    const form = resolveForm(settings);
    const state = DocumentState.load();
    const now = localNow();
    const reports = archived
      ? archived.reports
      : readDivisionReports(new DivisionTabs(ss, settings.divisions, state).all(), settings, form, state, now.slice(0, 10), (done, total) => {
          // Three toasts whatever the number of divisions: each is a service call.
          if (done === 1 || done === Math.ceil(total / 2) || done === total) toast(ss, `Đang đọc ${done}/${total} phòng, đơn vị…`);
        });
    const version = archived ? archived.version : state.runCount(periodId(settings.period)) + 1;
    // A past period rebuilt from the archive is not a new version of this period: nothing to compare with.
    const previousVersion = archived ? null : readLastRecord(ss);
    const compared = archived ? { notes: [] } : archiveComparisons(ss, settings, state);
    const { notes: comparisonNotes, ...comparisons } = compared;
    const summary = buildSummary(reports, settings, form, { now, version, previousVersion, ...comparisons });
    toast(ss, 'Đang tạo văn bản…');
    const docx = summaryDocxBlob(summary);
    const folder = folderOfSheet(ss.getId());
    const doc = createSummaryDoc(docx, summary.fileName, folder);

    const notes: string[] = [...comparisonNotes];
    if (!folder) notes.push('Không chuyển được văn bản vào thư mục của bảng tính (Google chỉ cho tiện ích thấy tệp do tiện ích tạo); văn bản nằm trong Drive của người tổng hợp.');
    const editors = settings.officeEmails.filter((e) => e !== email);
    const notShared = [...shareFile(doc.id, editors, 'writer', false), ...shareFile(doc.id, settings.leadershipEmails, 'commenter', true)];
    if (notShared.length) notes.push(`Chưa chia sẻ được văn bản cho ${notShared.join(', ')}; hãy chia sẻ thủ công.`);
    let docxUrl: string | null = null;
    if (settings.keepDocx) {
      try {
        docxUrl = uploadFile(docx, `${summary.fileName}.docx`, folder).url;
        notes.push(`Đã lưu kèm tệp Word «${summary.fileName}.docx»: ${docxUrl}`);
      } catch (e) {
        notes.push(`Không lưu được tệp .docx kèm theo (${(e as Error).message}); văn bản Google Docs vẫn đầy đủ.`);
      }
    }
    const completeCount = reports.filter(isComplete).length;
    if (archived) return { url: doc.url, name: summary.fileName, version, completeCount, divisionCount: reports.length, notes, docxUrl };
    try {
      appendRecord(ss, summaryRecord(reports, settings, form, { version, now }), settings.officeEmails);
    } catch (e) {
      notes.push(`Không lưu được dữ liệu của bản này vào tab «Dữ liệu tổng hợp» (${(e as Error).message}); lần tổng hợp sau sẽ không liệt kê được thay đổi so với bản này.`);
    }
    state.save({ [DocumentState.runCounterKey(periodId(settings.period))]: String(version) });
    appendLogEntry(ss, { time: new Date(), by: email, version, name: summary.fileName, url: doc.url, complete: `${completeCount}/${reports.length}` });
    return { url: doc.url, name: summary.fileName, version, completeCount, divisionCount: reports.length, notes, docxUrl };
  });
}
