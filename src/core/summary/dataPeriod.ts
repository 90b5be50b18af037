/**
 * The data cut-off the opening states ("Số liệu tính từ ngày 15/12/2023 đến ngày 14/6/2024."). The caller gives it from
 * the settings; when it does not, the rule of Nghị định 09/2019/NĐ-CP, Điều 12 gives it from the period. This rule is
 * deliberately tiny: the periods' own cut-off rule (core/periods) replaces it when both are merged.
 */
import type { ReportingPeriod } from '../settings';
import { shortDateInText } from './wording';

export interface DataPeriod {
  /** ISO dates, yyyy-mm-dd. */
  from: string;
  to: string;
}

const QUARTERS: Record<string, number> = { i: 3, ii: 6, iii: 9, iv: 12, '1': 3, '2': 6, '3': 9, '4': 12 };

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The month a period's data ends in (its 14th), or null for a label the rule does not know. */
function lastMonth(periodLabel: string): number | null {
  const label = periodLabel.trim().toLocaleLowerCase('vi');
  const quarter = /^quý\s+([iv]+|\d)\b/.exec(label);
  if (quarter) return QUARTERS[quarter[1]] ?? null;
  const months = /^(\d{1,2})\s+tháng/.exec(label);
  if (months) return +months[1] >= 1 && +months[1] <= 12 ? +months[1] : null;
  return /^(cả\s+)?năm/.test(label) ? 12 : null;
}

/** 6 tháng: 15/12 of the previous year to 14/6; cả năm: to 14/12; Quý n: the 15th of the month before the quarter to the 14th of its last month. */
export function ruleDataPeriod(period: ReportingPeriod): DataPeriod | null {
  const month = lastMonth(period.periodLabel);
  if (month === null) return null;
  const isQuarter = /^quý/i.test(period.periodLabel.trim());
  const start = isQuarter ? month - 3 : 0;
  const from = start === 0 ? iso(period.year - 1, 12, 15) : iso(period.year, start, 15);
  return { from, to: iso(period.year, month, 14) };
}

export function dataPeriodSentence(p: DataPeriod): string {
  return `Số liệu tính từ ngày ${shortDateInText(p.from)} đến ngày ${shortDateInText(p.to)}.`;
}
