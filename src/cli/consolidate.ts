/** "tổng hợp": the same inputs as the check, consolidated into the summary .docx, built from whatever could be read. */
import { statSync } from 'fs';
import * as path from 'path';
import { DivisionReport, hasItems, isComplete } from '../core/divisionReport';
import { buildSummary, includedReports, reportingLine } from '../core/summary/build';
import type { Io } from './io';
import { divisionReports, loadInputs } from './loadInputs';
import { displayPath, outputProblem, writeOutputFile } from './paths';
import { convertToPdf, pdfTarget } from './pdf';
import { renderDocx } from '../render/renderDocx';
import { printCompleteness, printNotices, printSettingsRefusal } from './report';
import { isoOfLocalDate, isoOfLocalDateTime } from '../core/dates';

export const DEFAULT_REPORT = path.join('out', 'bao-cao-tong-hop.docx');

export interface ConsolidateOptions {
  settingsFile?: string;
  /** -o: a .docx file, or a folder to put it in. */
  out?: string;
  force?: boolean;
  /** --pdf: also the PDF beside the .docx (LibreOffice). */
  pdf?: boolean;
  now: Date;
}

export interface ConsolidateOutcome {
  exitCode: number;
  /** The .docx written, or null. */
  written: string | null;
  /** The PDF written beside it (--pdf), or null. */
  pdf?: string | null;
  reports: DivisionReport[];
}

/** -o as given, a folder (existing, or ending with a slash) getting the default name, ".docx" added when missing. */
export function reportTarget(out: string | undefined, defaultPath = DEFAULT_REPORT): string {
  if (!out) return defaultPath;
  let isFolder = /[\\/]$/.test(out);
  try {
    isFolder = isFolder || statSync(out).isDirectory();
  } catch {
    // not there yet: a file name
  }
  if (isFolder) return path.join(out, path.basename(defaultPath));
  return path.extname(out) ? out : `${out}.docx`;
}

export async function consolidateCommand(inputs: string[], options: ConsolidateOptions, io: Io): Promise<ConsolidateOutcome> {
  const loaded = await loadInputs(inputs, { settingsFile: options.settingsFile });
  if (!loaded.ok) {
    printSettingsRefusal(loaded, io, 'Cấu hình có lỗi: không lập báo cáo.');
    return { exitCode: 1, written: null, reports: [] };
  }
  printNotices(loaded, io);
  if (loaded.sources.length === 0) {
    io.err('Không đọc được số liệu của phòng, đơn vị nào từ dữ liệu đầu vào: không lập báo cáo.');
    return { exitCode: 1, written: null, reports: [] };
  }
  const reports = divisionReports(loaded, isoOfLocalDate(options.now));
  if (!reports.some(hasItems)) {
    printCompleteness(loaded, reports, io);
    io.err('Chưa phòng, đơn vị nào có số liệu: các trang tính đọc được chỉ có tiêu đề, chưa có dòng nội dung nào. Không lập báo cáo.');
    return { exitCode: 1, written: null, reports };
  }
  const target = reportTarget(options.out);
  const inputFiles = options.settingsFile ? [...loaded.files, options.settingsFile] : loaded.files;
  const problem = outputProblem(target, inputFiles, Boolean(options.force)) ?? (options.pdf ? outputProblem(pdfTarget(target), inputFiles, Boolean(options.force)) : null);
  if (problem) {
    io.err(problem);
    return { exitCode: 2, written: null, reports: [] };
  }
  const doc = buildSummary(reports, loaded.settings, loaded.form, { now: isoOfLocalDateTime(options.now) });
  const bytes = await renderDocx(doc);
  try {
    await writeOutputFile(target, bytes, Boolean(options.force));
  } catch (e) {
    io.err(
      `Không ghi được «${displayPath(target)}»: kiểm tra quyền ghi vào thư mục và tệp không đang mở trong Word, hoặc chọn nơi khác với -o, rồi chạy lại. Chi tiết kỹ thuật: ${(e as NodeJS.ErrnoException).code ?? String(e)}.`,
    );
    return { exitCode: 2, written: null, reports };
  }
  printCompleteness(loaded, reports, io);
  // The counts are the report's own (reportingLine), so the terminal and the .docx never disagree.
  const used = includedReports(reports, loaded.settings).filter(hasItems).length;
  const missing = reports.filter((r) => !hasItems(r)).length;
  io.out('');
  io.out(`Trong báo cáo: ${reportingLine(reports, loaded.settings)}.`);
  io.out(`Đã lập báo cáo tổng hợp từ số liệu của ${used}/${reports.length} phòng, đơn vị${missing ? ` (phụ lục ghi rõ ${missing} phòng, đơn vị chưa có số liệu)` : ''}.`);
  const partial = includedReports(reports, loaded.settings).filter((r) => hasItems(r) && !isComplete(r)).length;
  if (partial) io.out(`Trong đó ${partial} phòng, đơn vị báo cáo chưa đầy đủ: báo cáo ghi rõ ở mục của phòng, đơn vị và ở phụ lục.`);
  io.out(`Đã ghi: ${displayPath(target)}`);
  if (!options.pdf) return { exitCode: 0, written: target, reports };
  const pdf = convertToPdf(target);
  if (!pdf.ok) {
    io.err(pdf.message);
    return { exitCode: 3, written: target, pdf: null, reports };
  }
  io.out(`Đã ghi PDF để ký: ${displayPath(pdf.pdf)}`);
  return { exitCode: 0, written: target, pdf: pdf.pdf, reports };
}
