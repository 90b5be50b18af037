/**
 * "Thiết lập / cập nhật biểu mẫu": creates the settings tab and one protected tab per division,
 * or brings existing tabs up to date with the settings. Validates everything before changing anything;
 * never clears, moves between sections or overwrites what a division typed.
 */
import { periodId } from '../../core/periods/kind';
import { ResolvedForm, formWidth, resolveForm } from '../../core/form';
import { cellText, columnLetter, Grid } from '../../core/grid';
import { LocatedSection, locateSections } from '../../core/sectionLocator';
import { relabelRefusal } from '../../core/periods/tabPeriod';
import type { Division, Settings } from '../../core/settings';
import { sameText } from '../../core/text';
import { SETTINGS_TAB, SettingsProblem } from '../../core/settingsTab';
import { COLOURS, PREAMBLE_ROWS, divisionTabLayout, sectionRows, tabInfo, tabTitle } from '../../core/tabLayout';
import { DivisionSheet, IndexedSheet, findDivisionSheets, indexSheets } from '../sheet/divisionSheets';
import { DocumentState } from '../sheet/documentState';
import { SetupCells, readSetupCells, rectangular } from '../sheet/grid';
import { withDocumentLock } from '../sheet/lock';
import { markDivisionTab } from '../sheet/tabRange';
import { LOG_TAB, logSheet } from '../summary/summaryLog';
import { VERSIONS_TAB, versionsSheet } from '../summary/versionStore';
import { lockRanges, protectDivisionTab, protectSheet } from './protection';
import { SectionRows, ValidationRules, buildValidationRules, formatDivisionTab, headerUpdates } from './sectionFormat';
import { addMissingSettingsRows, createSettingsSheet, readSettings } from '../sheet/settingsSheet';

export interface SetupReport {
  ok: boolean;
  problems: SettingsProblem[];
  created: string[];
  updated: string[];
  hidden: string[];
  /** Division tabs protected as a warning only (no e-mail in the settings). */
  warningOnly: string[];
  /** Division tabs left as they were: they hold another period's figures (core/periods/tabPeriod.ts). */
  refused: string[];
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const LOCK_DESCRIPTION = 'tiêu đề mục, tiêu đề cột và cột tự tính: không sửa';

/** Tab names that clash with something already in the Spreadsheet. Checked before anything changes. */
function clashes(sheets: IndexedSheet[], settings: Settings, state: DocumentState): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const recorded = state.divisionSheets();
  const own = findDivisionSheets(sheets, settings.divisions, state);
  for (const { division, sheet } of own) {
    const where = `${SETTINGS_TAB}, dòng «${division.name}»`;
    const holder = sheets.find((s) => sameText(s.name, division.tabName));
    if (!holder || (sheet && holder.sheet === sheet)) continue;
    const owner = recorded.get(holder.id);
    if (owner !== undefined && owner !== division.name) {
      problems.push({ cell: where, message: `${where}: tên tab «${division.tabName}» đang là tab của «${owner}». Đặt tên tab khác.` });
    } else if (owner === undefined && holder.sheet.getLastRow() > 0) {
      problems.push({ cell: where, message: `${where}: đã có tab «${holder.name}» chứa dữ liệu khác trong bảng tính. Đặt tên tab khác hoặc đổi tên tab đang có.` });
    }
  }
  return problems;
}

const BLANK_ROWS_BELOW = 50;

/** Draws a new tab; returns it with what it now holds (nobody has typed in it yet: nothing to read back). */
function drawNewTab(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, form: ResolvedForm, settings: Settings, division: Division, existingBlank: Sheet | null): { sheet: Sheet; cells: SetupCells } {
  const sheet = existingBlank ?? spreadsheet.insertSheet(division.tabName, spreadsheet.getSheets().length);
  const layout = divisionTabLayout(form, settings, division);
  const width = formWidth(form);
  const values = rectangular(
    layout.map((r) => r.values),
    width,
  );
  sheet.getRange(1, 1, layout.length, width).setValues(values);
  // A new sheet has 1000 rows; the form needs far fewer. The blank ones below it would be read with the tab's
  // named range on every check (tabRange.ts), so a new tab keeps BLANK_ROWS_BELOW of them; more are one click away.
  const keep = layout.length + BLANK_ROWS_BELOW;
  if (sheet.getMaxRows() > keep) sheet.deleteRows(keep + 1, sheet.getMaxRows() - keep);
  return { sheet, cells: { grid: values, formats: [], formulas: [], notes: false } };
}

