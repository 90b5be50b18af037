/**
 * "Submitted means settled", on the built bundle over the fakes: a submitted tab refuses its division's
 * edits once the Office's next call has narrowed it, accepts them again after the Office reopens it with
 * a reason, and every submission, reopening and change after a submission is in the history tab.
 */
import type { SidebarState } from '../../src/core/sidebarApi';
import { PROTECTED_CELL_MESSAGE } from '../fakes/spreadsheetApp';
import { AppsScriptRun, OFFICE, sheetWithSample } from './harness';

const DIVISION_USER = 'nguyenvana@skhcn.bacgiang.gov.vn';
const HISTORY_TAB = 'Lịch sử nộp, mở lại';

/** The person at the keyboard: a sidebar call or an edit runs as them. */
function asUser(run: AppsScriptRun, email: string): void {
  run.g.session.activeUserEmail = email;
  run.g.session.effectiveUserEmail = email;
}

/** A cell of QLKH's section I that the division types into. */
function typedCell(run: AppsScriptRun): { row: number; column: number } {
  const values = run.values('QLKH');
  const header = values.findIndex((r) => String(r[0]).startsWith('I. ')) + 2;
  return { row: header + 1, column: 2 };
}

/** Types into QLKH as the current user, then fires onEdit as Google would (value, oldValue for one cell). */
function typeInto(run: AppsScriptRun, row: number, column: number, value: string): void {
  const range = run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName('QLKH')!.getRange(row, column));
  const oldValue = run.g.calls.uncounted(() => range.getDisplayValue());
  run.g.calls.uncounted(() => range.setValue(value));
  run.call('onEdit', { range, value, oldValue: oldValue === '' ? undefined : oldValue, authMode: 'LIMITED', user: { getEmail: () => run.g.session.activeUserEmail } });
}

function history(run: AppsScriptRun): string[][] {
  return run.values(HISTORY_TAB).map((r) => r.map(String));
}

test('a division submits: the Office’s next call locks the tab, the Office can still edit, and every change after submission is recorded old → new', () => {
  const run = sheetWithSample(DIVISION_USER);
  const { row, column } = typedCell(run);
  asUser(run, DIVISION_USER);
  const submitted = run.call<SidebarState>('markSubmitted', 'QLKH');
  expect(submitted.division!.statusLabel).toBe('Đã nộp');
  expect(submitted.notice).toBe('Tab đã nộp; Văn phòng Sở sẽ khóa tab ở lần mở thanh bên tới. Mọi thay đổi từ bây giờ được ghi vào lịch sử nộp, mở lại.');

  // Before the Office's next call the division can still type, and that change is recorded.
  const before = run.values('QLKH')[row - 1][column - 1];
  typeInto(run, row, column, 'Sửa sau khi nộp, trước khi khóa');

  asUser(run, OFFICE);
  run.call('getSidebarState', null);
  asUser(run, DIVISION_USER);
  expect(() => run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName('QLKH')!.getRange(row, column).setValue('thử sửa'))).toThrow(PROTECTED_CELL_MESSAGE);
  expect(run.call<SidebarState>('getSidebarState', 'QLKH').notice).toBe('Tab đã nộp và đã khóa: chỉ Văn phòng Sở sửa được. Cần sửa thì đề nghị Văn phòng Sở mở lại.');

  asUser(run, OFFICE);
  typeInto(run, row, column, '=1+1 (Văn phòng sửa)');
  run.call('getSidebarState', null);
  const rows = history(run);
  expect(rows[0]).toEqual(['Thời gian', 'Phòng, đơn vị', 'Việc', 'Người thực hiện', 'Ô', 'Giá trị cũ', 'Giá trị mới', 'Lý do']);
  expect(rows.slice(1).map((r) => r.slice(1))).toEqual([
    ['Phòng Quản lý khoa học', 'Đánh dấu đã nộp', DIVISION_USER, '', '', '', ''],
    ['Phòng Quản lý khoa học', 'Sửa sau khi nộp', DIVISION_USER, `B${row}`, String(before), 'Sửa sau khi nộp, trước khi khóa', ''],
    ['Phòng Quản lý khoa học', 'Sửa sau khi nộp', OFFICE, `B${row}`, 'Sửa sau khi nộp, trước khi khóa', '=1+1 (Văn phòng sửa)', ''],
  ]);
  expect(rows[1][0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  // Only the Office may edit the history.
  asUser(run, DIVISION_USER);
  expect(() => run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName(HISTORY_TAB)!.getRange(2, 8).setValue('xóa dấu vết'))).toThrow(PROTECTED_CELL_MESSAGE);
});

