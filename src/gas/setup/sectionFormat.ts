/**
 * Formats a division tab in place: title and header styles, header notes, number formats, dropdowns,
 * date validation, computed formulas. Columns are where their headers are now (core/sectionLocator.ts),
 * so a column inserted by someone moves nothing. The calls are a fixed number per tab plus a few per
 * section, whatever the number of rows; styles shared by every section go through one RangeList.
 * Never writes a value into a cell a person typed into, and never changes the number format of a cell
 * that holds something (the format says how its value was typed: core/typedValues.ts).
 */
import type { ResolvedColumn, ResolvedForm, ResolvedSection } from '../../core/form';
import { a1, columnLetter, isBlank } from '../../core/grid';
import { AUTOMATIC_FORMAT, COLOURS, columnNumberFormat, headerLabel, ratioFormulaAt } from '../../core/tabLayout';
import type { SetupCells } from '../sheet/grid';

export interface SectionRows {
  section: ResolvedSection;
  /** 1-based rows. */
  titleRow: number;
  headerRow: number;
  firstItemRow: number;
  /** Item rows, at least 1. */
  itemCount: number;
  /** 1-based column of each form column in the tab now, null when it is missing. */
  columns: (number | null)[];
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
          return SpreadsheetApp.newDataValidation()
            .requireValueInList(column.options, true)
            .setAllowInvalid(true)
            .setHelpText(`Chọn trong danh sách: ${column.options.join('; ')}`)
            .build();
        }
        if (column.type === 'date') return SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(true).setHelpText('Nhập ngày/tháng/năm, ví dụ 30/09/2024.').build();
        return null;
      }),
    );
  }
  return rules;
}

/** The last column a section uses now. */
function lastColumn(s: SectionRows): number {
  return Math.max(s.section.columns.length, ...s.columns.map((c) => c ?? 0));
}

/**
 * `cells` is what the tab holds now, read before any change (rows of `cells.grid` are 0-based sheet rows);
 * `width` the tab's width in use.
 */
export function formatDivisionTab(sheet: GoogleAppsScript.Spreadsheet.Sheet, sections: SectionRows[], width: number, rules: ValidationRules, cells: SetupCells): void {
  if (sections.length === 0) return;
  const last = (s: SectionRows) => a1(s.firstItemRow + s.itemCount - 1, lastColumn(s));
  sheet
    .getRangeList(sections.map((s) => `A${s.titleRow}:${columnLetter(width)}${s.titleRow}`))
    .setFontWeight('bold')
    .setBackground(COLOURS.sectionTitle)
    .setWrap(false);
  sheet
    .getRangeList(sections.map((s) => `A${s.headerRow}:${a1(s.headerRow, lastColumn(s))}`))
    .setFontWeight('bold')
    .setBackground(COLOURS.header)
    .setWrap(true)
    .setHorizontalAlignment('center');
  sheet
    .getRangeList(sections.map((s) => `A${s.firstItemRow}:${last(s)}`))
    .setWrap(true)
    .setVerticalAlignment('top');

  // Number formats and validations of the whole tab from the first section down, in one call each.
  const top = Math.min(...sections.map((s) => s.titleRow));
  const bottom = Math.max(...sections.map((s) => s.firstItemRow + s.itemCount - 1));
  const holdsSomething = (row: number, column: number) => !isBlank(cells.grid[row - 1]?.[column - 1]) || (cells.formulas[row - 1]?.[column - 1] ?? '') !== '';
  const formats: string[][] = Array.from({ length: bottom - top + 1 }, (_, k) => Array.from({ length: width }, (_, c) => cells.formats[top - 1 + k]?.[c] || AUTOMATIC_FORMAT));
  const validations: Validation[][] = Array.from({ length: bottom - top + 1 }, () => Array(width).fill(null));
  for (const s of sections) {
    const columnRules = rules.get(s.section.id)!;
    for (let r = s.firstItemRow; r < s.firstItemRow + s.itemCount; r++) {
      s.section.columns.forEach((column, i) => {
        const c = s.columns[i];
        if (c === null) return;
        if (!holdsSomething(r, c)) formats[r - top][c - 1] = columnNumberFormat(column) ?? AUTOMATIC_FORMAT;
        validations[r - top][c - 1] = columnRules[i];
      });
    }
  }
  const block = sheet.getRange(top, 1, bottom - top + 1, width);
  block.setNumberFormats(formats);
  block.setDataValidations(validations);
  const notes = cells.notes ? block.getNotes() : [];

  for (const s of sections) {
    writeHeaderNotes(sheet, s, (column) => notes[s.headerRow - top]?.[column - 1] ?? '');
    writeFormulas(sheet, s, holdsFormulaOrNothing(cells));
  }
}

