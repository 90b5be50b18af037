/** What the check quotes from a cell is what the spreadsheet shows in it, never how JavaScript writes the value. */
import { checkDivision } from '../../src/core/check';
import { form, headerIndex, sampleTab } from './tabs';

const today = '2024-06-25';
const deadlineColumn = form.sections.find((s) => s.id === 'IV')!.columns.find((c) => c.key === 'deadline')!.column;

test('a number or a checkbox in a date column is quoted the Vietnamese way', () => {
  const grid = sampleTab();
  const h = headerIndex(grid, 'IV');
  grid[h + 1][deadlineColumn - 1] = 1234.5;
  grid[h + 2][deadlineColumn - 1] = false;
  const messages = checkDivision(grid, form, { today })
    .findings.filter((f) => f.sectionId === 'IV')
    .map((f) => f.message);
  expect(messages).toContain('Cột «Thời hạn»: «1.234,5» không phải là ngày. Nhập ngày/tháng/năm, ví dụ 30/09/2024.');
  expect(messages).toContain('Cột «Thời hạn»: «FALSE» không phải là ngày. Nhập ngày/tháng/năm, ví dụ 30/09/2024.');
});

test('a checkbox in a text column reads TRUE, as the sheet shows it', () => {
  const grid = sampleTab();
  const h = headerIndex(grid, 'III');
  grid[h + 1][3] = true;
  expect(checkDivision(grid, form, { today }).items.III[0].values.remark).toBe('TRUE');
});
