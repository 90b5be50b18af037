/**
 * Section I's tables for any names and figures the divisions could type: rendered, read back and measured.
 * The widths always fill the page's text width, every table of the section has the same widths, and no value,
 * header word or word of a name is wider than its column.
 */
import fc from 'fast-check';
import { formatNumber } from '../../src/core/numbers';
import { IndicatorFigures, comparisonCells } from '../../src/core/summary/indicators';
import type { Block, SummaryDocument } from '../../src/core/summary/model';
import { oneDecimal } from '../../src/core/summary/wording';
import { isPercentUnit } from '../../src/core/units';
import { renderDocx } from '../../src/render/renderDocx';
import { readDocx } from './docxReader';
import { tablesHeaded, twipsOf, values, words } from './sectionOneTables';

const WORDS = [
  'Số',
  'hồ',
  'sơ',
  'thủ',
  'tục',
  'hành',
  'chính',
  'được',
  'tiếp',
  'nhận',
  'giải',
  'quyết',
  'nhiệm',
  'vụ',
  'khoa',
  'học',
  'công',
  'nghệ',
  'chuyển',
  'giao',
  'KH&CN',
  '9001:2015',
  'tỷ',
  'lệ',
  'doanh',
  'nghiệp',
  'đúng',
  'hạn',
  'toàn',
  'trình',
];
const text = (max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: max }).map((w) => w.join(' '));
/**
 * A row's figures are of one order of magnitude (a plan of 1.200, an estimate of 1.250), from units to billions, whole
 * from the thousands up; rates (unit %) up to a few hundred; some figures are 0 or empty.
 */
const UNITS = ['%', 'hồ sơ', 'triệu đồng', 'đồng', 'doanh nghiệp', 'lượt', ''];
const figures: fc.Arbitrary<IndicatorFigures> = fc.tuple(fc.constantFrom(...UNITS), fc.integer({ min: 0, max: 9 })).chain(([unit, order]) => {
  const e = unit === '%' ? Math.min(order, 2) : order;
  const scaled = fc.double({ min: 0.05, max: 3, noNaN: true }).map((f) => (e >= 3 ? Math.round(f * 10 ** e) : Math.round(f * 10 ** e * 100) / 100));
  const value = fc.option(fc.oneof(fc.constant(0), scaled), { nil: null });
  return fc.record({
    indicator: text(40).map((t) => t || 'Số'),
    unit: fc.constant(unit),
    prevYear: value,
    plan: value,
    firstPeriod: value,
    estimate: value,
    remark: text(25),
  });
});

const figure = (v: number | null, unit: string) => (v === null ? '' : isPercentUnit(unit) ? oneDecimal(v) : formatNumber(v));

/** A division's table as section I writes it (results.ts): the same columns, rows from the figures. */
function divisionTable(list: IndicatorFigures[]): Block {
  const header = (h: string, align: 'left' | 'center' | 'right', width: number) => ({ header: h, align, width });
  return {
    kind: 'table',
    widthGroup: 'results',
    columns: [
      header('STT', 'center', 5),
      header('Chỉ tiêu, nhiệm vụ', 'left', 26),
      header('Đơn vị tính', 'center', 8),
      header('Thực hiện năm 2023', 'right', 9),
      header('Kế hoạch năm 2024', 'right', 9),
      header('Thực hiện 6 tháng đầu năm', 'right', 9),
      header('Ước thực hiện năm 2024', 'right', 9),
      header('So với năm 2023', 'right', 8),
      header('So với kế hoạch', 'right', 8),
      header('Đánh giá, ghi chú', 'left', 14),
    ],
    rows: list.map((f, k) => {
      const cmp = comparisonCells(f);
      return [String(k + 1), f.indicator, f.unit, figure(f.prevYear, f.unit), figure(f.plan, f.unit), figure(f.firstPeriod, f.unit), figure(f.estimate, f.unit), cmp.vsPrevYear, cmp.vsPlan, f.remark];
    }),
  };
}

function report(divisions: IndicatorFigures[][]): SummaryDocument {
  return {
    fileName: 'Báo cáo',
    heading: {
      parentAgency: 'UBND TỈNH BẮC GIANG',
      agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      number: 'Số:    /BC-SKHCN',
      nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      placeDate: 'Bắc Giang, ngày 27 tháng 6 năm 2024',
    },
    documentType: 'BÁO CÁO',
    subject: 'Tình hình thực hiện kế hoạch',
    body: [
      { kind: 'heading', level: 1, text: 'I. KẾT QUẢ THỰC HIỆN' },
      ...divisions.flatMap((list, i): Block[] => [{ kind: 'heading', level: 2, text: `${i + 1}. Phòng ${i + 1}` }, divisionTable(list), { kind: 'paragraph', runs: [{ text: 'Ước thực hiện cả năm.' }] }]),
      { kind: 'heading', level: 1, text: 'II. TỒN TẠI, HẠN CHẾ' },
      { kind: 'paragraph', runs: [{ text: 'Trên đây là báo cáo./.' }] },
    ],
    closing: { recipientsLabel: 'Nơi nhận:', recipients: ['- Lưu: VT, VP.'], authority: ['GIÁM ĐỐC'], signerName: 'Nguyễn Văn A' },
    appendix: { label: 'Phụ lục', title: 'TÌNH HÌNH BÁO CÁO', subtitle: '(Kèm theo báo cáo)', blocks: [], landscape: true },
  };
}

test('for any names and figures, the tables of section I fill the text width, share their widths, and cut no value or word', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.array(figures, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }), async (divisions) => {
      const tables = tablesHeaded(await readDocx(await renderDocx(report(divisions))), 'STT', 'Chỉ tiêu, nhiệm vụ');
      expect(tables).toHaveLength(divisions.length);
      for (const t of tables) {
        expect(t.widths).toEqual(tables[0].widths);
        expect(t.widths.reduce((s, w) => s + w, 0)).toBe(t.pageWidth);
        t.header.forEach((h, i) => words(h).forEach((w) => expect(twipsOf(w, true) + t.padding).toBeLessThanOrEqual(t.widths[i])));
        for (const row of t.rows) {
          row.forEach((cell, i) => {
            for (const v of values(cell)) expect(twipsOf(v) + t.padding).toBeLessThanOrEqual(t.widths[i]);
            for (const w of words(cell)) expect(twipsOf(w) + t.padding).toBeLessThanOrEqual(t.widths[i]);
          });
        }
      }
    }),
    { numRuns: 30 },
  );
  // Thirty .docx written and read back: a few seconds alone, more on a busy machine.
}, 120_000);
