/**
 * "kỳ mới": the next period's workbook from the closing period's files, prepared by the same core rules as
 * "Sang kỳ báo cáo mới" in the Sheet (core/periods/carryOver.ts): indicators, unfinished tasks and targets carried,
 * each carried value's origin in a cell note; the other sections empty. Also the settings at the next period (.json).
 * The closing files are never changed: they are that period's record.
 */
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { isoOfLocalDate, formatDate } from '../core/dates';
import { periodOfYear } from '../core/form';
import { CarriedDivision, carriedSample, carryOver, retiredTasks, retiredTasksMessage } from '../core/periods/carryOver';
import { dataCutOff } from '../core/periods/cutoff';
import { nextPeriod } from '../core/periods/next';
import { filledDivisionLayout } from '../core/sampleData';
import { resolveForm } from '../core/form';
import type { Division, Settings } from '../core/settings';
import type { Io } from './io';
import { divisionReports, loadInputs } from './loadInputs';
import { fileSlug } from './names';
import { displayPath, outputProblem, writeOutputFile } from './paths';
import { printNotices, printSettingsRefusal } from './report';
import { formWorkbook } from './writeForm';

export const DEFAULT_NEXT_DIR = path.join('out', 'ky-moi');

export interface NextPeriodOptions {
  settingsFile?: string;
  /** -o: the folder to write into. */
  out?: string;
  force?: boolean;
  now: Date;
}

export interface NextPeriodOutcome {
  exitCode: number;
  workbook: string | null;
  settingsFile: string | null;
  next: Settings | null;
}

/** The notes of carried cells, put on the sheet the same layout drew (the form writer's own rows). */
function addCarriedNotes(sheet: ExcelJS.Worksheet, settings: Settings, division: Division, carried: CarriedDivision): void {
  const form = resolveForm(settings);
  const layout = filledDivisionLayout(form, settings, division, carriedSample(carried), undefined, 'excel');
  layout.forEach((row, i) => {
    if (row.kind !== 'header' || !row.sectionId) return;
    const section = form.sections.find((s) => s.id === row.sectionId)!;
    (carried[row.sectionId] ?? []).forEach((r, k) => {
      for (const [key, note] of Object.entries(r.notes)) {
        const column = section.columns.find((c) => c.key === key);
        if (column) sheet.getCell(i + 2 + k, column.column).note = note;
      }
    });
  });
}

