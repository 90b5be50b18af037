/**
 * Which division each sheet of the inputs is. A workbook downloaded from the Google Sheet holds every
 * division's tab by its name; a file sent by e-mail holds one sheet, recognised by its name, its title row
 * ("BÁO CÁO … — PHÒNG QUẢN LÝ KHOA HỌC") or the file's name. The first source of a division wins.
 */
import * as path from 'path';
import type { MergedRange } from '../core/check';
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
  modifiedAt: string | null;
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
  const found = new Map<string, DivisionSource>();
  for (const workbook of workbooks) {
    const own = settingsSheet(workbook);
    const candidates = workbook.sheets.filter((s) => s.visible && s !== own && s.name !== LISTS_SHEET && !sheetIsBlank(s));
    if (candidates.length === 0) {
      notices.push({ severity: 'warning', file: workbook.path, message: `«${displayPath(workbook.path)}» không có trang tính báo cáo nào có dữ liệu.` });
      continue;
    }
    for (const sheet of candidates) {
      let by: MatchedBy = 'sheetName';
      let division = divisionBySheetName(sheet.name, settings.divisions);
      if (!division) {
        by = 'title';
        division = divisionByTitle(sheet.grid, settings);
      }
      if (!division && candidates.length === 1) {
        by = 'fileName';
        division = divisionByFileName(workbook.path, settings.divisions);
      }
      const where = `trang tính «${sheet.name}» trong «${displayPath(workbook.path)}»`;
      if (!division) {
        const looksLikeForm = locateSections(sheet.grid, form).sections.length > 0;
        notices.push({
          severity: looksLikeForm ? 'warning' : 'info',
          file: workbook.path,
          message: looksLikeForm
            ? `Không nhận ra ${where} là của phòng, đơn vị nào: tên trang tính, dòng tiêu đề và tên tệp đều không khớp bảng phòng, đơn vị trong cấu hình. Bỏ qua trang tính này; đổi tên trang tính thành tên tab của phòng, đơn vị (ví dụ «${settings.divisions[0]?.tabName ?? 'QLKH'}») rồi chạy lại.`
            : `Bỏ qua ${where}: không phải biểu mẫu báo cáo.`,
        });
        continue;
      }
      const first = found.get(division.name);
      if (first) {
        notices.push({
          severity: 'warning',
          file: workbook.path,
          message: `${division.name} có hai nguồn số liệu: trang tính «${first.sheet}» trong «${displayPath(first.file)}» và ${where}. Dùng «${displayPath(first.file)}», bỏ qua nguồn sau; xóa tệp thừa rồi chạy lại nếu cần dùng nguồn kia.`,
        });
        continue;
      }
      found.set(division.name, { division, file: workbook.path, sheet: sheet.name, grid: sheet.grid, formats: sheet.formats, merges: sheet.merges, modifiedAt: workbook.modifiedAt, by });
    }
  }
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
