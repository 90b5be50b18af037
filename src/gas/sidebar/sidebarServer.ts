/** The server side of the sidebar: the functions google.script.run calls (see core/sidebarApi.ts). */
import { ResolvedForm, resolveForm } from '../../core/form';
import { parseA1 } from '../../core/grid';
import { periodId } from '../../core/periods/kind';
import type { Division, Settings } from '../../core/settings';
import { SidebarState } from '../../core/sidebarApi';
import { divisionView, officeView } from '../../core/sidebarViews';
import { canEditDivision, currentUserEmail, isOffice } from '../sheet/access';
import { DivisionTab, DivisionTabs } from '../sheet/divisionTabs';
import { DocumentState } from '../sheet/documentState';
import { readDivisionReports, reportFor } from '../sheet/divisionReports';
import { localNow } from '../sheet/localTime';
import { requireSettings } from '../sheet/settingsSheet';
import { recentHistory } from '../submission/history';
import { isLocked, recordSubmission, reopenSubmission, settleForOffice } from '../submission/submission';

function spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

function divisionByTab(tabs: DivisionTabs, tabName: string): DivisionTab {
  const entry = tabs.byTabName(tabName);
  if (!entry) throw new Error(`Không có phòng, đơn vị nào dùng tab «${tabName}» trong cấu hình.`);
  return entry;
}

/** What one call from the sidebar reads once and shares: settings, document properties, who asks, the clock, the tabs. */
interface Execution {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  settings: Settings;
  form: ResolvedForm;
  state: DocumentState;
  email: string;
  now: string;
  tabs: DivisionTabs;
}

function execution(): Execution {
  const ss = spreadsheet();
  const settings = requireSettings(ss);
  const state = DocumentState.load();
  return { ss, settings, form: resolveForm(settings), state, email: currentUserEmail(), now: localNow(), tabs: new DivisionTabs(ss, settings.divisions, state) };
}

export function getSidebarState(tabName: string | null): SidebarState {
  return sidebarState(execution(), tabName);
}

function sidebarState(x: Execution, tabName: string | null): SidebarState {
  const { ss, settings, form, state, email, tabs } = x;
  const office = isOffice(settings, email);
  const today = x.now.slice(0, 10);

  let entry: DivisionTab | null = tabName ? divisionByTab(tabs, tabName) : tabs.bySheetId(ss.getActiveSheet().getSheetId());
  if (!entry && !office) {
    const own = settings.divisions.find((d) => d.emails.includes(email));
    entry = own ? tabs.of(own) : null;
  }
  const notice = settings.divisions.some((d) => d.emails.length === 0) && office ? 'Một số phòng, đơn vị chưa có e-mail người nhập trong tab Cấu hình: tab của họ mới chỉ cảnh báo khi sửa, chưa khóa quyền.' : null;

  const live = entry && entry.sheetId !== null ? { sheetId: entry.sheetId, stamp: state.get(DocumentState.editStampKey(entry.sheetId)) ?? '' } : null;
  if (office) {
    settleForOffice(ss, () => tabs.sheets(), settings, state);
    const reports = readDivisionReports(tabs.all(), settings, form, state, today);
    const overview = officeView(reports, settings, today);
    for (const row of overview.divisions) row.history = recentHistory(state, row.divisionName);
    const report = entry ? reports.find((r) => r.division.name === entry!.division.name)! : null;
    return { userEmail: email, isOffice: true, division: report ? divisionView(report, form, true) : null, office: overview, notice, live };
  }
  if (!entry) throw new Error('Bạn chưa được giao nhập tab nào. Đề nghị Văn phòng Sở thêm e-mail của bạn vào tab Cấu hình.');
  if (!canEditDivision(settings, entry.division.emails, email)) throw new Error(`Bạn không có quyền xem tab «${entry.division.tabName}».`);
  const report = reportFor(entry, form, settings, state, today);
  return { userEmail: email, isOffice: false, division: divisionView(report, form, false), office: null, notice: submittedNotice(entry.division, settings, state), live };
}

function submittedNotice(division: Division, settings: Settings, state: DocumentState): string | null {
  if (!state.submission(periodId(settings.period), division.name)) return null;
  if (isLocked(division, settings, state)) return 'Tab đã nộp và đã khóa: chỉ Văn phòng Sở sửa được. Cần sửa thì đề nghị Văn phòng Sở mở lại.';
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
  const x = execution();
  const entry = divisionByTab(x.tabs, tabName);
  if (!canEditDivision(x.settings, entry.division.emails, x.email)) throw new Error(`Chỉ người nhập của ${entry.division.name} hoặc Văn phòng Sở được đánh dấu đã nộp.`);
  const report = reportFor(entry, x.form, x.settings, x.state, x.now.slice(0, 10));
  if (report.status === 'submitted') return sidebarState(x, tabName);
  if (report.status !== 'complete') throw new Error(`Chưa thể nộp: tab còn ${report.errorCount} lỗi${report.status === 'empty' ? ' (chưa nhập nội dung)' : ''}. Sửa hết lỗi rồi đánh dấu lại.`);
  recordSubmission(x.tabs.sheetOf(entry.division), x.settings, x.state, x.email, isOffice(x.settings, x.email), x.now);
  return sidebarState(x, tabName);
}

export function reopenDivision(tabName: string, reason: string): SidebarState {
  const x = execution();
  if (!isOffice(x.settings, x.email)) throw new Error('Chỉ Văn phòng Sở được mở lại báo cáo đã nộp.');
  const entry = divisionByTab(x.tabs, tabName);
  if (!x.state.submission(periodId(x.settings.period), entry.division.name)) return sidebarState(x, tabName);
  reopenSubmission(x.tabs.sheetOf(entry.division), x.settings, x.state, x.email, typeof reason === 'string' ? reason : '');
  return sidebarState(x, tabName);
}