/** A division's problem as one clause: "Không có tệp …." → "không có tệp …". */
function plainProblem(problem: string | null): string {
  const text = (problem ?? 'không có tệp hoặc trang tính nào của phòng, đơn vị này').replace(/\.$/, '');
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

export async function nextPeriodCommand(inputs: string[], options: NextPeriodOptions, io: Io): Promise<NextPeriodOutcome> {
  const none = { workbook: null, settingsFile: null, next: null };
  const loaded = await loadInputs(inputs, { settingsFile: options.settingsFile });
  if (!loaded.ok) {
    printSettingsRefusal(loaded, io, 'Cấu hình có lỗi: không ghi biểu mẫu kỳ mới.');
    return { exitCode: 1, ...none };
  }
  printNotices(loaded, io);
  const closing = loaded.settings;
  const period = nextPeriod(closing.period);
  if (!period) {
    io.err(`Kỳ báo cáo «${closing.period.periodLabel}» trong cấu hình không phải là kỳ đã biết (6 tháng đầu năm, 9 tháng đầu năm, cả năm, quý I–IV): không biết kỳ tiếp theo. Sửa cấu hình rồi chạy lại.`);
    return { exitCode: 1, ...none };
  }
  const next: Settings = { ...closing, period };
  const closingName = periodOfYear(closing.period.periodLabel, closing.period.year);
  const nextName = periodOfYear(period.periodLabel, period.year);
  const folder = options.out ?? DEFAULT_NEXT_DIR;
  const workbookFile = path.join(folder, `bieu-mau-${fileSlug(nextName)}.xlsx`);
  const settingsFile = path.join(folder, `cau-hinh-${fileSlug(nextName)}.json`);
  const inputFiles = options.settingsFile ? [...loaded.files, options.settingsFile] : loaded.files;
  const problem = outputProblem(workbookFile, inputFiles, Boolean(options.force)) ?? outputProblem(settingsFile, inputFiles, Boolean(options.force));
  if (problem) {
    io.err(problem);
    return { exitCode: 2, ...none };
  }
  const reports = divisionReports(loaded, isoOfLocalDate(options.now));
  const carried = new Map<string, CarriedDivision>();
  for (const report of reports) {
    const wrongPeriod = report.check?.findings.find((f) => f.wrongPeriod);
    if (wrongPeriod) io.err(`Lỗi: ${report.division.name} (ô ${wrongPeriod.cell}): ${wrongPeriod.message} Trang tính kỳ mới của đơn vị này để trống.`);
    carried.set(report.division.name, report.check ? carryOver(report.check.items, closing.period, next, closing.taskDocuments) : {});
  }
  const workbook = formWorkbook(next, resolveForm(next), { sample: (d) => carriedSample(carried.get(d.name) ?? {}) });
  next.divisions.forEach((division, i) => addCarriedNotes(workbook.worksheets[i + 1], next, division, carried.get(division.name) ?? {}));
  try {
    await writeOutputFile(workbookFile, new Uint8Array(await workbook.xlsx.writeBuffer()), Boolean(options.force));
    await writeOutputFile(settingsFile, new TextEncoder().encode(`${JSON.stringify(next, null, 2)}\n`), Boolean(options.force));
  } catch (e) {
    io.err(`Không ghi được vào thư mục «${displayPath(folder)}»: kiểm tra quyền ghi và tệp không đang mở, hoặc chọn nơi khác với -o. Chi tiết kỹ thuật: ${(e as NodeJS.ErrnoException).code ?? String(e)}.`);
    return { exitCode: 2, ...none };
  }
  const cut = dataCutOff(period);
  io.out(`Kỳ mới: ${nextName} (hạn nộp ${formatDate(period.deadline)}; số liệu từ ngày ${formatDate(cut.from)} đến ngày ${formatDate(cut.to)}), sau kỳ ${closingName}.`);
  const unread = reports.filter((r) => !r.check);
  for (const report of reports) {
    const c = carried.get(report.division.name) ?? {};
    if (!report.check) io.out(`  ${report.division.name}: không có số liệu kỳ ${closingName} (${plainProblem(report.problem)}): biểu mẫu kỳ mới của phòng, đơn vị này để trống.`);
    else io.out(`  ${report.division.name}: ${c.I?.length ?? 0} chỉ tiêu (mục I), ${c.IV?.length ?? 0} nhiệm vụ chưa hoàn thành (mục IV), ${c.VI?.length ?? 0} mục tiêu (mục VI) chuyển sang.`);
  }
  const retired = retiredTasksMessage(reports.map((r) => ({ division: r.division.name, tasks: r.check ? retiredTasks(r.check.items.IV, closing.taskDocuments, next) : [] })));
  if (retired) io.err(`Cảnh báo: ${retired}`);
  if (unread.length)
    io.err(
      `Cảnh báo: ${unread.length}/${reports.length} phòng, đơn vị không có số liệu kỳ ${closingName} trong dữ liệu đầu vào nên không có gì chuyển sang kỳ mới: ${unread.map((r) => r.division.name).join('; ')}. Nếu còn tệp của các đơn vị này, thêm vào rồi chạy lại với --force.`,
    );
  io.out(`Đã ghi biểu mẫu kỳ mới: ${displayPath(workbookFile)}`);
  io.out(`Đã ghi cấu hình kỳ mới: ${displayPath(settingsFile)} (dùng với --settings; sửa hạn nộp, văn bản nếu cần).`);
  io.out(`Các tệp kỳ ${closingName} giữ nguyên: đó là số liệu lưu trữ của kỳ này.`);
  return { exitCode: 0, workbook: workbookFile, settingsFile, next };
}
