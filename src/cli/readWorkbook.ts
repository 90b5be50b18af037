/**
 * Reads an .xlsx file into one core Grid per sheet, as SpreadsheetApp's getValues() would give it:
 * numbers, strings, '' for empty cells, formula cells as their last result, dates as Dates on the local
 * calendar (as Apps Script gives them in the script's time zone); and the cells' number formats beside it.
 * Files that are not .xlsx, damaged or password-protected are told apart, in Vietnamese.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { MergedRange } from '../core/check';
import type { UnreadCell } from '../core/unreadCells';
import type { CellValue, Grid } from '../core/grid';
import type { NumberFormats } from '../core/typedValues';
import { displayPath } from './paths';
import { isoOfLocalDateTime } from '../core/dates';
import { PackageProblem, canonicalXlsx } from './xlsxPackage';
import { EMPTY_TEXT_RESULT } from './partXml';

export interface SheetGrid {
  name: string;
  grid: Grid;
  /** Each cell's number format, as the Google path reads them (getNumberFormats); '' where none. */
  formats: NumberFormats;
  merges: MergedRange[];
  /** Formula cells with no saved result (a workbook written by openpyxl or exceljs, never opened in Excel): read as '' in `grid`. */
  uncalculated: UnreadCell[];
  /** Hidden sheets (lists behind dropdowns) are not anybody's report. */
  visible: boolean;
}

export interface WorkbookFile {
  path: string;
  sheets: SheetGrid[];
  /** Local 'YYYY-MM-DDTHH:MM' of the last save, from the file's properties or its date on disk. */
  modifiedAt: string | null;
  /**
   * When the workbook itself says it was last saved (docProps/core.xml), never the file's date on disk,
   * which changes when a file is copied or downloaded; null when the workbook does not say.
   */
  savedAt: Date | null;
}

/** Why a file could not be read. */
export type UnreadableKind = 'missing' | 'notXlsx' | 'encrypted' | 'damaged';

export interface UnreadableFile {
  path: string;
  kind: UnreadableKind;
  message: string;
}

export type WorkbookReading = { ok: true; workbook: WorkbookFile } | ({ ok: false } & UnreadableFile);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The OLE compound file header: legacy .xls files, and encrypted .xlsx files (Excel wraps them in one). */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/** Parts of a sheet the reading does not need; skipping them makes reading 30 files noticeably faster. */
const IGNORED_NODES = [
  'dataValidations',
  'conditionalFormatting',
  'extLst',
  'pageSetup',
  'printOptions',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'picture',
  'drawing',
  'legacyDrawing',
  'tableParts',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'pageMargins',
  'autoFilter',
  'sheetProtection',
];

function startsWith(bytes: Buffer, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

export function notXlsxMessage(file: string): string {
  const ext = path.extname(file).toLowerCase();
  const what = ext === '.xls' ? 'là tệp Excel đời cũ (.xls), không phải .xlsx' : ext ? `là tệp ${ext}, không phải tệp .xlsx` : 'không phải tệp .xlsx';
  return `«${displayPath(file)}» ${what}. Mở tệp bằng Excel hoặc LibreOffice và lưu lại dưới dạng .xlsx (Excel Workbook), hoặc trên Google Trang tính chọn Tệp → Tải xuống → Microsoft Excel (.xlsx).`;
}

function encryptedMessage(file: string): string {
  return `«${displayPath(file)}» được đặt mật khẩu nên không đọc được. Đề nghị phòng, đơn vị gỡ mật khẩu (Excel: Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu rồi lưu) và gửi lại.`;
}

function technical(detail: string): string {
  const short = detail.length > 160 ? `${detail.slice(0, 157)}…` : detail;
  return short ? ` Chi tiết kỹ thuật: ${short}` : '';
}

function damagedMessage(file: string, detail: string): string {
  return `«${displayPath(file)}» bị hỏng, không mở được. Đề nghị phòng, đơn vị lưu lại và gửi lại tệp.${technical(detail)}`;
}

/** A well-formed package the reading still could not take: said in Vietnamese first, the library's words after. */
function unreadableMessage(file: string, detail: string): string {
  return `Không đọc được nội dung «${displayPath(file)}» (tệp có thể được lưu bằng một chương trình khác theo cách chương trình này chưa đọc được, hoặc bị hỏng một phần). Mở tệp bằng Excel hoặc LibreOffice, lưu lại dưới dạng .xlsx (Excel Workbook) rồi chạy lại; nếu vẫn không được, đề nghị phòng, đơn vị gửi lại tệp.${technical(detail)}`;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** exceljs gives a date cell's wall-clock fields as UTC; the same fields on the local calendar, as Apps Script does. */
function localDate(d: Date): Date {
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

/** One exceljs cell value as a grid value. */
export function gridValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return isNaN(value.getTime()) ? '' : localDate(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return value.result === undefined || value.result === EMPTY_TEXT_RESULT ? '' : gridValue(value.result as ExcelJS.CellValue);
  if ('hyperlink' in value) return gridValue(value.text as ExcelJS.CellValue);
  return '';
}

/** A formula cell the program that wrote the file never calculated: no result saved with it. */
function uncalculatedFormula(value: ExcelJS.CellValue): string | null {
  if (value === null || typeof value !== 'object' || value instanceof Date || !('formula' in value || 'sharedFormula' in value)) return null;
  if (value.result !== undefined) return null;
  return 'formula' in value && value.formula ? value.formula : '';
}

/** What the check says at a formula cell with no saved value (it follows the column's name). */
export function uncalculatedMessage(formula: string): string {
  const which = formula ? `công thức =${formula.length > 60 ? `${formula.slice(0, 57)}…` : formula}` : 'công thức';
  return `ô có ${which} nhưng chưa có giá trị đã tính (tệp được lưu bằng một chương trình không tính công thức), nên chưa đọc được số liệu của ô. Mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi gửi lại.`;
}

/** A worksheet as a grid (rectangular, '' for empty cells) and its merged ranges. */
export function worksheetGrid(sheet: ExcelJS.Worksheet): { grid: Grid; formats: NumberFormats; merges: MergedRange[]; uncalculated: UnreadCell[] } {
  const uncalculated: UnreadCell[] = [];
  const grid: Grid = [];
  const formats: NumberFormats = [];
  const bounds = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    const rowFormats: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged) {
        const master = cell.master;
        const b = bounds.get(master.address) ?? { top: Number(master.row), left: Number(master.col), bottom: Number(master.row), right: Number(master.col) };
        b.bottom = Math.max(b.bottom, rowNumber);
        b.right = Math.max(b.right, colNumber);
        bounds.set(master.address, b);
      }
      // As in Google Sheets, only the top-left cell of a merged range holds the value.
      values[colNumber - 1] = cell.type === ExcelJS.ValueType.Merge ? '' : gridValue(cell.value);
      const formula = cell.type === ExcelJS.ValueType.Merge ? null : uncalculatedFormula(cell.value);
      if (formula !== null) uncalculated.push({ row: rowNumber, column: colNumber, message: uncalculatedMessage(formula) });
      rowFormats[colNumber - 1] = cell.numFmt ?? '';
    });
    width = Math.max(width, values.length);
    grid[rowNumber - 1] = values;
    formats[rowNumber - 1] = rowFormats;
  });
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r] || [];
    const rowFormats = formats[r] || [];
    for (let c = 0; c < width; c++) {
      if (row[c] === undefined) row[c] = '';
      if (rowFormats[c] === undefined) rowFormats[c] = '';
    }
    grid[r] = row;
    formats[r] = rowFormats;
  }
  const merges = [...bounds.values()].filter((b) => b.bottom > b.top || b.right > b.left).map((b) => ({ row: b.top, column: b.left, rows: b.bottom - b.top + 1, columns: b.right - b.left + 1 }));
  return { grid, formats, merges, uncalculated };
}

