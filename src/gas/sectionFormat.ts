/**
 * Formats a division tab in place: title and header styles, header notes, number formats, dropdowns,
 * date validation, computed formulas. The calls are a fixed number per tab plus a few per section,
 * whatever the number of rows; styles shared by every section go through one RangeList.
 * Never writes a value into a cell a division types into.
 */
import type { ResolvedForm, ResolvedSection } from '../core/form';
import { a1, columnLetter } from '../core/grid';
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

type Validation = GoogleAppsScript.Spreadsheet.DataValidation | null;

/** The dropdown and date rules of every column, built once per setup and shared by every tab. */
export type ValidationRules = Map<string, Validation[]>;

export function buildValidationRules(form: ResolvedForm): ValidationRules {
  const rules: ValidationRules = new Map();
  for (const section of form.sections) {
    rules.set(
      section.id,
      section.columns.map((column) => {
        if (column.type === 'list' && column.options && column.options.length) {
          return SpreadsheetApp.newDataValidation().requireValueInList(column.options, true).setAllowInvalid(true).setHelpText(`Chọn trong danh sách: ${column.options.join('; ')}`).build();
        }
        if (column.type === 'date') return SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(true).setHelpText('Nhập ngày/tháng/năm, ví dụ 30/09/2024.').build();
        return null;
      }),
    );
  }
  return rules;
}

export function formatDivisionTab(sheet: GoogleAppsScript.Spreadsheet.Sheet, sections: SectionRows[], width: number, rules: ValidationRules): void {
  if (sections.length === 0) return;
  const last = (s: SectionRows) => a1(s.firstItemRow + s.itemCount - 1, s.section.columns.length);
  sheet.getRangeList(sections.map((s) => `A${s.titleRow}:${columnLetter(width)}${s.titleRow}`)).setFontWeight('bold').setBackground(COLOURS.sectionTitle).setWrap(false);
  sheet
    .getRangeList(sections.map((s) => `A${s.headerRow}:${a1(s.headerRow, s.section.columns.length)}`))
    .setFontWeight('bold')
    .setBackground(COLOURS.header)
    .setWrap(true)
    .setHorizontalAlignment('center');
  sheet.getRangeList(sections.map((s) => `A${s.firstItemRow}:${last(s)}`)).setWrap(true).setVerticalAlignment('top');

  // Number formats and validations of the whole tab from the first section down, in one call each.
  const top = Math.min(...sections.map((s) => s.titleRow));
  const bottom = Math.max(...sections.map((s) => s.firstItemRow + s.itemCount - 1));
  const formats: string[][] = Array.from({ length: bottom - top + 1 }, () => Array(width).fill('General'));
  const validations: Validation[][] = Array.from({ length: bottom - top + 1 }, () => Array(width).fill(null));
  for (const s of sections) {
    const columnFormats = s.section.columns.map((c) => columnNumberFormat(c) ?? 'General');
    const columnRules = rules.get(s.section.id)!;
    for (let r = s.firstItemRow; r < s.firstItemRow + s.itemCount; r++) {
      columnFormats.forEach((f, c) => (formats[r - top][c] = f));
      columnRules.forEach((v, c) => (validations[r - top][c] = v));
    }
  }
  const block = sheet.getRange(top, 1, bottom - top + 1, width);
  block.setNumberFormats(formats);
  block.setDataValidations(validations);

  for (const s of sections) {
    sheet.getRange(s.headerRow, 1, 1, s.section.columns.length).setNotes([s.section.columns.map((c) => c.note)]);
    const computed = s.section.columns.filter((c) => c.type === 'ratio');
    if (computed.length) {
      // The computed columns of a section are adjacent (form.json): one block of formulas.
      const formulas = Array.from({ length: s.itemCount }, (_, k) => computed.map((c) => ratioFormula(s.section, c, s.firstItemRow + k)));
      sheet.getRange(s.firstItemRow, computed[0].column, s.itemCount, computed.length).setFormulas(formulas).setBackground(COLOURS.computed);
    }
  }
}

/** The header row values as they should read now (for comparison with what the tab holds). */
export function expectedHeader(section: ResolvedSection): string[] {
  return headerRow(section, section.columns.length);
}
