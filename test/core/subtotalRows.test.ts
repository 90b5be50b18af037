/** Subtotal rows a clerk types under a list are named and left out; rows that only start with a total word are items. */
import { checkDivision } from '../../src/core/check';
import { isTotalLabel } from '../../src/core/totalRows';
import { form, headerIndex, insertRow, itemRow, sampleTab } from './tabs';

const today = '2024-06-25';

test('«Tổng cộng» typed across STT and name (merged A:C) is one warning, no merge error, and no item', () => {
  const grid = sampleTab();
  const h = headerIndex(grid, 'V');
  const before = checkDivision(grid, form, { today });
  const row = h + 2 + before.items.V.length; // 1-based: the first row under the proposals
  insertRow(grid, row - 2, ['Tổng cộng', '', '', 25000]);
  const result = checkDivision(grid, form, { today, merges: [{ row, column: 1, rows: 1, columns: 3 }] });
  expect(result.items.V.map((i) => i.values.task)).toEqual(before.items.V.map((i) => i.values.task));
  expect(result.findings.filter((f) => f.row === row).map((f) => [f.severity, f.cell, f.message.split(':')[0]])).toEqual([['warning', `A${row}`, 'Dòng «Tổng cộng» là dòng cộng, không phải một đề xuất']]);
});

test('in a section without figures a row named «Cộng» is an item like any other', () => {
  const grid = sampleTab();
  const h = headerIndex(grid, 'VII');
  insertRow(grid, h, itemRow('VII', { content: 'Cộng', addressee: 'UBND tỉnh' }));
  expect(checkDivision(grid, form, { today }).items.VII.map((i) => i.values.content)).toContain('Cộng');
});

test.each([
  ['Tổng cộng', true],
  ['TỔNG CỘNG:', true],
  ['Cộng', true],
  ['Tổng', true],
  ['Tổng số', true],
  ['Tổng cộng (A+B)', true],
  ['Tổng số (I+II+III)', true],
  ['Tổng số hồ sơ được giải quyết', false],
  ['Tổng kinh phí sự nghiệp khoa học', false],
  ['Cộng tác viên được tập huấn', false],
  ['Số hội nghị tổng kết', false],
])('«%s» is a total: %s', (label, total) => {
  expect(isTotalLabel(label)).toBe(total);
});