function savedAt(workbook: ExcelJS.Workbook): Date | null {
  const saved = workbook.modified as Date | undefined;
  return saved instanceof Date && !isNaN(saved.getTime()) ? saved : null;
}

async function modifiedAt(file: string, saved: Date | null): Promise<string | null> {
  if (saved) return isoOfLocalDateTime(saved);
  try {
    return isoOfLocalDateTime((await fs.stat(file)).mtime);
  } catch {
    return null;
  }
}

/** Reads one file; never throws for a bad file, it says what is wrong with it. */
export async function readWorkbookFile(file: string): Promise<WorkbookReading> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? `Không tìm thấy tệp «${displayPath(file)}».`
        : `Không đọc được tệp «${displayPath(file)}»: kiểm tra quyền đọc tệp (và tệp không phải là thư mục) rồi chạy lại. Chi tiết kỹ thuật: ${code ?? String(e)}.`;
    return { ok: false, path: file, kind: 'missing', message };
  }
  if (startsWith(bytes, CFB)) {
    const encrypted = bytes.indexOf(ENCRYPTION_INFO) >= 0;
    return { ok: false, path: file, kind: encrypted ? 'encrypted' : 'notXlsx', message: encrypted ? encryptedMessage(file) : notXlsxMessage(file) };
  }
  if (!startsWith(bytes, ZIP)) {
    const ext = path.extname(file).toLowerCase();
    if (ext === '.xlsx' || ext === '.xlsm') return { ok: false, path: file, kind: 'damaged', message: damagedMessage(file, 'nội dung không phải dữ liệu .xlsx') };
    return { ok: false, path: file, kind: 'notXlsx', message: notXlsxMessage(file) };
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    return { ok: false, path: file, kind: 'damaged', message: damagedMessage(file, errorText(e)) };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    const canonical = await canonicalXlsx(zip);
    await workbook.xlsx.load(canonical as unknown as ExcelJS.Buffer, { ignoreNodes: IGNORED_NODES });
  } catch (e) {
    if (!(e instanceof PackageProblem)) return { ok: false, path: file, kind: 'damaged', message: unreadableMessage(file, errorText(e)) };
  }
  if (workbook.worksheets.length === 0) {
    // A zip that holds no worksheet: an .ods or .docx renamed, or an .xlsx cut short.
    const ext = path.extname(file).toLowerCase();
    if (ext === '.xlsx') return { ok: false, path: file, kind: 'damaged', message: damagedMessage(file, 'không có trang tính nào') };
    return { ok: false, path: file, kind: 'notXlsx', message: notXlsxMessage(file) };
  }
  let sheets: SheetGrid[];
  try {
    sheets = workbook.worksheets.map((sheet) => ({ name: sheet.name, visible: sheet.state === 'visible' || sheet.state === undefined, ...worksheetGrid(sheet) }));
  } catch (e) {
    return { ok: false, path: file, kind: 'damaged', message: unreadableMessage(file, errorText(e)) };
  }
  const saved = savedAt(workbook);
  return { ok: true, workbook: { path: file, sheets, modifiedAt: await modifiedAt(file, saved), savedAt: saved } };
}
