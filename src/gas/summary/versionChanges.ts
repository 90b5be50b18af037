/**
 * What the next "Tổng hợp" would list as changed since the last version, for the Office's sidebar before it runs:
 * the same core wording the Doc uses, from the same reading of every tab and the last record (versionStore.ts).
 */
import { periodId } from '../../core/periods/kind';
import { resolveForm } from '../../core/form';
import type { VersionChangesView } from '../../core/sidebarApi';
import { summaryRecord } from '../../core/summary/build';
import { changesSince } from '../../core/versions/changes';
import { NO_CHANGES } from '../../core/versions/wording';
import { currentUserEmail, isOffice } from '../sheet/access';
import { readDivisionReports } from '../sheet/divisionReports';
import { localNow } from '../sheet/localTime';
import { DivisionTabs } from '../sheet/divisionTabs';
import { DocumentState } from '../sheet/documentState';
import { requireSettings } from '../sheet/settingsSheet';
import { readLastRecord } from './versionStore';

export function changesSinceLastVersion(): VersionChangesView {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const settings = requireSettings(ss);
  if (!isOffice(settings, currentUserEmail())) throw new Error('Chỉ Văn phòng Sở xem được thay đổi giữa các bản tổng hợp.');
  const last = readLastRecord(ss);
  if (!last) return { title: null, divisions: [], message: 'Chưa có bản tổng hợp nào để so sánh: bản tổng hợp đầu tiên sẽ là mốc so sánh cho các bản sau.' };
  const form = resolveForm(settings);
  const state = DocumentState.load();
  const now = localNow();
  const reports = readDivisionReports(new DivisionTabs(ss, settings.divisions, state).all(), settings, form, state, now.slice(0, 10));
  const words = changesSince(last, summaryRecord(reports, settings, form, { version: state.runCount(periodId(settings.period)) + 1, now }), form);
  if (!words) return { title: null, divisions: [], message: `Bản tổng hợp gần nhất (bản ${last.version}) thuộc kỳ ${last.period}: bản tới là bản đầu của kỳ này, không so sánh.` };
  return { title: words.title, divisions: words.divisions, message: words.divisions.length ? null : NO_CHANGES };
}
