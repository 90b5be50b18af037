/**
 * What one "Tổng hợp" run reported, kept compactly so the next run can say what changed: per division, per item a stable
 * key (its section and its main text, as textKey compares texts) and the values the report drew from it.
 */
import type { ItemValue } from '../check';
import type { DivisionReport } from '../divisionReport';
import type { ResolvedForm, SectionId } from '../form';
import { textKey } from '../text';

/**
 * A kept value: numbers as numbers, short texts as text; a text longer than LONG_TEXT is kept as a digest (DIGEST, its
 * length and a hash), enough to know it was edited without keeping every paragraph of every version. Empty cells are left out.
 */
export type KeptValue = string | number;

export const LONG_TEXT = 80;
/** A private-use character nobody types: a digest never equals a typed text. */
export const DIGEST = '\ue000';

/** FNV-1a, 32 bits, as 8 hex digits. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function isDigest(value: KeptValue | null): boolean {
  return typeof value === 'string' && value.startsWith(DIGEST);
}

/** The first words of a long text, for naming its item ("Triển khai các nhiệm vụ …"). */
export function shortLabel(text: string): string {
  return text.length > LONG_TEXT ? `${text.slice(0, LONG_TEXT).replace(/\s+\S*$/, '')}…` : text;
}

export interface ItemRecord {
  section: SectionId;
  /** Stable across runs: section, a hash of the main text (textKey), and "#2" for the second item with the same text. */
  key: string;
  /** The main text as typed (its first words when long), for the wording ("Số đề tài nghiệm thu"). */
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
  /** "6 tháng đầu năm 2024": a record of another period (core/periods periodIdOfName) is never compared with. */
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
  if (t === '') return null;
  return t.length > LONG_TEXT ? `${DIGEST}${t.length}:${hash(t)}` : t;
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
      const main = MAIN_TEXT[section.id].map((k) => String(item.values[k] ?? '').trim()).filter((t) => t !== '');
      const base = `${section.id}:${hash(textKey(main.join(' | ')))}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      items.push({ section: section.id, key: n === 1 ? base : `${base}#${n}`, label: shortLabel(main[0] ?? ''), values });
    }
  }
  return { name: report.division.name, items };
}

/** The record of a run: the divisions the report used (those with items), in the order of the settings. */
export function versionRecord(reports: DivisionReport[], form: ResolvedForm, run: { version: number; time: string; period: string }): VersionRecord {
  return { ...run, divisions: reports.filter((r) => r.check && !r.check.empty).map((r) => divisionRecord(r, form)) };
}
