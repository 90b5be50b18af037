/**
 * "tổng hợp" and the divisions whose sheet is another period's form (core/periods/tabPeriod.ts): none of their
 * figures is read, so the terminal names each sheet and its header cell, instead of letting them pass for blank forms.
 */
import type { DivisionReport } from '../core/divisionReport';
import type { LoadedInputs } from './loadInputs';
import { sourceLabel } from './report';

/** The divisions left out because their sheet is another period's form. */
export function wrongPeriodReports(reports: DivisionReport[]): DivisionReport[] {
  return reports.filter((r) => r.check?.findings.some((f) => f.wrongPeriod));
}

/** One line per such division: where, which cell, and the check's message (what to do). */
export function wrongPeriodLines(loaded: LoadedInputs, reports: DivisionReport[]): string[] {
  return wrongPeriodReports(reports).map((r) => {
    const f = r.check!.findings.find((x) => x.wrongPeriod)!;
    return `Lỗi: ${r.division.name} («${sourceLabel(loaded, r)}», ô ${f.cell}): không đưa vào báo cáo. ${f.message}`;
  });
}

/** Why no report was made when no division had items of this period: true to what was read. */
/** `period`: the settings' period, "6 tháng đầu năm 2024". */
export function nothingToReportMessage(reports: DivisionReport[], period: string): string {
  const wrong = wrongPeriodReports(reports);
  if (wrong.length === 0) return 'Chưa phòng, đơn vị nào có số liệu: các trang tính đọc được chỉ có tiêu đề, chưa có dòng nội dung nào. Không lập báo cáo.';
  const names = wrong.map((r) => r.division.name).join(', ');
  const others = reports.some((r) => r.check && !wrong.includes(r)) ? '; các trang tính khác chỉ có tiêu đề, chưa có dòng nội dung nào' : '';
  return `Chưa phòng, đơn vị nào có số liệu của kỳ ${period}: trang tính của ${names} là biểu mẫu của kỳ khác (xem lỗi ở trên), số liệu không được đọc${others}. Không lập báo cáo.`;
}
