/** "tổng hợp": the same inputs as the check, consolidated into the summary .docx, built from whatever could be read. */
import { statSync } from 'fs';
import * as path from 'path';
import { DivisionReport, hasItems, isComplete } from '../core/divisionReport';
import { buildSummary, includedReports, reportingLine, summaryRecord } from '../core/summary/build';
import { changesSince } from '../core/versions/changes';
import type { VersionRecord } from '../core/versions/record';
import { encodeRecord } from '../core/versions/storage';
import { NO_CHANGES } from '../core/versions/wording';
import { samePeriodLastYear } from './previousPeriod';
import { COMPARE_OPTION, readVersionFile, recordPathOf } from './versionFile';
import { type ResolvedForm, periodOfYear } from '../core/form';
import type { Io } from './io';
import { divisionReports, loadInputs } from './loadInputs';
import { displayPath, outputProblem, writeOutputFile } from './paths';
import { convertToPdf, pdfTarget } from './pdf';
import { renderDocx } from '../render/renderDocx';
import { printCompleteness, printNotices, printSettingsRefusal } from './report';
import { nothingToReportMessage, wrongPeriodLines } from './wrongPeriod';
import { isoOfLocalDate, isoOfLocalDateTime } from '../core/dates';

export const DEFAULT_REPORT = path.join('out', 'bao-cao-tong-hop.docx');

export interface ConsolidateOptions {
  settingsFile?: string;
  /** -o: a .docx file, or a folder to put it in. */
  out?: string;
  force?: boolean;
  /** --pdf: also the PDF beside the .docx (LibreOffice). */
  pdf?: boolean;
  /** --ky-truoc: the same period of last year (a folder or a file), to compare with. */
  previousPeriod?: string;
  /** --so-voi: the previous version's .json (or its .docx, the .json beside it), to say what changed. */
  compareWith?: string;
  now: Date;
}

export interface ConsolidateOutcome {
  exitCode: number;
  /** The .docx written, or null. */
  written: string | null;
  /** The PDF written beside it (--pdf), or null. */
  pdf?: string | null;
  /** What this version reported, written beside the .docx for the next run's --so-voi; null when not written. */
  record?: string | null;
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
    for (const line of wrongPeriodLines(loaded, reports)) io.err(line);
    io.err(nothingToReportMessage(reports, periodOfYear(loaded.settings.period.periodLabel, loaded.settings.period.year)));
    return { exitCode: 1, written: null, reports };
  }
  const target = reportTarget(options.out);
  const inputFiles = options.settingsFile ? [...loaded.files, options.settingsFile] : loaded.files;
  const problem =
    outputProblem(target, inputFiles, Boolean(options.force)) ??
    outputProblem(recordPathOf(target), inputFiles, Boolean(options.force)) ??
    (options.pdf ? outputProblem(pdfTarget(target), inputFiles, Boolean(options.force)) : null);
  if (problem) {
    io.err(problem);
    return { exitCode: 2, written: null, reports: [] };
  }
  const today = isoOfLocalDate(options.now);
  let lastYear: DivisionReport[] | undefined;
  if (options.previousPeriod) {
    const read = await samePeriodLastYear(options.previousPeriod, loaded.settings, options.settingsFile, today, io);
    if (!read) return { exitCode: 1, written: null, reports };
    lastYear = read;
  }
  let previousVersion: VersionRecord | undefined;
  if (options.compareWith) {
    const read = await readVersionFile(options.compareWith);
    if (!read.ok) {
      io.err(`Lỗi: ${read.message}`);
      io.err('Không lập báo cáo.');
      return { exitCode: 1, written: null, reports };
    }
    previousVersion = read.record;
  }
  const now = isoOfLocalDateTime(options.now);
  const version = previousVersion ? previousVersion.version + 1 : 1;
  const doc = buildSummary(reports, loaded.settings, loaded.form, { now, ...(lastYear ? { samePeriodLastYear: lastYear } : {}), ...(previousVersion ? { previousVersion, version } : {}) });
  const record = summaryRecord(reports, loaded.settings, loaded.form, { version, now });
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
  for (const line of wrongPeriodLines(loaded, reports)) io.out(line);
  // The counts are the report's own (reportingLine), so the terminal and the .docx never disagree.
  const used = includedReports(reports, loaded.settings).filter(hasItems).length;
  const missing = reports.filter((r) => !hasItems(r)).length;
  io.out('');
  io.out(`Trong báo cáo: ${reportingLine(reports, loaded.settings)}.`);
  io.out(`Đã lập báo cáo tổng hợp từ số liệu của ${used}/${reports.length} phòng, đơn vị${missing ? ` (phụ lục ghi rõ ${missing} phòng, đơn vị chưa có số liệu)` : ''}.`);
  const partial = includedReports(reports, loaded.settings).filter((r) => hasItems(r) && !isComplete(r)).length;
  if (partial) io.out(`Trong đó ${partial} phòng, đơn vị báo cáo chưa đầy đủ: báo cáo ghi rõ ở mục của phòng, đơn vị và ở phụ lục.`);
  io.out(`Đã ghi: ${displayPath(target)}`);
  if (previousVersion) printChanges(previousVersion, record, loaded.form, io);
  const recordFile = await writeRecord(target, record, Boolean(options.force), io);
  if (!options.pdf) return { exitCode: 0, written: target, reports, record: recordFile };
  const pdf = convertToPdf(target);
  if (!pdf.ok) {
    io.err(pdf.message);
    return { exitCode: 3, written: target, pdf: null, reports, record: recordFile };
  }
  io.out(`Đã ghi PDF để ký: ${displayPath(pdf.pdf)}`);
  return { exitCode: 0, written: target, pdf: pdf.pdf, reports, record: recordFile };
}

/** The same list the report's appendix opens with, on the terminal. */
function printChanges(previous: VersionRecord, current: VersionRecord, form: ResolvedForm, io: Io): void {
  const words = changesSince(previous, current, form);
  io.out('');
  if (!words) {
    io.out(`Lưu ý: tệp ${COMPARE_OPTION} là dữ liệu kỳ ${previous.period}, khác kỳ này (${current.period}): báo cáo không liệt kê thay đổi.`);
    return;
  }
  io.out(`${words.title}:`);
  if (words.divisions.length === 0) io.out(`  ${NO_CHANGES}`);
  for (const d of words.divisions) {
    io.out(`- ${d.name}:`);
    for (const item of d.items) io.out(`  + ${item.replace(/\u00a0/g, ' ')}`);
  }
}

/** What this version reported, beside the .docx (same name, .json), for the next run's --so-voi. */
async function writeRecord(target: string, record: VersionRecord, force: boolean, io: Io): Promise<string | null> {
  const file = recordPathOf(target);
  try {
    await writeOutputFile(file, new TextEncoder().encode(encodeRecord(record)), force);
  } catch (e) {
    io.err(`Không ghi được «${displayPath(file)}» (dữ liệu để lần sau so sánh với ${COMPARE_OPTION}); báo cáo .docx vẫn đầy đủ. Chi tiết kỹ thuật: ${(e as NodeJS.ErrnoException).code ?? String(e)}.`);
    return null;
  }
  io.out(`Đã ghi dữ liệu của bản này, để lần sau so sánh (${COMPARE_OPTION}): ${displayPath(file)}`);
  return file;
}
