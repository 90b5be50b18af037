/** What every section builder shares: the divisions, the settings, and how divisions and documents are named. */
import type { ReportItem } from '../check';
import type { DivisionReport } from '../divisionReport';
import { SectionId, fillPlaceholders } from '../form';
import type { Settings } from '../settings';
import { Blocks, heading } from './blocks';
import type { DocumentNames } from './documents';
import type { OutlineSection } from './outline';

export interface SectionContext {
  reports: DivisionReport[];
  settings: Settings;
  /** The ISO date the divisions' reports are judged on (divisionReport.ts checkDate): a task whose deadline is before it is late. */
  checkedOn: string;
  /** Placeholder values in upper case for headings ({PERIOD}, {YEAR}…) and as they are ({period}…). */
  values: Record<string, string>;
  /**
   * A division's name where its content begins. An incomplete division is marked "(báo cáo chưa đầy đủ)" the first time
   * the report names it, and never again (summary-report.md: a division is marked once).
   */
  name(report: DivisionReport): string;
  /** A document's official name the first time, its short form after. */
  documents: DocumentNames;
  /** The checked reports of the same period last year, when the caller has them: section I compares with them. */
  samePeriodLastYear?: DivisionReport[];
  /** Earlier periods' reports, oldest first: section V tells how each target's rating moved. */
  earlierPeriods?: EarlierPeriod[];
}

/** One earlier period's checked reports, e.g. { label: '6 tháng đầu năm', year: 2024, reports }. */
export interface EarlierPeriod {
  label: string;
  year: number;
  reports: DivisionReport[];
}

export interface Entry {
  report: DivisionReport;
  item: ReportItem;
}

export function entries(ctx: SectionContext, id: SectionId): Entry[] {
  return ctx.reports.flatMap((report) => (report.check ? report.check.items[id].map((item) => ({ report, item })) : []));
}

export function text(item: ReportItem, key: string): string {
  const v = item.values[key];
  return v === null || v === undefined ? '' : String(v).trim();
}

export function num(item: ReportItem, key: string): number | null {
  const v = item.values[key];
  return typeof v === 'number' ? v : null;
}

export function sectionHeading(ctx: SectionContext, outline: OutlineSection): Blocks {
  return [heading(1, fillPlaceholders(outline.heading, ctx.values))];
}

/** Entries grouped by division, in the order of the divisions. */
export function byDivision(list: Entry[]): Entry[][] {
  const groups: Entry[][] = [];
  for (const e of list) {
    const last = groups[groups.length - 1];
    if (last && last[0].report === e.report) last.push(e);
    else groups.push([e]);
  }
  return groups;
}
