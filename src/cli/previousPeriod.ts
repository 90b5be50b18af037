/**
 * --ky-truoc: the same period of last year, read from its files like any input, to compare section I with. A file whose
 * headers say another year or another period is refused, naming the file, the sheet and the header cell.
 */
import type { DivisionReport } from '../core/divisionReport';
import { periodOfYear } from '../core/form';
import { a1, cellText } from '../core/grid';
import type { Settings } from '../core/settings';
import { cleanText, textKey } from '../core/text';
import type { Io } from './io';
import { divisionReports, loadInputs } from './loadInputs';
import type { DivisionSource } from './matchDivisions';
import { formatNotice } from './notices';
import { displayPath } from './paths';
import { printSettingsRefusal } from './report';

export const PREVIOUS_OPTION = '--ky-truoc';

/**
 * Where a sheet's headers of section I (the row that has "Chỉ tiêu, nhiệm vụ") say it belongs to another period than
 * expected: "Kế hoạch năm 2024" for another year, "Thực hiện cả năm 2023" for another period.
 */
export function headerPeriodProblem(source: DivisionSource, year: number, period: string): string | null {
  const where = (r: number, c: number) => `«${displayPath(source.file)}», trang tính «${source.sheet}», ô ${a1(r + 1, c + 1)}`;
  for (let r = 0; r < source.grid.length; r++) {
    // Headers as the form writes them, without the "*" of a required column.
    const row = source.grid[r].map((v) =>
      cleanText(cellText(v))
        .replace(/\s+/g, ' ')
        .replace(/\s*\*$/, '')
        .trim(),
    );
    if (!row.some((t) => textKey(t) === 'chỉ tiêu, nhiệm vụ')) continue;
    for (let c = 0; c < row.length; c++) {
      const plan = /^Kế hoạch năm (\d{4})$/i.exec(row[c]);
      if (plan && +plan[1] !== year) return `${where(r, c)}: tiêu đề «${row[c]}» là biểu mẫu năm ${plan[1]}, không phải cùng kỳ năm trước (${period}).`;
      const done = /^Thực hiện (?!năm \d{4}$)(.+\d{4})$/i.exec(row[c]);
      if (done && textKey(done[1]) !== textKey(period)) return `${where(r, c)}: tiêu đề «${row[c]}» là số liệu ${done[1]}, không phải cùng kỳ năm trước (${period}).`;
    }
    return null;
  }
  return null;
}

/** Last year's reports of this period, or null when they cannot be used (everything said on the terminal). */
export async function samePeriodLastYear(input: string, settings: Settings, settingsFile: string | undefined, today: string, io: Io): Promise<DivisionReport[] | null> {
  const period = periodOfYear(settings.period.periodLabel, settings.period.year - 1);
  const loaded = await loadInputs([input], { settingsFile });
  if (!loaded.ok) {
    printSettingsRefusal(loaded, io, `Cấu hình trong tệp cùng kỳ năm trước (${PREVIOUS_OPTION} ${displayPath(input)}) có lỗi: không lập báo cáo.`);
    return null;
  }
  for (const notice of loaded.notices) io.out(`Cùng kỳ năm trước: ${formatNotice(notice)}`);
  if (loaded.sources.length === 0) {
    io.err(`Không đọc được số liệu của phòng, đơn vị nào từ «${displayPath(input)}» (${PREVIOUS_OPTION}): không lập báo cáo. Hãy chọn tệp hoặc thư mục các tệp của kỳ ${period}.`);
    return null;
  }
  const problems = loaded.sources.map((s) => headerPeriodProblem(s, settings.period.year - 1, period)).filter((p): p is string => p !== null);
  if (problems.length) {
    for (const p of problems) io.err(`Lỗi: ${p}`);
    io.err(`Tệp cho ${PREVIOUS_OPTION} phải là số liệu kỳ ${period}: không lập báo cáo. Hãy chọn đúng tệp, hoặc bỏ ${PREVIOUS_OPTION} để lập báo cáo không so sánh với cùng kỳ.`);
    return null;
  }
  io.out(`Cùng kỳ năm trước (${period}): số liệu của ${loaded.sources.length} phòng, đơn vị từ «${displayPath(input)}».`);
  return divisionReports(loaded, today);
}
