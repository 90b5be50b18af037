/**
 * What kind of period a settings label names ("6 tháng đầu năm", "9 tháng", "cả năm", "Quý II"), and the id of a
 * period (year + kind): statuses, submissions, run counters and archives are keyed by it.
 */
import type { ReportingPeriod } from '../settings';
import { textKey } from '../text';

export type PeriodKind = 'H1' | 'M9' | 'Y' | 'Q1' | 'Q2' | 'Q3' | 'Q4';

/** The label the product writes for each kind (the Office may write its own: it is recognised). */
export const KIND_LABELS: Record<PeriodKind, string> = {
  H1: '6 tháng đầu năm',
  M9: '9 tháng đầu năm',
  Y: 'cả năm',
  Q1: 'quý I',
  Q2: 'quý II',
  Q3: 'quý III',
  Q4: 'quý IV',
};

const QUARTERS: Record<string, PeriodKind> = { i: 'Q1', '1': 'Q1', ii: 'Q2', '2': 'Q2', iii: 'Q3', '3': 'Q3', iv: 'Q4', '4': 'Q4' };

/** The kind a label names, or null when it names none the cycle knows. */
export function periodKind(label: string): PeriodKind | null {
  const t = textKey(label)
    .replace(/[.,;:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const quarter = /(?:^|\s)(?:quý|quy)\s*(iv|iii|ii|i|[1-4])(?:\s|$)/.exec(t);
  if (quarter) return QUARTERS[quarter[1]];
  // "6 tháng cuối năm" is the second half: no period of the cycle, never the first half.
  if (/(?:^|\s)(?:6|sáu) tháng cuối(?:\s|$)/.test(t)) return null;
  if (/(?:^|\s)(?:6|sáu) tháng(?:\s|$)/.test(t)) return 'H1';
  if (/(?:^|\s)(?:9|chín) tháng(?:\s|$)/.test(t)) return 'M9';
  if (/(?:^|\s)cả năm(?:\s|$)/.test(t) || /(?:^|\s)12 tháng(?:\s|$)/.test(t) || /^năm(?:\s\d{4})?$/.test(t)) return 'Y';
  return null;
}

/** "2024-H1": the period's id. A label the cycle does not know keeps its own text, so ids never collide. */
export function periodId(period: Pick<ReportingPeriod, 'year' | 'periodLabel'>): string {
  const kind = periodKind(period.periodLabel);
  return `${period.year}-${kind ?? textKey(period.periodLabel)}`;
}

/** The id of a period named with its year ("6 tháng đầu năm 2024", as periodOfYear writes it): wording aside, the same period gives the same id. */
export function periodIdOfName(name: string): string {
  const year = /(\d{4})\s*$/.exec(name.trim());
  return year ? periodId({ year: Number(year[1]), periodLabel: name.trim().slice(0, year.index).trim() }) : textKey(name);
}

/** The year and a label of a period id: the product's label for a known kind, the id's own text otherwise. */
export function periodOfId(id: string): Pick<ReportingPeriod, 'year' | 'periodLabel'> {
  const m = /^(\d{4})-(.*)$/.exec(id);
  if (!m) return { year: NaN, periodLabel: id };
  return { year: Number(m[1]), periodLabel: KIND_LABELS[m[2] as PeriodKind] ?? m[2] };
}

/** What the settings cell should say when a label names no known period. */
export function unknownPeriodMessage(label: string): string {
  return `«${label}» không phải là kỳ báo cáo đã biết. Ghi một trong: ${Object.values(KIND_LABELS).join('; ')}.`;
}
