/** Section I: per division a table of its indicators, then one short paragraph of what matters; the Department's paragraph first. */
import type { DivisionReport } from '../divisionReport';
import { periodOfYear } from '../form';
import { formatNumber } from '../numbers';
import { Blocks, heading, paragraph, table } from './blocks';
import { SectionContext, num, sectionHeading, text } from './context';
import { Assessment, IndicatorFigures, assess, comparisonCells, planStanding, yearChange } from './indicators';
import { OUTLINE } from './outline';
import { ComparedFigures, lastYearReport, samePeriodSentence, samePeriodTable, withSamePeriod } from './samePeriod';
import { isPercentUnit } from '../units';
import { clause, figure, oneDecimal, points, rate } from './wording';

export interface ResultsWording {
  year: number;
  prevYear: number;
  /** "6 tháng đầu năm 2023" when the same period of last year is compared with. */
  lastPeriod?: string;
}

function figuresOf(report: DivisionReport): ComparedFigures[] {
  const check = report.check!;
  // A plan typed but not readable ("khoảng 30", a formula never calculated) is an error the check names; it is not "no plan".
  const planUnread = new Set(check.findings.filter((f) => f.severity === 'error' && f.sectionId === 'I' && f.columnKey === 'plan').map((f) => f.row));
  return check.items.I.map((item) => ({
    indicator: text(item, 'indicator'),
    unit: text(item, 'unit'),
    prevYear: num(item, 'prevYear'),
    plan: num(item, 'plan'),
    firstPeriod: num(item, 'firstPeriod'),
    estimate: num(item, 'estimate'),
    remark: text(item, 'remark'),
    ...(planUnread.has(item.row) && num(item, 'plan') === null ? { planUnread: true } : {}),
  }));
}

/** A figure cell: rates with one decimal like every percentage, other numbers as typed. */
function figureCell(value: number | null, unit: string): string {
  if (value === null) return '';
  return isPercentUnit(unit) ? oneDecimal(value) : formatNumber(value);
}

/** "số văn bản đi … (ước đạt 2.150 văn bản, bằng 97,7% kế hoạch; ghi chú của phòng)": the gap, with the division's note beside it. */
function shortfall(f: IndicatorFigures, division = ''): string {
  const s = planStanding(f);
  if (s.kind !== 'short') return '';
  const gap = isPercentUnit(f.unit) ? `thấp hơn kế hoạch ${points(s.gap)}` : `bằng ${rate(s.gap)} kế hoạch`;
  const note = clause(f.remark) ? `; ${clause(f.remark)}` : '';
  return `${clause(f.indicator)} (${division ? `${division}: ` : ''}ước đạt ${figure(f.estimate!, f.unit)}, ${gap}${note})`;
}

function change(f: IndicatorFigures, division = ''): string {
  const c = yearChange(f);
  if (c.kind === 'none') return '';
  const how = c.points ? `${c.value > 0 ? 'cao hơn' : 'thấp hơn'} ${points(c.value)}` : `${c.value > 0 ? 'tăng' : 'giảm'} ${rate(Math.abs(c.value))}`;
  return `${clause(f.indicator)} (${division ? `${division}: ` : ''}${how})`;
}

/** The largest changes first; rates and counts compared by their own measure. */
function largest(list: IndicatorFigures[], n: number): IndicatorFigures[] {
  const size = (f: IndicatorFigures) => {
    const c = yearChange(f);
    return c.kind === 'change' ? Math.abs(c.value) : 0;
  };
  return [...list].sort((a, b) => size(b) - size(a)).slice(0, n);
}

function count(n: number, what = 'chỉ tiêu'): string {
  return `${n} ${what}`;
}

