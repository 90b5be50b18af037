/** Dates the Vietnamese way: dd/mm/yyyy in tables, "ngày 05 tháng 01 năm 2025" in running text. */
import { CellValue, cellText, normalizeSpaces } from './grid';
import { formatNumber } from './numbers';

export type DateReading = { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'invalid'; text: string };

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The calendar day of a Date as the running environment's clock shows it (Apps Script: the script's time zone). */
export function isoOfLocalDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The local clock to the minute: 'YYYY-MM-DDTHH:MM', as the summary's `now` wants it. */
export function isoOfLocalDateTime(d: Date): string {
  return `${isoOfLocalDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Reads a date cell: a Date, an ISO string, or day-first text such as 30/9/2024, 30-09-2024, 30.09.2024. */
export function readDate(value: CellValue): DateReading {
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  if (value instanceof Date) return isNaN(value.getTime()) ? { kind: 'invalid', text: 'ngày không hợp lệ' } : { kind: 'date', iso: isoOfLocalDate(value) };
  // A number or a checkbox as the person sees it (1.234,5; TRUE), never as JavaScript writes it.
  const text = typeof value === 'number' ? (Number.isFinite(value) ? formatNumber(value, 6) : String(value)) : normalizeSpaces(cellText(value));
  if (text === '') return { kind: 'empty' };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) {
    const iso = isoDate(+m[1], +m[2], +m[3]);
    return iso ? { kind: 'date', iso } : { kind: 'invalid', text };
  }
  m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
  if (m) {
    const iso = isoDate(+m[3], +m[2], +m[1]);
    return iso ? { kind: 'date', iso } : { kind: 'invalid', text };
  }
  return { kind: 'invalid', text };
}

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return [y, m, d];
}

/** "2024-06-28" → "28/06/2024". */
export function formatDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${pad(d)}/${pad(m)}/${y}`;
}

/** "2025-01-05" → "ngày 05 tháng 01 năm 2025" (Decree 30: days under 10 and months 1–2 take a leading zero). */
export function formatLongDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `ngày ${pad(d)} tháng ${m <= 2 ? pad(m) : String(m)} năm ${y}`;
}

/** Whole days from `fromIso` to `toIso` (negative when `toIso` is earlier). */
export function daysBetween(fromIso: string, toIso: string): number {
  const [y1, m1, d1] = parts(fromIso);
  const [y2, m2, d2] = parts(toIso);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86400000);
}

/** "2024-06-27T09:05:00" → "09:05 27/06/2024", for logs and the sidebar. */
export function formatDateTime(isoDateTime: string): string {
  const [date, time = ''] = isoDateTime.split('T');
  return `${time.slice(0, 5)} ${formatDate(date)}`.trim();
}
