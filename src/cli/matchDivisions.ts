/**
 * Which division each sheet of the inputs is. A workbook downloaded from the Google Sheet holds every
 * division's tab by its name; a file sent by e-mail holds one sheet, recognised by its name, its title row
 * ("BÁO CÁO … — PHÒNG QUẢN LÝ KHOA HỌC") or the file's name. When several sheets are one division's,
 * the choice is made in chooseSource.ts: a sheet holding items always wins over an empty one.
 */
import * as path from 'path';
import type { MergedRange } from '../core/check';
import type { UnreadCell } from '../core/unreadCells';
import type { ResolvedForm } from '../core/form';
import type { NumberFormats } from '../core/typedValues';
import { Grid, cellAt, cellText, isBlank } from '../core/grid';
import { locateSections } from '../core/sectionLocator';
import type { Division, Settings } from '../core/settings';
import { tabTitle } from '../core/tabLayout';
import { settingsSheet } from './loadSettings';
import { nameKey, slugKey } from './names';
import type { Notice } from './notices';
import { displayPath } from './paths';
import { Candidate, chooseSource } from './chooseSource';
import type { SheetGrid, UnreadableFile, WorkbookFile } from './readWorkbook';
import { EXCEL_SHEET_NAME_MAX, LISTS_SHEET } from './writeForm';

export type MatchedBy = 'sheetName' | 'title' | 'fileName';

export interface DivisionSource {
  division: Division;
  file: string;
  sheet: string;
  grid: Grid;
  formats: NumberFormats;
  merges: MergedRange[];
  /** Formula cells the file holds without a saved value (readWorkbook.ts). */
  uncalculated: UnreadCell[];
  modifiedAt: string | null;
  /** The workbook's own save time (docProps/core.xml), null when it does not say. */
  savedAt: Date | null;
  by: MatchedBy;
}

export interface Matching {
  /** In the order of the settings' divisions. */
  sources: DivisionSource[];
  notices: Notice[];
  /** Why a division has no source, by division name; without a final period (the report adds it). */
  missing: Map<string, string>;
}

/** How many rows from the top may hold the tab's title. */
const TITLE_ROWS = 5;

function longest(divisions: Division[], matches: (d: Division) => string | null): Division | null {
  let best: Division | null = null;
  let bestLength = 0;
  for (const d of divisions) {
    const key = matches(d);
    if (key && key.length > bestLength) {
      best = d;
      bestLength = key.length;
    }
  }
  return best;
}

export function divisionBySheetName(name: string, divisions: Division[]): Division | null {
  const key = nameKey(name);
  return divisions.find((d) => [d.tabName, d.tabName.slice(0, EXCEL_SHEET_NAME_MAX).trim(), d.name].some((n) => nameKey(n) === key)) ?? null;
}

export function divisionByTitle(grid: Grid, settings: Settings): Division | null {
  for (let r = 0; r < Math.min(TITLE_ROWS, grid.length); r++) {
    const text = nameKey(cellText(cellAt(grid, r, 0)));
    if (!text) continue;
    const exact = settings.divisions.find((d) => nameKey(tabTitle(settings, d)) === text);
    if (exact) return exact;
    const found = longest(settings.divisions, (d) => (text.includes(nameKey(d.name)) ? d.name : null));
    if (found) return found;
  }
  return null;
}

export function divisionByFileName(file: string, divisions: Division[]): Division | null {
  const key = slugKey(path.basename(file, path.extname(file)));
  if (!key) return null;
  return longest(divisions, (d) => [d.tabName, d.name].map(slugKey).find((k) => k !== '' && key.includes(k)) ?? null);
}

function sheetIsBlank(sheet: SheetGrid): boolean {
  return sheet.grid.every((row) => row.every(isBlank));
}

function unreadableReason(file: UnreadableFile): string {
  const name = path.basename(file.path);
  switch (file.kind) {
    case 'encrypted':
      return `Tệp «${name}» được đặt mật khẩu, không đọc được`;
    case 'damaged':
      return `Tệp «${name}» bị hỏng, không đọc được`;
    case 'notXlsx':
      return `Tệp «${name}» không phải tệp .xlsx`;
    default:
      return `Không tìm thấy tệp «${name}»`;
  }
}

