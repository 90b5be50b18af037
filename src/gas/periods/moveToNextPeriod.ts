/**
 * "Sang kỳ báo cáo mới": one locked, all-or-nothing move from the settings' period to the next one.
 * 1. reads every division's tab (values, formats, formulas, notes, rules: what it takes to put it back);
 * 2. writes the closing period's archive tab (every tab as it stood, statuses, submissions, report versions),
 *    reads it back and compares it, before any tab is touched;
 * 3. prepares each tab for the new period (core/periods/carryOver.ts, preparedTab.ts): one block of values, formats
 *    and notes per tab, then the setup machinery's formats, rules, formulas and locks;
 * 4. writes the new period into Cấu hình and the document properties (submissions and run counter are keyed by period:
 *    the new period starts with none; the keys of before periods were keyed are removed, they are in the archive).
 * When anything fails in 3 or 4, every tab gets back its values, formats, notes and rules, the settings their period,
 * and the archive tab is deleted: the Sheet is as it was. Run twice, the second run sees the settings already at the
 * new period (the dialog names the period it moves from) and changes nothing.
 */
import { formatDate } from '../../core/dates';
import { periodOfYear, resolveForm } from '../../core/form';
import { ArchivedDivision, PeriodArchive, archiveTabName } from '../../core/periods/archive';
import { carryOver, retiredTasks, retiredTasksMessage } from '../../core/periods/carryOver';
import { dataCutOff } from '../../core/periods/cutoff';
import { periodId } from '../../core/periods/kind';
import { PeriodChoice, chosenPeriod } from '../../core/periods/next';
import { preparedTab } from '../../core/periods/preparedTab';
import { tabPeriodMismatch, tabPeriodMessage } from '../../core/periods/tabPeriod';
import type { Settings } from '../../core/settings';
import { AUTOMATIC_FORMAT } from '../../core/tabLayout';
import { currentUserEmail, isOffice } from '../sheet/access';
import { localNow } from '../sheet/localTime';
import { DivisionSheet, findDivisionSheets, indexSheets } from '../sheet/divisionSheets';
import { DocumentState } from '../sheet/documentState';
import { withDocumentLock } from '../sheet/lock';
import { readSettings } from '../sheet/settingsSheet';
import { buildValidationRules } from '../setup/sectionFormat';
import { formatPreparedTab } from '../setup/setup';
import { archiveSheet, writeArchiveTab } from './archiveTab';
import { asWritten, padded } from './cells';
import { unarchivedVersions } from './logVersions';
import { settingsWithAllRows, writePeriodRows } from './settingsPeriod';
import { TabBefore, Written, preparedFormats, readBefore, restore, writePrepared } from './tabRewrite';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What the dialog sends: the period it moves from (as proposed), and the Office's choice of the next one. */
export interface NextPeriodRequest extends PeriodChoice {
  from: string;
}

export interface MoveResult {
  moved: boolean;
  message: string;
}

function name(settings: Settings): string {
  return periodOfYear(settings.period.periodLabel, settings.period.year);
}

function archivedDivision(b: TabBefore | null, entry: DivisionSheet, state: DocumentState, closingId: string): ArchivedDivision {
  const submission = state.submission(closingId, entry.division.name);
  return {
    division: entry.division,
    statusLabel: b ? b.report.statusLabel : 'Chưa có tab',
    submittedAt: submission?.at ?? null,
    submittedBy: submission?.by ?? null,
    lastEditedAt: entry.sheetId !== null ? state.lastEdit(entry.sheetId) : null,
    grid: b ? b.values : [],
    formats: b ? b.formats : [],
  };
}