/** Notes on the header cells where they differ from the form's, one call per run of adjacent cells (none on a re-run). */
function writeHeaderNotes(sheet: GoogleAppsScript.Spreadsheet.Sheet, s: SectionRows, current: (column: number) => string): void {
  const differing = s.section.columns.map((column, i) => ({ column: s.columns[i] !== null && current(s.columns[i]!) !== column.note ? s.columns[i] : null, value: column.note }));
  for (const run of adjacentRuns(differing)) sheet.getRange(s.headerRow, run.start, 1, run.values.length).setNotes([run.values]);
}

/** A cell setup may write a formula into: empty, or holding a formula already. */
function holdsFormulaOrNothing(cells: SetupCells): (row: number, column: number) => boolean {
  return (row, column) => (cells.formulas[row - 1]?.[column - 1] ?? '') !== '' || isBlank(cells.grid[row - 1]?.[column - 1]);
}

/**
 * The computed percentages, over the columns where their figures are now. A computed cell someone typed a
 * value into keeps it (the check recomputes the figure anyway): its row is left out of the block.
 */
function writeFormulas(sheet: GoogleAppsScript.Spreadsheet.Sheet, s: SectionRows, writable: (row: number, column: number) => boolean): void {
  const computed = s.section.columns.map((column, i) => ({ column, at: s.columns[i] })).filter((c) => c.column.type === 'ratio' && c.at !== null);
  if (computed.length === 0) return;
  const place = (key: string) => s.columns[s.section.columns.findIndex((c) => c.key === key)];
  for (const group of adjacentRuns(computed.map((c) => ({ column: c.at, value: c.column })))) {
    const columns = group.values as ResolvedColumn[];
    const inputs = columns.map((c) => [place(c.ratio!.numerator), place(c.ratio!.denominator)] as const);
    if (inputs.some(([n, d]) => n === null || d === null)) continue; // a figure's column is missing: nothing to compute from
    let start: number | null = null;
    const flush = (end: number) => {
      if (start === null) return;
      const formulas = Array.from({ length: end - start }, (_, k) => inputs.map(([n, d]) => ratioFormulaAt(n!, d!, start! + k)));
      sheet.getRange(start, group.start, end - start, columns.length).setFormulas(formulas);
      start = null;
    };
    const end = s.firstItemRow + s.itemCount;
    for (let r = s.firstItemRow; r < end; r++) {
      const ok = columns.every((_, k) => writable(r, group.start + k));
      if (ok && start === null) start = r;
      if (!ok) flush(r);
    }
    flush(end);
    sheet.getRange(s.firstItemRow, group.start, s.itemCount, columns.length).setBackground(COLOURS.computed);
  }
}

/** Values placed at 1-based columns, grouped into runs of adjacent columns (missing columns skipped). */
function adjacentRuns<T>(cells: { column: number | null; value: T }[]): { start: number; values: T[] }[] {
  const placed = cells.filter((c): c is { column: number; value: T } => c.column !== null).sort((a, b) => a.column - b.column);
  const runs: { start: number; values: T[] }[] = [];
  for (const c of placed) {
    const run = runs[runs.length - 1];
    if (run && run.start + run.values.length === c.column) run.values.push(c.value);
    else runs.push({ start: c.column, values: [c.value] });
  }
  return runs;
}

/** Header texts to write where they differ from what the settings say now, by run of adjacent cells. */
export function headerUpdates(s: SectionRows, current: (column: number) => string): { start: number; values: string[] }[] {
  const differing = s.section.columns.map((column, i) => ({ column: s.columns[i] !== null && current(s.columns[i]!) !== headerLabel(column) ? s.columns[i] : null, value: headerLabel(column) }));
  return adjacentRuns(differing);
}
