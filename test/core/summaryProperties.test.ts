/** Rules of section I that hold for every set of figures a division could type. */
import fc from 'fast-check';
import { IndicatorFigures, comparisonCells } from '../../src/core/summary/indicators';
import { departmentParagraph, divisionParagraph } from '../../src/core/summary/results';
import { money, pointsCell } from '../../src/core/summary/wording';

const w = { year: 2024, prevYear: 2023 };
const value = fc.option(
  fc.oneof(
    fc.integer({ min: 0, max: 2_000_000 }),
    fc.integer({ min: -1000, max: -1 }),
    fc.double({ min: 0, max: 1000, noNaN: true }).map((x) => Math.round(x * 1000) / 1000),
  ),
  { nil: null },
);
const figures: fc.Arbitrary<IndicatorFigures> = fc.record({
  indicator: fc.constantFrom('Số hồ sơ được giải quyết', 'Tỷ lệ hồ sơ đúng hạn', 'Kế hoạch vốn được giao', 'Sản lượng nấm'),
  unit: fc.constantFrom('%', 'tỷ lệ %', 'phần trăm', 'hồ sơ', 'triệu đồng', 'đồng', ''),
  prevYear: value,
  plan: value,
  firstPeriod: value,
  estimate: value,
  remark: fc.constant(''),
});
const table = fc.array(figures, { minLength: 1, maxLength: 12 });

const seen = (t: string) => t.replace(/\u00a0/g, ' ');

/** What a reader counts from the table's "So với kế hoạch" column. */
function fromTable(list: IndicatorFigures[]): { compared: number; behind: number } {
  const cells = list.map((f) => seen(comparisonCells(f).vsPlan)).filter((c) => c !== '');
  const behind = cells.filter((c) => (c.includes('điểm') ? c.startsWith('-') : parseFloat(c.replace(/\./g, '').replace(',', '.')) < 100));
  return { compared: cells.length, behind: behind.length };
}

test("for any figures, the division's paragraph counts what its table shows", () => {
  fc.assert(
    fc.property(table, (list) => {
      const said = seen(divisionParagraph(list, w));
      const { compared, behind } = fromTable(list);
      if (compared) expect(said).toContain(`${compared - behind}/${compared} chỉ tiêu có kế hoạch ước đạt hoặc vượt kế hoạch`);
      else expect(said).not.toContain('chỉ tiêu có kế hoạch');
      if (behind) expect(said).toContain(`${behind} chỉ tiêu chưa đạt`);
      else expect(said).not.toContain('chưa đạt');
    }),
  );
});

test("for any divisions, the Department's paragraph adds up the divisions' tables", () => {
  fc.assert(
    fc.property(fc.array(table, { minLength: 1, maxLength: 5 }), (divisions) => {
      const said = seen(
        departmentParagraph(
          divisions.map((figures, i) => ({ name: `Phòng ${i + 1}`, figures })),
          w,
        ),
      );
      const all = divisions.flat();
      const { compared, behind } = fromTable(all);
      expect(said.startsWith(`Tổng hợp ${all.length} chỉ tiêu của ${divisions.length} phòng, đơn vị`)).toBe(true);
      if (compared) expect(said).toContain(`${compared - behind}/${compared} chỉ tiêu có kế hoạch`);
    }),
  );
});

test('every percentage of the text has one decimal: never "99%" beside "99,0%"', () => {
  fc.assert(
    fc.property(table, (list) => {
      const said = seen(divisionParagraph(list, w));
      for (const sentence of said.split('. ')) expect(sentence).not.toMatch(/(^|[^,\d])\d+(\.\d{3})*%/);
    }),
  );
});

test('a rate (unit %) is compared in points, never as a ratio, in the table and the text', () => {
  fc.assert(
    fc.property(table, (list) => {
      for (const f of list.filter((x) => x.unit === '%')) {
        const { vsPrevYear, vsPlan } = comparisonCells(f);
        for (const cell of [vsPrevYear, vsPlan]) if (cell) expect(seen(cell)).toMatch(/^[+-]?\d+(\.\d{3})*,\d điểm %$/);
      }
      const rates = list.filter((x) => x.unit === '%');
      const said = seen(divisionParagraph(rates, w));
      expect(said).not.toMatch(/bằng \d+(,\d)?% kế hoạch|tăng \d|giảm \d/);
    }),
  );
});

test('money in đồng is written in the unit people use', () => {
  expect(seen(money(18_750_000))).toBe('18,75 triệu đồng');
  expect(seen(money(1_200_000_000))).toBe('1,2 tỷ đồng');
  expect(seen(money(500_000))).toBe('500.000 đồng');
  expect(seen(pointsCell(-1))).toBe('-1,0 điểm %');
  fc.assert(fc.property(fc.integer({ min: 1_000_000, max: 10 ** 13 }), (d) => expect(seen(money(d))).toMatch(/^\d{1,3}(\.\d{3})*(,\d{1,2})? (triệu|tỷ) đồng$/)));
});
