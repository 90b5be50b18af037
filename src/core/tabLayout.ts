/**
 * The layout of a division's tab: a two-line preamble, then each section as a title row,
 * a header row and item rows, with a spacer row after it. Both shells draw a new tab from this.
 */
import { formatDate } from './dates';
import { a1 } from './grid';
import { ResolvedColumn, ResolvedForm, ResolvedSection, formWidth, periodOfYear, upper } from './form';
import type { Division, Settings } from './settings';
import type { Shell } from './shell';

export type LayoutRowKind = 'tabTitle' | 'tabInfo' | 'blank' | 'sectionTitle' | 'header' | 'item' | 'spacer';

export interface LayoutRow {
  kind: LayoutRowKind;
  sectionId: ResolvedSection['id'] | null;
  /** The cells to write, as many as the form is wide; '' for an empty cell. */
  values: (string | number)[];
}

/** Rows above the first section: the tab title and the deadline line. */
export const PREAMBLE_ROWS = 3;

/** Number format for number columns and for the computed percentages (same code in Sheets and Excel). */
/** Thousands grouped, one decimal always shown: '#,##0.##' would leave a bare separator after whole numbers ("4.850,"). */
export const NUMBER_FORMAT = '#,##0.0#';
/**
 * The pattern Google Sheets reports for a cell left on its automatic format: written back on cells setup does
 * not format, so a percentage typed there still gives the cell a percent format (core/typedValues.ts).
 */
export const AUTOMATIC_FORMAT = '0.###############';
export const PERCENT_FORMAT = '0.0%';
export const DATE_FORMAT = 'dd/mm/yyyy';
/** Text columns stay text: "30/11" typed as a due date must not become a date. */
export const TEXT_FORMAT = '@';

export const COLOURS = {
  tabTitle: '#1f4e79',
  sectionTitle: '#d9e2f3',
  header: '#f2f2f2',
  computed: '#ededed',
  requiredHeader: '#fff2cc',
} as const;

export function tabTitle(settings: Settings, division: Division): string {
  return upper(`Báo cáo ${periodOfYear(settings.period.periodLabel, settings.period.year)} — ${division.name}`);
}

/**
 * The line under the tab title. In Excel a row inserted above a section's first item row takes the header's
 * look (and its lock), so the .xlsx says where to insert; its titles and computed columns are locked.
 */
export function tabInfo(settings: Settings, shell: Shell = 'googleSheets'): string {
  const deadline = `Hạn nộp: ${formatDate(settings.period.deadline)}. Nhập vào các dòng dưới tiêu đề cột của từng mục; `;
  if (shell === 'excel') {
    return (
      deadline +
      'cần thêm dòng thì chèn dòng (Insert) giữa các dòng của mục, hoặc nhập tiếp vào dòng trống ngay dưới mục. ' +
      'Cột có dấu * bắt buộc nhập; cột nền xám tự tính, không nhập; tiêu đề đã khóa để tránh sửa nhầm.'
    );
  }
  return deadline + 'cần thêm dòng thì chèn dòng ngay trong mục. Cột có dấu * bắt buộc nhập; cột nền xám tự tính, không nhập.';
}

/** Header text as shown in the tab: required columns get " *". */
export function headerLabel(column: ResolvedColumn): string {
  return column.required ? `${column.header} *` : column.header;
}

function padded(values: string[], width: number): string[] {
  return [...values, ...Array(Math.max(0, width - values.length)).fill('')];
}

export function sectionTitleRow(section: ResolvedSection, width: number): string[] {
  return padded([section.title], width);
}

export function headerRow(section: ResolvedSection, width: number): string[] {
  return padded(section.columns.map(headerLabel), width);
}

/**
 * Blank rows an .xlsx gives a section with computed columns. A row a division inserts in Excel or LibreOffice
 * takes the formats, rules and lock of the row above but no formula (only tables copy formulas, and a table
 * cannot grow on a protected sheet); the Google tab gets its formulas back when setup runs again, an .xlsx
 * never does. So the .xlsx draws room enough that a division rarely inserts, every row with its formulas.
 */
export const XLSX_COMPUTED_SECTION_ROWS = 20;

/** How many blank item rows a new tab draws for a section. */
export function drawnBlankRows(section: ResolvedSection, shell: Shell = 'googleSheets'): number {
  const computed = section.columns.some((c) => c.type === 'ratio');
  return shell === 'excel' && computed ? Math.max(section.blankRows, XLSX_COMPUTED_SECTION_ROWS) : section.blankRows;
}

/** The rows of a section as first drawn: title, header, blank items, spacer. */
export function sectionRows(section: ResolvedSection, width: number, shell: Shell = 'googleSheets'): LayoutRow[] {
  const rows: LayoutRow[] = [
    { kind: 'sectionTitle', sectionId: section.id, values: sectionTitleRow(section, width) },
    { kind: 'header', sectionId: section.id, values: headerRow(section, width) },
  ];
  for (let i = 0; i < drawnBlankRows(section, shell); i++) rows.push({ kind: 'item', sectionId: section.id, values: padded([], width) });
  rows.push({ kind: 'spacer', sectionId: section.id, values: padded([], width) });
  return rows;
}

/** A whole new division tab, with the instructions of the program it is drawn for. */
export function divisionTabLayout(form: ResolvedForm, settings: Settings, division: Division, shell: Shell = 'googleSheets'): LayoutRow[] {
  const width = formWidth(form);
  const rows: LayoutRow[] = [
    { kind: 'tabTitle', sectionId: null, values: padded([tabTitle(settings, division)], width) },
    { kind: 'tabInfo', sectionId: null, values: padded([tabInfo(settings, shell)], width) },
    { kind: 'blank', sectionId: null, values: padded([], width) },
  ];
  for (const section of form.sections) rows.push(...sectionRows(section, width, shell));
  return rows;
}

/**
 * The formula of a computed percentage column on a 1-based sheet row: blank, not an error,
 * when an input is empty, not a number, or the denominator is zero. Valid in Sheets and Excel.
 */
export function ratioFormula(section: ResolvedSection, column: ResolvedColumn, row: number): string {
  if (!column.ratio) throw new Error(`Column ${column.key} is not computed`);
  const at = (key: string) => section.columns.find((c) => c.key === key)!.column;
  return ratioFormulaAt(at(column.ratio.numerator), at(column.ratio.denominator), row);
}

/** The same formula over the 1-based columns where the two figures are now. */
export function ratioFormulaAt(numeratorColumn: number, denominatorColumn: number, row: number): string {
  const num = a1(row, numeratorColumn);
  const den = a1(row, denominatorColumn);
  return `=IF(AND(ISNUMBER(${num}),ISNUMBER(${den})),IF(${den}<>0,${num}/${den},""),"")`;
}

/** The number format a column's item cells get, or null for plain text. */
export function columnNumberFormat(column: ResolvedColumn): string | null {
  switch (column.type) {
    case 'number':
      return NUMBER_FORMAT;
    case 'ratio':
      return PERCENT_FORMAT;
    case 'date':
      return DATE_FORMAT;
    case 'text':
    case 'list':
      return TEXT_FORMAT;
    default:
      return null;
  }
}
