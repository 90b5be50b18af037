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
import { listedDocument } from '../documentReference';
import { matchOption } from '../listValue';

/** One row of the new period: its values by column key, and notes on some of its cells. */
export interface CarriedRow {
  values: SampleRow;
  notes: Record<string, string>;
}

export type CarriedDivision = Partial<Record<SectionId, CarriedRow[]>>;

/** Statuses of a finished task: it does not carry. */
export const FINISHED_STATUSES = ['Hoàn thành đúng hạn', 'Hoàn thành quá hạn'];
/** Statuses of a task still open: it carries. */
const UNFINISHED_STATUSES = ['Đang thực hiện trong hạn', 'Đang thực hiện, quá hạn', 'Chưa thực hiện'];

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

/** The task is certainly finished: its status is a finished one, however typed. An unknown status is not. */
export function certainlyFinished(status: ItemValue | undefined): boolean {
  const match = present(status) ? matchOption([...FINISHED_STATUSES, ...UNFINISHED_STATUSES], String(status)) : undefined;
  return match !== undefined && FINISHED_STATUSES.includes(match.option);
}

/**
 * The task's document is certainly retired: the reference certainly names a document the closing period listed, and
 * the next period lists task documents, none of them that one. A reference off the closing list (a short form of no one
 * document, free text, a symbol never listed) was never retired by anyone: it carries, and the check names it there.
 */
export function certainlyRetired(document: ItemValue | undefined, closingDocuments: readonly string[], next: Settings): boolean {
  if (!present(document) || next.taskDocuments.length === 0) return false;
  const was = listedDocument(String(document), closingDocuments);
  if (was === undefined) return false;
  // Still listed if the next period names it in any spelling, its short form ("QĐ 1400") included: matched both ways.
  return listedDocument(was, next.taskDocuments) === undefined && next.taskDocuments.every((d) => listedDocument(d, [was]) === undefined);
}

/** The unfinished tasks of the closing period that do not carry because their document is retired: the move names them. */
export function retiredTasks(items: SectionItems['IV'], closingDocuments: readonly string[], next: Settings): { task: string; document: string }[] {
  return items
    .filter((item) => !certainlyFinished(item.values.status) && (present(item.values.task) || present(item.values.document)) && certainlyRetired(item.values.document, closingDocuments, next))
    .map((item) => ({ task: shown(item.values.task), document: shown(item.values.document) }));
}

function carrySectionIV(items: SectionItems['IV'], closing: ReportingPeriod, closingDocuments: readonly string[], next: Settings): CarriedRow[] {
  const closingName = periodOfYear(closing.periodLabel, closing.year);
  return items
    .filter((item) => !certainlyFinished(item.values.status) && (present(item.values.task) || present(item.values.document)))
    .filter((item) => !certainlyRetired(item.values.document, closingDocuments, next))
    .map((item) => {
      const notes: Record<string, string> = {};
      if (present(item.values.status)) notes.status = `Kỳ ${closingName}: ${shown(item.values.status)}`;
      if (present(item.values.result)) notes.result = `Kỳ ${closingName}: ${shown(item.values.result)}`;
      const values = pick(item.values, ['task', 'document', 'deadline']);
      // The document as the next period lists it, when the reference certainly names one: the new tab starts clean.
      const listed = present(item.values.document) ? listedDocument(String(item.values.document), next.taskDocuments) : undefined;
      if (listed) values.document = listed;
      return { values, notes };
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

/**
 * The new period's rows of one division, from what the closing period's check read. `closingDocuments` are the task
 * documents the closing period listed: a task of one of them that the next period no longer lists is retired.
 */
export function carryOver(items: SectionItems, closing: ReportingPeriod, next: Settings, closingDocuments: readonly string[] = next.taskDocuments): CarriedDivision {
  return {
    I: carrySectionI(items.I, closing, next.period),
    IV: carrySectionIV(items.IV, closing, closingDocuments, next),
    VI: carrySectionVI(items.VI, closing, next.period),
  };
}

/** The carried rows as the form writers take typed-in rows (core/sampleData.ts). */
export function carriedSample(carried: CarriedDivision): SampleDivision {
  const sample: SampleDivision = {};
  for (const [id, rows] of Object.entries(carried) as [SectionId, CarriedRow[]][]) if (rows.length) sample[id] = rows.map((r) => r.values);
  return sample;
}

/**
 * What the move says of the unfinished tasks it did not carry because their document is retired (both shells say it
 * the same way): each named with its division and document, so no typed task leaves in silence. Null when there is none.
 */
export function retiredTasksMessage(retired: { division: string; tasks: { task: string; document: string }[] }[]): string | null {
  const named = retired.filter((r) => r.tasks.length > 0);
  if (named.length === 0) return null;
  const count = named.reduce((n, r) => n + r.tasks.length, 0);
  const list = named.map((r) => `${r.division}: ${r.tasks.map((t) => `«${t.task || '(chưa ghi tên nhiệm vụ)'}» (${t.document})`).join('; ')}`).join('. ');
  return `${count} nhiệm vụ chưa hoàn thành không chuyển sang kỳ mới vì văn bản giao không còn trong danh sách «Văn bản giao nhiệm vụ» (vẫn xem được ở kỳ đã lưu trữ; nếu cần theo dõi tiếp, thêm lại văn bản vào danh sách hoặc nhập lại nhiệm vụ): ${list}.`;
}
