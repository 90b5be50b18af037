/**
 * The next period of the cycle: 6 tháng → 9 tháng → cả năm → 6 tháng of the next year; quarters in order, quý IV →
 * quý I of the next year. Its years, its proposed deadline (as many days after its cut-off as the closing period's
 * deadline was after its own) and its cut-off by the rule. The Office confirms or edits the proposal.
 */
import type { ReportingPeriod } from '../settings';
import { dataCutOff, ruleCutOff } from './cutoff';
import { deadlineProblem } from './deadline';
import { KIND_LABELS, PeriodKind, periodKind } from './kind';

const NEXT: Record<PeriodKind, PeriodKind> = { H1: 'M9', M9: 'Y', Y: 'H1', Q1: 'Q2', Q2: 'Q3', Q3: 'Q4', Q4: 'Q1' };

/** Kinds that start a year: moving to one of them moves the year on. */
const STARTS_YEAR: PeriodKind[] = ['H1', 'Q1'];

/** How many days the closing deadline falls after its cut-off; 14 when it cannot tell (28/6 after 14/6). */
const DEFAULT_DAYS_AFTER_CUTOFF = 14;

function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86400000;
}

function isoOfDay(day: number): string {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

export function nextKind(kind: PeriodKind): PeriodKind {
  return NEXT[kind];
}

/** Null when the closing period's label names no period of the cycle (the settings cell says so). */
export function nextPeriod(closing: ReportingPeriod): ReportingPeriod | null {
  const kind = periodKind(closing.periodLabel);
  if (!kind) return null;
  const kindAfter = NEXT[kind];
  const newYear = STARTS_YEAR.includes(kindAfter);
  const year = closing.year + (newYear ? 1 : 0);
  const closingCut = dataCutOff(closing).to;
  const gap = closing.deadline && closingCut ? dayNumber(closing.deadline) - dayNumber(closingCut) : DEFAULT_DAYS_AFTER_CUTOFF;
  const deadline = isoOfDay(dayNumber(ruleCutOff(kindAfter, year).to) + (gap > 0 && gap < 60 ? gap : DEFAULT_DAYS_AFTER_CUTOFF));
  const chosen = chosenPeriod(closing, { periodLabel: KIND_LABELS[kindAfter], year, deadline, dataFrom: '', dataTo: '' });
  return chosen.ok ? chosen.period : null;
}

/** What the Office confirms (or edits) in the dialog: the next period's label and year, its deadline and cut-off. */
export interface PeriodChoice {
  periodLabel: string;
  year: number;
  /** ISO dates; dataFrom/dataTo '' = by the rule. */
  deadline: string;
  dataFrom: string;
  dataTo: string;
}

export type ChosenPeriod = { ok: true; period: ReportingPeriod } | { ok: false; problem: string };

/** The new period from the Office's choice: the years follow the chosen year, the 5-year period moves on past its end. */
export function chosenPeriod(closing: ReportingPeriod, choice: PeriodChoice): ChosenPeriod {
  const kind = periodKind(choice.periodLabel);
  if (!kind) return { ok: false, problem: `Kỳ mới: «${choice.periodLabel}» không phải là kỳ báo cáo đã biết. Ghi một trong: ${Object.values(KIND_LABELS).join('; ')}.` };
  if (!Number.isInteger(choice.year) || choice.year < closing.year || choice.year > closing.year + 1) return { ok: false, problem: `Năm của kỳ mới phải là ${closing.year} hoặc ${closing.year + 1}.` };
  const closingKind = periodKind(closing.periodLabel);
  if (choice.year === closing.year && closingKind && LAST_ORDER[kind] <= LAST_ORDER[closingKind]) {
    return { ok: false, problem: `Kỳ mới (${choice.periodLabel} năm ${choice.year}) phải sau kỳ đang báo cáo (${closing.periodLabel} năm ${closing.year}).` };
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(choice.deadline)) return { ok: false, problem: 'Hạn nộp của kỳ mới chưa đúng: nhập ngày/tháng/năm, ví dụ 28/09/2024.' };
  for (const d of [choice.dataFrom, choice.dataTo])
    if (d && !/^\d{4}-\d{2}-\d{2}$/.test(d)) return { ok: false, problem: 'Ngày số liệu của kỳ mới chưa đúng: nhập ngày/tháng/năm, hoặc để trống (theo Nghị định 09/2019/NĐ-CP).' };
  if (choice.dataFrom && choice.dataTo && choice.dataFrom > choice.dataTo) return { ok: false, problem: 'Ngày cuối của số liệu phải sau ngày đầu.' };
  const shift = choice.year - closing.year;
  let { fiveYearStart, fiveYearEnd } = closing;
  if (choice.year > fiveYearEnd) {
    const length = fiveYearEnd - fiveYearStart + 1;
    fiveYearStart = closing.fiveYearEnd + 1;
    fiveYearEnd = closing.fiveYearEnd + length;
  }
  const rule = ruleCutOff(kind, choice.year);
  const period: ReportingPeriod = {
    year: choice.year,
    periodLabel: choice.periodLabel.trim(),
    prevYear: closing.prevYear + shift,
    planYear: closing.planYear + shift,
    fiveYearStart,
    fiveYearEnd,
    deadline: choice.deadline,
    // A date equal to the rule's is stored as '' (by the rule), so the settings say only what the Office chose.
    dataFrom: choice.dataFrom === rule.from ? '' : choice.dataFrom,
    dataTo: choice.dataTo === rule.to ? '' : choice.dataTo,
  };
  const late = deadlineProblem(period);
  return late ? { ok: false, problem: `Kỳ mới: ${late}` } : { ok: true, period };
}

/** The order of kinds within a year, by the last month they cover (6 tháng and quý II both end in June). */
const LAST_ORDER: Record<PeriodKind, number> = { Q1: 3, H1: 6, Q2: 6, M9: 9, Q3: 9, Y: 12, Q4: 12 };
