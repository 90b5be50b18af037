/** Trust every figure, in the core both shells share: text as typed, dates in text, separators settled by the column. */
import { checkDivision } from '../../src/core/check';
import { cellText } from '../../src/core/grid';
import { numberConvention, readNumber } from '../../src/core/numbers';
import { cleanText, textKey } from '../../src/core/text';
import { form, headerIndex, insertRow, itemRow, sampleTab } from './tabs';

const today = '2024-06-25';

test('a list value typed in decomposed Unicode or with invisible characters is the option, written canonically', () => {
  const grid = sampleTab();
  const h = headerIndex(grid, 'IV');
  const option = 'Hoàn thành đúng hạn';
  const forms = [
    option.normalize('NFD'), // "Unicode tổ hợp" keyboards
    `${option}\u2060`, // word joiner
    `\ufeff${option}`, // BOM
    option.replace(' ', ' \u200b'), // zero-width space
    option.replace('đúng', 'đ\u200cúng'), // zero-width non-joiner
    `  ${option.toUpperCase()}  `,
    option.replace(/ /g, '\u00a0'),
  ];
  forms.forEach((typed, k) => insertRow(grid, h + k, itemRow('IV', { task: `Nhiệm vụ ${k}`, document: '1400/QĐ-UBND', result: 'Xong', status: typed })));
  const result = checkDivision(grid, form, { today });
  const statuses = result.items.IV.slice(0, forms.length).map((i) => i.values.status);
  expect(statuses).toEqual(forms.map(() => option));
  expect(result.findings.filter((f) => f.sectionId === 'IV')).toEqual([]);
});

test('free text keeps what was typed, in NFC and without invisible characters', () => {
  expect(cleanText('Hoa\u0300n tha\u0300nh\u200b')).toBe('Hoàn thành');
  expect(textKey('ĐÚNG HẠN'.normalize('NFD'))).toBe('đúng hạn');
});

test('a date typed into a free-text column prints as dd/mm/yyyy on the local calendar, never a day early', () => {
  // 00:00 on 30/9/2024 in the script's time zone is 29/9 in UTC.
  const local = new Date(2024, 8, 30);
  expect(cellText(local)).toBe('30/09/2024');
  const grid = sampleTab();
  const h = headerIndex(grid, 'III');
  grid[h + 1][2] = local;
  const result = checkDivision(grid, form, { today });
  expect(result.items.III[0].values.dueBy).toBe('30/09/2024');
});

test('a number or a percentage in a text column reads the Vietnamese way', () => {
  const grid = sampleTab();
  const h = headerIndex(grid, 'V');
  grid[h + 1][2] = 1234.5;
  grid[h + 2][2] = 0.125;
  const formats = grid.map((r) => r.map(() => ''));
  formats[h + 2][2] = '0.0%';
  const result = checkDivision(grid, form, { today, formats });
  expect(result.items.V[0].values.target).toBe('1234,5');
  expect(result.items.V[1].values.target).toBe('12,5%');
});

describe('1.234 in a number column', () => {
  test('is read by the Vietnamese locale when the column says nothing else', () => {
    expect(readNumber('1.234', 'none')).toEqual({ kind: 'number', value: 1234, percent: false });
    expect(readNumber('1,234', 'none')).toEqual({ kind: 'number', value: 1.234, percent: false });
  });

  test("is read as the column's other values write numbers", () => {
    expect(numberConvention(['12.5', '1.234', 7])).toBe('en');
    expect(readNumber('1.234', numberConvention(['12.5', '1.234']))).toEqual({ kind: 'number', value: 1.234, percent: false });
    expect(numberConvention(['12,5', '1.234'])).toBe('vi');
    expect(readNumber('1.234', 'vi')).toEqual({ kind: 'number', value: 1234, percent: false });
  });

  test('when the column writes both ways, the product asks, proposing forms it accepts in that same column', () => {
    const grid = sampleTab();
    const h = headerIndex(grid, 'I');
    grid[h + 1][3] = '12.5';
    grid[h + 2][3] = '1.234,5';
    grid[h + 3][3] = '1.234';
    const at = `D${h + 4}`;
    const message = checkDivision(grid, form, { today }).findings.find((f) => f.cell === at)!.message;
    expect(message).toMatch(/«1\.234» có thể hiểu theo hai cách/);
    const proposals = [...message.matchAll(/nhập (-?\d[\d.,]*\d)/g)].map((m) => m[1]);
    expect(proposals).toEqual(['1234', '1,2340']);
    const read = proposals.map((typed) => {
      grid[h + 3][3] = typed;
      const result = checkDivision(grid, form, { today });
      expect(result.findings.filter((f) => f.cell === at)).toEqual([]);
      return result.items.I[2].values.prevYear;
    });
    expect(read).toEqual([1234, 1.234]);
  });
});
