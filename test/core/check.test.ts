import { checkDivision } from '../../src/core/check';
import { buildDivisionReport, divisionStatus } from '../../src/core/divisionReport';
import { blankTab, form, headerIndex, insertRow, itemRow, qlkh, sampleTab } from './tabs';

const today = '2024-06-25';
const check = (grid: ReturnType<typeof blankTab>) => checkDivision(grid, form, { today });
const messagesAt = (grid: ReturnType<typeof blankTab>, cell: string) =>
  check(grid)
    .findings.filter((f) => f.cell === cell)
    .map((f) => f.message);

test('a blank tab: nothing entered, one finding per required section, status Chưa nhập', () => {
  const result = check(blankTab());
  expect(result.empty).toBe(true);
  const required = form.sections.filter((s) => s.required).map((s) => s.id);
  expect(result.findings.map((f) => f.sectionId)).toEqual(required);
  expect(result.findings[0].message).toBe('Mục I chưa có nội dung: nhập ít nhất một dòng dưới tiêu đề cột.');
  expect(divisionStatus(result, false)).toBe('empty');
  expect(result.filledCells).toBe(0);
  expect(result.requiredCells).toBeGreaterThan(0);
});

test('a division inserts two rows into section II and the check still finds every item', () => {
  const grid = sampleTab();
  const before = check(grid).items.II.length;
  const h = headerIndex(grid, 'II');
  insertRow(grid, h, itemRow('II', { shortcoming: 'Thiếu cán bộ', cause: 'Biên chế ít', causeType: 'Khách quan' }));
  insertRow(grid, h + 3, itemRow('II', { shortcoming: 'Hồ sơ chậm', cause: 'Quy trình dài', causeType: 'Chủ quan' }));
  const result = check(grid);
  expect(result.items.II.map((i) => i.values.shortcoming)).toEqual(expect.arrayContaining(['Thiếu cán bộ', 'Hồ sơ chậm']));
  expect(result.items.II.length).toBe(before + 2);
  expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
});

test('blank rows in the middle of a section and sorted rows are read all the same', () => {
  const grid = sampleTab();
  const h = headerIndex(grid, 'I');
  insertRow(grid, h + 2);
  insertRow(grid, h + 2);
  const items = grid.splice(h + 1, 2);
  grid.splice(h + 3, 0, ...items.reverse());
  const result = check(grid);
  expect(result.items.I.length).toBe(6);
  expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
});

test('a starred cell left empty is named by its cell', () => {
  const grid = sampleTab();
  const h = headerIndex(grid, 'II');
  grid[h + 1][2] = '';
  expect(messagesAt(grid, `C${h + 2}`)).toEqual([`Chưa nhập «Nguyên nhân» (mục II, dòng ${h + 2}).`]);
});

test('number columns: readable forms are read, others reported with the cell', () => {
  const grid = sampleTab();
  const h = headerIndex(grid, 'I');
  grid[h + 1][3] = '1.234,5';
  grid[h + 1][4] = ' 1,300.5 ';
  grid[h + 2][3] = 'khoảng 30';
  grid[h + 2][4] = '1,234';
  // The column writes decimals both ways (1,300.5 above, 2.345,5 below): "1,234" cannot be settled by it.
  grid[h + 3][4] = '2.345,5';
  const result = check(grid);
  expect(result.items.I[0].values.prevYear).toBe(1234.5);
  expect(result.items.I[0].values.plan).toBe(1300.5);
  expect(messagesAt(grid, `D${h + 3}`)[0]).toMatch(/«khoảng 30» không phải là số/);
  expect(messagesAt(grid, `E${h + 3}`)[0]).toMatch(/«1,234» có thể hiểu theo hai cách/);
});