/**
 * Puts back what is missing: a deleted section, title row or header row, and the preamble.
 * Works from the bottom up so earlier row numbers stay valid. Returns true when rows were inserted.
 */
function restoreStructure(sheet: Sheet, grid: Grid, form: ResolvedForm): boolean {
  const width = formWidth(form);
  const location = locateSections(grid, form);
  type Insert = { before: number; rows: (string | number)[][] };
  const inserts: Insert[] = [];
  const starts = location.sections.map((s) => (s.titleRow ?? s.headerRow!) + 1);
  for (const section of location.missing) {
    const next = location.sections.find((s) => form.sections.indexOf(s.section) > form.sections.indexOf(section));
    const before = next ? (next.titleRow ?? next.headerRow!) + 1 : Math.max(grid.length, PREAMBLE_ROWS) + 1;
    inserts.push({ before, rows: sectionRows(section, width).map((r) => r.values) });
  }
  for (const s of location.sections) {
    if (s.titleRow === null) inserts.push({ before: s.headerRow! + 1, rows: [sectionRows(s.section, width)[0].values] });
    if (s.headerRow === null) inserts.push({ before: s.titleRow! + 2, rows: [sectionRows(s.section, width)[1].values] });
  }
  const firstStart = starts.length ? Math.min(...starts) : grid.length + 1;
  if (firstStart - 1 < 2) inserts.push({ before: 1, rows: [[''], ['']].map((r) => rectangular([r], width)[0]) });
  inserts.sort((a, b) => b.before - a.before);
  for (const insert of inserts) {
    if (insert.before > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), insert.before - sheet.getMaxRows() - 1 + insert.rows.length);
    else sheet.insertRowsBefore(insert.before, insert.rows.length);
    sheet.getRange(insert.before, 1, insert.rows.length, width).setValues(rectangular(insert.rows, width));
  }
  return inserts.length > 0;
}

/** 1-based columns of a located section's form columns, null where missing. */
function placedColumns(s: LocatedSection): (number | null)[] {
  return s.columns.map((p) => (p.index === null ? null : p.index + 1));
}

/** Rewrites the preamble, titles and header cells where they differ from what the settings say now; columns nobody knows stay as they are. */
function refreshTexts(sheet: Sheet, grid: Grid, located: LocatedSection[], settings: Settings, division: Division): void {
  const preamble = [tabTitle(settings, division), tabInfo(settings)];
  if (cellText(grid[0]?.[0]) !== preamble[0] || cellText(grid[1]?.[0]) !== preamble[1]) sheet.getRange(1, 1, 2, 1).setValues(preamble.map((p) => [p]));
  for (const s of located) {
    if (cellText(grid[s.titleRow!]?.[0]) !== s.section.title) sheet.getRange(s.titleRow! + 1, 1).setValue(s.section.title);
    const rows = { section: s.section, titleRow: s.titleRow! + 1, headerRow: s.headerRow! + 1, firstItemRow: s.headerRow! + 2, itemCount: 1, columns: placedColumns(s) };
    for (const run of headerUpdates(rows, (c) => cellText(grid[s.headerRow!]?.[c - 1]))) sheet.getRange(s.headerRow! + 1, run.start, 1, run.values.length).setValues([run.values]);
  }
}

/** A section left with no row to type into gets its blank rows back. Returns true when rows were inserted. */
function restoreItemRows(sheet: Sheet, located: LocatedSection[]): boolean {
  const empty = located.filter((s, i) => i < located.length - 1 && s.end - s.headerRow! - 1 < 1);
  for (const s of [...empty].reverse()) sheet.insertRowsAfter(s.headerRow! + 1, s.section.blankRows);
  return empty.length > 0;
}

