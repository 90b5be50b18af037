/** What the settings must say for the cycle to know the period: a label it recognises, a cut-off that runs forward. */
import { formatDate } from '../dates';
import type { ReportingPeriod } from '../settings';
import { periodKind, unknownPeriodMessage } from './kind';

export interface PeriodProblem {
  cell: string;
  message: string;
}

/** `cellOf(label)`: the settings cell holding the value of the row with that label ("Cấu hình!B5"). */
export function periodProblems(period: ReportingPeriod, cellOf: (label: string) => string): PeriodProblem[] {
  const problems: PeriodProblem[] = [];
  if (!periodKind(period.periodLabel)) {
    const where = cellOf('Kỳ báo cáo');
    problems.push({ cell: where, message: `${where} («Kỳ báo cáo»): ${unknownPeriodMessage(period.periodLabel)}` });
  }
  if (period.dataFrom && period.dataTo && period.dataFrom > period.dataTo) {
    const where = cellOf('Số liệu đến ngày');
    problems.push({ cell: where, message: `${where}: ngày cuối của số liệu (${formatDate(period.dataTo)}) phải sau ngày đầu (${formatDate(period.dataFrom)}).` });
  }
  return problems;
}
