/**
 * "biểu mẫu": the blank form as .xlsx (or, with --mau, the filled sample), from the default settings or a settings file;
 * with --tach, one file per division in a folder.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { resolveForm } from '../core/form';
import { sampleFor } from '../core/sampleData';
import { Settings, defaultSettings } from '../core/settings';
import type { Io } from './io';
import { settingsFromFile } from './loadSettings';
import { formatNotice } from './notices';
import { displayPath, outputProblem } from './paths';
import { splitFiles, splitProblems, writeSplitFiles } from './splitForm';
import { EXCEL_SHEET_NAME_MAX, formWorkbook, shortenedTabNames } from './writeForm';

export const DEFAULT_FORM = path.join('out', 'bieu-mau.xlsx');
export const DEFAULT_SAMPLE = path.join('out', 'mau-da-nhap.xlsx');
/** The folder of --tach: one file per division. */
export const DEFAULT_SPLIT_DIR = path.join('out', 'bieu-mau');

export interface FormOptions {
  settingsFile?: string;
  out?: string;
  force?: boolean;
  /** Fill every division's sheet with the sample data of sheets-templates/sample-data.json. */
  sample?: boolean;
  /** One file per division, in the folder of `out`. */
  split?: boolean;
}

/** The settings of --settings, or the defaults; null (and the problems printed) when the file has errors. */
export async function settingsOrDefaults(settingsFile: string | undefined, io: Io): Promise<Settings | null> {
  if (!settingsFile) return defaultSettings();
  const load = await settingsFromFile(settingsFile);
  if (load.ok) return load.settings;
  for (const p of load.problems) io.err(formatNotice(p));
  io.err(`Sửa tệp cấu hình «${displayPath(settingsFile)}» rồi chạy lại.`);
  return null;
}

/** Writes the workbook: the one place the command line writes an .xlsx. */
export async function writeFormFile(settings: Settings, target: string, sample: boolean): Promise<void> {
  const workbook = formWorkbook(settings, resolveForm(settings), sample ? { sample: sampleFor } : {});
  await fs.mkdir(path.dirname(path.resolve(target)), { recursive: true });
  await workbook.xlsx.writeFile(target);
}

async function splitCommand(settings: Settings, options: FormOptions, io: Io): Promise<number> {
  const folder = options.out ?? DEFAULT_SPLIT_DIR;
  if (path.extname(folder).toLowerCase() === '.xlsx') {
    io.err(`Với --tach, -o là một thư mục (mỗi phòng, đơn vị một tệp trong đó), không phải tệp «${displayPath(folder)}». Ví dụ: -o ${DEFAULT_SPLIT_DIR}`);
    return 2;
  }
  const prefix = path.basename(options.sample ? DEFAULT_SAMPLE : DEFAULT_FORM, '.xlsx');
  const files = splitFiles(settings.divisions, folder, prefix);
  const problems = splitProblems(files, options.settingsFile ? [options.settingsFile] : [], Boolean(options.force));
  if (problems.length) {
    for (const p of problems) io.err(p);
    io.err('Chưa ghi tệp nào.');
    return 2;
  }
  await writeSplitFiles(settings, files, Boolean(options.sample));
  io.out(
    `Đã ghi ${files.length} ${options.sample ? 'bảng tính mẫu' : 'biểu mẫu'} riêng cho từng phòng, đơn vị vào thư mục ${displayPath(folder)} (mỗi tệp có trang tính «Cấu hình», đã khóa, và trang tính của phòng, đơn vị đó):`,
  );
  for (const { division, file } of files) io.out(`  ${division.name}: ${displayPath(file)}`);
  return 0;
}

export async function formCommand(options: FormOptions, io: Io): Promise<number> {
  const settings = await settingsOrDefaults(options.settingsFile, io);
  if (!settings) return 1;
  for (const d of shortenedTabNames(settings.divisions)) {
    io.out(formatNotice({ severity: 'warning', message: `Tên tab «${d.tabName}» dài hơn ${EXCEL_SHEET_NAME_MAX} ký tự, Excel không nhận: trang tính được đặt tên rút gọn; khi đọc lại vẫn nhận ra nhờ dòng tiêu đề.` }));
  }
  if (options.split) return splitCommand(settings, options, io);
  let target = options.out ?? (options.sample ? DEFAULT_SAMPLE : DEFAULT_FORM);
  if (
    /[\\/]$/.test(target) ||
    (await fs.stat(target).then(
      (s) => s.isDirectory(),
      () => false,
    ))
  )
    target = path.join(target, path.basename(options.sample ? DEFAULT_SAMPLE : DEFAULT_FORM));
  if (!path.extname(target)) target = `${target}.xlsx`;
  const problem = outputProblem(target, options.settingsFile ? [options.settingsFile] : [], Boolean(options.force));
  if (problem) {
    io.err(problem);
    return 2;
  }
  await writeFormFile(settings, target, Boolean(options.sample));
  io.out(`Đã ghi ${options.sample ? 'bảng tính mẫu đã nhập số liệu' : 'biểu mẫu'}: ${displayPath(target)} (trang tính «Cấu hình» và ${settings.divisions.length} trang tính của các phòng, đơn vị).`);
  return 0;
}
