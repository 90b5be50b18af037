/**
 * The values of the reminder rows of "Cấu hình", as the Office types them: days before the deadline
 * ("3, 1"), the hour of the daily run ("8:00", or the time value Sheets makes of it) and holidays
 * (dates, a line or a comma apart). Each bad value is named by its cell.
 */
import type { CellValue } from '../grid';
import { cellText } from '../grid';
import { readDate } from '../dates';

export type ReminderValueKind = 'dayCounts' | 'hour' | 'dates';

export type ReminderValueReading = { ok: true; value: number[] | number | string[] } | { ok: false; message: string };

function items(text: string): string[] {
  return text
    .split(/[,;\n]+/)
    .map((s) => s.trim().replace(/\.$/, ''))
    .filter((s) => s !== '');
}

function dayCounts(raw: CellValue, where: string, label: string): ReminderValueReading {
  const text = typeof raw === 'number' ? String(raw) : cellText(raw);
  const bad = items(text).filter((s) => !/^\d{1,3}$/.test(s));
  if (bad.length) return { ok: false, message: `${where} («${label}»): «${bad.join(', ')}» không phải là số ngày. Ghi các số ngày trước hạn, cách nhau bởi dấu phẩy, ví dụ 3, 1.` };
  const days = [...new Set(items(text).map(Number))].sort((a, b) => b - a);
  return { ok: true, value: days };
}

/** A time Sheets stored on its day zero: the nearest whole hour (old time zones put odd seconds on 1899 dates). */
function hourOfTime(value: Date): number | null {
  const minutes = value.getHours() * 60 + value.getMinutes() + value.getSeconds() / 60;
  const hour = Math.round(minutes / 60);
  return Math.abs(minutes - hour * 60) <= 10 ? hour % 24 : null;
}

function hour(raw: CellValue, where: string, label: string): ReminderValueReading {
  const refuse: ReminderValueReading = { ok: false, message: `${where} («${label}»): «${cellText(raw)}» không phải là giờ gửi. Ghi một giờ chẵn từ 0:00 đến 23:00, ví dụ 8:00.` };
  if (raw instanceof Date) {
    const h = isNaN(raw.getTime()) ? null : hourOfTime(raw);
    return h === null ? refuse : { ok: true, value: h };
  }
  if (typeof raw === 'number') {
    // A fraction of a day (Sheets' time as a number) or a plain hour.
    const h = raw > 0 && raw < 1 ? Math.round(raw * 24 * 60) / 60 : raw;
    return Number.isInteger(h) && h >= 0 && h <= 23 ? { ok: true, value: h } : refuse;
  }
  const m = /^(\d{1,2})(?:\s*(?::|h|giờ)\s*(00?)?)?(?:\s*(?:giờ|h))?$/i.exec(cellText(raw).trim());
  if (!m || Number(m[1]) > 23) return refuse;
  return { ok: true, value: Number(m[1]) };
}

function dates(raw: CellValue, where: string, label: string): ReminderValueReading {
  if (raw instanceof Date) {
    const one = readDate(raw);
    return one.kind === 'date' ? { ok: true, value: [one.iso] } : { ok: false, message: `${where} («${label}»): ngày không hợp lệ.` };
  }
  const found: string[] = [];
  const bad: string[] = [];
  for (const item of items(cellText(raw))) {
    const reading = readDate(item);
    if (reading.kind === 'date') found.push(reading.iso);
    else bad.push(item);
  }
  if (bad.length) return { ok: false, message: `${where} («${label}»): «${bad.join(', ')}» không phải là ngày. Ghi ngày/tháng/năm, mỗi ngày một dòng hoặc cách nhau bởi dấu phẩy, ví dụ 30/04/2024, 01/05/2024.` };
  return { ok: true, value: [...new Set(found)].sort() };
}

export function readReminderValue(kind: ReminderValueKind, raw: CellValue, where: string, label: string): ReminderValueReading {
  if (kind === 'dayCounts') return dayCounts(raw, where, label);
  if (kind === 'hour') return hour(raw, where, label);
  return dates(raw, where, label);
}
