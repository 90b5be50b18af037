/**
 * When a period's deadline can fall. The estimate is a forecast, so the deadline may come before the period ends
 * (28/06/2024 for "6 tháng đầu năm 2024"); what cannot be right is a deadline before the period's data begin (the
 * cut-off's first day) or in another year than the period's: a year typed over in "Năm báo cáo" and not in "Hạn nộp".
 * A period whose cut-off ends in December (cả năm, quý IV) may be due in January of the next year.
 */
import { formatDate } from '../dates';
import { periodOfYear } from '../form';
import type { ReportingPeriod } from '../settings';
import { LAST_MONTH, dataCutOff, ruleCutOff } from './cutoff';
import { periodKind } from './kind';

/** How many days after its cut-off a deadline is proposed: 28/6 after 14/6, as in the request letter. */
const PROPOSED_DAYS_AFTER_CUTOFF = 14;

function isoPlusDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The first and last day a deadline of this period may fall on (ISO), or null for a period the cycle does not know. */
export function deadlineWindow(period: ReportingPeriod): { from: string; to: string } | null {
  const kind = periodKind(period.periodLabel);
  if (!kind) return null;
  const cut = dataCutOff(period);
  const yearStart = `${period.year}-01-01`;
  const from = cut.from > yearStart ? isoPlusDays(cut.from, 1) : yearStart;
  const to = LAST_MONTH[kind] === 12 ? `${period.year + 1}-01-31` : `${period.year}-12-31`;
  return { from, to };
}

/** What is wrong with the deadline, in Vietnamese, or null. */
export function deadlineProblem(period: ReportingPeriod): string | null {
  const window = deadlineWindow(period);
  if (!window || !period.deadline || (period.deadline >= window.from && period.deadline <= window.to)) return null;
  const kind = periodKind(period.periodLabel)!;
  const proposed = isoPlusDays(period.dataTo || ruleCutOff(kind, period.year).to, PROPOSED_DAYS_AFTER_CUTOFF);
  const example = proposed >= window.from && proposed <= window.to ? proposed : window.from;
  return (
    `hạn nộp ${formatDate(period.deadline)} không thuộc kỳ ${periodOfYear(period.periodLabel, period.year)}: ` +
    `hạn nộp phải từ ngày ${formatDate(window.from)} đến ngày ${formatDate(window.to)}. Ghi hạn nộp của kỳ này, ví dụ ${formatDate(example)}, hoặc sửa «Năm báo cáo» nếu năm đó ghi nhầm.`
  );
}
