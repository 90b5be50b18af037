import { defaultSettings } from '../../src/core/settings';
import { readSettingsTab, settingsTabRows } from '../../src/core/settingsTab';
import type { Grid } from '../../src/core/grid';

const base = defaultSettings();
const tab = (): Grid => settingsTabRows(base).map((r) => [...r]);
const rowOf = (grid: Grid, label: string) => grid.findIndex((r) => r[0] === label);

function problems(grid: Grid): string[] {
  const reading = readSettingsTab(grid, base);
  return reading.ok ? [] : reading.problems.map((p) => p.message);
}

test('the settings tab as written reads back as the defaults', () => {
  const reading = readSettingsTab(tab(), base);
  expect(reading).toEqual({ ok: true, settings: base, missingRows: [] });
});

test('the Office inserts rows and notes; labels still find their values', () => {
  const grid = tab();
  grid.splice(5, 0, ['Ghi chú của Văn phòng', 'đừng xóa dòng này', ''], ['', '', '']);
  grid[rowOf(grid, 'Năm báo cáo')][1] = '2025';
  grid[rowOf(grid, 'Năm so sánh')][1] = '2024';
  grid[rowOf(grid, 'Năm kế hoạch')][1] = '2026';
  grid[rowOf(grid, 'Hạn nộp')][1] = new Date(2025, 5, 27);
  const reading = readSettingsTab(grid, base);
  expect(reading.ok && reading.settings.period.year).toBe(2025);
  expect(reading.ok && reading.settings.period.deadline).toBe('2025-06-27');
});

test('bad settings are each named by their cell', () => {
  const grid = tab();
  grid[rowOf(grid, 'Năm báo cáo')][1] = '20x4';
  grid[rowOf(grid, 'Hạn nộp')][1] = '31/06/2024';
  grid[rowOf(grid, 'E-mail Văn phòng Sở')][1] = 'vanphong@sokhcn, ok@bacgiang.gov.vn';
  const header = rowOf(grid, 'Tên phòng, đơn vị');
  grid[header + 2][0] = grid[header + 1][0];
  grid[header + 3][0] = '';
  grid[header + 5][1] = 'QLKH';
  grid[header + 6][1] = 'Phòng [mới]';
  grid[header + 7][2] = 'khong-phai-email';
  const found = problems(grid);
  expect(found).toEqual(
    expect.arrayContaining([
      `Cấu hình!B${rowOf(grid, 'Năm báo cáo') + 1} («Năm báo cáo»): «20x4» không phải là một năm. Nhập năm gồm 4 chữ số, ví dụ 2024.`,
      `Cấu hình!B${rowOf(grid, 'Hạn nộp') + 1} («Hạn nộp»): «31/06/2024» không phải là ngày. Nhập ngày/tháng/năm, ví dụ 28/06/2024.`,
      `Cấu hình!B${rowOf(grid, 'E-mail Văn phòng Sở') + 1} («E-mail Văn phòng Sở»): «vanphong@sokhcn» không phải là địa chỉ e-mail.`,
      `Cấu hình!A${header + 3}: «Văn phòng Sở» trùng với Cấu hình!A${header + 2}.`,
      `Cấu hình!A${header + 4}: tên phòng, đơn vị đang để trống (dòng này có tên tab hoặc e-mail).`,
      expect.stringMatching(new RegExp(`^Cấu hình!B${header + 6}: tên tab «QLKH» trùng với`)),
      expect.stringMatching(new RegExp(`^Cấu hình!B${header + 7}: Tên tab «Phòng \\[mới\\]» có ký tự không được dùng`)),
      `Cấu hình!C${header + 8}: «khong-phai-email» không phải là địa chỉ e-mail.`,
    ]),
  );
});

test('a division tab named like the settings tab is refused', () => {
  const grid = tab();
  grid[rowOf(grid, 'Tên phòng, đơn vị') + 1][1] = 'cấu hình';
  expect(problems(grid)[0]).toMatch(/trùng với tab Cấu hình/);
});

test.each(['Lịch sử tổng hợp', 'Nhật ký nhắc hạn', 'góp ý', 'Lịch sử nộp, mở lại', 'Dữ liệu tổng hợp'])('a division tab named like the Office tab «%s» is refused, naming the cell', (name) => {
  const grid = tab();
  const row = rowOf(grid, 'Tên phòng, đơn vị') + 1;
  grid[row][1] = name;
  expect(problems(grid)).toContain(`Cấu hình!B${row + 1}: tên tab «${name}» trùng với tab ${name === 'góp ý' ? 'Góp ý' : name} của Văn phòng. Mỗi phòng, đơn vị cần một tên tab riêng.`);
});

test('a division tab named like a past period’s archive is refused, naming the cell', () => {
  const grid = tab();
  const row = rowOf(grid, 'Tên phòng, đơn vị') + 1;
  grid[row][1] = 'Lưu trữ QLKH';
  expect(problems(grid)).toContain(`Cấu hình!B${row + 1}: tên tab «Lưu trữ QLKH» trùng với tab Lưu trữ … của Văn phòng. Mỗi phòng, đơn vị cần một tên tab riêng.`);
});

test('lists take one item per line; e-mails any separator', () => {
  const grid = tab();
  grid[rowOf(grid, 'Văn bản giao nhiệm vụ')][1] = '1400/QĐ-UBND\n 184/QĐ-UBND ;\n- 200/QĐ-UBND';
  grid[rowOf(grid, 'E-mail lãnh đạo Sở')][1] = 'GiamDoc@bacgiang.gov.vn; pgd@bacgiang.gov.vn\npgd2@bacgiang.gov.vn';
  const reading = readSettingsTab(grid, base);
  expect(reading.ok && reading.settings.taskDocuments).toEqual(['1400/QĐ-UBND', '184/QĐ-UBND', '200/QĐ-UBND']);
  expect(reading.ok && reading.settings.leadershipEmails).toEqual(['giamdoc@bacgiang.gov.vn', 'pgd@bacgiang.gov.vn', 'pgd2@bacgiang.gov.vn']);
});

test('a deleted settings row is named', () => {
  const grid = tab();
  grid.splice(rowOf(grid, 'Năm kế hoạch'), 1);
  expect(problems(grid)).toEqual(['Thiếu dòng «Năm kế hoạch» ở cột A của tab Cấu hình. Thêm lại dòng này (nhãn ở cột A, giá trị ở cột B).']);
});

test('"Đưa phòng, đơn vị chưa đủ vào báo cáo" reads Có / Không, and names the cell otherwise', () => {
  const grid = tab();
  const row = rowOf(grid, 'Đưa phòng, đơn vị chưa đủ vào báo cáo');
  expect(grid[row][1]).toBe('Có');
  grid[row][1] = 'không';
  const reading = readSettingsTab(grid, base);
  expect(reading.ok && reading.settings.includeIncomplete).toBe(false);
  grid[row][1] = 'tùy';
  expect(problems(grid)).toEqual([`Cấu hình!B${row + 1} («Đưa phòng, đơn vị chưa đủ vào báo cáo»): «tùy» — ghi Có hoặc Không.`]);
});
