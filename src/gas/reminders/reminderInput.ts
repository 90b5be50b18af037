/**
 * What the core needs to plan today's reminders, read from the Sheet: the settings (one read), every
 * division's tab (one read each, src/gas/sheet/divisionReports.ts), the log (one read) and what the
 * reminders were turned on for. The run and the preview read the same way.
 */
import { resolveForm } from '../../core/form';
import { divisionEmailCells } from '../../core/reminders/emailCells';
import type { ReminderInput } from '../../core/reminders/plan';
import type { SettingsProblem } from '../../core/settingsTab';
import { readDivisionReports } from '../sheet/divisionReports';
import { DivisionTabs } from '../sheet/divisionTabs';
import { DocumentState } from '../sheet/documentState';
import { readSettings } from '../sheet/settingsSheet';
import { readSentMails } from './reminderLogTab';
import { RemindersEnabled, remindersEnabled } from './reminderTrigger';

export type ReminderReading = { ok: true; input: ReminderInput; enabled: RemindersEnabled | null } | { ok: false; problems: SettingsProblem[] };

/** `today`: ISO date of the script's time zone; `runner`: whoever the run is for (the trigger's owner). */
export function readReminderInput(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, today: string, runner: string): ReminderReading {
  const source = readSettings(ss);
  if (!source.ok) return source;
  const { settings } = source;
  const form = resolveForm(settings);
  const state = DocumentState.load();
  const entries = new DivisionTabs(ss, settings.divisions, state).all();
  const reports = readDivisionReports(entries, settings, form, state, today);
  const url = ss.getUrl();
  const cells = divisionEmailCells(source.grid, settings.divisions);
  const enabled = remindersEnabled(state);
  const input: ReminderInput = {
    settings,
    form,
    today,
    divisions: reports.map((report, i) => ({
      report,
      tabUrl: entries[i].sheetId !== null ? `${url}#gid=${entries[i].sheetId}` : url,
      emailCell: cells.get(report.division.name) ?? 'Cấu hình!C',
    })),
    sent: readSentMails(ss),
    enabledFor: enabled?.period ?? null,
    fallbackDigestTo: runner,
  };
  return { ok: true, input, enabled };
}