test('reopening asks for a reason, gives the tab back to the division, and the Office reads it in its sidebar', () => {
  const run = sheetWithSample(DIVISION_USER);
  const { row, column } = typedCell(run);
  asUser(run, OFFICE);
  // The Office marks it submitted itself: locked at once.
  run.call('markSubmitted', 'QLKH');
  asUser(run, DIVISION_USER);
  expect(() => run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName('QLKH')!.getRange(row, column).setValue('thử sửa'))).toThrow(PROTECTED_CELL_MESSAGE);
  expect(() => run.call('reopenDivision', 'QLKH', 'tự mở')).toThrow('Chỉ Văn phòng Sở được mở lại báo cáo đã nộp.');

  asUser(run, OFFICE);
  for (const blank of ['', '   ', null]) {
    expect(() => run.call('reopenDivision', 'QLKH', blank)).toThrow('Cần ghi lý do mở lại tab «QLKH» (ví dụ: «sửa số liệu mục II theo ý kiến lãnh đạo»): lý do được lưu trong tab «Lịch sử nộp, mở lại».');
  }
  expect(run.call<SidebarState>('getSidebarState', 'QLKH').division!.statusLabel).toBe('Đã nộp');

  const reopened = run.call<SidebarState>('reopenDivision', 'QLKH', '  Lãnh đạo yêu cầu bổ sung mục II ');
  expect(reopened.division!.statusLabel).toBe('Đã đủ');
  asUser(run, DIVISION_USER);
  typeInto(run, row, column, 'Sửa sau khi mở lại');
  expect(run.values('QLKH')[row - 1][column - 1]).toBe('Sửa sau khi mở lại');

  const rows = history(run).slice(1);
  expect(rows.map((r) => [r[2], r[3], r[7]])).toEqual([
    ['Đánh dấu đã nộp', OFFICE, ''],
    ['Mở lại', OFFICE, 'Lãnh đạo yêu cầu bổ sung mục II'],
  ]);
  asUser(run, OFFICE);
  run.g.calls.uncounted(() => run.g.spreadsheet.setActiveSheet(run.g.spreadsheet.getSheetByName('Cấu hình')!));
  const row2 = run.call<SidebarState>('getSidebarState', null).office!.divisions.find((d) => d.tabName === 'QLKH')!;
  expect(row2.history!.map((h) => [h.action, h.reason])).toEqual([
    ['Mở lại', 'Lãnh đạo yêu cầu bổ sung mục II'],
    ['Đánh dấu đã nộp', ''],
  ]);
  // An edit of a tab that is not submitted is not history.
  expect(history(run)).toHaveLength(3);
});

test('a range pasted into a submitted tab is recorded as "nhiều ô" with the range, and setup keeps the tab locked', () => {
  const run = sheetWithSample(DIVISION_USER);
  const { row } = typedCell(run);
  asUser(run, OFFICE);
  run.call('markSubmitted', 'QLKH');
  const range = run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName('QLKH')!.getRange(row, 2, 2, 2));
  run.call('onEdit', { range, authMode: 'LIMITED', user: { getEmail: () => OFFICE } });
  run.call('menuSetUp');
  asUser(run, DIVISION_USER);
  expect(() => run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName('QLKH')!.getRange(row, 2).setValue('thử sửa'))).toThrow(PROTECTED_CELL_MESSAGE);
  asUser(run, OFFICE);
  run.call('getSidebarState', null);
  expect(
    history(run)
      .slice(1)
      .map((r) => r.slice(2, 7)),
  ).toEqual([
    ['Đánh dấu đã nộp', OFFICE, '', '', ''],
    ['Sửa sau khi nộp', OFFICE, `B${row}:C${row + 1}`, 'nhiều ô', 'nhiều ô'],
  ]);
});

test('the edit stamp changes with every edit, and reading it is one call', () => {
  const run = sheetWithSample(DIVISION_USER);
  asUser(run, DIVISION_USER);
  const state = run.call<SidebarState>('getSidebarState', 'QLKH');
  const { sheetId, stamp } = state.live!;
  run.g.calls.reset();
  expect(run.call('getEditStamp', sheetId)).toBe(stamp);
  expect(run.g.calls.countOf('Properties.getProperty')).toBe(1);
  const { row, column } = typedCell(run);
  typeInto(run, row, column, 'một');
  const first = run.call<string>('getEditStamp', sheetId);
  expect(first).not.toBe(stamp);
  expect(run.call<SidebarState>('getSidebarState', 'QLKH').live!.stamp).toBe(first);
});

test('while another run holds the document lock, the Office’s sidebar still answers, and the history is written once the lock is free', () => {
  const run = sheetWithSample(DIVISION_USER);
  asUser(run, DIVISION_USER);
  run.call('markSubmitted', 'QLKH');
  asUser(run, OFFICE);
  run.g.lock.holdByOther('document', { label: 'Tổng hợp của Văn phòng' });
  expect(run.call<SidebarState>('getSidebarState', null).office!.divisions.find((d) => d.tabName === 'QLKH')!.statusLabel).toBe('Đã nộp');
  expect(run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName(HISTORY_TAB))).toBeNull();
  run.g.lock.releaseByOther('document');
  run.call('getSidebarState', null);
  run.call('getSidebarState', null);
  expect(
    history(run)
      .slice(1)
      .map((r) => r[2]),
  ).toEqual(['Đánh dấu đã nộp']);
});
