/**
 * The data cut-off of a period (Nghị định 09/2019/NĐ-CP, Điều 12): a 6-month report covers 15/12 of the previous
 * year to 14/6, a 9-month one to 14/9, a whole-year one to 14/12; a quarter from the 15th of the month before it to
 * the 14th of its last month. The settings `period.dataFrom` / `period.dataTo` (ISO, '' = by the rule) override it.
 */
import type { ReportingPeriod } from '../settings';
import { PeriodKind, periodKind } from './kind';

export interface DataCutOff {
  /** ISO dates, '' when neither the settings nor the rule give one (a period the cycle does not know). */
  from: string;
  to: string;
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last month a period of this kind covers. */
export const LAST_MONTH: Record<PeriodKind, number> = { H1: 6, M9: 9, Y: 12, Q1: 3, Q2: 6, Q3: 9, Q4: 12 };

/** The cut-off by the rule alone. */
export function ruleCutOff(kind: PeriodKind, year: number): DataCutOff {
  const last = LAST_MONTH[kind];
  const quarter = kind.startsWith('Q');
  const firstMonth = quarter ? last - 2 : 1;
  const before = firstMonth === 1 ? { year: year - 1, month: 12 } : { year, month: firstMonth - 1 };
  return { from: iso(before.year, before.month, 15), to: iso(year, last, 14) };
}

export function dataCutOff(period: ReportingPeriod): DataCutOff {
  const kind = periodKind(period.periodLabel);
  const rule = kind ? ruleCutOff(kind, period.year) : { from: '', to: '' };
  return { from: period.dataFrom || rule.from, to: period.dataTo || rule.to };
}
