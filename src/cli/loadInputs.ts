/**
 * The inputs of "kiểm tra" and "tổng hợp": files and folders of workbooks, the settings that apply to them,
 * and each division's source. Everything that could not be read is said, and the rest is still used —
 * except settings: settings with a problem stop the run (runSettings.ts), nothing is guessed.
 */
import { promises as fs, realpathSync, statSync } from 'fs';
import * as path from 'path';
import { buildDivisionReport, checkDate, DivisionReport } from '../core/divisionReport';
import { ResolvedForm, resolveForm } from '../core/form';
import type { Settings } from '../core/settings';
import { DivisionSource, matchDivisions } from './matchDivisions';
import type { Notice } from './notices';
import { displayPath } from './paths';
import { UnreadableFile, WorkbookFile, readWorkbookFile } from './readWorkbook';
import { runSettings } from './runSettings';

export interface LoadedInputs {
  ok: true;
  settings: Settings;
  form: ResolvedForm;
  /** Where the settings came from, in Vietnamese, for the user. */
  settingsOrigin: string;
  /** Every input file (after folders were listed): outputs never go over one of them. */
  files: string[];
  workbooks: WorkbookFile[];
  unreadable: UnreadableFile[];
  sources: DivisionSource[];
  missing: Map<string, string>;
  notices: Notice[];
}

/** Settings with a problem: nothing else is done. `notices` are about the files, `problems` about the settings. */
export interface SettingsRefused {
  ok: false;
  files: string[];
  notices: Notice[];
  problems: Notice[];
}

/** Spreadsheets in another format: a division's data that cannot be read, an error. Other files are clutter. */
const OTHER_SPREADSHEETS = ['.xls', '.xlsb', '.ods', '.csv', '.numbers', '.fods', '.et'];

/** Office lock files and hidden files, which sit next to the real files in a folder. */
function isClutter(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || name.startsWith('.~lock');
}

/** The files named on the command line, folders listed (not recursively), in a stable order. */
export async function listInputFiles(inputs: string[]): Promise<{ files: string[]; notices: Notice[] }> {
  const files: string[] = [];
  const notices: Notice[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      notices.push({ severity: 'error', file: input, message: `Không tìm thấy «${displayPath(input)}».` });
      continue;
    }
    if (!stat.isDirectory()) {
      files.push(input);
      continue;
    }
    let listed;
    try {
      listed = await fs.readdir(input, { withFileTypes: true });
    } catch (e) {
      notices.push({
        severity: 'error',
        file: input,
        message: `Không mở được thư mục «${displayPath(input)}»: kiểm tra quyền đọc thư mục rồi chạy lại. Chi tiết kỹ thuật: ${(e as NodeJS.ErrnoException).code ?? String(e)}.`,
      });
      continue;
    }
    // A symbolic link to a file is that file (a division's reply linked into the folder is still read).
    const entries = listed
      .filter((e) => !isClutter(e.name) && (e.isFile() || (e.isSymbolicLink() && isFileBehindLink(path.join(input, e.name)))))
      .map((e) => e.name)
      .sort((a, b) => a.localeCompare(b, 'vi'));
    // Only the folder itself is read (a subfolder often holds last period's or superseded files): say so, never silently.
    const subfolders = listed.filter((e) => e.isDirectory() && !isClutter(e.name)).map((e) => e.name);
    if (subfolders.length) {
      notices.push({
        severity: 'warning',
        file: input,
        message: `Thư mục «${displayPath(input)}» có thư mục con (${subfolders.map((n) => `«${n}»`).join(', ')}): chỉ đọc các tệp nằm ngay trong «${displayPath(input)}», không đọc tệp trong thư mục con. Nếu cần tệp nào trong đó, chép ra «${displayPath(input)}» hoặc ghi thêm thư mục con vào lệnh.`,
      });
    }
    if (entries.length === 0) notices.push({ severity: 'error', file: input, message: `Thư mục «${displayPath(input)}» không có tệp nào.` });
    files.push(...entries.map((name) => path.join(input, name)));
  }
  return { files: withoutRepeats(files), notices };
}

function isFileBehindLink(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** A file named twice (a folder and a file in it, or the same folder twice) is read once. */
function withoutRepeats(files: string[]): string[] {
  const seen = new Set<string>();
  return files.filter((file) => {
    let key: string;
    try {
      key = realpathSync(file);
    } catch {
      key = path.resolve(file);
    }
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface LoadOptions {
  /** --settings: a .json or an .xlsx with a "Cấu hình" sheet. */
  settingsFile?: string;
}

export async function loadInputs(inputs: string[], options: LoadOptions = {}): Promise<LoadedInputs | SettingsRefused> {
  const listing = await listInputFiles(inputs);
  const notices: Notice[] = [...listing.notices];
  const readings = await Promise.all(listing.files.map(readWorkbookFile));
  const workbooks: WorkbookFile[] = [];
  const unreadable: UnreadableFile[] = [];
  for (const r of readings) {
    if (r.ok) workbooks.push(r.workbook);
    else {
      unreadable.push({ path: r.path, kind: r.kind, message: r.message });
      const clutter = r.kind === 'notXlsx' && !OTHER_SPREADSHEETS.includes(path.extname(r.path).toLowerCase());
      notices.push({ severity: clutter ? 'warning' : 'error', file: r.path, message: clutter ? `${r.message} Tệp này được bỏ qua.` : r.message });
    }
  }

  const chosen = await runSettings(options.settingsFile, workbooks);
  if (!chosen.ok) return { ok: false, files: listing.files, notices, problems: chosen.problems };
  const { settings, origin: settingsOrigin } = chosen;
  notices.push(...chosen.notices);
  const form = resolveForm(settings);
  const matching = matchDivisions(workbooks, unreadable, settings, form);
  notices.push(...matching.notices);
  return { ok: true, settings, form, settingsOrigin, files: listing.files, workbooks, unreadable, sources: matching.sources, missing: matching.missing, notices };
}

/** Every division of the settings, checked from its source, or listed with why it has none. */
export function divisionReports(loaded: LoadedInputs, todayIso: string): DivisionReport[] {
  const today = checkDate(loaded.settings.period.deadline, todayIso);
  return loaded.settings.divisions.map((division) => {
    const source = loaded.sources.find((s) => s.division.name === division.name);
    if (!source) return buildDivisionReport(division, null, loaded.form, { today }, {}, loaded.missing.get(division.name) ?? null);
    return buildDivisionReport(division, source.grid, loaded.form, { today, formats: source.formats, merges: source.merges, unread: source.uncalculated, shell: 'excel' }, { lastEditedAt: source.modifiedAt });
  });
}
