/**
 * What the settings must say for the cycle to know the period, and for its parts to agree with each other: a label
 * it recognises, a cut-off that runs forward, the comparison year just before the reporting year, the plan year just
 * after it, and a deadline inside the period's reporting season (periods/deadline.ts).
 */
import { formatDate } from '../dates';
import type { ReportingPeriod } from '../settings';
import { deadlineProblem } from './deadline';
import { periodKind, unknownPeriodMessage } from './kind';

export interface PeriodProblem {
  cell: string;
  message: string;
}

/** `cellOf(label)`: the settings cell holding the value of the row with that label ("Cấu hình!B5"). */
export function periodProblems(period: ReportingPeriod, cellOf: (label: string) => string): PeriodProblem[] {
  const problems: PeriodProblem[] = [];
  const add = (label: string, text: string) => {
    const where = cellOf(label);
    problems.push({ cell: where, message: `${where} («${label}»): ${text}` });
  };
  if (!periodKind(period.periodLabel)) add('Kỳ báo cáo', unknownPeriodMessage(period.periodLabel));
  if (period.prevYear !== period.year - 1) {
    add('Năm so sánh', `năm so sánh (${period.prevYear}) phải là năm liền trước «Năm báo cáo» (${period.year}): ghi ${period.year - 1}, hoặc sửa «Năm báo cáo» nếu năm đó ghi nhầm.`);
  }
  if (period.planYear !== period.year + 1) {
    add('Năm kế hoạch', `năm kế hoạch (${period.planYear}) phải là năm liền sau «Năm báo cáo» (${period.year}): ghi ${period.year + 1}, hoặc sửa «Năm báo cáo» nếu năm đó ghi nhầm.`);
  }
  if (period.dataFrom && period.dataTo && period.dataFrom > period.dataTo) {
    const where = cellOf('Số liệu đến ngày');
    problems.push({ cell: where, message: `${where}: ngày cuối của số liệu (${formatDate(period.dataTo)}) phải sau ngày đầu (${formatDate(period.dataFrom)}).` });
  } else {
    const deadline = deadlineProblem(period);
    if (deadline) add('Hạn nộp', deadline);
  }
  return problems;
}
