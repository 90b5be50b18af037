/** A cell the source could not read is named, even on a row that looks blank, and never read as empty. */
import { checkDivision } from '../../src/core/check';
import { blankTab, form, headerIndex, sampleTab } from './tabs';

const today = '2024-06-25';
const message = 'ô có công thức =2000+200 nhưng chưa có giá trị đã tính.';

test('a row whose only content is a formula never calculated is named at that cell; the tab is not "nothing entered"', () => {
  const grid = sampleTab();
  const h = headerIndex(grid, 'V');
  const before = checkDivision(grid, form, { today });
  const row = h + 2 + before.items.V.length; // the first blank row under the proposals
  const result = checkDivision(grid, form, { today, unread: [{ row, column: 4, message }] });
  expect(result.findings.filter((f) => f.row === row).map((f) => [f.severity, f.cell, f.columnKey, f.message])).toEqual([['error', `D${row}`, 'budget', `Cột «Kinh phí đề xuất (triệu đồng)»: ${message}`]]);
  expect(result.items.V.length).toBe(before.items.V.length);
  // A blank form whose only content is such a cell is not "nothing entered": the cell is shown, not hidden.
  const blank = blankTab();
  const first = headerIndex(blank, 'I') + 2;
  expect(checkDivision(blank, form, { today }).empty).toBe(true);
  expect(checkDivision(blank, form, { today, unread: [{ row: first, column: 5, message }] }).empty).toBe(false);
});

test('an unread cell in a computed column or outside every section changes nothing', () => {
  const grid = sampleTab();
  const h = headerIndex(grid, 'I');
  const result = checkDivision(grid, form, {
    today,
    unread: [
      { row: h + 2, column: 8, message }, // «So với năm 2023 (%)», computed again
      { row: h + 2, column: 20, message }, // far right of the form
      { row: 1, column: 1, message }, // the title
    ],
  });
  expect(result.findings).toEqual([]);
});
