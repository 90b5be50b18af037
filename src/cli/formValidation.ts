/**
 * What an .xlsx item cell accepts: dropdowns for list columns, a number for number columns, a date for
 * date columns. Number and date rules only warn (the division may keep what it typed): the checker reads
 * Vietnamese text numbers ("1.234,5", "-") and dd/mm/yyyy text dates that an Excel in another locale
 * does not take for a number or a date, so a rule that refused them would refuse good figures.
 * Lists refuse anything else, as the checker does.
 */
import type ExcelJS from 'exceljs';
import type { ResolvedColumn } from '../core/form';
import { columnLetter } from '../core/grid';

/** Sheet that holds the dropdown lists too long or too comma-laden for an inline list. */
export const LISTS_SHEET = 'Danh sách chọn';

/** Excel declares the file damaged when a rule's title is longer than 32 characters or its message longer than 255. */
export const ERROR_TITLE_MAX = 32;
export const ERROR_MESSAGE_MAX = 255;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Larger than any figure a division reports, so "any number" within Excel's decimal rule. */
const ANY_NUMBER = 1e15;

export const NUMBER_MESSAGE = 'Cột này cần một số, ví dụ 1234,5. Nếu đã gõ đúng kiểu Việt Nam (1.234,5) hoặc «-» khi không có số liệu, chọn Yes (Có) để giữ: chương trình kiểm tra vẫn đọc được.';
export const DATE_MESSAGE = 'Cột này cần một ngày dạng ngày/tháng/năm, ví dụ 30/09/2024. Nếu đã gõ đúng như vậy, chọn Yes (Có) để giữ.';

/** Dropdown lists: inline when short and free of commas, else a range on the hidden lists sheet. */
export class ListRanges {
  private readonly ranges = new Map<string, { column: number; options: string[]; range: string }>();

  formula(options: string[]): string {
    const inline = `"${options.join(',')}"`;
    if (!options.some((o) => o.includes(',') || o.includes('"')) && inline.length <= 257) return inline;
    const key = JSON.stringify(options);
    const known = this.ranges.get(key);
    if (known) return known.range;
    const column = this.ranges.size + 1;
    const letter = columnLetter(column);
    const range = `'${LISTS_SHEET}'!$${letter}$1:$${letter}$${Math.max(1, options.length)}`;
    this.ranges.set(key, { column, options, range });
    return range;
  }

  /** Adds the hidden sheet, last, when some list needed it. */
  draw(workbook: ExcelJS.Workbook): void {
    if (this.ranges.size === 0) return;
    const sheet = workbook.addWorksheet(LISTS_SHEET, { state: 'veryHidden' });
    for (const { column, options } of this.ranges.values()) options.forEach((o, i) => (sheet.getCell(i + 1, column).value = o));
  }
}

function messages(column: ResolvedColumn, error: string): Pick<ExcelJS.DataValidation, 'showErrorMessage' | 'errorTitle' | 'error'> {
  return { showErrorMessage: true, errorTitle: clip(column.header, ERROR_TITLE_MAX), error: clip(error, ERROR_MESSAGE_MAX) };
}

/** The rule of a column's item cells, or null for free text. */
export function columnValidation(column: ResolvedColumn, lists: ListRanges): ExcelJS.DataValidation | null {
  switch (column.type) {
    case 'list':
      if (!column.options || column.options.length === 0) return null;
      return { type: 'list', allowBlank: true, formulae: [lists.formula(column.options)], errorStyle: 'stop', ...messages(column, column.note || `Chọn một trong: ${column.options.join('; ')}.`) };
    case 'number':
      return { type: 'decimal', operator: 'between', allowBlank: true, formulae: [-ANY_NUMBER, ANY_NUMBER], errorStyle: 'warning', ...messages(column, NUMBER_MESSAGE) };
    case 'date':
      return { type: 'date', operator: 'greaterThan', allowBlank: true, formulae: [new Date(Date.UTC(1900, 0, 1))], errorStyle: 'warning', ...messages(column, DATE_MESSAGE) };
    default:
      return null;
  }
}

/** exceljs keeps a sheet's rules by address but does not type that; a range is written as one rule. */
interface SheetRules {
  dataValidations: { add(address: string, rule: ExcelJS.DataValidation): void };
}

/**
 * Gives every column of `section` its rule over rows `first`..`last`: one range per column, which Excel and
 * LibreOffice grow when a row is inserted inside it (per-cell rules would be merged by exceljs into
 * overlapping ranges when the rows cross from one digit to two).
 */
export function validateColumns(sheet: ExcelJS.Worksheet, columns: ResolvedColumn[], first: number, last: number, lists: ListRanges): void {
  for (const column of columns) {
    const rule = columnValidation(column, lists);
    const letter = columnLetter(column.column);
    if (rule) (sheet as unknown as SheetRules).dataValidations.add(`${letter}${first}:${letter}${last}`, rule);
  }
}