export function matchDivisions(workbooks: WorkbookFile[], unreadable: UnreadableFile[], settings: Settings, form: ResolvedForm): Matching {
  const notices: Notice[] = [];
  const candidates = new Map<string, Candidate[]>();
  let order = 0;
  for (const workbook of workbooks) {
    const own = settingsSheet(workbook);
    const sheets = workbook.sheets.filter((s) => s.visible && s !== own && s.name !== LISTS_SHEET && !sheetIsBlank(s));
    if (sheets.length === 0) {
      notices.push({ severity: 'warning', file: workbook.path, message: `«${displayPath(workbook.path)}» không có trang tính báo cáo nào có dữ liệu.` });
      continue;
    }
    for (const sheet of sheets) {
      let by: MatchedBy = 'sheetName';
      let division = divisionBySheetName(sheet.name, settings.divisions);
      if (!division) {
        by = 'title';
        division = divisionByTitle(sheet.grid, settings);
      }
      if (!division && sheets.length === 1) {
        by = 'fileName';
        division = divisionByFileName(workbook.path, settings.divisions);
      }
      const location = locateSections(sheet.grid, form);
      if (!division) {
        const where = `trang tính «${sheet.name}» trong «${displayPath(workbook.path)}»`;
        const looksLikeForm = location.sections.length > 0;
        notices.push({
          severity: looksLikeForm ? 'warning' : 'info',
          file: workbook.path,
          message: looksLikeForm
            ? `Không nhận ra ${where} là của phòng, đơn vị nào: tên trang tính, dòng tiêu đề và tên tệp đều không khớp bảng phòng, đơn vị trong cấu hình. Bỏ qua trang tính này; đổi tên trang tính thành tên tab của phòng, đơn vị (ví dụ «${settings.divisions[0]?.tabName ?? 'QLKH'}») rồi chạy lại.`
            : `Bỏ qua ${where}: không phải biểu mẫu báo cáo.`,
        });
        continue;
      }
      const source: DivisionSource = {
        division,
        file: workbook.path,
        sheet: sheet.name,
        grid: sheet.grid,
        formats: sheet.formats,
        merges: sheet.merges,
        uncalculated: sheet.uncalculated,
        modifiedAt: workbook.modifiedAt,
        savedAt: workbook.savedAt,
        by,
      };
      // "A tab holding items" is what the check reads as items: titles and headers alone are a blank form.
      const hasItems = location.sections.some((s) => s.itemRows.length > 0);
      const list = candidates.get(division.name) ?? [];
      list.push({ source, hasItems, order: order++ });
      candidates.set(division.name, list);
    }
  }
  const found = new Map<string, DivisionSource>();
  for (const [name, list] of candidates) {
    const choice = chooseSource(list);
    found.set(name, choice.source);
    if (choice.notice) notices.push(choice.notice);
  }
  notices.push(...unusedWorkbookNotices(workbooks, candidates, found));
  const missing = new Map<string, string>();
  for (const division of settings.divisions) {
    if (found.has(division.name)) continue;
    const lost = unreadable.find((f) => divisionByFileName(f.path, settings.divisions) === division);
    missing.set(division.name, lost ? unreadableReason(lost) : 'Không có tệp hoặc trang tính nào của phòng, đơn vị này trong dữ liệu đầu vào');
  }
  return {
    sources: settings.divisions.filter((d) => found.has(d.name)).map((d) => found.get(d.name)!),
    notices,
    missing,
  };
}

/** A workbook none of whose sheets was used because each held no item, while others held the divisions' data: a blank form beside the replies. */
function unusedWorkbookNotices(workbooks: WorkbookFile[], candidates: Map<string, Candidate[]>, found: Map<string, DivisionSource>): Notice[] {
  const notices: Notice[] = [];
  const all = [...candidates.values()].flat();
  const used = new Set(found.values());
  for (const workbook of workbooks) {
    const own = all.filter((c) => c.source.file === workbook.path);
    if (own.length === 0 || own.some((c) => c.hasItems || used.has(c.source))) continue;
    notices.push({
      severity: 'info',
      file: workbook.path,
      message: `Các trang tính trong «${displayPath(workbook.path)}» chỉ có tiêu đề, chưa có dòng nội dung nào (như biểu mẫu trống): số liệu các phòng, đơn vị lấy từ các tệp khác, tệp này không được dùng.`,
    });
  }
  return notices;
}
