/**
 * A division's tab rewritten for the new period, and put back: what it held before (values, formats, formulas, notes,
 * rules, locked ranges, read in one range), the prepared tab written as one block of formats, values and notes, and
 * the same block restored when the move fails.
 */
import { formatDate } from '../../core/dates';
import { DivisionReport } from '../../core/divisionReport';
import { ResolvedForm, formWidth } from '../../core/form';
import type { Grid } from '../../core/grid';
import type { PreparedTab } from '../../core/periods/preparedTab';
import type { Settings } from '../../core/settings';
import { AUTOMATIC_FORMAT, columnNumberFormat } from '../../core/tabLayout';
import { reportFor } from '../sheet/divisionReports';
import type { DivisionSheet } from '../sheet/divisionSheets';
import { DocumentState } from '../sheet/documentState';
import { restoreLockedRanges } from '../setup/setup';
import { asWritten, ensureSize, padded } from './cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Validation = GoogleAppsScript.Spreadsheet.DataValidation | null;

/** A division's tab as it stood before the move: all it takes to put it back. */
export interface TabBefore {
  entry: DivisionSheet & { sheet: Sheet; sheetId: number };
  values: Grid;
  formats: string[][];
  formulas: string[][];
  notes: string[][];
  validations: Validation[][];
  /** The locked ranges setup recorded for the tab. */
  locked: string | null;
  report: DivisionReport;
}

export function readBefore(entry: TabBefore['entry'], form: ResolvedForm, settings: Settings, state: DocumentState, today: string): TabBefore {
  const range = entry.sheet.getDataRange();
  const values = range.getValues() as Grid;
  const formats = range.getNumberFormats();
  const formulas = range.getFormulas();
  const notes = range.getNotes();
  const validations = range.getDataValidations();
  const cells = { grid: values, formats, merges: [] };
  const report = reportFor({ division: entry.division, sheetId: entry.sheetId, read: () => cells }, form, settings, state, today);
  return { entry, values, formats, formulas, notes, validations, locked: state.get(DocumentState.lockedRangesKey(entry.sheetId)), report };
}

/** The number format of each cell of the prepared tab: its column's in item rows, the automatic one elsewhere. */
export function preparedFormats(tab: PreparedTab, form: ResolvedForm, width: number): string[][] {
  return tab.rows.map((row) => {
    const formats = Array(width).fill(AUTOMATIC_FORMAT) as string[];
    const section = row.kind === 'item' ? form.sections.find((s) => s.id === row.sectionId) : undefined;
    if (section) section.columns.forEach((c) => (formats[c.column - 1] = columnNumberFormat(c) ?? AUTOMATIC_FORMAT));
    return formats;
  });
}

/** The value a prepared cell is written as: dates typed as dd/mm/yyyy into their date-formatted cells. */
function preparedValue(value: string | number, format: string): string | number {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && format === 'dd/mm/yyyy') return formatDate(value);
  return asWritten(value) as string | number;
}

export interface Written {
  before: TabBefore;
  rows: number;
  width: number;
}

export function writePrepared(before: TabBefore, tab: PreparedTab, form: ResolvedForm, written: Written[]): Grid {
  const sheet = before.entry.sheet;
  const width = Math.max(formWidth(form), before.values[0]?.length ?? 0);
  const rows = Math.max(tab.rows.length, before.values.length);
  ensureSize(sheet, rows, width);
  written.push({ before, rows, width });
  const grid = padded(
    tab.rows.map((r) => r.values),
    rows,
    width,
    '' as string | number,
  );
  const formats = padded(preparedFormats(tab, form, width), rows, width, AUTOMATIC_FORMAT);
  const range = sheet.getRange(1, 1, rows, width);
  range.setNumberFormats(formats);
  range.setValues(grid.map((row, r) => row.map((v, c) => preparedValue(v, formats[r][c]))));
  range.setNotes(padded(tab.notes, rows, width, ''));
  return grid.map((row, r) => row.map((v, c) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && formats[r][c] === 'dd/mm/yyyy' ? formatDate(v) : v)));
}

/** Puts a tab back as it stood: formats first (they decide how values read), values and formulas, notes, rules. */
export function restore(w: Written, state: DocumentState): void {
  const b = w.before;
  const range = b.entry.sheet.getRange(1, 1, w.rows, w.width);
  range.setNumberFormats(padded(b.formats, w.rows, w.width, AUTOMATIC_FORMAT));
  range.setValues(padded(b.values.map((row, r) => row.map((v, c) => asWritten(v, b.formulas[r]?.[c] ?? ''))) as unknown[][], w.rows, w.width, '' as unknown));
  range.setNotes(padded(b.notes, w.rows, w.width, ''));
  range.setDataValidations(padded(b.validations, w.rows, w.width, null as Validation));
  restoreLockedRanges(b.entry.sheet, b.entry.sheetId, b.locked, state);
}
