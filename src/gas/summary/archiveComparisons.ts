/**
 * What "Tổng hợp" compares with from the Sheet's archive (src/gas/periods): the same period of the previous year
 * ("so với cùng kỳ năm trước") and the earlier periods of the current 5-year period (how each target's rating moved).
 * The same inputs the command line takes from --ky-truoc. Costs one read per archived period used, never per row.
 */
import type { DivisionReport } from '../../core/divisionReport';
import { periodId } from '../../core/periods/kind';
import type { Settings } from '../../core/settings';
import type { EarlierPeriod } from '../../core/summary/context';
import { DocumentState } from '../sheet/documentState';
import { readPeriodArchive, reportsOfArchive } from '../periods/archivedReports';

export interface ArchiveComparisons {
  samePeriodLastYear?: DivisionReport[];
  earlierPeriods?: EarlierPeriod[];
  /** An archive that could not be read, in Vietnamese: the report is built without it. */
  notes: string[];
}

export function archiveComparisons(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings, state: DocumentState): ArchiveComparisons {
  const archived = [...state.archives().keys()];
  if (archived.length === 0) return { notes: [] };
  const p = settings.period;
  const lastYearId = periodId({ year: p.year - 1, periodLabel: p.periodLabel });
  const current = periodId(p);
  const earlier: EarlierPeriod[] = [];
  const notes: string[] = [];
  let samePeriodLastYear: DivisionReport[] | undefined;
  for (const id of archived) {
    const year = Number(id.slice(0, 4));
    const inFiveYears = year >= p.fiveYearStart && year <= p.fiveYearEnd && id !== current;
    if (id !== lastYearId && !inFiveYears) continue;
    try {
      const archive = readPeriodArchive(ss, id, state);
      const reports = reportsOfArchive(archive);
      if (id === lastYearId) samePeriodLastYear = reports;
      if (inFiveYears) earlier.push({ label: archive.settings.period.periodLabel, year: archive.settings.period.year, reports });
    } catch (e) {
      notes.push(`Không đọc được kỳ lưu trữ ${id} để so sánh (${(e as Error).message}); báo cáo lập không có phần so sánh với kỳ đó.`);
    }
  }
  const idOf = (e: EarlierPeriod) => periodId({ year: e.year, periodLabel: e.label });
  earlier.sort((a, b) => (idOf(a) < idOf(b) ? -1 : 1));
  return { ...(samePeriodLastYear ? { samePeriodLastYear } : {}), ...(earlier.length ? { earlierPeriods: earlier } : {}), notes };
}
