/**
 * A column whose cells write decimals two ways: "4.850" beside "98.5", or "2,200" beside "5.000". Each is read by what
 * the rest of its column does, and when that reading is not the one a Vietnamese reader makes at sight, the cell gets a
 * warning saying how it was read and what to type: a figure a thousand times off never passes in silence.
 */
import fc from 'fast-check';
import { checkDivision } from '../../src/core/check';
import { readNumber } from '../../src/core/numbers';
import { headerIndex, insertRow, itemRow, sampleTab, form } from './tabs';

const today = '2024-06-25';

function checked(rows: Record<string, string | number>[]) {
  const grid = sampleTab();
  const h = headerIndex(grid, 'I');
  rows.forEach((values, k) => insertRow(grid, h + k, itemRow('I', { indicator: `Chỉ tiêu ${k + 1}`, unit: 'văn bản', firstPeriod: 1, estimate: 2, ...values })));
  const check = checkDivision(grid, form, { today });
  const rowOf = (k: number) => h + 2 + k;
  return {
    value: (k: number, key: string) => check.items.I.find((i) => i.row === rowOf(k))!.values[key],
    warnings: (k: number) => check.findings.filter((f) => f.row === rowOf(k) && f.severity === 'warning').map((f) => f.message),
  };
}

test('"4.850" in a column that writes 98.5 is read 4,85, and the cell says so', () => {
  const c = checked([{ prevYear: '4.850' }, { prevYear: '98.5' }]);
  expect(c.value(0, 'prevYear')).toBe(4.85);
  expect(c.warnings(0)).toEqual([
    'Cột «Thực hiện năm 2023»: «4.850» được đọc là 4,85 vì các ô khác của cột viết số kiểu 12.5 (dấu chấm là dấu thập phân). Nếu là 4.850, nhập 4.850 và sửa các ô viết kiểu 12.5 thành 12,5.',
  ]);
  expect(c.warnings(1)).toEqual([]);
});

test('"2,200" in a column that writes 5.000 is read 2,2, and the cell says so', () => {
  const c = checked([{ plan: '5.000' }, { plan: '2,200' }]);
  expect(c.value(0, 'plan')).toBe(5000);
  expect(c.value(1, 'plan')).toBe(2.2);
  expect(c.warnings(0)).toEqual([]);
  expect(c.warnings(1)).toEqual(['Cột «Kế hoạch năm 2024»: «2,200» được đọc là 2,2 (dấu phẩy là dấu thập phân), trong khi cột này có số viết kiểu 5.000 (dấu chấm ngăn cách hàng nghìn). Nếu là 2.200, nhập 2.200.']);
});

test('a column written the Vietnamese way throughout gets no warning: "4.850" is 4.850, "2,5" is 2,5', () => {
  const c = checked([{ prevYear: '4.850' }, { prevYear: '2,5' }, { prevYear: 1250 }]);
  expect([c.value(0, 'prevYear'), c.value(1, 'prevYear'), c.value(2, 'prevYear')]).toEqual([4850, 2.5, 1250]);
  expect([c.warnings(0), c.warnings(1), c.warnings(2)]).toEqual([[], [], []]);
});

test('for any column of typed figures, a cell read otherwise than a Vietnamese reader reads it at sight has a warning', () => {
  const typed = fc.oneof(
    fc.tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), fc.constantFrom('.', ',')).map(([a, b, sep]) => `${a}${sep}${String(b).padStart(3, '0')}`),
    fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 9 }), fc.constantFrom('.', ',')).map(([a, b, sep]) => `${a}${sep}${b}`),
    fc.integer({ min: 0, max: 99999 }).map(String),
  );
  fc.assert(
    fc.property(fc.array(typed, { minLength: 1, maxLength: 6 }), (cells) => {
      const c = checked(cells.map((prevYear) => ({ prevYear })));
      cells.forEach((text, k) => {
        const read = c.value(k, 'prevYear');
        const atSight = readNumber(text, 'none');
        if (typeof read === 'number' && atSight.kind === 'number' && atSight.value !== read) expect(c.warnings(k)).toHaveLength(1);
      });
    }),
  );
});
