/**
 * Section I's meaning, from its figures: which indicators are estimated to reach the plan, which fall short and by how much,
 * and which changed most against the previous year. The table shows the same comparisons (comparisonCells), so the text and
 * the table can never disagree: both are computed here, rounded as they are shown.
 */
import { ratioPercent } from '../numbers';
import { isPercentUnit, pointsCell, rate } from './wording';

export interface IndicatorFigures {
  indicator: string;
  unit: string;
  prevYear: number | null;
  plan: number | null;
  firstPeriod: number | null;
  estimate: number | null;
  /** "Đánh giá, ghi chú" as the division wrote it: it qualifies the figures beside it ("khoảng", "số liệu đến 31/5"). */
  remark: string;
}

/** How the estimate stands against the plan. */
export type PlanStanding =
  | { kind: 'reached'; exceeded: boolean }
  | { kind: 'short'; /** % of plan (counts) or the gap in points (rates), rounded to one decimal as shown. */ gap: number }
  | { kind: 'noEstimate' }
  | { kind: 'noPlan' }
  /** The indicator is itself an allocation ("Kế hoạch vốn … được giao"): there is nothing to reach. */
  | { kind: 'planFigure' };

/** The change against the previous year: a ratio in % (counts) or a difference in points (rates), rounded to one decimal. */
export type YearChange = { kind: 'change'; value: number; points: boolean } | { kind: 'none' };

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** An indicator that is an allocation, not a result: its "plan" is the same figure, never something reached. */
export function isPlanFigure(f: IndicatorFigures): boolean {
  return /^kế hoạch\s/iu.test(f.indicator.trim());
}

export function planStanding(f: IndicatorFigures): PlanStanding {
  if (f.estimate === null) return { kind: 'noEstimate' };
  if (isPlanFigure(f)) return { kind: 'planFigure' };
  if (f.plan === null || f.plan === 0) return { kind: 'noPlan' };
  if (isPercentUnit(f.unit)) {
    const gap = round1(f.plan - f.estimate);
    return gap <= 0 ? { kind: 'reached', exceeded: gap < 0 } : { kind: 'short', gap };
  }
  const ratio = round1(ratioPercent(f.estimate, f.plan)!);
  return ratio >= 100 ? { kind: 'reached', exceeded: ratio > 100 } : { kind: 'short', gap: ratio };
}

export function yearChange(f: IndicatorFigures): YearChange {
  if (f.estimate === null || f.prevYear === null) return { kind: 'none' };
  if (isPercentUnit(f.unit)) return { kind: 'change', value: round1(f.estimate - f.prevYear), points: true };
  if (f.prevYear === 0) return { kind: 'none' };
  return { kind: 'change', value: round1(ratioPercent(f.estimate, f.prevYear)! - 100), points: false };
}

/** The two comparison cells of the table: "111,0%" for counts, "+0,5 điểm %" for rates, '' when there is nothing to compare. */
export function comparisonCells(f: IndicatorFigures): { vsPrevYear: string; vsPlan: string } {
  const change = yearChange(f);
  const vsPrevYear = change.kind === 'none' ? '' : change.points ? pointsCell(change.value) : rate(ratioPercent(f.estimate, f.prevYear)!);
  let vsPlan = '';
  const standing = planStanding(f);
  if (standing.kind === 'reached' || standing.kind === 'short') vsPlan = isPercentUnit(f.unit) ? pointsCell(f.estimate! - f.plan!) : rate(ratioPercent(f.estimate, f.plan)!);
  return { vsPrevYear, vsPlan };
}

export interface Assessment {
  total: number;
  reached: IndicatorFigures[];
  exceeded: IndicatorFigures[];
  short: IndicatorFigures[];
  noPlan: IndicatorFigures[];
  planFigures: IndicatorFigures[];
  noEstimate: IndicatorFigures[];
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
    planFigures: by('planFigure'),
    noEstimate: by('noEstimate'),
    increased: figures.filter((f) => change(f) > 0),
    decreased: figures.filter((f) => change(f) < 0),
  };
}
