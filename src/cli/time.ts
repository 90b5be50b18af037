/** The local clock, as the core wants it: ISO date 'YYYY-MM-DD' and date-time 'YYYY-MM-DDTHH:MM'. */

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function localIsoDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function localIsoDateTime(d: Date): string {
  return `${localIsoDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Dates stored in .xlsx cells are calendar days without a zone: exceljs gives them as UTC midnight. */
export function utcIsoDate(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
