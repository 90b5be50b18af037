/**
 * The form as an .xlsx workbook, drawn from the same core layout as the Google tabs: the settings sheet,
 * then one sheet per division with the same sections, headers, notes, dropdowns, number formats and formulas.
 * With a sample, the same drawing gives the filled sample workbook (demo, tests, benchmark).
 */
import ExcelJS from 'exceljs';
import { ResolvedColumn, ResolvedForm, ResolvedSection, formWidth } from '../core/form';
import { columnLetter } from '../core/grid';
import { SampleDivision, filledDivisionLayout } from '../core/sampleData';
import type { Division, Settings } from '../core/settings';
import { DIVISIONS_HEADER, SETTINGS_TAB, settingsTabRows } from '../core/settingsTab';
import { COLOURS, LayoutRow, columnNumberFormat, divisionTabLayout, ratioFormula } from '../core/tabLayout';

export interface FormWorkbookOptions {
  /** The divisions to draw a sheet for; all of the settings' divisions by default. */
  divisions?: Division[];
  /** Draw the "Cấu hình" sheet first (default true). */
  settingsSheet?: boolean;
  /** Typed-in items per division: the sample workbook. Without it, the blank form. */
  sample?: (division: Division) => SampleDivision;
  /** Repeat the sample to this many rows per section (benchmarks). */
  rowsPerSection?: number;
}

/** Sheet that holds the dropdown lists too long or too comma-laden for an inline list. */
export const LISTS_SHEET = 'Danh sách chọn';
/** Excel refuses longer sheet names (Google Sheets allows 100 characters). */
export const EXCEL_SHEET_NAME_MAX = 31;

const FONT = 'Arial';
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function fill(hex: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } };
}

/** Column widths in the form are pixels (as Google Sheets counts them); Excel counts characters of 7 px plus 5 px padding. */
export function pixelsToExcelWidth(pixels: number): number {
  return Math.max(1, Math.round(((pixels - 5) / 7) * 100) / 100);
}

/** Excel does not size rows to wrapped text on opening: give header rows a height that shows their text. */
function wrappedHeight(texts: string[], widthsPx: number[], pointSize: number): number {
  const lines = texts.map((t, i) => {
    const charsPerLine = Math.max(4, Math.floor((widthsPx[i] - 8) / (pointSize * 0.62)));
    return t.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / charsPerLine)), 0);
  });
  return Math.max(1, ...lines) * (pointSize + 4) + 4;
}

