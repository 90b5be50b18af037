/**
 * The form as an .xlsx workbook, drawn from the same core layout as the Google tabs: the settings sheet,
 * then one sheet per division with the same sections, headers, notes, dropdowns, number formats and formulas.
 * With a sample, the same drawing gives the filled sample workbook (demo, tests, benchmark).
 *
 * Like the Google tab, each division sheet defends itself: every row a division may type into (a section's
 * item rows down to the next section, and many rows below the last one) carries the column's format and
 * rule and is unlocked; titles, headers and computed columns are locked (no password); the title rows are frozen.
 */
import ExcelJS from 'exceljs';
import { ResolvedColumn, ResolvedForm, ResolvedSection, formWidth } from '../core/form';
import { columnLetter } from '../core/grid';
import { SampleDivision, filledDivisionLayout } from '../core/sampleData';
import type { Division, Settings } from '../core/settings';
import { DIVISIONS_HEADER, SETTINGS_TAB, settingsTabRows } from '../core/settingsTab';
import { COLOURS, LayoutRow, columnNumberFormat, divisionTabLayout, ratioFormula } from '../core/tabLayout';
import { LISTS_SHEET, ListRanges, validateColumns } from './formValidation';
import { sectionBreaks } from './pageBreaks';
import { printLayout, protectWithoutPassword } from './sheetGuard';

export { LISTS_SHEET } from './formValidation';

export interface FormWorkbookOptions {
  /** The divisions to draw a sheet for; all of the settings' divisions by default. */
  divisions?: Division[];
  /** Draw the "Cấu hình" sheet first (default true). */
  settingsSheet?: boolean;
  /** Protect the "Cấu hình" sheet too (no password): a division's own file carries the settings to read, not to change. */
  protectSettings?: boolean;
  /** Typed-in items per division: the sample workbook. Without it, the blank form. */
  sample?: (division: Division) => SampleDivision;
  /** Repeat the sample to this many rows per section (benchmarks). */
  rowsPerSection?: number;
}

/**
 * Rows below the last section that keep its formats, rules and unlocked cells, for a division that types on
 * below the drawn rows. The rows between two sections (the blank rows and the spacer) are the other sections' room.
 */
export const ROWS_BELOW_LAST_SECTION = 500;
/** The tab title and the deadline line: frozen on screen, repeated on every printed page. */
const TITLE_ROWS = 2;
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

/** A wrapped text column of another section gets at least this (about 18 characters a line), or its own width if less. */
export const WRAPPED_TEXT_MIN_PX = 130;

/**
 * The sheet's column widths in pixels. Sections share the sheet's columns: taking for each column the widest
 * any section needs (as the Google tab does) makes the sheet about 1,900 px wide, printed at half size on A4.
 * Text wraps, so a text column is as wide as the widest section (the one with most columns, I) has it, and
 * at least WRAPPED_TEXT_MIN_PX where another section has text there; what does not wrap (numbers, dates,
 * dropdown values, the index) keeps the widest width any section gives it.
 */
export function sheetColumnPixels(form: ResolvedForm): number[] {
  const base = form.sections.reduce((a, b) => (b.columns.length > a.columns.length ? b : a));
  return Array.from({ length: formWidth(form) }, (_, i) => {
    const others = form.sections.map((s) => s.columns[i]).filter((c) => c !== undefined);
    const needs = others.map((c) => (c.type === 'text' ? Math.min(c.width, WRAPPED_TEXT_MIN_PX) : c.width));
    return Math.max(base.columns[i].width, ...needs);
  });
}

/** Excel does not size rows to wrapped text on opening: give header rows a height that shows their text. */
function wrappedHeight(texts: string[], widthsPx: number[], pointSize: number): number {
  const lines = texts.map((t, i) => {
    const charsPerLine = Math.max(4, Math.floor((widthsPx[i] - 8) / (pointSize * 0.62)));
    return t.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / charsPerLine)), 0);
  });
  return Math.max(1, ...lines) * (pointSize + 4) + 4;
}

function drawSettingsSheet(workbook: ExcelJS.Workbook, settings: Settings, protect: boolean): void {
  const sheet = workbook.addWorksheet(SETTINGS_TAB, { views: [{ state: 'frozen', ySplit: 3 }] });
  printLayout(sheet, `${SETTINGS_TAB} — ${settings.letterhead.agency}`, '3:3');
  const rows = settingsTabRows(settings, 'excel');
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
  if (protect) protectWithoutPassword(sheet);
}

