/**
 * Formats one section of a division tab in place: title and header styles, header notes, number
 * formats, dropdowns, date validation, computed formulas. A fixed number of calls per section,
 * whatever the number of rows. Never writes a cell a division types into.
 */
import type { ResolvedSection } from '../core/form';
import { COLOURS, columnNumberFormat, headerRow, ratioFormula } from '../core/tabLayout';

export interface SectionRows {
  section: ResolvedSection;
  /** 1-based rows. */
  titleRow: number;
  headerRow: number;
  firstItemRow: number;
  /** Item rows, at least 1. */
  itemCount: number;
}

function validationFor(section: ResolvedSection, columnIndex: number): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const column = section.columns[columnIndex];
  if (column.type === 'list' && column.options && column.options.length) {
    return SpreadsheetApp.newDataValidation().requireValueInList(column.options, true).setAllowInvalid(true).setHelpText(`Chọn trong danh sách: ${column.options.join('; ')}`).build();
  }
  if (column.type === 'date') {
    return SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(true).setHelpText('Nhập ngày/tháng/năm, ví dụ 30/09/2024.').build();
  }
  return null;
}

export function formatSection(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: SectionRows, width: number): void {
  const { section } = rows;
  const n = section.columns.length;
  sheet.getRange(rows.titleRow, 1, 1, width).setFontWeight('bold').setBackground(COLOURS.sectionTitle).setWrap(false);
  sheet
    .getRange(rows.headerRow, 1, 1, n)
    .setFontWeight('bold')
    .setBackground(COLOURS.header)
    .setWrap(true)
    .setVerticalAlignment('middle')
    .setHorizontalAlignment('center')
    .setNotes([section.columns.map((c) => c.note)]);
  const items = sheet.getRange(rows.firstItemRow, 1, rows.itemCount, n);
  const formats = section.columns.map((c) => columnNumberFormat(c) ?? 'General');
  items.setNumberFormats(Array.from({ length: rows.itemCount }, () => formats)).setWrap(true).setVerticalAlignment('top');
  const validations = section.columns.map((_, i) => validationFor(section, i));
  if (validations.some((v) => v !== null)) items.setDataValidations(Array.from({ length: rows.itemCount }, () => validations));
  const computed = section.columns.filter((c) => c.type === 'ratio');
  if (computed.length) {
    const first = computed[0].column;
    const formulas = Array.from({ length: rows.itemCount }, (_, k) => computed.map((c) => ratioFormula(section, c, rows.firstItemRow + k)));
    sheet.getRange(rows.firstItemRow, first, rows.itemCount, computed.length).setFormulas(formulas).setBackground(COLOURS.computed);
  }
}

/** The header row values as they should read now (for comparison with what the tab holds). */
export function expectedHeader(section: ResolvedSection): string[] {
  return headerRow(section, section.columns.length);
}