/** "5/6 chỉ tiêu ước đạt hoặc vượt kế hoạch (vượt 4); 1 chỉ tiêu chưa đạt: …; 1 chỉ tiêu chưa giao kế hoạch". */
function planClauses(a: Assessment, shortList: string[]): string[] {
  const clauses: string[] = [];
  const compared = a.reached.length + a.short.length;
  if (compared) clauses.push(`${a.reached.length}/${compared} chỉ tiêu có kế hoạch ước đạt hoặc vượt kế hoạch${a.exceeded.length ? ` (vượt ${a.exceeded.length})` : ''}`);
  if (a.short.length) clauses.push(`${count(a.short.length)} chưa đạt${shortList.length ? `: ${shortList.join('; ')}` : ''}`);
  if (a.noPlan.length) clauses.push(`${count(a.noPlan.length)} không giao kế hoạch năm`);
  if (a.planUnread.length) clauses.push(`${count(a.planUnread.length)} có số kế hoạch ghi chưa đúng (${a.planUnread.map((f) => clause(f.indicator)).join('; ')}), chưa so sánh với kế hoạch`);
  if (a.planFigures.length)
    clauses.push(`${count(a.planFigures.length)} là số kế hoạch được giao (${a.planFigures.map((f) => `${clause(f.indicator)} ${figure(f.estimate!, f.unit)}`).join('; ')}), không so sánh với kế hoạch`);
  if (a.noEstimate.length) clauses.push(`${count(a.noEstimate.length)} chưa có ước thực hiện cả năm (${a.noEstimate.map((f) => clause(f.indicator)).join('; ')})`);
  if (a.notComparable.length) clauses.push(`${count(a.notComparable.length)} có số liệu âm (${a.notComparable.map((f) => clause(f.indicator)).join('; ')}), không so sánh theo tỷ lệ với kế hoạch`);
  return clauses;
}

function changeSentence(a: Assessment, w: ResultsWording, increases: number, decreases: number, owner?: Map<IndicatorFigures, string>): string {
  if (a.increased.length === 0 && a.decreased.length === 0) return '';
  const parts: string[] = [];
  const say = (f: IndicatorFigures) => change(f, owner?.get(f));
  const most = a.increased.length > 1 ? ', nhiều nhất là ' : ': ';
  const mostDown = a.decreased.length > decreases ? ', nhiều nhất là ' : ': ';
  if (a.increased.length) parts.push(`${count(a.increased.length)} tăng${increases ? `${most}${largest(a.increased, increases).map(say).join(', ')}` : ''}`);
  if (a.decreased.length) parts.push(`${count(a.decreased.length)} giảm${decreases ? `${mostDown}${largest(a.decreased, decreases).map(say).join(', ')}` : ''}`);
  return ` So với năm ${w.prevYear}, ${parts.join('; ')}.`;
}

/** The paragraph under one division's table. */
export function divisionParagraph(figures: ComparedFigures[], w: ResultsWording): string {
  const a = assess(figures);
  const clauses = planClauses(
    a,
    a.short.map((f) => shortfall(f)),
  );
  const plan = clauses.length ? `Ước thực hiện cả năm ${w.year}, ${clauses.join('; ')}.` : '';
  const samePeriod = w.lastPeriod ? samePeriodSentence(figures, w.lastPeriod) : '';
  return `${plan}${changeSentence(a, w, 2, 3)}${samePeriod}`.trim();
}

/** The Department's paragraph at the start of section I: the counts over every division, and the furthest behind plan. */
export function departmentParagraph(divisions: { name: string; figures: ComparedFigures[] }[], w: ResultsWording): string {
  const all = divisions.flatMap((d) => d.figures);
  const a = assess(all);
  const owner = new Map<IndicatorFigures, string>(divisions.flatMap((d) => d.figures.map((f) => [f, d.name] as const)));
  const behind = (f: IndicatorFigures) => {
    const s = planStanding(f);
    return s.kind === 'short' ? (isPercentUnit(f.unit) ? s.gap : 100 - s.gap) : 0;
  };
  const furthest = [...a.short].sort((x, y) => behind(y) - behind(x)).slice(0, 3);
  const clauses = planClauses({ ...a, planUnread: [], planFigures: [], noEstimate: [], notComparable: [] }, []);
  if (a.planUnread.length) clauses.push(`${count(a.planUnread.length)} có số kế hoạch ghi chưa đúng`);
  if (a.planFigures.length) clauses.push(`${count(a.planFigures.length)} là số kế hoạch được giao`);
  if (a.noEstimate.length) clauses.push(`${count(a.noEstimate.length)} chưa có ước thực hiện cả năm`);
  if (a.notComparable.length) clauses.push(`${count(a.notComparable.length)} có số liệu âm, không so sánh theo tỷ lệ`);
  let out = `Tổng hợp ${count(a.total)} của ${divisions.length} phòng, đơn vị: ước thực hiện cả năm ${w.year}, ${clauses.join('; ')}.`;
  if (furthest.length) out += ` Thấp nhất so với kế hoạch: ${furthest.map((f) => shortfall({ ...f, remark: '' }, owner.get(f))).join('; ')}.`;
  out += changeSentence(a, w, 2, 2, owner);
  if (w.lastPeriod) out += samePeriodSentence(all, w.lastPeriod, owner);
  return out;
}

