/** The sidebar's server functions in the built bundle, for a division and for the Office. */
import type { SidebarState } from '../../src/core/sidebarApi';
import { loadAppsScript, AppsScriptRun, OFFICE, sheetWithSample, typeSample } from './harness';

const DIVISION_USER = 'nguyenvana@skhcn.bacgiang.gov.vn';

function prepared(): AppsScriptRun {
  return sheetWithSample(DIVISION_USER);
}

function asUser(run: AppsScriptRun, email: string): void {
  run.g.session.activeUserEmail = email;
}

/** What crosses google.script.run must survive structured cloning and hold no Date. */
function plain<T>(value: T): T {
  const json = JSON.stringify(value);
  expect(json).not.toMatch(/"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z"/);
  return structuredClone(value);
}

test('a division on its tab sees its findings by section, each with its cell and a message saying what to do', () => {
  const run = prepared();
  asUser(run, DIVISION_USER);
  run.g.calls.uncounted(() => {
    const sheet = run.g.spreadsheet.getSheetByName('QLKH')!;
    run.g.spreadsheet.setActiveSheet(sheet);
    const values = sheet.getDataRange().getValues();
    const h2 = values.findIndex((r) => String(r[0]).startsWith('II. ')) + 2;
    sheet.getRange(h2 + 1, 3).setValue('');
  });
  const state = plain(run.call<SidebarState>('getSidebarState', null));
  expect(state.isOffice).toBe(false);
  expect(state.office).toBeNull();
  const view = state.division!;
  expect(view.divisionName).toBe('Phòng Quản lý khoa học');
  expect(view.statusLabel).toBe('Đang nhập');
  expect(view.canSubmit).toBe(false);
  expect(view.groups.map((g) => g.sectionId)).toEqual(['II']);
  expect(view.groups[0].findings[0]).toEqual({ severity: 'error', cell: expect.stringMatching(/^C\d+$/), message: expect.stringMatching(/^Chưa nhập «Nguyên nhân»/) });
  expect(view.progressPercent).toBeGreaterThan(90);
  expect(view.progressPercent).toBeLessThan(100);
});

test('clicking a finding selects that cell', () => {
  const run = prepared();
  run.call('selectCell', 'QLKH', 'E12');
  const active = run.g.calls.uncounted(() => run.g.spreadsheet.getActiveSheet().getActiveRange()!.getA1Notation());
  expect(run.g.calls.uncounted(() => run.g.spreadsheet.getActiveSheet().getName())).toBe('QLKH');
  expect(active).toBe('E12');
});

