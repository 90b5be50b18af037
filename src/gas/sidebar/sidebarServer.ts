/** The server side of the sidebar: the functions google.script.run calls (see core/sidebarApi.ts). */
import { periodId } from '../../core/periods/kind';
import { resolveForm } from '../../core/form';
import type { Settings } from '../../core/settings';
import { parseA1 } from '../../core/grid';
import { SidebarState } from '../../core/sidebarApi';
import { divisionView, officeView } from '../../core/sidebarViews';
import { canEditDivision, currentUserEmail, isOffice } from '../sheet/access';
import { DivisionSheet, divisionOfSheet, findDivisionSheets, indexSheets } from '../sheet/divisionSheets';
import { DocumentState } from '../sheet/documentState';
import { localNow, readDivisionReports, reportFor } from '../sheet/divisionReports';
import { requireSettings } from '../sheet/settingsSheet';
import { recentHistory } from '../submission/history';
import { isLocked, recordSubmission, reopenSubmission, settleForOffice } from '../submission/submission';

function spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

function divisionByTab(entries: DivisionSheet[], tabName: string): DivisionSheet {
  const entry = entries.find((e) => e.division.tabName === tabName);
  if (!entry) throw new Error(`Không có phòng, đơn vị nào dùng tab «${tabName}» trong cấu hình.`);
  return entry;
}

export function getSidebarState(tabName: string | null): SidebarState {
  const ss = spreadsheet();
  const settings = requireSettings(ss);
  const form = resolveForm(settings);
  const state = DocumentState.load();
  const email = currentUserEmail();
  const office = isOffice(settings, email);
  const now = localNow();
  const today = now.slice(0, 10);
  const entries = findDivisionSheets(indexSheets(ss.getSheets()), settings.divisions, state);

  let entry: DivisionSheet | null = tabName ? divisionByTab(entries, tabName) : divisionOfSheet(ss.getActiveSheet(), entries);
  if (!entry && !office) entry = entries.find((e) => e.division.emails.includes(email)) ?? null;
  const notice = entries.some((e) => e.division.emails.length === 0) && office ? 'Một số phòng, đơn vị chưa có e-mail người nhập trong tab Cấu hình: tab của họ mới chỉ cảnh báo khi sửa, chưa khóa quyền.' : null;

  const live = entry && entry.sheetId !== null ? { sheetId: entry.sheetId, stamp: state.get(DocumentState.editStampKey(entry.sheetId)) ?? '' } : null;
  if (office) {
    settleForOffice(ss, entries, settings, state);
    const reports = readDivisionReports(entries, settings, form, state, today);
    const overview = officeView(reports, settings, today);
    for (const row of overview.divisions) row.history = recentHistory(state, row.divisionName);
    const report = entry ? reports.find((r) => r.division.name === entry!.division.name)! : null;
    return { userEmail: email, isOffice: true, division: report ? divisionView(report, form, true) : null, office: overview, notice, live };
  }
  if (!entry) throw new Error('Bạn chưa được giao nhập tab nào. Đề nghị Văn phòng Sở thêm e-mail của bạn vào tab Cấu hình.');
  if (!canEditDivision(settings, entry.division.emails, email)) throw new Error(`Bạn không có quyền xem tab «${entry.division.tabName}».`);
  const report = reportFor(entry, form, settings, state, today);
  return { userEmail: email, isOffice: false, division: divisionView(report, form, false), office: null, notice: submittedNotice(entry, settings, state), live };
}

function submittedNotice(entry: DivisionSheet, settings: Settings, state: DocumentState): string | null {
  if (!state.submission(periodId(settings.period), entry.division.name)) return null;
  if (isLocked(entry.division, settings, state)) return 'Tab đã nộp và đã khóa: chỉ Văn phòng Sở sửa được. Cần sửa thì đề nghị Văn phòng Sở mở lại.';
  return 'Tab đã nộp; Văn phòng Sở sẽ khóa tab ở lần mở thanh bên tới. Mọi thay đổi từ bây giờ được ghi vào lịch sử nộp, mở lại.';
}

/** The sidebar's cheap poll: the tab's edit stamp, one read of the document properties. */
export function getEditStamp(sheetId: number): string {
  return PropertiesService.getDocumentProperties().getProperty(DocumentState.editStampKey(sheetId)) ?? '';
}

export function selectCell(tabName: string, a1: string): void {
  const ss = spreadsheet();
  const sheet = ss.getSheetByName(tabName);
  if (!sheet) throw new Error(`Không tìm thấy tab «${tabName}».`);
  const cell = parseA1(a1);
  if (!cell) throw new Error(`Ô «${a1}» không hợp lệ.`);
  ss.setActiveSheet(sheet);
  sheet.getRange(cell.row, cell.column).activate();
}

export function openDivisionTab(tabName: string): void {
  const sheet = spreadsheet().getSheetByName(tabName);
  if (!sheet) throw new Error(`Không tìm thấy tab «${tabName}».`);
  spreadsheet().setActiveSheet(sheet);
}

export function markSubmitted(tabName: string): SidebarState {
  const ss = spreadsheet();
  const settings = requireSettings(ss);
  const state = DocumentState.load();
  const entry = divisionByTab(findDivisionSheets(indexSheets(ss.getSheets()), settings.divisions, state), tabName);
  const email = currentUserEmail();
  if (!canEditDivision(settings, entry.division.emails, email)) throw new Error(`Chỉ người nhập của ${entry.division.name} hoặc Văn phòng Sở được đánh dấu đã nộp.`);
  const report = reportFor(entry, resolveForm(settings), settings, state, localNow().slice(0, 10));
  if (report.status === 'submitted') return getSidebarState(tabName);
  if (report.status !== 'complete') throw new Error(`Chưa thể nộp: tab còn ${report.errorCount} lỗi${report.status === 'empty' ? ' (chưa nhập nội dung)' : ''}. Sửa hết lỗi rồi đánh dấu lại.`);
  recordSubmission(entry, settings, state, email, isOffice(settings, email), localNow());
  return getSidebarState(tabName);
}

export function reopenDivision(tabName: string, reason: string): SidebarState {
  const ss = spreadsheet();
  const settings = requireSettings(ss);
  const email = currentUserEmail();
  if (!isOffice(settings, email)) throw new Error('Chỉ Văn phòng Sở được mở lại báo cáo đã nộp.');
  const state = DocumentState.load();
  const entry = divisionByTab(findDivisionSheets(indexSheets(ss.getSheets()), settings.divisions, state), tabName);
  if (!state.submission(periodId(settings.period), entry.division.name)) return getSidebarState(tabName);
  reopenSubmission(entry, settings, state, email, typeof reason === 'string' ? reason : '');
  return getSidebarState(tabName);
}
