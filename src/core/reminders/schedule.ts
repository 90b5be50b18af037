/**
 * Which days are reminder days: working days (not Saturday, Sunday or a holiday of the settings) that are
 * one of the chosen days before the deadline, or after the deadline when the Office asked for that.
 */
import { daysBetween, formatDate } from '../dates';
import type { ReminderSettings } from '../settings';

const WEEKDAY_NAMES = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/** 0 = Sunday … 6 = Saturday, of an ISO date (no time zone involved). */
export function weekday(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function isWorkingDay(iso: string, holidays: string[]): boolean {
  const day = weekday(iso);
  return day !== 0 && day !== 6 && !holidays.includes(iso.slice(0, 10));
}

export type ReminderDay = { remind: true; daysLeft: number } | { remind: false; daysLeft: number; reason: string };

/** "còn 3 ngày đến hạn", "hôm nay là hạn nộp", "đã quá hạn 2 ngày". */
export function daysLeftInWords(daysLeft: number): string {
  if (daysLeft > 0) return `còn ${daysLeft} ngày đến hạn`;
  if (daysLeft === 0) return 'hôm nay là hạn nộp';
  return `đã quá hạn ${-daysLeft} ngày`;
}

/** Whether today is a reminder day for this deadline, and why not. */
export function reminderDay(today: string, deadline: string, settings: ReminderSettings): ReminderDay {
  const daysLeft = daysBetween(today, deadline);
  const day = weekday(today);
  if (day === 0 || day === 6) return { remind: false, daysLeft, reason: `Hôm nay (${WEEKDAY_NAMES[day]}, ${formatDate(today)}) là ngày nghỉ cuối tuần: không gửi thư nhắc.` };
  if (settings.holidays.includes(today)) return { remind: false, daysLeft, reason: `Hôm nay (${formatDate(today)}) là ngày nghỉ lễ theo tab Cấu hình: không gửi thư nhắc.` };
  if (daysLeft < 0) {
    if (settings.afterDeadline) return { remind: true, daysLeft };
    return { remind: false, daysLeft, reason: `Hạn nộp ${formatDate(deadline)} ${daysLeftInWords(daysLeft)}; «Nhắc hạn: sau hạn» là Không: không gửi thư nhắc.` };
  }
  if (settings.daysBefore.includes(daysLeft)) return { remind: true, daysLeft };
  const chosen = settings.daysBefore.length ? `nhắc ${settings.daysBefore.join(', ')} ngày trước hạn` : 'chưa chọn ngày nhắc trước hạn';
  return { remind: false, daysLeft, reason: `Hạn nộp ${formatDate(deadline)}, ${daysLeftInWords(daysLeft)}: hôm nay không phải ngày nhắc (${chosen}${settings.afterDeadline ? ', rồi mỗi ngày làm việc sau hạn' : ''}).` };
}
