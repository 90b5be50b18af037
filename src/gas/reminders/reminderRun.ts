/**
 * The daily run of the reminders (the time-driven trigger's function). No user is at the screen: no
 * SpreadsheetApp.getUi(), nothing thrown at Google (a failure is a row of "Nhật ký nhắc hạn"). It takes the
 * document lock, so it and a "Tổng hợp" do not collide; reads with reminderInput.ts; sends what the core
 * plans, while the mail quota lasts; then the Office's digest; and writes every send, failure and stop to
 * the log in one write.
 */
import { isOffice } from '../sheet/access';
import { localNow } from '../sheet/localTime';
import { withDocumentLock } from '../sheet/lock';
import type { ReminderLogEntry } from '../../core/reminders/log';
import { SENT } from '../../core/reminders/log';
import { MAIL_SENDER_NAME } from '../../core/reminders/messages';
import { MailOutcome, ReminderMail, digestMail, planReminders } from '../../core/reminders/plan';
import { readReminderInput } from './reminderInput';
import { appendReminderLog } from './reminderLogTab';
import { removeReminderTrigger } from './reminderTrigger';

const QUOTA_GONE = /too many times for one day|quá nhiều lần/i;

function quotaMessage(left: number): string {
  return `Đã hết hạn mức gửi thư trong ngày của Google (còn ${left} người nhận): dừng lần nhắc hôm nay; thư chưa gửi sẽ được gửi ở lần chạy sau.`;
}

class RunLog {
  readonly entries: ReminderLogEntry[] = [];
  /** Who may edit the log tab when this run makes it: the Office of the settings, once read. */
  officeEmails: string[] = [];
  add(divisionName: string, recipients: string[], kind: ReminderLogEntry['kind'], result: string): void {
    this.entries.push({ at: localNow(), divisionName, recipients, kind, result });
  }
}

/** Sends one mail while the quota lasts: null when sent, else why not; `quotaGone` tells the run to stop. */
function send(mail: ReminderMail): { failure: string | null; quotaGone: boolean } {
  const left = MailApp.getRemainingDailyQuota();
  if (left < mail.to.length) return { failure: quotaMessage(left), quotaGone: true };
  try {
    MailApp.sendEmail({ to: mail.to.join(','), subject: mail.subject, body: mail.body, name: MAIL_SENDER_NAME });
    return { failure: null, quotaGone: false };
  } catch (e) {
    const message = (e as Error).message;
    if (QUOTA_GONE.test(message)) return { failure: quotaMessage(0), quotaGone: true };
    return { failure: `Lỗi khi gửi: ${message}`, quotaGone: false };
  }
}

function runOnce(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, runner: string, log: RunLog): void {
  const reading = readReminderInput(ss, localNow().slice(0, 10), runner);
  if (!reading.ok) {
    log.add('', [], 'run', `Không gửi: tab Cấu hình có lỗi, sửa rồi xem lại bằng menu Xem trước thư nhắc. ${reading.problems.map((p) => p.message).join(' ')}`);
    return;
  }
  const { input } = reading;
  log.officeEmails = input.settings.officeEmails;
  if (runner && !isOffice(input.settings, runner)) {
    removeReminderTrigger(ss, runner);
    log.add('', [runner], 'run', `Không gửi: ${runner}, người bật nhắc hạn, không còn trong «E-mail Văn phòng Sở»; đã tắt nhắc hạn của tài khoản này. Văn phòng Sở chạy lại menu Bật nhắc hạn.`);
    return;
  }
  const plan = planReminders(input);
  if (plan.stop) {
    removeReminderTrigger(ss, runner);
    log.add('', [], 'run', `Không gửi: ${plan.stop}`);
    return;
  }
  const outcomes: MailOutcome[] = [];
  for (const mail of plan.mails) {
    const { failure, quotaGone } = send(mail);
    log.add(mail.divisionName, mail.to, 'division', failure ?? SENT);
    outcomes.push({ mail, failure });
    if (quotaGone) {
      log.add('', [], 'run', `Dừng: ${failure}`);
      return;
    }
  }
  const digest = digestMail(input, plan, outcomes);
  if (!digest) return;
  const { failure, quotaGone } = send(digest);
  log.add(digest.divisionName, digest.to, 'digest', failure ?? SENT);
  if (quotaGone) log.add('', [], 'run', `Dừng: ${failure}`);
}

function writeLog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, log: RunLog): void {
  try {
    appendReminderLog(ss, log.entries, log.officeEmails);
  } catch (e) {
    console.error(`Không ghi được Nhật ký nhắc hạn: ${(e as Error).message}`);
  }
}

/**
 * The trigger's function: never throws (Google would only e-mail a stack trace to the trigger's owner).
 * The log is written before the lock is let go: the next run (another Office user's trigger) sees it.
 */
export function remindDeadlines(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) {
    // Nowhere to log: Apps Script's execution log keeps this line.
    console.error('Nhắc hạn: không mở được bảng tính của lịch chạy (trình kích hoạt không gắn với bảng tính nào).');
    return;
  }
  const runner = (Session.getEffectiveUser().getEmail() || '').toLowerCase();
  const log = new RunLog();
  let written = false;
  try {
    withDocumentLock('Nhắc hạn', () => {
      try {
        runOnce(ss, runner, log);
      } catch (e) {
        log.add('', [], 'run', `Lỗi: ${(e as Error).message}`);
      } finally {
        writeLog(ss, log);
        written = true;
      }
    });
  } catch (e) {
    log.add('', [], 'run', `Không gửi: ${(e as Error).message}`);
  }
  if (!written) writeLog(ss, log);
}
