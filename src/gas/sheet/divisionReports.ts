/** Reads every division's tab (one read per tab) and runs the core check on each. */
import { periodId } from '../../core/periods/kind';
import { checkDate, DivisionReport, buildDivisionReport } from '../../core/divisionReport';
import type { ResolvedForm } from '../../core/form';
import type { Settings } from '../../core/settings';
import type { DivisionTab } from './divisionTabs';
import { DocumentState } from './documentState';
import type { TabCells } from './grid';

/** `read`: the tab's cells when the caller has read them already. */
export function reportFor(entry: DivisionTab, form: ResolvedForm, settings: Settings, state: DocumentState, today: string, read?: TabCells): DivisionReport {
  const submission = state.submission(periodId(settings.period), entry.division.name);
  const meta = {
    submittedAt: submission?.at ?? null,
    submittedBy: submission?.by ?? null,
    lastEditedAt: entry.sheetId !== null ? state.lastEdit(entry.sheetId) : null,
  };
  const cells = read ?? entry.read();
  const options = { today: checkDate(settings.period.deadline, today), formats: cells?.formats, merges: cells?.merges };
  return buildDivisionReport(entry.division, cells?.grid ?? null, form, options, meta, `Chưa có tab «${entry.division.tabName}» trong bảng tính (Văn phòng Sở chạy Thiết lập để tạo).`);
}

/** Every division's report, in the settings' order: one read per tab. */
export function readDivisionReports(entries: DivisionTab[], settings: Settings, form: ResolvedForm, state: DocumentState, today: string, onProgress?: (done: number, total: number) => void): DivisionReport[] {
  return entries.map((entry, i) => {
    if (onProgress) onProgress(i + 1, entries.length);
    return reportFor(entry, form, settings, state, today);
  });
}
