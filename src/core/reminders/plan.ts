/**
 * Who gets a reminder today, and why the others do not: given the settings, today, each division's report,
 * the mails the log says were sent and the period the reminders were turned on for. Pure: the Apps Script
 * shell reads, sends what this returns, and logs.
 *
 * The rules: nothing on Saturdays, Sundays and the holidays of the settings; on the chosen days before the
 * deadline, and every working day after it when asked, each division that is neither "Đã nộp" nor "Đã đủ"
 * and has e-mails gets one mail a day at most; the Office gets one digest a day. Nothing at all once the
 * period of the settings is not the one the reminders were turned on for (the Office turns them on again
 * for the new period).
 */
import type { DivisionReport } from '../divisionReport';
import { ResolvedForm, periodOfYear } from '../form';
import type { Settings } from '../settings';
import { periodId, periodOfId } from '../periods/kind';
import type { SentMail } from './log';
import { DigestLine, digestMailText, divisionMailText, missingSentence } from './messages';
import { ReminderDay, reminderDay } from './schedule';

export interface ReminderDivision {
  report: DivisionReport;
  /** The link to the division's tab (the Sheet's link when the tab is missing). */
  tabUrl: string;
  /** Where its e-mails are typed: "Cấu hình!C40". */
  emailCell: string;
}

export interface ReminderInput {
  settings: Settings;
  form: ResolvedForm;
  /** ISO date, the script's time zone. */
  today: string;
  divisions: ReminderDivision[];
  /** The sends the log remembers. */
  sent: SentMail[];
  /** The period the reminders were turned on for (periodKey), null when not recorded. */
  enabledFor: string | null;
  /** Who gets the digest when neither the digest e-mails nor the Office e-mails are set: whoever turned the reminders on. */
  fallbackDigestTo: string;
}

export interface ReminderMail {
  kind: 'division' | 'digest';
  /** The division mailed; for the digest, the Office. */
  divisionName: string;
  to: string[];
  subject: string;
  body: string;
}

export interface ReminderSkip {
  divisionName: string;
  reason: string;
}

export interface ReminderPlan {
  day: ReminderDay;
  /** Why the reminders must stop altogether (the period moved on): the shell turns them off and logs it. */
  stop: string | null;
  /** The division mails of today, in the settings' order; the digest is made after sending (digestMail). */
  mails: ReminderMail[];
  skips: ReminderSkip[];
}

export const DIGEST_NAME = 'Văn phòng Sở';

/** The period reminders are turned on for (core/periods periodId): another year or kind of period is a new period (a later deadline, or another wording of the same label, is not). */
export function periodKey(settings: Settings): string {
  return periodId(settings.period);
}

function periodOfKey(key: string): string {
  const p = periodOfId(key);
  return periodOfYear(p.periodLabel, p.year);
}

/** Why a division gets no mail today, or null when it gets one. */
function skipReason(d: ReminderDivision, input: ReminderInput): string | null {
  const { report } = d;
  if (report.status === 'submitted') return 'Đã nộp.';
  if (report.status === 'complete') return 'Đã đủ (chưa đánh dấu đã nộp): không cần nhắc.';
  if (!report.check && report.problem) return `${report.problem} Chưa gửi thư nhắc.`;
  if (report.division.emails.length === 0) return `Chưa có e-mail người nhập (ô ${d.emailCell} trong tab Cấu hình): Văn phòng Sở nhắc trực tiếp. ${missingSentence(report, input.form)}`;
  if (input.sent.some((s) => s.kind === 'division' && s.day === input.today && s.divisionName === report.division.name)) return 'Đã được nhắc hôm nay.';
  return null;
}

export function planReminders(input: ReminderInput): ReminderPlan {
  const { settings, today } = input;
  const day = reminderDay(today, settings.period.deadline, settings.reminders);
  if (input.enabledFor && input.enabledFor !== periodKey(settings)) {
    const stop = `Kỳ báo cáo trong tab Cấu hình đã đổi (nhắc hạn được bật cho kỳ ${periodOfKey(input.enabledFor)}, nay là ${periodOfYear(settings.period.periodLabel, settings.period.year)}): đã tắt nhắc hạn; Văn phòng Sở chạy lại menu Bật nhắc hạn cho kỳ mới.`;
    return { day, stop, mails: [], skips: [] };
  }
  if (!day.remind) return { day, stop: null, mails: [], skips: [] };
  const mails: ReminderMail[] = [];
  const skips: ReminderSkip[] = [];
  for (const d of input.divisions) {
    const reason = skipReason(d, input);
    if (reason) {
      skips.push({ divisionName: d.report.division.name, reason });
      continue;
    }
    const text = divisionMailText(d.report, input.form, settings, day.daysLeft, d.tabUrl);
    mails.push({ kind: 'division', divisionName: d.report.division.name, to: d.report.division.emails, ...text });
  }
  return { day, stop: null, mails, skips };
}

/** How each planned division mail went (the preview passes every mail as sent). */
export interface MailOutcome {
  mail: ReminderMail;
  /** null: sent; otherwise why not, in Vietnamese. */
  failure: string | null;
}

/**
 * The Office's digest of the day, once the division mails went out: null when it was sent today already,
 * or when no division is left to chase.
 */
export function digestMail(input: ReminderInput, plan: ReminderPlan, outcomes: MailOutcome[]): ReminderMail | null {
  if (plan.stop || !plan.day.remind) return null;
  if (input.sent.some((s) => s.kind === 'digest' && s.day === input.today)) return null;
  const pending = input.divisions.filter((d) => d.report.status !== 'submitted' && d.report.status !== 'complete');
  if (pending.length === 0) return null;
  const byName = new Map(input.divisions.map((d) => [d.report.division.name, d.report] as const));
  const describe = (name: string) => {
    const report = byName.get(name)!;
    return `${report.statusLabel}; ${missingSentence(report, input.form)}`;
  };
  const sent: DigestLine[] = outcomes.filter((o) => !o.failure).map((o) => ({ divisionName: o.mail.divisionName, text: `${describe(o.mail.divisionName)} Gửi tới ${o.mail.to.join(', ')}.` }));
  const failed: DigestLine[] = outcomes.filter((o) => o.failure).map((o) => ({ divisionName: o.mail.divisionName, text: o.failure! }));
  const notSent: DigestLine[] = plan.skips.map((s) => ({ divisionName: s.divisionName, text: s.reason }));
  const to = input.settings.reminders.digestEmails.length ? input.settings.reminders.digestEmails : input.settings.officeEmails.length ? input.settings.officeEmails : [input.fallbackDigestTo].filter(Boolean);
  if (to.length === 0) return null;
  const text = digestMailText(input.settings, input.today, plan.day.daysLeft, sent, notSent, failed);
  return { kind: 'digest', divisionName: DIGEST_NAME, to, ...text };
}