function styleHeaderRow(row: ExcelJS.Row, section: ResolvedSection, pixels: number[]): void {
  for (const column of section.columns) {
    const cell = row.getCell(column.column);
    cell.font = { name: FONT, size: 10, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = THIN;
    cell.fill = fill(column.type === 'ratio' ? COLOURS.computed : column.required ? COLOURS.requiredHeader : COLOURS.header);
    if (column.note) cell.note = column.note;
  }
  row.height = wrappedHeight(
    section.columns.map((c) => String(row.getCell(c.column).value ?? '')),
    section.columns.map((c) => pixels[c.column - 1]),
    10,
  );
}

/**
 * A row a division may type into: formats, unlocked cells, and the computed columns' formulas (locked).
 * Drawn item rows get borders; the room below them (the spacer, the rows under the last section) does not,
 * so a printed page ends where the form does.
 */
function styleItemRow(row: ExcelJS.Row, section: ResolvedSection, pixels: number[], bordered: boolean): void {
  // The whole row unlocked, as in the Google tab where only titles, headers and computed cells are protected:
  // Excel deletes a row of a protected sheet only when no cell of it is locked.
  row.protection = { locked: false };
  for (const column of section.columns) {
    const cell = row.getCell(column.column);
    const format = columnNumberFormat(column);
    if (format) cell.numFmt = format;
    cell.font = { name: FONT, size: 10 };
    if (bordered) cell.border = THIN;
    cell.alignment = { vertical: 'top', wrapText: column.type === 'text', horizontal: column.type === 'index' ? 'center' : undefined };
    if (column.type === 'ratio') {
      if (bordered) cell.fill = fill(COLOURS.computed);
      cell.value = { formula: ratioFormula(section, column, Number(row.number)).replace(/^=/, ''), result: ratioResult(row, section, column) } as ExcelJS.CellFormulaValue;
      cell.protection = { locked: true };
    } else {
      cell.protection = { locked: false };
    }
  }
  // Rows with text (the sample) get the height their wrapped text needs; blank rows grow as people type.
  const texts = section.columns.map((c) => (c.type === 'text' || c.type === 'list' ? String(row.getCell(c.column).value ?? '') : ''));
  if (texts.some((t) => t !== ''))
    row.height = wrappedHeight(
      texts,
      section.columns.map((c) => pixels[c.column - 1]),
      10,
    );
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

/** Where a section's item cells are: from under its header to the row before the next section's title. */
export interface ItemArea {
  section: ResolvedSection;
  /** 1-based sheet rows, inclusive. */
  first: number;
  last: number;
}

/** The item areas of a drawn layout; the last section's reaches ROWS_BELOW_LAST_SECTION rows past the layout. */
export function itemAreas(layout: LayoutRow[], form: ResolvedForm): ItemArea[] {
  const areas: ItemArea[] = [];
  layout.forEach((line, i) => {
    if (line.kind === 'sectionTitle' && areas.length) areas[areas.length - 1].last = i;
    if (line.kind === 'header') areas.push({ section: form.sections.find((s) => s.id === line.sectionId)!, first: i + 2, last: layout.length });
  });
  if (areas.length) areas[areas.length - 1].last = layout.length + ROWS_BELOW_LAST_SECTION;
  return areas;
}

function drawDivisionSheet(workbook: ExcelJS.Workbook, name: string, division: Division, layout: LayoutRow[], form: ResolvedForm, lists: ListRanges): void {
  const areas = itemAreas(layout, form);
  const firstInput = areas.length ? `${columnLetter(Math.min(2, areas[0].section.columns.length))}${areas[0].first}` : 'A1';
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: TITLE_ROWS, topLeftCell: `A${TITLE_ROWS + 1}`, activeCell: firstInput }] });
  // Printed on A4 landscape, one page wide, as divisions often print the form to fill it in by hand first.
  printLayout(sheet, division.name, `1:${TITLE_ROWS}`);
  const width = formWidth(form);
  const pixels = sheetColumnPixels(form);
  pixels.forEach((px, i) => (sheet.getColumn(i + 1).width = pixelsToExcelWidth(px)));
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
        styleHeaderRow(row, section!, pixels);
        break;
      default:
        break;
    }
  });
  for (const area of areas) {
    for (let r = area.first; r <= area.last; r++) styleItemRow(sheet.getRow(r), area.section, pixels, layout[r - 1]?.kind === 'item');
    validateColumns(sheet, area.section.columns, area.first, area.last, lists);
  }
  const titles = layout.flatMap((line, i) => (line.kind === 'sectionTitle' ? [i + 1] : []));
  const measure = { widthPt: pixels.reduce((a, b) => a + b, 0) * 0.75, rowHeights: layout.map((_, i) => sheet.getRow(i + 1).height), titleRows: TITLE_ROWS };
  for (const after of sectionBreaks(titles, layout.length, measure)) sheet.getRow(after).addPageBreak();
  protectWithoutPassword(sheet);
}

/** The blank form (or, with `sample`, the filled sample) as a workbook. */
export function formWorkbook(settings: Settings, form: ResolvedForm, options: FormWorkbookOptions = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Báo cáo KT-XH';
  workbook.calcProperties.fullCalcOnLoad = true;
  const lists = new ListRanges();
  if (options.settingsSheet !== false) drawSettingsSheet(workbook, settings, Boolean(options.protectSettings));
  const taken = new Set<string>([SETTINGS_TAB.toLocaleLowerCase('vi'), LISTS_SHEET.toLocaleLowerCase('vi')]);
  for (const division of options.divisions ?? settings.divisions) {
    const layout = options.sample ? filledDivisionLayout(form, settings, division, options.sample(division), options.rowsPerSection, 'excel') : divisionTabLayout(form, settings, division, 'excel');
    drawDivisionSheet(workbook, excelSheetName(division, taken), division, layout, form, lists);
  }
  lists.draw(workbook);
  return workbook;
}

/** Divisions whose tab name Excel cannot take as it is (longer than 31 characters). */
export function shortenedTabNames(divisions: Division[]): Division[] {
  return divisions.filter((d) => d.tabName.length > EXCEL_SHEET_NAME_MAX);
}
