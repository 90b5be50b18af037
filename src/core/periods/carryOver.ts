/**
 * What a division's tab carries into the next period (domain/reporting-cycle.md, "What carries"): from the closing
 * period's items, as the check read them, the new period's rows per section. Section I keeps its indicators and units
 * and, within the same year, the plan and the previous year's result; a new year fills "Thực hiện năm {prevYear}"
 * from the closing whole-year estimate and says so in a note. Section IV keeps the tasks not finished, with their
 * document and deadline; section VI keeps the targets while the 5-year period lasts, the last rating shown in a note.
 * The other sections start empty. Notes are cell notes: the check never reads them, so a carried remark cannot pass
 * for this period's explanation.
 */
import type { ItemValue, SectionItems } from '../check';
import type { SectionId } from '../form';
import type { SampleDivision, SampleRow } from '../sampleData';
import type { ReportingPeriod, Settings } from '../settings';
import { periodOfYear } from '../form';
import { formatDate } from '../dates';
import { formatNumber } from '../numbers';

/** One row of the new period: its values by column key, and notes on some of its cells. */
export interface CarriedRow {
  values: SampleRow;
  notes: Record<string, string>;
}

export type CarriedDivision = Partial<Record<SectionId, CarriedRow[]>>;

/** Statuses of a finished task: it does not carry. */
export const FINISHED_STATUSES = ['Hoàn thành đúng hạn', 'Hoàn thành quá hạn'];

function present(v: ItemValue | undefined): v is string | number {
  return v !== null && v !== undefined && v !== '';
}

function pick(values: Record<string, ItemValue>, keys: string[]): SampleRow {
  const row: SampleRow = {};
  for (const k of keys) if (present(values[k])) row[k] = values[k] as string | number;
  return row;
}

function shown(v: ItemValue): string {
  if (typeof v === 'number') return formatNumber(v, 6); // 39.850,5 as the report writes it, never 39850.5
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDate(v);
  return String(v ?? '');
}

function carrySectionI(items: SectionItems['I'], closing: ReportingPeriod, next: ReportingPeriod): CarriedRow[] {
  const sameYear = closing.year === next.year;
  const closingName = periodOfYear(closing.periodLabel, closing.year);
  return items
    .filter((item) => present(item.values.indicator) || present(item.values.unit))
    .map((item) => {
      const values = pick(item.values, sameYear ? ['indicator', 'unit', 'prevYear', 'plan'] : ['indicator', 'unit']);
      const notes: Record<string, string> = {};
      if (!sameYear && typeof item.values.estimate === 'number') {
        values.prevYear = item.values.estimate;
        notes.prevYear = `Chuyển sang từ «Ước thực hiện năm ${closing.year}» của kỳ ${closingName} (${shown(item.values.estimate)}). Có số thực hiện chính thức thì sửa lại.`;
      }
      return { values, notes };
    });
}

function carrySectionIV(items: SectionItems['IV'], closing: ReportingPeriod, next: Settings): CarriedRow[] {
  const closingName = periodOfYear(closing.periodLabel, closing.year);
  const retired = (doc: ItemValue) => present(doc) && next.taskDocuments.length > 0 && !next.taskDocuments.includes(String(doc));
  return items
    .filter((item) => !FINISHED_STATUSES.includes(String(item.values.status ?? '')) && (present(item.values.task) || present(item.values.document)))
    .filter((item) => !retired(item.values.document))
    .map((item) => {
      const notes: Record<string, string> = {};
      if (present(item.values.status)) notes.status = `Kỳ ${closingName}: ${shown(item.values.status)}`;
      if (present(item.values.result)) notes.result = `Kỳ ${closingName}: ${shown(item.values.result)}`;
      return { values: pick(item.values, ['task', 'document', 'deadline']), notes };
    });
}

function carrySectionVI(items: SectionItems['VI'], closing: ReportingPeriod, next: ReportingPeriod): CarriedRow[] {
  if (closing.fiveYearStart !== next.fiveYearStart || closing.fiveYearEnd !== next.fiveYearEnd) return [];
  const closingName = periodOfYear(closing.periodLabel, closing.year);
  return items
    .filter((item) => present(item.values.target) || present(item.values.document))
    .map((item) => {
      const notes: Record<string, string> = {};
      const last = [present(item.values.rating) ? shown(item.values.rating) : '', present(item.values.explanation) ? shown(item.values.explanation) : ''].filter(Boolean).join('. ');
      if (last) notes.rating = `Kỳ trước (${closingName}): ${last}`;
      const keys = closing.year === next.year ? ['target', 'document', 'goal', 'estimate'] : ['target', 'document', 'goal'];
      return { values: pick(item.values, keys), notes };
    });
}

/** The new period's rows of one division, from what the closing period's check read. */
export function carryOver(items: SectionItems, closing: ReportingPeriod, next: Settings): CarriedDivision {
  return {
    I: carrySectionI(items.I, closing, next.period),
    IV: carrySectionIV(items.IV, closing, next),
    VI: carrySectionVI(items.VI, closing, next.period),
  };
}

/** The carried rows as the form writers take typed-in rows (core/sampleData.ts). */
export function carriedSample(carried: CarriedDivision): SampleDivision {
  const sample: SampleDivision = {};
  for (const [id, rows] of Object.entries(carried) as [SectionId, CarriedRow[]][]) if (rows.length) sample[id] = rows.map((r) => r.values);
  return sample;
}