test('a complete tab can be marked submitted; the Office can reopen it; someone else cannot', () => {
  const run = prepared();
  asUser(run, DIVISION_USER);
  const before = run.call<SidebarState>('getSidebarState', 'QLKH').division!;
  expect(before.statusLabel).toBe('Đã đủ');
  expect(before.canSubmit).toBe(true);
  const after = plain(run.call<SidebarState>('markSubmitted', 'QLKH')).division!;
  expect(after.statusLabel).toBe('Đã nộp');
  expect(after.submittedBy).toBe(DIVISION_USER);
  expect(after.submittedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
  expect(after.canReopen).toBe(false);
  expect(() => run.call('reopenDivision', 'QLKH')).toThrow('Chỉ Văn phòng Sở được mở lại báo cáo đã nộp.');
  asUser(run, OFFICE);
  expect(run.call<SidebarState>('reopenDivision', 'QLKH', 'Bổ sung số liệu').division!.statusLabel).toBe('Đã đủ');
  asUser(run, 'nguoila@gmail.com');
  expect(() => run.call('markSubmitted', 'QLKH')).toThrow(/Chỉ người nhập của Phòng Quản lý khoa học hoặc Văn phòng Sở/);
});

test('a tab with errors cannot be marked submitted', () => {
  const run = prepared();
  expect(() => run.call('markSubmitted', 'Thanh tra')).toThrow(/Chưa thể nộp: tab còn 5 lỗi/);
});

test('the Office sees every division with its status, counts, last edit and days to the deadline', () => {
  const run = prepared();
  run.call('onEdit', { range: run.g.spreadsheet.getSheetByName('QLKH')!.getRange(10, 2), authMode: 'LIMITED' });
  run.g.calls.uncounted(() => run.g.spreadsheet.setActiveSheet(run.g.spreadsheet.getSheetByName('Cấu hình')!));
  const state = plain(run.call<SidebarState>('getSidebarState', null));
  expect(state.isOffice).toBe(true);
  expect(state.division).toBeNull();
  const office = state.office!;
  expect(office.deadline).toBe('2024-06-28');
  expect(office.daysLeft).toBeLessThan(0);
  expect(office.divisions.map((d) => [d.tabName, d.statusLabel, d.errorCount])).toEqual([
    ['Văn phòng', 'Đã đủ', 0],
    ['Thanh tra', 'Đang nhập', 5],
    ['KH-TC', 'Đã đủ', 0],
    ['QLKH', 'Đã đủ', 0],
    ['QLCN&TT', 'Đã đủ', 0],
    ['QLCN', 'Đã đủ', 0],
    ['Chi cục TĐC', 'Đã đủ', 0],
    ['TT Ứng dụng', 'Đã đủ', 0],
    ['TT Thông tin', 'Đã đủ', 0],
  ]);
  expect(office.completeCount).toBe(8);
  expect(office.divisions.find((d) => d.tabName === 'QLKH')!.lastEditedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  expect(office.divisions.find((d) => d.tabName === 'KH-TC')!.lastEditedAt).toBeNull();
  expect(state.notice).toMatch(/chưa có e-mail người nhập/);
});

test('opening a division tab from the Office view', () => {
  const run = prepared();
  run.call('openDivisionTab', 'TT Ứng dụng');
  expect(run.g.calls.uncounted(() => run.g.spreadsheet.getActiveSheet().getName())).toBe('TT Ứng dụng');
  const state = run.call<SidebarState>('getSidebarState', null);
  expect(state.division!.tabName).toBe('TT Ứng dụng');
  expect(state.office).not.toBeNull();
});

test('a user with no tab gets a readable message', () => {
  const run = prepared();
  asUser(run, 'nguoila@gmail.com');
  run.g.calls.uncounted(() => run.g.spreadsheet.setActiveSheet(run.g.spreadsheet.getSheetByName('Cấu hình')!));
  expect(() => run.call('getSidebarState', null)).toThrow('Bạn chưa được giao nhập tab nào. Đề nghị Văn phòng Sở thêm e-mail của bạn vào tab Cấu hình.');
});

test('the Office overview reads each tab once: calls do not change when divisions add rows', () => {
  const count = (rows: number | undefined) => {
    const run = loadAppsScript();
    run.call('menuSetUp');
    typeSample(run, rows);
    run.g.calls.uncounted(() => run.g.spreadsheet.setActiveSheet(run.g.spreadsheet.getSheetByName('Cấu hình')!));
    run.g.calls.reset();
    run.call('getSidebarState', null);
    return { total: run.g.calls.total, reads: run.g.calls.countOf('Range.getValues') + run.g.calls.countOf('Sheet.getSheetValues') };
  };
  const few = count(undefined);
  const many = count(100);
  expect(many).toEqual(few);
  expect(few.reads).toBe(10);
  expect(few.total).toBeLessThanOrEqual(4 * 9 + 10);
});

test('the sidebar opens from the menu as the built HTML', () => {
  const run = prepared();
  run.call('menuShowSidebar');
  expect(run.g.ui.sidebars[0].title).toBe('Kiểm tra biểu mẫu');
  expect(run.g.ui.sidebars[0].content).toContain('google.script.run');
});