/** Formats every section and locks the rows nobody types into. Returns true when protection is a warning only. */
function formatAndLock(
  sheet: Sheet,
  sheetId: number,
  cells: SetupCells,
  located: LocatedSection[],
  form: ResolvedForm,
  division: Division,
  settings: Settings,
  rules: ValidationRules,
  isNew: boolean,
  state: DocumentState,
): boolean {
  const width = Math.max(formWidth(form), ...cells.grid.map((r) => r.length));
  const locked: string[] = [`A1:${columnLetter(width)}2`];
  const sections: SectionRows[] = [];
  let inserted = 0;
  const maxRows = sheet.getMaxRows();
  for (const s of located) {
    const titleRow = s.titleRow! + 1 + inserted;
    const headerRowNumber = s.headerRow! + 1 + inserted;
    let itemCount = s.end - s.headerRow! - 1;
    // The last section's blank rows lie below the data a read returns: count them from the sheet's size.
    if (s === located[located.length - 1]) itemCount = Math.max(itemCount, Math.min(s.section.blankRows, maxRows + inserted - headerRowNumber));
    if (itemCount < 1) {
      sheet.insertRowsAfter(headerRowNumber, s.section.blankRows);
      itemCount = s.section.blankRows;
      inserted += s.section.blankRows;
    }
    const columns = placedColumns(s);
    sections.push({ section: s.section, titleRow, headerRow: headerRowNumber, firstItemRow: headerRowNumber + 1, itemCount, columns });
    locked.push(`A${Math.min(titleRow, headerRowNumber)}:${columnLetter(width)}${Math.max(titleRow, headerRowNumber)}`);
    const computed = s.section.columns.map((c, i) => (c.type === 'ratio' ? columns[i] : null)).filter((c): c is number => c !== null);
    if (computed.length) locked.push(`${columnLetter(Math.min(...computed))}${headerRowNumber + 1}:${columnLetter(Math.max(...computed))}${headerRowNumber + itemCount}`);
  }
  formatDivisionTab(sheet, sections, width, rules, cells);
  if (isNew) {
    // Looks a division may change later (widths, frozen rows) are only set on a new tab.
    sheet.getRange(1, 1, 1, width).setFontWeight('bold').setFontSize(13).setFontColor(COLOURS.tabTitle);
    sheet.getRange(2, 1).setFontStyle('italic');
    sheet.setFrozenRows(2);
    for (let c = 1; c <= width; c++) sheet.setColumnWidth(c, Math.max(...form.sections.map((s) => s.columns[c - 1]?.width ?? 0)));
  }
  const lockKey = DocumentState.lockedRangesKey(sheetId);
  const lockedSignature = locked.join(',');
  if (state.get(lockKey) !== lockedSignature) {
    lockRanges(sheet, locked, LOCK_DESCRIPTION);
    state.save({ [lockKey]: lockedSignature });
  }
  // A submitted tab stays the Office's until the Office reopens it.
  return protectDivisionTab(sheet, division.name, division.emails, settings.officeEmails, state.submission(periodId(settings.period), division.name) !== null);
}

function setUpDivision(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, form: ResolvedForm, settings: Settings, entry: DivisionSheet, state: DocumentState, report: SetupReport, rules: ValidationRules): void {
  const { division } = entry;
  let sheet = entry.sheet;
  let isNew = false;
  let drawn: SetupCells | null = null;
  if (!sheet) {
    const blank = spreadsheet.getSheetByName(division.tabName);
    ({ sheet, cells: drawn } = drawNewTab(spreadsheet, form, settings, division, blank));
    isNew = true;
  } else if (sheet.getName() !== division.tabName) {
    sheet.setName(division.tabName);
  }
  const sheetId = entry.sheetId !== null && !isNew ? entry.sheetId : sheet.getSheetId();
  if (!isNew && sheet.isSheetHidden()) sheet.showSheet();
  let cells = drawn ?? readSetupCells(sheet);
  // Relabelling a tab that holds another period's figures would present them as this period's: left as it is.
  const refusal = isNew ? null : relabelRefusal(cells.grid, form);
  if (refusal) {
    report.refused.push(`«${division.tabName}»: ${refusal}`);
    return;
  }
  if (!isNew && restoreStructure(sheet, cells.grid, form)) cells = readSetupCells(sheet);
  let located = locateSections(cells.grid, form).sections;
  if (!isNew && restoreItemRows(sheet, located)) {
    cells = readSetupCells(sheet);
    located = locateSections(cells.grid, form).sections;
  }
  if (!isNew) refreshTexts(sheet, cells.grid, located, settings, division);
  const warningOnly = formatAndLock(sheet, sheetId, cells, located, form, division, settings, rules, isNew, state);
  state.save({ [DocumentState.divisionSheetKey(sheetId)]: division.name });
  markDivisionTab(spreadsheet, sheet, sheetId);
  (isNew ? report.created : report.updated).push(division.tabName);
  if (warningOnly) report.warningOnly.push(division.tabName);
}

/** Puts back the locked ranges recorded as `signature` (a "Sang kỳ báo cáo mới" that failed undoes its formatting). */
export function restoreLockedRanges(sheet: Sheet, sheetId: number, signature: string | null, state: DocumentState): void {
  const key = DocumentState.lockedRangesKey(sheetId);
  if (state.get(key) === signature) return;
  lockRanges(sheet, signature ? signature.split(',') : [], LOCK_DESCRIPTION);
  if (signature !== null) state.save({ [key]: signature });
  else state.remove(key);
}