export function moveToNextPeriod(request: NextPeriodRequest): MoveResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const source = readSettings(ss);
  if (!source.ok) return { moved: false, message: `Chưa chuyển kỳ vì tab Cấu hình có lỗi (chưa thay đổi gì):\n${source.problems.map((p) => `• ${p.message}`).join('\n')}` };
  const email = currentUserEmail();
  if (!isOffice(source.settings, email)) throw new Error('Chức năng «Sang kỳ báo cáo mới» dành cho Văn phòng Sở.');
  return withDocumentLock('Sang kỳ báo cáo mới', () => {
    const closing = source.settings;
    const closingId = periodId(closing.period);
    const state = DocumentState.load();
    if (request.from !== closingId || archiveSheet(ss, state, closingId)) {
      const archived = [...state.archives().keys()].includes(request.from);
      return {
        moved: false,
        message: archived
          ? `Bảng tính đã ở kỳ ${name(closing)}: kỳ trước đã được chuyển và lưu trữ rồi. Không thay đổi gì.`
          : `Cấu hình đang là kỳ ${name(closing)}, không phải kỳ hộp thoại đề nghị chuyển. Không thay đổi gì; mở lại «Sang kỳ báo cáo mới».`,
      };
    }
    const chosen = chosenPeriod(closing.period, request);
    if (!chosen.ok) return { moved: false, message: `${chosen.problem} Không thay đổi gì.` };
    const next: Settings = { ...closing, period: chosen.period };
    const closingForm = resolveForm(closing);
    const nextForm = resolveForm(next);
    const now = localNow();
    const entries = findDivisionSheets(indexSheets(ss.getSheets()), closing.divisions, state);
    const before = entries.map((e) => (e.sheet && e.sheetId !== null ? readBefore(e as TabBefore['entry'], closingForm, closing, state, now.slice(0, 10)) : null));
    const wrong = before.flatMap((b) => {
      const m = b ? tabPeriodMismatch(b.values, closingForm) : null;
      return m && b ? [`• ${b.entry.division.tabName}: ${tabPeriodMessage(m)}`] : [];
    });
    if (wrong.length) return { moved: false, message: `Chưa chuyển kỳ (chưa thay đổi gì): có tab không phải biểu mẫu kỳ ${name(closing)}.\n${wrong.join('\n')}` };

    // 2. The archive, read back and compared before any tab is touched.
    const log = unarchivedVersions(ss, state.logRowsArchived());
    const archive: PeriodArchive = {
      periodId: closingId,
      settings: closing,
      archivedAt: now,
      archivedBy: email,
      divisions: entries.map((e, i) => archivedDivision(before[i], e, state, closingId)),
      versions: log.versions,
    };
    const editors = closing.officeEmails.length ? closing.officeEmails : email ? [email] : [];
    let archiveTab: Sheet;
    try {
      archiveTab = writeArchiveTab(ss, archiveTabName(closing), archive, editors);
    } catch (e) {
      return { moved: false, message: `Chưa chuyển kỳ: không lưu trữ được kỳ ${name(closing)} (${(e as Error).message}). Không thay đổi gì.` };
    }

    // 3 and 4, undone together on any failure.
    const written: Written[] = [];
    let settingsBefore: { row: number; before: unknown }[] = [];
    const settingsSheet = source.sheet;
    try {
      const rules = buildValidationRules(nextForm);
      for (const b of before) {
        if (!b) continue;
        const tab = preparedTab(nextForm, next, b.entry.division, carryOver(b.report.check!.items, closing.period, next, closing.taskDocuments));
        const grid = writePrepared(b, tab, nextForm, written);
        formatPreparedTab(
          b.entry.sheet,
          b.entry.sheetId,
          { grid, formats: padded(preparedFormats(tab, nextForm, grid[0].length), grid.length, grid[0].length, AUTOMATIC_FORMAT), formulas: [], notes: true },
          nextForm,
          b.entry.division,
          next,
          rules,
          state,
        );
      }
      if (settingsSheet) {
        const grid = settingsWithAllRows(settingsSheet, source.grid, source.missingRows);
        settingsBefore = writePeriodRows(settingsSheet, grid, next);
      }
    } catch (e) {
      for (const w of [...written].reverse()) restore(w, state);
      if (settingsSheet) for (const s of settingsBefore) settingsSheet.getRange(s.row, 2).setValue(asWritten(s.before as string));
      ss.deleteSheet(archiveTab);
      return { moved: false, message: `Chưa chuyển kỳ: có lỗi khi chuẩn bị các tab (${(e as Error).message}). Đã trả mọi tab về như trước, không thay đổi gì.` };
    }
    state.save({ [DocumentState.archiveKey(closingId)]: String(archiveTab.getSheetId()), [DocumentState.logRowsArchivedKey()]: String(log.rowsThrough) });
    // Kept in the archive: the keys of before periods were keyed, and the last edits (the new period has none yet).
    for (const key of state.legacyPeriodKeys()) state.remove(key);
    // The closing period's submissions (in the archive) and their pending locks: the new period starts open.
    for (const [key] of [...state.withPrefix(DocumentState.submittedPrefix(closingId)), ...state.withPrefix(DocumentState.lockPendingKey(''))]) state.remove(key);
    for (const b of before) if (b && state.lastEdit(b.entry.sheetId)) state.remove(DocumentState.lastEditKey(b.entry.sheetId));
    const cut = dataCutOff(next.period);
    const prepared = before.filter((b) => b !== null).length;
    const retired = retiredTasksMessage(before.flatMap((b) => (b ? [{ division: b.entry.division.name, tasks: retiredTasks(b.report.check!.items.IV, closing.taskDocuments, next) }] : [])));
    return {
      moved: true,
      message:
        `Đã chuyển sang kỳ ${name(next)} (hạn nộp ${formatDate(next.period.deadline)}; số liệu từ ngày ${formatDate(cut.from)} đến ngày ${formatDate(cut.to)}).\n` +
        `Kỳ ${name(closing)} đã được lưu trữ ở tab «${archiveTab.getName()}» (ẩn, chỉ xem): ${archive.divisions.length} phòng, đơn vị, ${archive.versions.length} bản tổng hợp.\n` +
        `${prepared} tab đã được chuẩn bị cho kỳ mới: giữ chỉ tiêu ở mục I, nhiệm vụ chưa hoàn thành ở mục IV, mục tiêu ở mục VI; các mục khác để trống. Trạng thái «Đã nộp» bắt đầu lại.` +
        (retired ? `\n${retired}` : ''),
    };
  });
}