test('a formula error is a finding', () => {
  const grid = sampleTab();
  const h = headerIndex(grid, 'I');
  grid[h + 1][7] = '#REF!';
  grid[h + 2][5] = '#DIV/0!';
  expect(messagesAt(grid, `H${h + 2}`)[0]).toMatch(/lỗi công thức #REF!/);
  expect(messagesAt(grid, `F${h + 3}`)).toEqual(expect.arrayContaining([expect.stringMatching(/#DIV\/0!/)]));
});

test('a value outside its list and a date that is not a date', () => {
  const grid = sampleTab();
  const h = headerIndex(grid, 'IV');
  grid[h + 1][5] = 'Xong rồi';
  grid[h + 1][3] = '31/13/2024';
  expect(messagesAt(grid, `F${h + 2}`)[0]).toMatch(/«Xong rồi» không có trong danh sách/);
  expect(messagesAt(grid, `D${h + 2}`)[0]).toMatch(/«31\/13\/2024» không phải là ngày/);
});

test('list values typed in another case or with extra spaces are accepted as the option', () => {
  const grid = sampleTab();
  const h = headerIndex(grid, 'II');
  grid[h + 1][3] = '  khách quan ';
  expect(check(grid).items.II[0].values.causeType).toBe('Khách quan');
});

test('a cumulative estimate below the first-period result is a warning; a rate is not', () => {
  const grid = blankTab();
  const h = headerIndex(grid, 'I');
  grid[h + 1] = itemRow('I', { indicator: 'Số hồ sơ', unit: 'hồ sơ', firstPeriod: 700, estimate: 650 });
  grid[h + 2] = itemRow('I', { indicator: 'Tỷ lệ đúng hạn', unit: '%', firstPeriod: 99, estimate: 98 });
  const findings = check(grid).findings.filter((f) => f.sectionId === 'I');
  expect(findings).toEqual([expect.objectContaining({ severity: 'warning', cell: `G${h + 2}` })]);
});

test('"Khó hoàn thành" without an explanation, and a late task marked on time', () => {
  const grid = blankTab();
  const h6 = headerIndex(grid, 'VI');
  grid[h6 + 1] = itemRow('VI', { target: 'Chi 2% ngân sách cho KH&CN', document: '43/NQ-HĐND', rating: 'Khó hoàn thành' });
  const h4 = headerIndex(grid, 'IV');
  grid[h4 + 1] = itemRow('IV', { task: 'Ban hành quy định', document: '1400/QĐ-UBND', deadline: '31/03/2024', result: 'Đang soạn', status: 'Đang thực hiện trong hạn' });
  grid[h4 + 2] = itemRow('IV', { task: 'Tổng kết', document: '1400/QĐ-UBND', deadline: '31/12/2024', result: 'Chưa đến hạn', status: 'Đang thực hiện trong hạn' });
  const result = check(grid);
  expect(messagesAt(grid, `G${h6 + 2}`)).toEqual(['Mục tiêu được đánh giá «Khó hoàn thành»: ghi rõ giải thích và giải pháp.']);
  expect(messagesAt(grid, `F${h4 + 2}`)[0]).toMatch(/quá thời hạn 31\/03\/2024/);
  expect(messagesAt(grid, `F${h4 + 3}`)).toEqual([]);
  expect(result.items.IV[0].values.deadline).toBe('2024-03-31');
});

test('a division whose header row was deleted gets one clear finding, and its rows are still read', () => {
  const grid = sampleTab();
  const h = headerIndex(grid, 'III');
  grid.splice(h, 1);
  const result = check(grid);
  const about = result.findings.filter((f) => f.sectionId === 'III');
  expect(about).toHaveLength(1);
  expect(about[0].message).toMatch(/dòng tiêu đề cột đã bị xóa/);
  expect(result.items.III.length).toBe(3);
});

test('a renamed header is named by its cell', () => {
  const grid = sampleTab();
  const h = headerIndex(grid, 'V');
  grid[h][3] = 'Tiền';
  expect(messagesAt(grid, `D${h + 1}`)[0]).toBe('Tiêu đề cột bị sửa thành «Tiền»; đúng là «Kinh phí đề xuất (triệu đồng)». Số liệu cột này vẫn được đọc theo vị trí cột.');
});

test('headers of another period are still recognised (a workbook from last year): the column is found, and its year is the one finding', () => {
  const grid = sampleTab();
  const h = headerIndex(grid, 'I');
  grid[h][3] = 'Thực hiện năm 2022';
  // Recognised as the comparison column (no "renamed" or "missing column" finding), but last year's: not read as 2023's.
  expect(check(grid).findings.filter((f) => f.row === h + 1)).toEqual([
    expect.objectContaining({ severity: 'error', cell: `D${h + 1}`, wrongPeriod: true, message: expect.stringContaining('ô D' + (h + 1) + ' ghi «Thực hiện năm 2022», trong khi theo Cấu hình là «Thực hiện năm 2023»') }),
  ]);
});

test('a section whose title and header rows were both deleted is reported as missing', () => {
  const grid = sampleTab();
  const h = headerIndex(grid, 'VII');
  grid.splice(h - 1, 2);
  const findings = check(grid).findings.filter((f) => f.sectionId === 'VII');
  expect(findings[0].message).toMatch(/Không tìm thấy mục VII/);
});

test('merged cells inside a section are reported', () => {
  const grid = sampleTab();
  const h = headerIndex(grid, 'II');
  const result = checkDivision(grid, form, { today, merges: [{ row: h + 2, column: 2, rows: 1, columns: 2 }] });
  expect(result.findings.find((f) => f.cell === `B${h + 2}`)!.message).toMatch(/đang bị gộp/);
});

test('statuses: Đang nhập with errors, Đã đủ with warnings only, Đã nộp when marked', () => {
  const incomplete = sampleTab();
  incomplete[headerIndex(incomplete, 'II') + 1][2] = '';
  expect(buildDivisionReport(qlkh, incomplete, form, { today }).statusLabel).toBe('Đang nhập');
  const warned = sampleTab();
  const h = headerIndex(warned, 'I');
  warned[h + 1][6] = 1;
  const report = buildDivisionReport(qlkh, warned, form, { today });
  expect(report.warningCount).toBe(1);
  expect(report.statusLabel).toBe('Đã đủ');
  expect(buildDivisionReport(qlkh, sampleTab(), form, { today }, { submittedAt: '2024-06-20T09:30' }).statusLabel).toBe('Đã nộp');
  expect(buildDivisionReport(qlkh, null, form, { today }).statusLabel).toBe('Chưa nhập');
});
