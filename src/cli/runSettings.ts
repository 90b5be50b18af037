/**
 * Which settings a run of "kiểm tra" or "tổng hợp" uses — and when there are none it may trust, a refusal.
 * - --settings given: that file; a problem in it stops the run. The inputs' "Cấu hình" sheets are not used.
 * - Otherwise the inputs' "Cấu hình" sheets: a problem in any of them stops the run (never a silent fallback
 *   to the defaults, which would put the report under another letterhead and drop divisions). Sheets that
 *   agree are one settings; sheets that differ on anything the report uses (period, letterhead, divisions…)
 *   stop the run too, naming what differs: the Office chooses with --settings.
 * - No settings anywhere: the defaults, and the terminal says so.
 */
import { formatDate } from '../core/dates';
import { Settings, defaultSettings } from '../core/settings';
import { SETTINGS_FIELDS, SETTINGS_TAB } from '../core/settingsTab';
import { settingsFromFile, settingsFromWorkbook, settingsSheet } from './loadSettings';
import type { Notice } from './notices';
import { displayPath } from './paths';
import type { WorkbookFile } from './readWorkbook';

export type RunSettings = { ok: true; settings: Settings; origin: string; notices: Notice[] } | { ok: false; problems: Notice[] };

/** What the report draws from a settings value, as the Office typed it. */
function shown(value: unknown): string {
  if (Array.isArray(value)) return value.join('; ');
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  return String(value);
}

/** The settings' parts the offline report depends on, by their label in the tab; e-mails only matter in Google. */
function reportFacts(settings: Settings): Map<string, string> {
  const facts = new Map<string, string>();
  for (const f of SETTINGS_FIELDS) if (f.kind !== 'emails') facts.set(f.label, shown(f.get(settings)));
  facts.set('Bảng phòng, đơn vị', settings.divisions.map((d) => `${d.name} (${d.tabName})`).join('; '));
  return facts;
}

function differences(a: Settings, b: Settings): { label: string; a: string; b: string }[] {
  const fa = reportFacts(a);
  const fb = reportFacts(b);
  return [...fa.keys()].filter((k) => fa.get(k) !== fb.get(k)).map((label) => ({ label, a: fa.get(label)!, b: fb.get(label)! }));
}

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function fileList(files: string[]): string {
  return files.map((f) => `«${displayPath(f)}»`).join(', ');
}

function defaultedNotice(file: string, defaulted: string[]): Notice {
  return {
    severity: 'info',
    file,
    message: `Trang tính «${SETTINGS_TAB}» của «${displayPath(file)}» chưa có dòng ${defaulted.join('; ')} (dòng mới thêm ở phiên bản sau): dùng giá trị mặc định đó; sửa được bằng cách thêm dòng này vào trang tính.`,
  };
}

/** The inputs' "Cấu hình" sheets that --settings overrides and that say something else: named, so nobody wonders. */
function overridden(chosen: Settings, carriers: WorkbookFile[]): Notice[] {
  const notices: Notice[] = [];
  for (const workbook of carriers) {
    const load = settingsFromWorkbook(workbook)!;
    if (!load.ok) {
      notices.push({ severity: 'info', file: workbook.path, message: `Trang tính «${SETTINGS_TAB}» của «${displayPath(workbook.path)}» có lỗi nhưng không được dùng, vì cấu hình đã cho bằng --settings.` });
      continue;
    }
    const diff = differences(chosen, load.settings);
    if (diff.length === 0) continue;
    const what = diff
      .slice(0, 3)
      .map((d) => `«${d.label}»: «${short(d.b)}»`)
      .join('; ');
    notices.push({
      severity: 'info',
      file: workbook.path,
      message: `Trang tính «${SETTINGS_TAB}» của «${displayPath(workbook.path)}» khác cấu hình đã cho bằng --settings (${what}${diff.length > 3 ? '; …' : ''}): không được dùng, dùng --settings.`,
    });
  }
  return notices;
}

export async function runSettings(settingsFile: string | undefined, workbooks: WorkbookFile[]): Promise<RunSettings> {
  const carriers = workbooks.filter((w) => settingsSheet(w) !== null);
  if (settingsFile) {
    const load = await settingsFromFile(settingsFile);
    if (!load.ok) {
      return { ok: false, problems: [...load.problems, { severity: 'error', file: settingsFile, message: `Sửa tệp cấu hình «${displayPath(settingsFile)}» rồi chạy lại.` }] };
    }
    const defaulted: Notice[] = load.defaulted?.length ? [defaultedNotice(settingsFile, load.defaulted)] : [];
    return { ok: true, settings: load.settings, origin: `tệp «${displayPath(settingsFile)}» (--settings)`, notices: [...defaulted, ...overridden(load.settings, carriers)] };
  }
  if (carriers.length === 0) {
    return { ok: true, settings: defaultSettings(), origin: `cấu hình mặc định (sheets-templates/settings.json), vì không có --settings và không tệp đầu vào nào có trang tính «${SETTINGS_TAB}»`, notices: [] };
  }
  const problems: Notice[] = [];
  const read: { file: string; settings: Settings; defaulted: string[] }[] = [];
  for (const workbook of carriers) {
    const load = settingsFromWorkbook(workbook)!;
    if (load.ok) read.push({ file: workbook.path, settings: load.settings, defaulted: load.defaulted ?? [] });
    else problems.push(...load.problems);
  }
  if (problems.length) {
    const broken = [...new Set(problems.map((p) => p.file!))];
    problems.push({
      severity: 'error',
      message: `Trang tính «${SETTINGS_TAB}» của ${fileList(broken)} có lỗi (xem trên): cấu hình sai thì tiêu đề, người ký và bảng phòng, đơn vị của báo cáo sẽ sai. Sửa các ô đã nêu rồi chạy lại, hoặc chỉ định cấu hình đúng bằng --settings <tệp .json hoặc .xlsx>.`,
    });
    return { ok: false, problems };
  }
  // Group the sheets that agree; more than one group is a conflict.
  const groups: { files: string[]; settings: Settings; defaulted: string[] }[] = [];
  for (const r of read) {
    const group = groups.find((g) => differences(g.settings, r.settings).length === 0);
    if (group) group.files.push(r.file);
    else groups.push({ files: [r.file], settings: r.settings, defaulted: r.defaulted });
  }
  if (groups.length > 1) {
    const [first, second] = groups;
    const diff = differences(first.settings, second.settings)
      .slice(0, 5)
      .map((d) => `«${d.label}»: «${short(d.a)}» / «${short(d.b)}»`)
      .join('; ');
    const others = groups.length > 2 ? ` (và ${groups.length - 2} cấu hình khác nữa)` : '';
    return {
      ok: false,
      problems: [
        {
          severity: 'error',
          message: `Các tệp đầu vào có trang tính «${SETTINGS_TAB}» khác nhau: ${fileList(first.files)} khác ${fileList(second.files)}${others} ở ${diff}. Không biết dùng cấu hình nào: chọn một bằng --settings <tệp> (ví dụ --settings «${displayPath(first.files[0])}») rồi chạy lại.`,
        },
      ],
    };
  }
  const [only] = groups;
  const alike = only.files.length > 1 ? ` (${only.files.length - 1} tệp khác có cùng cấu hình)` : '';
  // A sheet from an earlier version lacks rows added since: their defaults are used, and said.
  const notices: Notice[] = only.defaulted.length ? [defaultedNotice(only.files[0], only.defaulted)] : [];
  return { ok: true, settings: only.settings, origin: `trang tính «${SETTINGS_TAB}» của «${displayPath(only.files[0])}»${alike}`, notices };
}
