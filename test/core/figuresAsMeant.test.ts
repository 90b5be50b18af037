/**
 * Figures of section I said as a department head would read them, whatever way the division wrote the unit or the
 * figure: what the table shows and what the sentence under it says are the same comparison.
 */
import { IndicatorFigures, comparisonCells, planStanding } from '../../src/core/summary/indicators';
import { divisionParagraph } from '../../src/core/summary/results';
import { buildDivisionReport } from '../../src/core/divisionReport';
import { buildSummary } from '../../src/core/summary/build';
import { form, headerIndex, insertRow, itemRow, sampleTab, settings } from './tabs';

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

test('a unit merged over two rows ("%" on C9:C10) is the unit of both: the second row is compared in points too', () => {
  const grid = sampleTab();
  const h = headerIndex(grid, 'I');
  insertRow(grid, h, itemRow('I', { indicator: 'Tỷ lệ hồ sơ đúng hạn', unit: '%', prevYear: 98, plan: 100, firstPeriod: 99, estimate: 99 }));
  insertRow(grid, h + 1, itemRow('I', { indicator: 'Tỷ lệ hồ sơ trực tuyến', unit: '', prevYear: 72.4, plan: 80, firstPeriod: 81.3, estimate: 85 }));
  const unitColumn = form.sections.find((s) => s.id === 'I')!.columns.find((c) => c.key === 'unit')!.column;
  const merges = [{ row: h + 2, column: unitColumn, rows: 2, columns: 1 }];
  const report = buildDivisionReport(settings.divisions[0], grid, form, { today: '2024-06-25', merges });
  const second = report.check!.items.I.find((i) => i.row === h + 3)!;
  expect(second.values.unit).toBe('%');
  const said = seen(divisionParagraph([row({ indicator: 'Tỷ lệ hồ sơ trực tuyến', unit: String(second.values.unit), prevYear: 72.4, plan: 80, estimate: 85 })], w));
  expect(said).toContain('cao hơn 12,6 điểm phần trăm');
  const text = seen(
    buildSummary([report], settings, form, { now: '2024-06-27T16:05' })
      .body.flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.join(' | ')) : []))
      .join('\n'),
  );
  expect(text).toContain('Tỷ lệ hồ sơ trực tuyến | % | 72,4 | 80,0 | 81,3 | 85,0 | +12,6 điểm % | +5,0 điểm %');
});