/** Dropdown lists: inline when short and free of commas, else a range on the hidden lists sheet. */
class ListRanges {
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

function drawSettingsSheet(workbook: ExcelJS.Workbook, settings: Settings): void {
  const sheet = workbook.addWorksheet(SETTINGS_TAB, {
    views: [{ state: 'frozen', ySplit: 3 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const rows = settingsTabRows(settings);
  const widths = [260, 420, 360];
  rows.forEach((values, i) => {
    const row = sheet.getRow(i + 1);
    values.forEach((v, c) => (row.getCell(c + 1).value = v));
    row.font = { name: FONT, size: 10 };
    row.alignment = { vertical: 'top', wrapText: true };
    if (i >= 2) row.height = wrappedHeight(values.map(String), widths, 10);
  });
  sheet.getCell(1, 1).font = { name: FONT, size: 14, bold: true, color: { argb: argb(COLOURS.tabTitle) } };
  sheet.getCell(1, 1).alignment = { vertical: 'top', wrapText: false };
  sheet.getCell(2, 1).alignment = { vertical: 'top', wrapText: false };
  const divisionsHeader = rows.findIndex((r) => r[0] === DIVISIONS_HEADER[0]) + 1;
  for (const r of [3, divisionsHeader]) {
    for (let c = 1; c <= 3; c++) {
      const cell = sheet.getCell(r, c);
      cell.font = { name: FONT, size: 10, bold: true };
      cell.fill = fill(COLOURS.sectionTitle);
    }
  }
  widths.forEach((px, i) => (sheet.getColumn(i + 1).width = pixelsToExcelWidth(px)));
}

function styleHeaderRow(row: ExcelJS.Row, section: ResolvedSection): void {
  for (const column of section.columns) {
    const cell = row.getCell(column.column);
    cell.font = { name: FONT, size: 10, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = THIN;
    cell.fill = fill(column.type === 'ratio' ? COLOURS.computed : column.required ? COLOURS.requiredHeader : COLOURS.header);
    if (column.note) cell.note = column.note;
  }
  row.height = wrappedHeight(section.columns.map((c) => String(row.getCell(c.column).value ?? '')), section.columns.map((c) => c.width), 10);
}

function validation(column: ResolvedColumn, lists: ListRanges): ExcelJS.DataValidation | null {
  if (column.type === 'list' && column.options && column.options.length) {
    return {
      type: 'list',
      allowBlank: true,
      formulae: [lists.formula(column.options)],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: column.header,
      error: column.note,
    };
  }
  if (column.type === 'date') {
    return {
      type: 'date',
      operator: 'greaterThan',
      allowBlank: true,
      formulae: [new Date(Date.UTC(1900, 0, 1))],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: column.header,
      error: column.note,
    };
  }
  return null;
}

function styleItemRow(row: ExcelJS.Row, section: ResolvedSection, lists: ListRanges): void {
  for (const column of section.columns) {
    const cell = row.getCell(column.column);
    const format = columnNumberFormat(column);
    if (format) cell.numFmt = format;
    cell.font = { name: FONT, size: 10 };
    cell.border = THIN;
    cell.alignment = { vertical: 'top', wrapText: column.type === 'text', horizontal: column.type === 'index' ? 'center' : undefined };
    if (column.type === 'ratio') {
      cell.fill = fill(COLOURS.computed);
      cell.value = { formula: ratioFormula(section, column, Number(row.number)).replace(/^=/, ''), result: ratioResult(row, section, column) } as ExcelJS.CellFormulaValue;
    }
    const rule = validation(column, lists);
    if (rule) cell.dataValidation = rule;
  }
  // Rows with text (the sample) get the height their wrapped text needs; blank rows grow as people type.
  const texts = section.columns.map((c) => (c.type === 'text' || c.type === 'list' ? String(row.getCell(c.column).value ?? '') : ''));
  if (texts.some((t) => t !== '')) row.height = wrappedHeight(texts, section.columns.map((c) => c.width), 10);
}

/** The formula's value when the row already holds the figures, so a viewer that does not recalculate shows it. */
function ratioResult(row: ExcelJS.Row, section: ResolvedSection, column: ResolvedColumn): number | undefined {
  const at = (key: string) => row.getCell(section.columns.find((c) => c.key === key)!.column).value;
  const num = at(column.ratio!.numerator);
  const den = at(column.ratio!.denominator);
  return typeof num === 'number' && typeof den === 'number' && den !== 0 ? num / den : undefined;
}

/** A sample date ("2024-06-15") goes in as a real date, shown dd/mm/yyyy; anything else as typed. */
function dateCellValue(value: string | number): string | number | Date {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : value;
}

/** One sheet name per division, within Excel's 31 characters and unique. */
export function excelSheetName(division: Division, taken: Set<string>): string {
  let name = division.tabName.slice(0, EXCEL_SHEET_NAME_MAX).trim();
  for (let i = 2; taken.has(name.toLocaleLowerCase('vi')); i++) name = `${division.tabName.slice(0, EXCEL_SHEET_NAME_MAX - 3).trim()} ${i}`;
  taken.add(name.toLocaleLowerCase('vi'));
  return name;
}

function drawDivisionSheet(workbook: ExcelJS.Workbook, name: string, layout: LayoutRow[], form: ResolvedForm, lists: ListRanges): void {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    // Printed on A4 landscape, one page wide, as divisions often print the form to fill it in by hand first.
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const width = formWidth(form);
  for (let c = 1; c <= width; c++) {
    const widest = Math.max(...form.sections.map((s) => (s.columns[c - 1] ? s.columns[c - 1].width : 0)));
    sheet.getColumn(c).width = pixelsToExcelWidth(widest);
  }
  layout.forEach((line, i) => {
    const row = sheet.getRow(i + 1);
    const section = line.sectionId ? form.sections.find((s) => s.id === line.sectionId)! : null;
    line.values.forEach((v, c) => {
      if (v === '') return;
      const column = line.kind === 'item' && section ? section.columns[c] : undefined;
      row.getCell(c + 1).value = column && column.type === 'date' ? dateCellValue(v) : v;
    });
    switch (line.kind) {
      case 'tabTitle':
        row.getCell(1).font = { name: FONT, size: 14, bold: true, color: { argb: argb(COLOURS.tabTitle) } };
        row.height = 24;
        break;
      case 'tabInfo':
        row.getCell(1).font = { name: FONT, size: 10, italic: true };
        break;
      case 'sectionTitle':
        for (let c = 1; c <= width; c++) {
          const cell = row.getCell(c);
          cell.fill = fill(COLOURS.sectionTitle);
          cell.font = { name: FONT, size: 11, bold: true };
        }
        row.height = 20;
        break;
      case 'header':
        styleHeaderRow(row, section!);
        break;
      case 'item':
        styleItemRow(row, section!, lists);
        break;
      default:
        break;
    }
  });
}

/** The blank form (or, with `sample`, the filled sample) as a workbook. */
export function formWorkbook(settings: Settings, form: ResolvedForm, options: FormWorkbookOptions = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Báo cáo KT-XH';
  workbook.calcProperties.fullCalcOnLoad = true;
  const lists = new ListRanges();
  if (options.settingsSheet !== false) drawSettingsSheet(workbook, settings);
  const taken = new Set<string>([SETTINGS_TAB.toLocaleLowerCase('vi'), LISTS_SHEET.toLocaleLowerCase('vi')]);
  for (const division of options.divisions ?? settings.divisions) {
    const layout = options.sample
      ? filledDivisionLayout(form, settings, division, options.sample(division), options.rowsPerSection)
      : divisionTabLayout(form, settings, division);
    drawDivisionSheet(workbook, excelSheetName(division, taken), layout, form, lists);
  }
  lists.draw(workbook);
  return workbook;
}

/** Divisions whose tab name Excel cannot take as it is (longer than 31 characters). */
export function shortenedTabNames(divisions: Division[]): Division[] {
  return divisions.filter((d) => d.tabName.length > EXCEL_SHEET_NAME_MAX);
}
