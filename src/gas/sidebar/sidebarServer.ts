/** The server side of the sidebar: the functions google.script.run calls (see core/sidebarApi.ts). */
import { resolveForm } from '../../core/form';
import { parseA1 } from '../../core/grid';
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

export function getSidebarState(tabName: string | null): SidebarState {
  const ss = spreadsheet();
  const settings = requireSettings(ss);
  const form = resolveForm(settings);
  const state = DocumentState.load();
  const email = currentUserEmail();
  const office = isOffice(settings, email);
  const now = localNow();
  const today = now.slice(0, 10);
  const tabs = new DivisionTabs(ss, settings.divisions, state);

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
  const ss = spreadsheet();
  const settings = requireSettings(ss);
  const state = DocumentState.load();
  const entry = divisionByTab(new DivisionTabs(ss, settings.divisions, state), tabName);
  const email = currentUserEmail();
  if (!canEditDivision(settings, entry.division.emails, email)) throw new Error(`Chỉ người nhập của ${entry.division.name} hoặc Văn phòng Sở được đánh dấu đã nộp.`);
  const report = reportFor(entry, resolveForm(settings), settings, state, localNow().slice(0, 10));
  if (report.status === 'submitted') return getSidebarState(tabName);
  if (report.status !== 'complete') throw new Error(`Chưa thể nộp: tab còn ${report.errorCount} lỗi${report.status === 'empty' ? ' (chưa nhập nội dung)' : ''}. Sửa hết lỗi rồi đánh dấu lại.`);
  state.save({ [DocumentState.submittedKey(entry.division.name)]: JSON.stringify({ at: localNow(), by: email }) });
  return getSidebarState(tabName);
}

export function reopenDivision(tabName: string): SidebarState {
  const ss = spreadsheet();
  const settings = requireSettings(ss);
  if (!isOffice(settings, currentUserEmail())) throw new Error('Chỉ Văn phòng Sở được mở lại báo cáo đã nộp.');
  const state = DocumentState.load();
  const entry = divisionByTab(new DivisionTabs(ss, settings.divisions, state), tabName);
  state.remove(DocumentState.submittedKey(entry.division.name));
  return getSidebarState(tabName);
}