/** Formats and locks a tab "Sang kỳ báo cáo mới" has just written for the new period (`cells.grid` is what it wrote). */
export function formatPreparedTab(sheet: Sheet, sheetId: number, cells: SetupCells, form: ResolvedForm, division: Division, settings: Settings, rules: ValidationRules, state: DocumentState): boolean {
  const located = locateSections(cells.grid, form).sections;
  return formatAndLock(sheet, sheetId, cells, located, form, division, settings, rules, false, state);
}

/** The whole setup. Bad settings stop it before anything changes (not even the lock is taken). */
export function setUpSpreadsheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): SetupReport {
  const report: SetupReport = { ok: false, problems: [], created: [], updated: [], hidden: [], warningOnly: [], refused: [] };
  const source = readSettings(spreadsheet);
  if (!source.ok) {
    report.problems = source.problems;
    return report;
  }
  return withDocumentLock('Thiết lập / cập nhật biểu mẫu', () => {
    const settings = source.settings;
    const state = DocumentState.load();
    // The sheets, their ids and names, read once for the whole setup (each is a service call).
    const sheets = indexSheets(spreadsheet.getSheets());
    report.problems = clashes(sheets, settings, state);
    if (report.problems.length) return report;

    if (!source.sheet) {
      spreadsheet.setSpreadsheetTimeZone('Asia/Ho_Chi_Minh');
      spreadsheet.setSpreadsheetLocale('vi_VN');
      createSettingsSheet(spreadsheet, settings);
      report.created.push(SETTINGS_TAB);
    }
    const settingsSheet = spreadsheet.getSheetByName(SETTINGS_TAB)!;
    if (source.sheet && source.missingRows.length) {
      addMissingSettingsRows(settingsSheet, source.grid, source.missingRows);
      report.updated.push(SETTINGS_TAB);
    }
    protectSheet(settingsSheet, 'cấu hình, chỉ Văn phòng Sở sửa', settings.officeEmails);

    const form = resolveForm(settings);
    const rules = buildValidationRules(form);
    const divisionSheets = findDivisionSheets(sheets, settings.divisions, state);
    for (const entry of divisionSheets) setUpDivision(spreadsheet, form, settings, entry, state, report, rules);

    // Divisions no longer in the settings keep their tab, hidden, with everything they typed.
    const current = new Set(settings.divisions.map((d) => d.name));
    for (const { sheet, id } of sheets) {
      const owner = state.divisionSheets().get(id);
      if (owner !== undefined && !current.has(owner) && !sheet.isSheetHidden()) {
        sheet.hideSheet();
        report.hidden.push(sheet.getName());
      }
    }
    // The Office's run tabs, made once here so that a first "Tổng hợp" costs what the next ones cost.
    const names = new Set(sheets.map((s) => s.name));
    if (!names.has(LOG_TAB)) logSheet(spreadsheet, null);
    if (!names.has(VERSIONS_TAB)) versionsSheet(spreadsheet, settings.officeEmails);
    report.ok = true;
    return report;
  });
}

/** What the Office reads after setup, in Vietnamese. */
export function setupMessage(report: SetupReport): string {
  if (!report.ok) {
    return `Chưa thiết lập được vì cấu hình có lỗi (chưa thay đổi gì trong bảng tính):\n\n${report.problems.map((p) => `• ${p.message}`).join('\n')}\n\nSửa các ô trên trong tab ${SETTINGS_TAB} rồi chạy lại.`;
  }
  const lines = ['Đã thiết lập xong biểu mẫu.'];
  if (report.created.length) lines.push(`Tạo mới: ${report.created.join(', ')}.`);
  if (report.updated.length) lines.push(`Cập nhật (giữ nguyên số liệu đã nhập): ${report.updated.join(', ')}.`);
  if (report.hidden.length) lines.push(`Ẩn (không còn trong cấu hình, dữ liệu vẫn giữ): ${report.hidden.join(', ')}.`);
  if (report.refused.length) lines.push(`Chưa cập nhật (để nguyên, không đổi số liệu): ${report.refused.join(' ')}`);
  if (report.warningOnly.length) {
    lines.push(`Lưu ý: chưa có e-mail người nhập cho ${report.warningOnly.join(', ')} nên các tab này chỉ hiện cảnh báo khi sửa, chưa khóa quyền. Điền e-mail ở tab ${SETTINGS_TAB} rồi chạy lại để khóa.`);
  }
  return lines.join('\n');
}
