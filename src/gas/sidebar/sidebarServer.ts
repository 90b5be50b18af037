/** The server side of the sidebar: the functions google.script.run calls (see core/sidebarApi.ts). */
import { ResolvedForm, resolveForm } from '../../core/form';
import { parseA1 } from '../../core/grid';
import type { Settings } from '../../core/settings';
import { SidebarState } from '../../core/sidebarApi';
import { divisionView, officeView } from '../../core/sidebarViews';
import { canEditDivision, currentUserEmail, isOffice } from '../sheet/access';
import { DivisionTab, DivisionTabs } from '../sheet/divisionTabs';
import { DocumentState } from '../sheet/documentState';
import { localNow, readDivisionReports, reportFor } from '../sheet/divisionReports';
import { requireSettings } from '../sheet/settingsSheet';

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

  if (office) {
    const reports = readDivisionReports(tabs.all(), settings, form, state, today);
    const overview = officeView(reports, settings, today);
    const report = entry ? reports.find((r) => r.division.name === entry!.division.name)! : null;
    return { userEmail: email, isOffice: true, division: report ? divisionView(report, form, true) : null, office: overview, notice };
  }
  if (!entry) throw new Error('Bạn chưa được giao nhập tab nào. Đề nghị Văn phòng Sở thêm e-mail của bạn vào tab Cấu hình.');
  if (!canEditDivision(settings, entry.division.emails, email)) throw new Error(`Bạn không có quyền xem tab «${entry.division.tabName}».`);
  const report = reportFor(entry, form, settings, state, today);
  return { userEmail: email, isOffice: false, division: divisionView(report, form, false), office: null, notice };
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
  x.state.save({ [DocumentState.submittedKey(entry.division.name)]: JSON.stringify({ at: x.now, by: x.email }) });
  return sidebarState(x, tabName);
}

export function reopenDivision(tabName: string): SidebarState {
  const x = execution();
  if (!isOffice(x.settings, x.email)) throw new Error('Chỉ Văn phòng Sở được mở lại báo cáo đã nộp.');
  const entry = divisionByTab(x.tabs, tabName);
  x.state.remove(DocumentState.submittedKey(entry.division.name));
  return sidebarState(x, tabName);
}
