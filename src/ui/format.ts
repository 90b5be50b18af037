/** Dates and counts the Vietnamese way, for the sidebar. Times show in the browser's time zone (the user's). */

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIso(iso: string): Date | null {
  const d = new Date(iso);
  return isNaN(d.getTime()) ? null : d;
}

/** "2024-06-20T02:30:00Z" → "09:30 20/06/2024" (in Asia/Ho_Chi_Minh). Text that is not a date comes back as it is. */
export function formatDateTime(iso: string): string {
  const d = parseIso(iso);
  if (!d) return iso;
  return `${pad(d.getHours())}:${pad(d.getMinutes())} ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** "2024-06-20T02:30:00Z" → "09:30 20/06". */
export function formatShortDateTime(iso: string): string {
  const d = parseIso(iso);
  if (!d) return iso;
  return `${pad(d.getHours())}:${pad(d.getMinutes())} ${pad(d.getDate())}/${pad(d.getMonth() + 1)}`;
}

/** "2024-06-28" → "28/06/2024". A date-only string is a calendar day, never shifted by the time zone. */
export function formatDate(iso: string): string {
  const m = DATE_ONLY.exec(iso);
  if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  const d = parseIso(iso);
  if (!d) return iso;
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** "Còn 5 ngày" · "Hôm nay là hạn cuối" · "Đã quá hạn 2 ngày". */
export function formatDaysLeft(daysLeft: number): string {
  if (daysLeft > 0) return `Còn ${daysLeft} ngày`;
  if (daysLeft === 0) return 'Hôm nay là hạn cuối';
  return `Đã quá hạn ${-daysLeft} ngày`;
}

/** "2 lỗi, 1 cảnh báo". */
export function formatCounts(errorCount: number, warningCount: number): string {
  return `${errorCount} lỗi, ${warningCount} cảnh báo`;
}

export function clampPercent(percent: number): number {
  if (!isFinite(percent)) return 0;
  return Math.max(0, Math.min(100, Math.round(percent)));
}

/** Only web addresses become links; anything else (javascript:, data:) is shown as text. */
export function isWebUrl(url: string): boolean {
  return /^https:\/\/[^\s]+$/i.test(url) || /^http:\/\/[^\s]+$/i.test(url);
}
