/**
 * "So với cùng kỳ năm trước": this period's result (Thực hiện {period}) against the same period of the previous year,
 * matched by division, indicator name and unit (textKey). An indicator not reported last year gets no comparison.
 */
import type { DivisionReport } from '../divisionReport';
import { textKey } from '../text';
import { Blocks, paragraph, table } from './blocks';
import { num, text } from './context';
import { IndicatorFigures, YearChange, changeAgainst, changeCell } from './indicators';
import { clause, figure, points, rate } from './wording';

/** An indicator's figures with last year's result of the same period: undefined when the indicator was not found last year. */
export interface ComparedFigures extends IndicatorFigures {
  samePeriod?: number | null;
}

function indicatorKey(indicator: string, unit: string): string {
  return `${textKey(indicator)}|${textKey(unit)}`;
}

/** The division's report of the same period last year, by its name, or null. */
export function lastYearReport(report: DivisionReport, lastYear: DivisionReport[]): DivisionReport | null {
  return lastYear.find((r) => textKey(r.division.name) === textKey(report.division.name) && r.check !== null) ?? null;
}

/** Each figure with last year's "Thực hiện {period}" of the same indicator (name and unit); each of last year's rows used once. */
export function withSamePeriod(figures: IndicatorFigures[], lastYear: DivisionReport | null): ComparedFigures[] {
  const rows = (lastYear?.check?.items.I ?? []).map((item) => ({ key: indicatorKey(text(item, 'indicator'), text(item, 'unit')), value: num(item, 'firstPeriod') }));
  const used = new Set<number>();
  return figures.map((f) => {
    const i = rows.findIndex((r, k) => !used.has(k) && r.key === indicatorKey(f.indicator, f.unit));
    if (i < 0) return { ...f };
    used.add(i);
    return { ...f, samePeriod: rows[i].value };
  });
}

/** This period against the same period last year: a ratio in % (counts) or points (rates), rounded as shown. */
export function samePeriodChange(f: ComparedFigures): YearChange {
  return changeAgainst(f.firstPeriod, f.samePeriod, f.unit);
}

/** The two table cells: last year's figure and "112,5%" or "+0,5 điểm %". */
export function samePeriodCells(f: ComparedFigures, figureCell: (value: number | null, unit: string) => string): [string, string] {
  return [figureCell(f.samePeriod ?? null, f.unit), changeCell(f.firstPeriod, f.samePeriod, f.unit)];
}

/** "số đề tài (từ 10 lên 12 đề tài, tăng 20,0%)", with the division when the Department's paragraph names it. */
function said(f: ComparedFigures, division?: string): string {
  const c = samePeriodChange(f);
  if (c.kind === 'none') return '';
  const way = f.firstPeriod! > f.samePeriod! ? 'lên' : f.firstPeriod! < f.samePeriod! ? 'xuống' : 'bằng';
  const how = c.points ? `${c.value > 0 ? 'cao hơn' : 'thấp hơn'} ${points(c.value)}` : `${c.value > 0 ? 'tăng' : 'giảm'} ${rate(Math.abs(c.value))}`;
  return `${clause(f.indicator)} (${division ? `${division}: ` : ''}từ ${figure(f.samePeriod!, f.unit)} ${way} ${figure(f.firstPeriod!, f.unit)}, ${how})`;
}

function largest(list: ComparedFigures[], n: number): ComparedFigures[] {
  const size = (f: ComparedFigures) => {
    const c = samePeriodChange(f);
    return c.kind === 'change' ? Math.abs(c.value) : 0;
  };
  return [...list].sort((a, b) => size(b) - size(a)).slice(0, n);
}

/**
 * " So với cùng kỳ năm trước (6 tháng đầu năm 2023), 3 chỉ tiêu tăng, nhiều nhất là …; 1 chỉ tiêu giảm: …; 1 chỉ tiêu
 * chưa có số liệu cùng kỳ để so sánh." — '' when nothing could be compared and nothing is new.
 */
export function samePeriodSentence(figures: ComparedFigures[], lastPeriod: string, owner?: Map<IndicatorFigures, string>, top = 2): string {
  const value = (f: ComparedFigures) => {
    const c = samePeriodChange(f);
    return c.kind === 'change' ? c.value : null;
  };
  const up = figures.filter((f) => (value(f) ?? 0) > 0);
  const down = figures.filter((f) => (value(f) ?? 0) < 0);
  const same = figures.filter((f) => value(f) === 0);
  const notFound = figures.filter((f) => f.samePeriod === undefined || f.samePeriod === null);
  const say = (f: ComparedFigures) => said(f, owner?.get(f));
  const parts: string[] = [];
  if (up.length) parts.push(`${up.length} chỉ tiêu tăng${up.length > top ? ', nhiều nhất là ' : ': '}${largest(up, top).map(say).join(', ')}`);
  if (down.length) parts.push(`${down.length} chỉ tiêu giảm${down.length > top ? ', nhiều nhất là ' : ': '}${largest(down, top).map(say).join(', ')}`);
  if (same.length) parts.push(`${same.length} chỉ tiêu không đổi`);
  if (notFound.length) parts.push(`${notFound.length} chỉ tiêu chưa có số liệu cùng kỳ để so sánh`);
  if (parts.length === 0) return '';
  return ` So với cùng kỳ năm trước (${lastPeriod}), ${parts.join('; ')}.`;
}

/**
 * Under a division's table: "So với cùng kỳ năm trước (6 tháng đầu năm 2023):" and a table of the indicators found last
 * year (STT as in the table above), last year's figure, this period's, and the comparison; nothing when none was found.
 */
export function samePeriodTable(figures: ComparedFigures[], lastPeriod: string, period: string, lastYear: number, figureCell: (value: number | null, unit: string) => string): Blocks {
  const rows = figures
    .map((f, k) => ({ f, k }))
    .filter(({ f }) => f.samePeriod !== undefined && f.samePeriod !== null)
    .map(({ f, k }) => {
      const [last, vs] = samePeriodCells(f, figureCell);
      return [String(k + 1), f.indicator, f.unit, last, figureCell(f.firstPeriod, f.unit), vs];
    });
  if (rows.length === 0) return [];
  return [
    paragraph({ text: `So với cùng kỳ năm trước (${lastPeriod}):`, italic: true }),
    table(
      [
        { header: 'STT', align: 'center', width: 6 },
        { header: 'Chỉ tiêu, nhiệm vụ', width: 44 },
        { header: 'Đơn vị tính', align: 'center', width: 11 },
        { header: `Cùng kỳ năm ${lastYear}`, align: 'right', width: 13 },
        { header: `Thực hiện ${period}`, align: 'right', width: 13 },
        { header: 'So với cùng kỳ (%)', align: 'right', width: 13 },
      ],
      rows,
      'samePeriod',
    ),
  ];
}
