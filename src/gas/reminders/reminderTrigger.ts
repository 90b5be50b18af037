/**
 * "Bật nhắc hạn" / "Tắt nhắc hạn": the one daily time-driven trigger of this Sheet for the Office user
 * (an add-on may hold one time-driven trigger per user per document). Installing twice never makes two:
 * the user's triggers of this Sheet are looked up first. What it was turned on for (the period, the hour,
 * who) is kept in the document properties, so the run can tell when the period moved on.
 */
import { periodKey } from '../../core/reminders/plan';
import type { Settings } from '../../core/settings';
import { DocumentState } from '../sheet/documentState';
import { localNow } from '../sheet/localTime';

/** The public function (src/main.ts) the trigger calls. */
export const REMINDER_HANDLER = 'remindDeadlines';

const ENABLED = 'reminders:enabled';

export interface RemindersEnabled {
  /** periodKey of the settings when turned on. */
  period: string;
  hour: number;
  by: string;
  /** Local 'YYYY-MM-DDTHH:MM'. */
  since: string;
}

export function remindersEnabled(state: DocumentState): RemindersEnabled | null {
  const raw = state.get(ENABLED);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as RemindersEnabled;
  } catch (_e) {
    return null;
  }
}

function ownTriggers(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(ss).filter((t) => t.getHandlerFunction() === REMINDER_HANDLER);
}

/** Installs the daily trigger at the settings' hour (replacing this user's earlier one); returns whether one existed. */
export function installReminderTrigger(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings, email: string): { replaced: boolean } {
  const existing = ownTriggers(ss);
  for (const t of existing) ScriptApp.deleteTrigger(t);
  ScriptApp.newTrigger(REMINDER_HANDLER).timeBased().atHour(settings.reminders.hour).everyDays(1).create();
  const enabled: RemindersEnabled = { period: periodKey(settings), hour: settings.reminders.hour, by: email, since: localNow() };
  DocumentState.load().save({ [ENABLED]: JSON.stringify(enabled) });
  return { replaced: existing.length > 0 };
}

/** Removes this user's trigger; the record goes too when it was theirs. Returns how many were removed. */
export function removeReminderTrigger(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, email: string): number {
  const existing = ownTriggers(ss);
  for (const t of existing) ScriptApp.deleteTrigger(t);
  const state = DocumentState.load();
  const enabled = remindersEnabled(state);
  if (enabled && (existing.length > 0 || enabled.by === email)) state.remove(ENABLED);
  return existing.length;
}
