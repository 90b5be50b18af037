/** "kiểm tra": checks one workbook or a folder of workbooks and prints every finding with its file, sheet and cell. */
import { hasItems } from '../core/divisionReport';
import { reportingLine } from '../core/summary/build';
import { SEVERITY_LABELS } from './notices';
import { divisionReports, loadInputs } from './loadInputs';
import { displayPath } from './paths';
import type { Io } from './io';
import { printCompleteness, printNotices, printSettingsRefusal } from './report';

export interface CheckOptions {
  settingsFile?: string;
  /** ISO date of the check (today). */
  today: string;
}

/** Exit code: 1 when errors remain (in the reports, files that could not be read, or the settings), else 0. */
export async function checkCommand(inputs: string[], options: CheckOptions, io: Io): Promise<number> {
  const loaded = await loadInputs(inputs, { settingsFile: options.settingsFile });
  if (!loaded.ok) {
    printSettingsRefusal(loaded, io, 'Cấu hình có lỗi: chưa kiểm tra số liệu của phòng, đơn vị nào.');
    return 1;
  }
  printNotices(loaded, io);
  const reports = divisionReports(loaded, options.today);
  const read = reports.filter((r) => r.check);
  for (const report of read) {
    const source = loaded.sources.find((s) => s.division.name === report.division.name)!;
    const findings = report.check!.findings;
    // A division with nothing to say gets no group: the completeness table below shows it once.
    if (!report.check!.empty && findings.length === 0) continue;
    io.out('');
    io.out(`${report.division.name} — «${displayPath(source.file)}», trang tính «${source.sheet}»:`);
    const wrongPeriod = findings.find((f) => f.wrongPeriod);
    if (wrongPeriod) {
      io.out(`  ${SEVERITY_LABELS.error}: ô ${wrongPeriod.cell}: ${wrongPeriod.message}`);
      continue;
    }
    if (report.check!.empty) {
      // An untouched sheet: one line, not one error per required section.
      io.out('  Trang tính chưa có nội dung nào: nhập số liệu vào các mục rồi kiểm tra lại.');
      continue;
    }
    for (const f of findings) {
      io.out(`  ${SEVERITY_LABELS[f.severity]}: ô ${f.cell}: ${f.message}`);
    }
  }
  if (read.length) printCompleteness(loaded, read, io);
  const absent = reports.filter((r) => !hasItems(r));
  if (read.length) {
    io.out('');
    if (absent.length) io.out(`Chưa có số liệu của ${absent.length}/${reports.length} phòng, đơn vị: ${absent.map((r) => r.division.name).join('; ')}.`);
    // What «tong-hop» will say in the report, word for word.
    io.out(`Báo cáo tổng hợp lập lúc này sẽ ghi: ${reportingLine(reports, loaded.settings)}.`);
  }
  const errors = read.reduce((n, r) => n + r.errorCount, 0);
  const warnings = read.reduce((n, r) => n + r.warningCount, 0);
  const fileErrors = loaded.notices.filter((n) => n.severity === 'error').length;
  io.out('');
  if (read.length === 0) {
    io.out('Không đọc được số liệu của phòng, đơn vị nào.');
    return 1;
  }
  const summary = `Đã kiểm tra ${read.length} phòng, đơn vị: ${errors} lỗi, ${warnings} cảnh báo${fileErrors ? `; ${fileErrors} lỗi về tệp đầu vào (xem ở trên)` : ''}.`;
  io.out(errors || fileErrors ? `${summary} Sửa các lỗi rồi kiểm tra lại.` : `${summary} Không còn lỗi.`);
  return errors || fileErrors ? 1 : 0;
}
