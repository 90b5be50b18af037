/**
 * Section I's meaning, from its figures: which indicators are estimated to reach the plan, which fall short and by how much,
 * and which changed most against the previous year. The table shows the same comparisons (comparisonCells), so the text and
 * the table can never disagree: both are computed here, rounded as they are shown.
 */
import { ratioPercent, roundTo } from '../numbers';
import { isPercentUnit } from '../units';
import { pointsCell, rate } from './wording';

export interface IndicatorFigures {
  indicator: string;
  unit: string;
  prevYear: number | null;
  plan: number | null;
  firstPeriod: number | null;
  estimate: number | null;
  /** "Đánh giá, ghi chú" as the division wrote it: it qualifies the figures beside it ("khoảng", "số liệu đến 31/5"). */
  remark: string;
  /** The plan cell holds something the check could not read as a figure: there is a plan, not known yet. */
  planUnread?: boolean;
}

/** How the estimate stands against the plan. */
export type PlanStanding =
  | { kind: 'reached'; exceeded: boolean }
  | { kind: 'short'; /** % of plan (counts) or the gap in points (rates), rounded to one decimal as shown. */ gap: number }
  | { kind: 'noEstimate' }
  | { kind: 'noPlan' }
  /** A plan was typed but could not be read (the check names the cell): nothing is compared, and it is not "no plan". */
  | { kind: 'planUnread' }
  /** The indicator is itself an allocation ("Kế hoạch vốn … được giao"): there is nothing to reach. */
  | { kind: 'planFigure' }
  /** A count with a negative figure (a balance, a difference): a ratio to it means nothing, so none is stated. */
  | { kind: 'notComparable' };

/** The change against the previous year: a ratio in % (counts) or a difference in points (rates), rounded to one decimal. */
export type YearChange = { kind: 'change'; value: number; points: boolean } | { kind: 'none' };

/**
 * An indicator that is an allocation, not a result ("Kế hoạch vốn đầu tư công được giao", "Kế hoạch kinh phí …"): its
 * "plan" is the same figure, never something reached. "Kế hoạch chuyên đề được ban hành" counts plans made: a result.
 */
export function isPlanFigure(f: IndicatorFigures): boolean {
  return /^kế hoạch\s(?:.*\s)?(vốn|kinh phí|ngân sách|giao)(\s|$)/iu.test(f.indicator.trim());
}

/** A rate as the table shows it (one decimal): rates are compared as shown, so the table and the text cannot disagree. */
function shownRate(value: number): number {
  return roundTo(value, 1);
}

/** `current` − `base` in points, from the rates as shown. */
function pointsBetween(current: number, base: number): number {
  return roundTo(shownRate(current) - shownRate(base), 1);
}

/** A ratio of two counts means something only when the base is positive and the figure not negative. */
function ratioMeans(current: number, base: number): boolean {
  return base > 0 && current >= 0;
}

export function planStanding(f: IndicatorFigures): PlanStanding {
  if (f.estimate === null) return { kind: 'noEstimate' };
  if (isPlanFigure(f)) return { kind: 'planFigure' };
  if (f.plan === null && f.planUnread) return { kind: 'planUnread' };
  if (f.plan === null || f.plan === 0) return { kind: 'noPlan' };
  if (isPercentUnit(f.unit)) {
    const gap = pointsBetween(f.plan, f.estimate);
    return gap <= 0 ? { kind: 'reached', exceeded: gap < 0 } : { kind: 'short', gap };
  }
  if (!ratioMeans(f.estimate, f.plan)) return { kind: 'notComparable' };
  const ratio = roundTo(ratioPercent(f.estimate, f.plan)!, 1);
  return ratio >= 100 ? { kind: 'reached', exceeded: ratio > 100 } : { kind: 'short', gap: ratio };
}

/**
 * `current` against `base`, rounded as shown: the difference in points for a rate, the ratio in % less 100 for a count
 * (computed from the ratio as the table rounds it, so "100,0%" in the table is never "giảm 0,1%" in the text). A count
 * with a base that is not positive, or a negative figure, has no ratio: nothing is compared.
 */
export function changeAgainst(current: number | null, base: number | null | undefined, unit: string): YearChange {
  if (current === null || base === null || base === undefined) return { kind: 'none' };
  if (isPercentUnit(unit)) return { kind: 'change', value: pointsBetween(current, base), points: true };
  if (!ratioMeans(current, base)) return { kind: 'none' };
  return { kind: 'change', value: roundTo(roundTo(ratioPercent(current, base)!, 1) - 100, 1), points: false };
}

/** The table's cell for changeAgainst: "+0,5 điểm %" for a rate, "112,5%" for a count, '' when nothing compares. */
export function changeCell(current: number | null, base: number | null | undefined, unit: string): string {
  const c = changeAgainst(current, base, unit);
  if (c.kind === 'none') return '';
  return c.points ? pointsCell(c.value) : rate(ratioPercent(current, base!)!);
}

export function yearChange(f: IndicatorFigures): YearChange {
  return changeAgainst(f.estimate, f.prevYear, f.unit);
}

/** The two comparison cells of the table: "111,0%" for counts, "+0,5 điểm %" for rates, '' when there is nothing to compare. */
export function comparisonCells(f: IndicatorFigures): { vsPrevYear: string; vsPlan: string } {
  const vsPrevYear = changeCell(f.estimate, f.prevYear, f.unit);
  let vsPlan = '';
  const standing = planStanding(f);
  if (standing.kind === 'reached' || standing.kind === 'short') vsPlan = isPercentUnit(f.unit) ? pointsCell(pointsBetween(f.estimate!, f.plan!)) : rate(ratioPercent(f.estimate, f.plan)!);
  return { vsPrevYear, vsPlan };
}

export interface Assessment {
  total: number;
  reached: IndicatorFigures[];
  exceeded: IndicatorFigures[];
  short: IndicatorFigures[];
  noPlan: IndicatorFigures[];
  planUnread: IndicatorFigures[];
  planFigures: IndicatorFigures[];
  noEstimate: IndicatorFigures[];
  notComparable: IndicatorFigures[];
  increased: IndicatorFigures[];
  decreased: IndicatorFigures[];
}

export function assess(figures: IndicatorFigures[]): Assessment {
  const by = (kind: PlanStanding['kind']) => figures.filter((f) => planStanding(f).kind === kind);
  const change = (f: IndicatorFigures) => {
    const c = yearChange(f);
    return c.kind === 'change' ? c.value : 0;
  };
  return {
    total: figures.length,
    reached: by('reached'),
    exceeded: figures.filter((f) => {
      const s = planStanding(f);
      return s.kind === 'reached' && s.exceeded;
    }),
    short: by('short'),
    noPlan: by('noPlan'),
    planUnread: by('planUnread'),
    planFigures: by('planFigure'),
    noEstimate: by('noEstimate'),
    notComparable: by('notComparable'),
    increased: figures.filter((f) => change(f) > 0),
    decreased: figures.filter((f) => change(f) < 0),
  };
}
