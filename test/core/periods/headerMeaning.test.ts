/** What a section I header's period means next to the settings' (core/periods/headerMeaning.ts): examples a clerk types. */
import { headerMeaning, retypedHeaderMeaning } from '../../../src/core/periods/headerMeaning';
import { checkDivision } from '../../../src/core/check';
import { form, headerIndex, sampleTab } from '../tabs';

test('the first-period header: same words, other words, no year, another period', () => {
  const expected = '6 tháng đầu năm 2024';
  expect(headerMeaning('6 tháng đầu năm 2024', expected, 'period')).toBe('same');
  expect(headerMeaning('6 THÁNG ĐẦU NĂM 2024', expected, 'period')).toBe('same');
  expect(headerMeaning('6 tháng năm 2024', expected, 'period')).toBe('reworded');
  expect(headerMeaning('sáu tháng đầu năm 2024', expected, 'period')).toBe('reworded');
  expect(headerMeaning('6 tháng', expected, 'period')).toBe('yearMissing');
  expect(headerMeaning('9 tháng', expected, 'period')).toBe('other');
  expect(headerMeaning('9 tháng năm 2024', expected, 'period')).toBe('other');
  expect(headerMeaning('6 tháng đầu năm 2023', expected, 'period')).toBe('other');
  expect(headerMeaning('quý II năm 2024', expected, 'period')).toBe('other');
  // The second half of the year is not the first.
  expect(headerMeaning('6 tháng cuối năm 2024', expected, 'period')).toBe('other');
  expect(headerMeaning('quý 2 năm 2024', 'quý II năm 2024', 'period')).toBe('reworded');
});

test('the year columns: the estimate names the period by its year, the comparison and plan columns name one year', () => {
  expect(headerMeaning('2024', '2024', 'period')).toBe('same');
  expect(headerMeaning('2023', '2024', 'period')).toBe('other');
  expect(headerMeaning('2022', '2023', 'year')).toBe('other');
  expect(headerMeaning('2023 (số chính thức)', '2023', 'year')).toBe('reworded');
  expect(headerMeaning('trước', '2023', 'year')).toBe('yearMissing');
});

test('a header retyped beyond recognition counts only when its year or kind contradicts the settings', () => {
  expect(retypedHeaderMeaning('Ước TH cả năm 2023', 'Ước thực hiện năm 2024')).toBe('other');
  expect(retypedHeaderMeaning('Số liệu 9 tháng', 'Thực hiện 6 tháng đầu năm 2024')).toBe('other');
  expect(retypedHeaderMeaning('Ước TH cả năm 2024', 'Ước thực hiện năm 2024')).toBe('same');
  expect(retypedHeaderMeaning('', 'Thực hiện năm 2023')).toBe('same');
});

test('a division retypes the estimate header as «Ước TH cả năm 2023» in the 2024 tab: refused at that cell, nothing read', () => {
  const grid = sampleTab();
  const h = headerIndex(grid, 'I');
  grid[h][6] = 'Ước TH cả năm 2023';
  const result = checkDivision(grid, form, { today: '2024-06-20' });
  expect(result.findings.map((f) => [f.cell, f.wrongPeriod])).toEqual([[`G${h + 1}`, true]]);
  expect(result.findings[0].message).toMatch(new RegExp(`^Tab này có tiêu đề cột của kỳ khác: ô G${h + 1} ghi «Ước TH cả năm 2023», trong khi theo Cấu hình là «Ước thực hiện năm 2024»\\. `));
  expect(result.items.I).toEqual([]);
});