export function resultsSection(ctx: SectionContext): Blocks {
  const blocks = sectionHeading(ctx, OUTLINE.results);
  const withItems = ctx.reports.filter((r) => r.check && r.check.items.I.length > 0);
  if (withItems.length === 0) return [...blocks, paragraph(OUTLINE.results.empty)];
  const p = ctx.settings.period;
  const lastYear = ctx.samePeriodLastYear;
  const w: ResultsWording = { year: p.year, prevYear: p.prevYear, ...(lastYear ? { lastPeriod: periodOfYear(p.periodLabel, p.year - 1) } : {}) };
  const divisions = withItems.map((report) => {
    const figures = figuresOf(report);
    return { report, name: report.division.name, figures: lastYear ? withSamePeriod(figures, lastYearReport(report, lastYear)) : figures };
  });
  blocks.push(paragraph(departmentParagraph(divisions, w)));
  if (divisions.some((d) => d.figures.some((f) => isPercentUnit(f.unit)))) {
    const compared = lastYear ? 'so với năm trước, so với kế hoạch và so với cùng kỳ năm trước' : 'so với năm trước và so với kế hoạch';
    blocks.push(paragraph({ text: `Cột so sánh của các bảng ghi tỷ lệ % ${compared}; với chỉ tiêu tính bằng %, ghi chênh lệch theo điểm phần trăm (điểm %).`, italic: true }));
  }
  divisions.forEach((d, i) => {
    blocks.push(heading(2, `${i + 1}. ${ctx.name(d.report)}`));
    blocks.push(
      table(
        [
          { header: 'STT', align: 'center', width: 5 },
          { header: 'Chỉ tiêu, nhiệm vụ', width: 26 },
          { header: 'Đơn vị tính', align: 'center', width: 8 },
          { header: `Thực hiện năm ${p.prevYear}`, align: 'right', width: 9 },
          { header: `Kế hoạch năm ${p.year}`, align: 'right', width: 9 },
          { header: `Thực hiện ${periodOfYear(p.periodLabel, p.year)}`, align: 'right', width: 9 },
          { header: `Ước thực hiện năm ${p.year}`, align: 'right', width: 9 },
          { header: `So với năm ${p.prevYear}`, align: 'right', width: 8 },
          { header: 'So với kế hoạch', align: 'right', width: 8 },
          { header: 'Đánh giá, ghi chú', width: 14 },
        ],
        d.figures.map((f, k) => {
          const cmp = comparisonCells(f);
          return [String(k + 1), f.indicator, f.unit, figureCell(f.prevYear, f.unit), figureCell(f.plan, f.unit), figureCell(f.firstPeriod, f.unit), figureCell(f.estimate, f.unit), cmp.vsPrevYear, cmp.vsPlan, f.remark];
        }),
        'results',
      ),
    );
    // Two more columns do not fit a portrait page beside the ten above: the same period has its own small table.
    if (w.lastPeriod) blocks.push(...samePeriodTable(d.figures, w.lastPeriod, periodOfYear(p.periodLabel, p.year), p.year - 1, figureCell));
    const said = divisionParagraph(d.figures, w);
    if (said) blocks.push(paragraph(said));
  });
  return blocks;
}
