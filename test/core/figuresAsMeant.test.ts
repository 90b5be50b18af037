/**
 * Figures of section I said as a department head would read them, whatever way the division wrote the unit or the
 * figure: what the table shows and what the sentence under it says are the same comparison.
 */
import { IndicatorFigures, comparisonCells, planStanding } from '../../src/core/summary/indicators';
import { divisionParagraph } from '../../src/core/summary/results';

const w = { year: 2024, prevYear: 2023 };
const seen = (t: string) => t.replace(/\u00a0/g, ' ');
const row = (f: Partial<IndicatorFigures>): IndicatorFigures => ({ indicator: 'Tỷ lệ hồ sơ giải quyết đúng hạn', unit: '%', prevYear: null, plan: null, firstPeriod: null, estimate: null, remark: '', ...f });

test.each(['%', 'tỷ lệ %', 'Tỷ lệ (%)', 'phần trăm'])('a rate written "%s" is compared in points, in the table and in the text', (unit) => {
  const f = row({ unit, prevYear: 98.5, plan: 100, estimate: 99 });
  expect(seen(comparisonCells(f).vsPrevYear)).toBe('+0,5 điểm %');
  expect(seen(comparisonCells(f).vsPlan)).toBe('-1,0 điểm %');
  const said = seen(divisionParagraph([f], w));
  expect(said).toContain('ước đạt 99,0%, thấp hơn kế hoạch 1,0 điểm phần trăm');
  expect(said).toContain('cao hơn 0,5 điểm phần trăm');
  expect(said).not.toMatch(/bằng [\d,]+% kế hoạch|tăng 0,5%/);
});

test('rates are compared as the table shows them: 98,449 against a plan of 98,45 is 98,4 against 98,5, short of plan', () => {
  const f = row({ plan: 98.45, estimate: 98.449 });
  expect(seen(comparisonCells(f).vsPlan)).toBe('-0,1 điểm %');
  expect(planStanding(f)).toEqual({ kind: 'short', gap: 0.1 });
  expect(seen(divisionParagraph([f], w))).toContain('0/1 chỉ tiêu có kế hoạch ước đạt hoặc vượt kế hoạch; 1 chỉ tiêu chưa đạt');
});

test('a balance that is negative gets no ratio: "from -50 to 30" is never "giảm 160,0%"', () => {
  const balance = row({ indicator: 'Chênh lệch thu chi', unit: 'triệu đồng', prevYear: -50, plan: -5, estimate: 30 });
  expect(comparisonCells(balance)).toEqual({ vsPrevYear: '', vsPlan: '' });
  const growth = row({ indicator: 'Tăng trưởng', unit: 'tỷ đồng', prevYear: -10, plan: -5, estimate: -8 });
  expect(comparisonCells(growth)).toEqual({ vsPrevYear: '', vsPlan: '' });
  const said = seen(divisionParagraph([balance, growth], w));
  expect(said).toContain('2 chỉ tiêu có số liệu âm (chênh lệch thu chi; tăng trưởng), không so sánh theo tỷ lệ với kế hoạch');
  expect(said).not.toMatch(/So với năm 2023|giảm|vượt|đạt hoặc vượt/);
});

test('an allocation ("Kế hoạch vốn … được giao") is not compared with its plan; a count of plans made is', () => {
  const allocation = row({ indicator: 'Kế hoạch vốn đầu tư công được giao', unit: 'triệu đồng', plan: 18750, estimate: 18750 });
  expect(planStanding(allocation).kind).toBe('planFigure');
  const plans = row({ indicator: 'Kế hoạch chuyên đề được ban hành', unit: 'văn bản', plan: 10, estimate: 6 });
  expect(planStanding(plans)).toEqual({ kind: 'short', gap: 60 });
  expect(seen(comparisonCells(plans).vsPlan)).toBe('60,0%');
  expect(seen(divisionParagraph([plans], w))).toContain('kế hoạch chuyên đề được ban hành (ước đạt 6 văn bản, bằng 60,0% kế hoạch)');
});

test('a figure with three decimals is shown as typed', () => {
  const f = row({ indicator: 'Số cuộc kiểm tra', unit: 'cuộc', plan: 8.5, estimate: 8.495 });
  expect(seen(divisionParagraph([f], w))).toContain('ước đạt 8,495 cuộc, bằng 99,9% kế hoạch');
});
