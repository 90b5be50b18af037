/**
 * The tab "Nhật ký nhắc hạn": a row per mail sent or refused, and per run that stopped (time, division,
 * recipients, kind, result). It is also the reminders' memory: a division mailed today is not mailed again.
 */
import { formatDateTime, isoOfLocalDate } from '../dates';
import { OFFICE_TABS } from '../officeTabs';
import { CellValue, Grid, cellText } from '../grid';
import { textKey } from '../text';

export const REMINDER_LOG_TAB = OFFICE_TABS.reminderLog;
export const REMINDER_LOG_HEADER = ['Thời gian', 'Phòng, đơn vị', 'Người nhận', 'Loại', 'Kết quả'];

export const KIND_LABELS = {
  division: 'Thư nhắc hạn',
  digest: 'Bản tổng hợp cho Văn phòng',
  run: 'Lần chạy nhắc hạn',
} as const;

export type ReminderLogKind = keyof typeof KIND_LABELS;

export const SENT = 'Đã gửi';

export interface ReminderLogEntry {
  /** Local 'YYYY-MM-DDTHH:MM'. */
  at: string;
  divisionName: string;
  recipients: string[];
  kind: ReminderLogKind;
  /** "Đã gửi", or why not, in Vietnamese. */
  result: string;
}

/** A mail sent on a day: what the log remembers. */
export interface SentMail {
  day: string;
  divisionName: string;
  kind: ReminderLogKind;
}

export function logRow(entry: ReminderLogEntry): string[] {
  return [formatDateTime(entry.at), entry.divisionName, entry.recipients.join(', '), KIND_LABELS[entry.kind], entry.result];
}

/** The day of a log row's time: "08:05 02/12/2026" as written, or a date value if someone formatted the column. */
function dayOf(value: CellValue): string | null {
  if (value instanceof Date) return isNaN(value.getTime()) ? null : isoOfLocalDate(value);
  const m = /(\d{2})\/(\d{2})\/(\d{4})\s*$/.exec(cellText(value).replace(/^'/, ''));
  return m ? `${m[3]}-${m[2]}-${m[1]}` : null;
}

/** The mails the log says were sent (the header and rows that are not sends are passed over). */
export function sentMails(grid: Grid): SentMail[] {
  const kinds = Object.entries(KIND_LABELS).map(([kind, label]) => [textKey(label), kind as ReminderLogKind] as const);
  const out: SentMail[] = [];
  for (const row of grid) {
    const day = dayOf(row[0]);
    const kind = kinds.find(([label]) => label === textKey(cellText(row[3])))?.[1];
    if (!day || !kind || !cellText(row[4]).startsWith(SENT)) continue;
    out.push({ day, divisionName: cellText(row[1]), kind });
  }
  return out;
}
