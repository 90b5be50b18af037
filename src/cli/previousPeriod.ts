/**
 * --ky-truoc: the same period of last year, read from its files like any input, to compare section I with. A file whose
 * headers say another year or another period is refused, naming the file, the sheet and the header cell.
 */
import type { DivisionReport } from '../core/divisionReport';
import { ResolvedForm, periodOfYear, resolveForm } from '../core/form';
import { tabPeriodMismatch } from '../core/periods/tabPeriod';
import type { Settings } from '../core/settings';
import type { Io } from './io';
import { divisionReports, loadInputs } from './loadInputs';
import type { DivisionSource } from './matchDivisions';
import { formatNotice } from './notices';
import { displayPath } from './paths';
import { printSettingsRefusal } from './report';

export const PREVIOUS_OPTION = '--ky-truoc';

/** The settings of the same period one year earlier: the years of its headers, to read and check its files by. */
function lastYearOf(settings: Settings): Settings {
  const p = settings.period;
  return { ...settings, period: { ...p, year: p.year - 1, prevYear: p.prevYear - 1, planYear: p.planYear - 1, dataFrom: '', dataTo: '' } };
}

/** Where a sheet is the form of another period than last year's same period (the core's check of the headers). */
function headerPeriodProblem(source: DivisionSource, form: ResolvedForm): string | null {
  const m = tabPeriodMismatch(source.grid, form);
  if (!m) return null;
  const what = m.names === 'year' ? `tiêu đề ${m.found} không phải của cùng kỳ năm trước (${m.expected})` : `là biểu mẫu ${m.found}, không phải cùng kỳ năm trước (${m.expected})`;
  return `«${displayPath(source.file)}», trang tính «${source.sheet}», ô ${m.cell}: ${what}.`;
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
  const lastYear = lastYearOf(settings);
  const form = resolveForm(lastYear);
  const problems = loaded.sources.map((s) => headerPeriodProblem(s, form)).filter((p): p is string => p !== null);
  if (problems.length) {
    for (const p of problems) io.err(`Lỗi: ${p}`);
    io.err(`Tệp cho ${PREVIOUS_OPTION} phải là số liệu kỳ ${period}: không lập báo cáo. Hãy chọn đúng tệp, hoặc bỏ ${PREVIOUS_OPTION} để lập báo cáo không so sánh với cùng kỳ.`);
    return null;
  }
  io.out(`Cùng kỳ năm trước (${period}): số liệu của ${loaded.sources.length} phòng, đơn vị từ «${displayPath(input)}».`);
  return divisionReports({ ...loaded, settings: lastYear, form }, today);
}
