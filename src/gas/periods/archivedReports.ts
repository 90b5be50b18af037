/**
 * Past periods, read back from their archive tabs: the list the sidebar shows, a division's archived rows (read-only),
 * and every division's report of that period as the same DivisionReport a tab gives (checked with that period's
 * settings), which "Tổng hợp lại kỳ này" and the comparisons of a later report consume.
 */
import { DivisionReport, buildDivisionReport } from '../../core/divisionReport';
import { resolveForm } from '../../core/form';
import { cellText } from '../../core/grid';
import type { PeriodArchive } from '../../core/periods/archive';
import { DocumentState } from '../sheet/documentState';
import { archiveSheet, readArchiveTab } from './archiveTab';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ArchivedPeriod {
  periodId: string;
  /** The archive tab's name ("Lưu trữ 6 tháng đầu năm 2024"). */
  name: string;
}

/** The archived periods, latest first (ids sort by year, then by kind within it). */
export function archivedPeriods(spreadsheet: Spreadsheet, state: DocumentState = DocumentState.load()): ArchivedPeriod[] {
  const archives = state.archives();
  if (archives.size === 0) return [];
  const byId = new Map(spreadsheet.getSheets().map((s) => [s.getSheetId(), s] as const));
  return [...archives.entries()]
    .filter(([, id]) => byId.has(id))
    .map(([periodId, id]) => ({ periodId, name: byId.get(id)!.getName() }))
    .sort((a, b) => (a.periodId < b.periodId ? 1 : -1));
}

export function readPeriodArchive(spreadsheet: Spreadsheet, periodId: string, state: DocumentState = DocumentState.load()): PeriodArchive {
  const sheet = archiveSheet(spreadsheet, state, periodId);
  if (!sheet) throw new Error(`Không có kỳ lưu trữ «${periodId}» trong bảng tính.`);
  const reading = readArchiveTab(sheet);
  if (!reading.ok) throw new Error(reading.problem);
  return reading.archive;
}

/** Every division's report of an archived period, in that period's order, checked as of its deadline. */
export function readArchivedReports(spreadsheet: Spreadsheet, periodId: string): DivisionReport[] {
  return reportsOfArchive(readPeriodArchive(spreadsheet, periodId));
}

export function reportsOfArchive(archive: PeriodArchive): DivisionReport[] {
  const form = resolveForm(archive.settings);
  return archive.divisions.map((d) =>
    buildDivisionReport(
      d.division,
      d.grid.length ? d.grid : null,
      form,
      { today: archive.settings.period.deadline, formats: d.formats },
      { submittedAt: d.submittedAt, submittedBy: d.submittedBy, lastEditedAt: d.lastEditedAt },
      'Kỳ này phòng, đơn vị chưa có tab.',
    ),
  );
}

/** One division's archived tab as the text a person saw, for a read-only view. */
export function archivedRows(archive: PeriodArchive, divisionName: string): string[][] {
  const d = archive.divisions.find((x) => x.division.name === divisionName);
  if (!d) throw new Error(`Kỳ lưu trữ không có số liệu của ${divisionName}.`);
  return d.grid.map((row) => row.map((v) => cellText(v)));
}
