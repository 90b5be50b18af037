/**
 * A moment as local 'YYYY-MM-DDTHH:MM' (with `withSeconds`, 'YYYY-MM-DDTHH:MM:SS') in a named time zone, computed in the script (JavaScript's Intl)
 * instead of asking Utilities.formatDate, which is a service call. Null when the runtime cannot tell
 * (no Intl, an unknown zone, an unexpected shape): the caller then asks the service.
 */
export function zonedDateTime(date: Date, timeZone: string, withSeconds = false): string | null {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      ...(withSeconds ? { second: '2-digit' as const } : {}),
      hourCycle: 'h23',
    }).formatToParts(date);
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    const text = `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}${withSeconds ? `:${part('second')}` : ''}`;
    return /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/.test(text) ? text : null;
  } catch (_e) {
    return null;
  }
}
