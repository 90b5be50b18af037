/** The sentences a person would write about one indicator, from its figures. */
import { formatNumber, formatPercent, ratioPercent } from '../numbers';

export interface IndicatorFigures {
  indicator: string;
  unit: string;
  prevYear: number | null;
  plan: number | null;
  firstPeriod: number | null;
  estimate: number | null;
}

export interface SentenceContext {
  year: number;
  prevYear: number;
  /** "6 tháng đầu năm 2024" */
  periodYear: string;
}

/** "1.250 hồ sơ", "99,5%", or the bare number when there is no unit. */
export function withUnit(value: number, unit: string): string {
  const u = unit.trim();
  if (u === '%') return `${formatNumber(value)}%`;
  return u ? `${formatNumber(value)} ${u}` : formatNumber(value);
}

function isPercentUnit(unit: string): boolean {
  return unit.trim() === '%';
}

/** "tăng 12,5% so với năm 2023" / "giảm 3,0% …" / "bằng năm 2023" / "chưa có số liệu năm 2023". */
export function comparedWithPrevYear(f: IndicatorFigures, ctx: SentenceContext): string {
  if (f.estimate === null) return '';
  if (f.prevYear === null) return `chưa có số liệu năm ${ctx.prevYear} để so sánh`;
  if (f.estimate === f.prevYear) return `bằng năm ${ctx.prevYear}`;
  if (isPercentUnit(f.unit)) {
    // Rates are compared in percentage points, not as a ratio of ratios.
    const diff = formatNumber(Math.abs(f.estimate - f.prevYear), 1);
    return `${f.estimate > f.prevYear ? 'cao hơn' : 'thấp hơn'} năm ${ctx.prevYear} ${diff} điểm phần trăm`;
  }
  if (f.prevYear === 0) return `năm ${ctx.prevYear} chưa có kết quả (bằng 0)`;
  const change = ratioPercent(f.estimate, f.prevYear)! - 100;
  return `${change > 0 ? 'tăng' : 'giảm'} ${formatPercent(Math.abs(change))} so với năm ${ctx.prevYear}`;
}

/** "đạt 104,2% kế hoạch" / "kế hoạch năm 2024 bằng 0" / '' when there is no plan. */
export function comparedWithPlan(f: IndicatorFigures, ctx: SentenceContext): string {
  if (f.estimate === null || f.plan === null) return '';
  if (f.plan === 0) return `kế hoạch năm ${ctx.year} là 0 nên không tính tỷ lệ so với kế hoạch`;
  return `đạt ${formatPercent(ratioPercent(f.estimate, f.plan)!)} kế hoạch`;
}

/** One sentence for one indicator, or null when there is no figure at all to speak of. */
export function indicatorSentence(f: IndicatorFigures, ctx: SentenceContext): string | null {
  const parts: string[] = [];
  if (f.firstPeriod !== null) parts.push(`${ctx.periodYear} đạt ${withUnit(f.firstPeriod, f.unit)}`);
  if (f.estimate !== null) {
    const clauses = [comparedWithPrevYear(f, ctx), comparedWithPlan(f, ctx)].filter((c) => c !== '');
    parts.push([`ước cả năm đạt ${withUnit(f.estimate, f.unit)}`, ...clauses].join(', '));
  } else if (f.firstPeriod !== null) {
    parts.push('chưa có số liệu ước thực hiện cả năm');
  }
  if (parts.length === 0) return null;
  return `${f.indicator}: ${parts.join('; ')}.`;
}
