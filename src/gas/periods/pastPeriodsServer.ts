/**
 * The sidebar's past periods: the list of archived periods; a division's archived tab, read-only (the Office sees
 * every division's, a division only its own); the Office opens the protected archive tab itself, or rebuilds that
 * period's report from the archive with that period's settings ("Tổng hợp lại kỳ này").
 */
import type { ArchivedTabView, ConsolidationResult, PastPeriodsView } from '../../core/sidebarApi';
import { canEditDivision, currentUserEmail, isOffice } from '../sheet/access';
import { DocumentState } from '../sheet/documentState';
import { requireSettings } from '../sheet/settingsSheet';
import { consolidate } from '../summary/consolidate';
import { archiveSheet } from './archiveTab';
import { archivedPeriods, archivedRows, readPeriodArchive, reportsOfArchive } from './archivedReports';

function spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

export function getPastPeriods(): PastPeriodsView {
  const ss = spreadsheet();
  const settings = requireSettings(ss);
  return { isOffice: isOffice(settings, currentUserEmail()), periods: archivedPeriods(ss) };
}

export function viewArchivedTab(periodId: string, tabName: string): ArchivedTabView {
  const ss = spreadsheet();
  const settings = requireSettings(ss);
  const archive = readPeriodArchive(ss, periodId);
  const archived = archive.divisions.find((d) => d.division.tabName === tabName);
  if (!archived) throw new Error(`Kỳ lưu trữ không có tab «${tabName}».`);
  const now = settings.divisions.find((d) => d.name === archived.division.name);
  const emails = [...archived.division.emails, ...(now?.emails ?? [])];
  if (!canEditDivision(settings, emails, currentUserEmail())) throw new Error(`Bạn không có quyền xem số liệu lưu trữ của ${archived.division.name}.`);
  return { periodId, divisionName: archived.division.name, statusLabel: archived.statusLabel, rows: archivedRows(archive, archived.division.name) };
}

export function openArchiveTab(periodId: string): void {
  const ss = spreadsheet();
  if (!isOffice(requireSettings(ss), currentUserEmail())) throw new Error('Chỉ Văn phòng Sở mở được tab lưu trữ.');
  const sheet = archiveSheet(ss, DocumentState.load(), periodId);
  if (!sheet) throw new Error(`Không có kỳ lưu trữ «${periodId}» trong bảng tính.`);
  sheet.showSheet();
  ss.setActiveSheet(sheet);
}

export function rebuildArchivedReport(periodId: string): ConsolidationResult {
  const ss = spreadsheet();
  if (!isOffice(requireSettings(ss), currentUserEmail())) throw new Error('Chức năng Tổng hợp dành cho Văn phòng Sở.');
  const archive = readPeriodArchive(ss, periodId);
  const { notes: _notes, docxUrl: _docxUrl, ...result } = consolidate({ reports: reportsOfArchive(archive), settings: archive.settings, version: archive.versions.length + 1 });
  return result;
}
