/**
 * The Office's menu items of the reminders: "Bật nhắc hạn", "Tắt nhắc hạn", "Xem trước thư nhắc"
 * (a dialog with the mails that would go out today, sent to nobody, and why each other division gets none).
 */
import { formatDate, formatDateTime } from '../../core/dates';
import { MailOutcome, ReminderPlan, digestMail, planReminders } from '../../core/reminders/plan';
import type { Settings } from '../../core/settings';
import { currentUserEmail, isOffice } from '../sheet/access';
import { localNow } from '../sheet/localTime';
import { requireSettings } from '../sheet/settingsSheet';
import { escapeHtml } from '../menu';
import { readReminderInput } from './reminderInput';
import { RemindersEnabled, installReminderTrigger, remindersEnabled, removeReminderTrigger } from './reminderTrigger';
import { DocumentState } from '../sheet/documentState';

const OFFICE_ONLY = 'Nhắc hạn do Văn phòng Sở bật, tắt và xem trước (e-mail trong «E-mail Văn phòng Sở» của tab Cấu hình).';

function hourText(hour: number): string {
  return `${hour}:00–${(hour + 1) % 24}:00`;
}

function officeSettings(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): { settings: Settings; email: string } {
  const settings = requireSettings(ss);
  const email = currentUserEmail();
  if (!isOffice(settings, email)) throw new Error(OFFICE_ONLY);
  return { settings, email };
}

export function enableRemindersMessage(): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { settings, email } = officeSettings(ss);
  const { replaced } = installReminderTrigger(ss, settings, email);
  const r = settings.reminders;
  const when =
    [r.daysBefore.length ? `${r.daysBefore.join(', ')} ngày trước hạn` : '', r.afterDeadline ? 'mỗi ngày làm việc sau hạn' : ''].filter(Boolean).join(', rồi ') ||
    'không ngày nào (xem các dòng Nhắc hạn trong tab Cấu hình)';
  return (
    `${replaced ? 'Nhắc hạn đã bật từ trước; đã cập nhật theo tab Cấu hình' : 'Đã bật nhắc hạn'}: mỗi ngày khoảng ${hourText(r.hour)} (Google chọn một lúc trong giờ này), ` +
    `thư gửi từ tài khoản ${email} tới các phòng, đơn vị chưa nộp, chưa đủ: ${when} (hạn nộp ${formatDate(settings.period.deadline)}); không gửi vào thứ Bảy, Chủ nhật và ngày nghỉ lễ trong tab Cấu hình. ` +
    'Mỗi thư được ghi vào tab «Nhật ký nhắc hạn». Xem trước thư của hôm nay: menu Xem trước thư nhắc.'
  );
}

export function disableRemindersMessage(): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { email } = officeSettings(ss);
  const by = remindersEnabled(DocumentState.load())?.by;
  const removed = removeReminderTrigger(ss, email);
  if (removed > 0) return 'Đã tắt nhắc hạn: không gửi thư nhắc nào nữa cho đến khi bật lại.';
  if (by && by !== email) return `Nhắc hạn do ${by} bật: Google chỉ cho người bật tắt được lịch của mình. Đề nghị ${by} chạy menu Tắt nhắc hạn.`;
  return 'Nhắc hạn chưa bật: không có lịch gửi thư nào để tắt.';
}

function enabledLine(enabled: RemindersEnabled | null): string {
  if (!enabled) return 'Nhắc hạn chưa bật (menu Bật nhắc hạn): đây là những thư sẽ gửi hôm nay nếu đã bật.';
  return `Nhắc hạn đang bật: mỗi ngày khoảng ${hourText(enabled.hour)}, tài khoản ${enabled.by}, từ ${formatDateTime(enabled.since)}.`;
}

function planHtml(plan: ReminderPlan, outcomes: MailOutcome[], digest: ReturnType<typeof digestMail>): string {
  const mail = (m: { to: string[]; subject: string; body: string }) =>
    `<div class="mail"><div><b>Gửi tới:</b> ${escapeHtml(m.to.join(', '))}</div><div><b>Tiêu đề:</b> ${escapeHtml(m.subject)}</div><pre>${escapeHtml(m.body)}</pre></div>`;
  if (plan.stop) return `<p>${escapeHtml(plan.stop)}</p>`;
  if (!plan.day.remind) return `<p>${escapeHtml(plan.day.reason)}</p>`;
  return [
    `<h3>Sẽ gửi (${outcomes.length})</h3>`,
    outcomes.map((o) => mail(o.mail)).join('') || '<p>Không có.</p>',
    `<h3>Không gửi (${plan.skips.length})</h3>`,
    plan.skips.length ? `<ul>${plan.skips.map((s) => `<li><b>${escapeHtml(s.divisionName)}</b>: ${escapeHtml(s.reason)}</li>`).join('')}</ul>` : '<p>Không có.</p>',
    '<h3>Bản tổng hợp cho Văn phòng</h3>',
    digest ? mail(digest) : '<p>Không gửi (đã gửi hôm nay, hoặc không còn phòng, đơn vị nào phải nhắc).</p>',
  ].join('');
}

/** The preview's HTML: today's mails, sent to nobody. */
export function previewHtml(): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const today = localNow().slice(0, 10);
  const email = currentUserEmail();
  const reading = readReminderInput(ss, today, email);
  const head = `<p>Xem trước thư nhắc hạn ngày ${formatDate(today)}: chưa gửi thư nào.</p>`;
  let content: string;
  if (!reading.ok) {
    content = `<p>Tab Cấu hình có lỗi nên lần nhắc hạn sẽ không gửi thư nào. Sửa các ô sau:</p><ul>${reading.problems.map((p) => `<li>${escapeHtml(p.message)}</li>`).join('')}</ul>`;
  } else {
    if (!isOffice(reading.input.settings, email)) throw new Error(OFFICE_ONLY);
    const plan = planReminders(reading.input);
    const outcomes = plan.mails.map((mail) => ({ mail, failure: null }));
    const quota = MailApp.getRemainingDailyQuota();
    content = `<p>${escapeHtml(enabledLine(reading.enabled))} Hạn mức gửi thư còn lại hôm nay: ${quota} người nhận.</p>${planHtml(plan, outcomes, digestMail(reading.input, plan, outcomes))}`;
  }
  return `<div style="font-family:Arial,sans-serif;font-size:13px">${head}${content}</div><style>pre{white-space:pre-wrap;background:#f4f6fa;padding:6px}.mail{border-top:1px solid #ccd;margin-top:8px}</style>`;
}

export function showReminderPreview(): void {
  const ui = SpreadsheetApp.getUi();
  try {
    ui.showModalDialog(HtmlService.createHtmlOutput(previewHtml()).setWidth(640).setHeight(520), 'Xem trước thư nhắc');
  } catch (e) {
    ui.alert('Xem trước thư nhắc', (e as Error).message, ui.ButtonSet.OK);
  }
}

export function runReminderMenu(title: string, message: () => string): void {
  const ui = SpreadsheetApp.getUi();
  try {
    ui.alert(title, message(), ui.ButtonSet.OK);
  } catch (e) {
    ui.alert(title, (e as Error).message, ui.ButtonSet.OK);
  }
}
