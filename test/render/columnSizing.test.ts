/** How the columns of a width group share the page: what each cell needs, and where the room left goes. */
import type { TableBlock } from '../../src/core/summary/model';
import { bindFigures, need, sizeGroup } from '../../src/render/columnSizing';
import { CM, twipsOf } from './sectionOneTables';

const cm = (n: number) => Math.round(n * CM);

function group(rows: string[][]): TableBlock[] {
  const columns = [
    { header: 'STT', align: 'center' as const, width: 5 },
    { header: 'Chỉ tiêu, nhiệm vụ', align: 'left' as const, width: 50 },
    { header: 'Ước thực hiện năm 2024', align: 'right' as const, width: 20 },
    { header: 'Đánh giá, ghi chú', align: 'left' as const, width: 25 },
  ];
  return [{ kind: 'table', columns, rows, widthGroup: 'results' }];
}

test('the room left goes to the long names; a figure column is as wide as its widest value and no wider', () => {
  const long = 'Số cơ quan hành chính nhà nước áp dụng, duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015';
  const { widths, fits } = sizeGroup(
    group([
      ['1', long, '1.250.000', ''],
      ['2', long, '12', 'Đạt'],
    ]),
    cm(16),
  );
  expect(fits).toBe(true);
  expect(widths.reduce((s, w) => s + w, 0)).toBe(cm(16));
  expect(widths.every(Number.isInteger)).toBe(true);
  // The figure column: its widest value or its widest header word (bold), whichever is wider.
  const widest = Math.max(need(twipsOf('1.250.000')), need(twipsOf('hiện', true)));
  expect(Math.abs(widths[2] - widest)).toBeLessThanOrEqual(1);
  expect(widths[1]).toBeGreaterThan(cm(10));
  expect(widths[1]).toBeGreaterThan(widths[3]);
});

test('when the names fit on one line, the room no column needs is shared by the text columns', () => {
  const { widths } = sizeGroup(group([['1', 'Số hồ sơ', '5', 'Ghi chú ngắn']]), cm(16));
  expect(widths.reduce((s, w) => s + w, 0)).toBe(cm(16));
  expect(Math.abs(widths[0] - need(twipsOf('STT', true)))).toBeLessThanOrEqual(1);
  expect(widths[1] + widths[3]).toBeGreaterThan(cm(12));
});

test('a group whose values cannot fit even side by side still fills the width exactly, and says it does not fit', () => {
  const huge = '1.000.000.000.000.000.000.000.000';
  const sized = sizeGroup(group([['1', 'Số', huge, huge.replace(/\./g, '')]]), cm(4));
  expect(sized.fits).toBe(false);
  expect(sized.widths.reduce((s, w) => s + w, 0)).toBe(cm(4));
});

test('a figure breaks only before a word: "+0,5 điểm %" may wrap before "điểm", never before "%"; a date and time stay whole', () => {
  expect(bindFigures('+0,5 điểm %', 'right')).toBe('+0,5 điểm\u00a0%');
  expect(bindFigures('16:05 27/06/2024', 'center')).toBe('16:05\u00a027/06/2024');
  expect(bindFigures('doanh nghiệp', 'center')).toBe('doanh nghiệp');
  expect(bindFigures('Đạt 97,6 % kế hoạch', 'left')).toBe('Đạt 97,6 % kế hoạch');
});

test('a name with a word too long for any page gives up room before a figure does: the figure stays whole', () => {
  const link = 'https://dichvucong.bacgiang.gov.vn/dich-vu-cong/tra-cuu-ho-so-truc-tuyen-toan-trinh';
  const sized = sizeGroup(group([['1', `Xem ${link}`, '1.250.000', 'Đạt']]), cm(8));
  expect(sized.fits).toBe(false);
  expect(sized.widths.reduce((s, w) => s + w, 0)).toBe(cm(8));
  expect(sized.widths[2]).toBeGreaterThanOrEqual(need(twipsOf('1.250.000')) - 1);
  expect(sized.widths[2]).toBeGreaterThanOrEqual(need(twipsOf('hiện', true)) - 1);
  // The names keep at least their widest header word: the header still wraps only at its spaces.
  expect(sized.widths[1]).toBeGreaterThanOrEqual(need(twipsOf('nhiệm', true)) - 1);
});
