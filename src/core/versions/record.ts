/**
 * What one "Tổng hợp" run reported, kept compactly so the next run can say what changed: per division, per item a stable
 * key (its section and its main text, as textKey compares texts) and the values the report drew from it.
 */
import type { ItemValue } from '../check';
import type { DivisionReport } from '../divisionReport';
import type { ResolvedForm, SectionId } from '../form';
import { textKey } from '../text';

/** A kept value: numbers as numbers, everything else as text; empty cells are left out. */
export type KeptValue = string | number;

export interface ItemRecord {
  section: SectionId;
  /** Stable across runs: section, main text (textKey), and "#2" for the second item with the same text. */
  key: string;
  /** The main text as typed, for the wording ("Số đề tài nghiệm thu"). */
  label: string;
  values: Record<string, KeptValue>;
}

export interface DivisionRecord {
  name: string;
  items: ItemRecord[];
}

export interface VersionRecord {
  /** The run's number ("bản 2"). */
  version: number;
  /** Local date-time of the run, 'YYYY-MM-DDTHH:MM'. */
  time: string;
  /** "6 tháng đầu năm 2024": a record of another period is never compared with. */
  period: string;
  divisions: DivisionRecord[];
}

/** The text an item is known by in each section. */
export const MAIN_TEXT: Record<SectionId, string[]> = {
  I: ['indicator', 'unit'],
  II: ['shortcoming'],
  III: ['task'],
  IV: ['task'],
  V: ['task'],
  VI: ['target'],
  VII: ['content'],
};

function kept(value: ItemValue | undefined): KeptValue | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  const t = String(value).trim();
  return t === '' ? null : t;
}

/** One division's items as the record keeps them: every typed column (no index, no computed ratio), keyed stably. */
export function divisionRecord(report: DivisionReport, form: ResolvedForm): DivisionRecord {
  const items: ItemRecord[] = [];
  for (const section of form.sections) {
    const columns = section.columns.filter((c) => c.type !== 'index' && c.type !== 'ratio');
    const seen = new Map<string, number>();
    for (const item of report.check?.items[section.id] ?? []) {
      const values: Record<string, KeptValue> = {};
      for (const c of columns) {
        const v = kept(item.values[c.key]);
        if (v !== null) values[c.key] = v;
      }
      const main = MAIN_TEXT[section.id].map((k) => String(values[k] ?? '')).filter((t) => t !== '');
      const base = `${section.id}:${textKey(main.join(' | '))}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      items.push({ section: section.id, key: n === 1 ? base : `${base}#${n}`, label: main[0] ?? '', values });
    }
  }
  return { name: report.division.name, items };
}

/** The record of a run: the divisions the report used (those with items), in the order of the settings. */
export function versionRecord(reports: DivisionReport[], form: ResolvedForm, run: { version: number; time: string; period: string }): VersionRecord {
  return { ...run, divisions: reports.filter((r) => r.check && !r.check.empty).map((r) => divisionRecord(r, form)) };
}
