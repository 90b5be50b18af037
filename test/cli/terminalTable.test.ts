/** The completeness table lines up in a terminal whether the Vietnamese text arrives composed or decomposed. */
import { displayWidth, renderTable } from '../../src/cli/terminalTable';

test('letters with marks take one column, composed or not', () => {
  expect(displayWidth('Thanh tra Sở')).toBe(12);
  expect(displayWidth('Thanh tra Sở'.normalize('NFD'))).toBe(12);
  expect(displayWidth('Đã nộp')).toBe(6);
});

test('columns are aligned by what the eye sees; numbers to the right', () => {
  const lines = renderTable(
    ['Phòng, đơn vị', 'Lỗi'],
    [
      ['Văn phòng Sở'.normalize('NFD'), '0'],
      ['Trung tâm Thông tin và Thống kê KH&CN', '12'],
    ],
    ['left', 'right'],
  );
  expect(lines.map(displayWidth)).toEqual([42, 42, 42, 42]);
  expect(lines[2].endsWith('  0')).toBe(true);
  expect(lines[1]).toMatch(/^─+ {2}───$/);
});
