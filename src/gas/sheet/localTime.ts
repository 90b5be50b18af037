/** The script's local time: one call for its time zone, the clock formatted in the script (Utilities only when Intl cannot). */
import { zonedDateTime } from '../../core/zonedTime';

/** 'YYYY-MM-DDTHH:MM', or with `withSeconds` 'YYYY-MM-DDTHH:MM:SS', of `at` in the script's time zone. */
export function localDateTime(at: Date = new Date(), withSeconds = false): string {
  const timeZone = Session.getScriptTimeZone();
  return zonedDateTime(at, timeZone, withSeconds) ?? Utilities.formatDate(at, timeZone, withSeconds ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm");
}

/** Today's date and time in the script's time zone ('YYYY-MM-DDTHH:MM'). */
export function localNow(): string {
  return localDateTime();
}
