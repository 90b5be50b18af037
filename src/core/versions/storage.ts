/**
 * A version record as text, and that text over the cells of one Sheet row (a cell holds at most 50,000 characters).
 * Each piece starts with a letter so that Sheets never reads it as a number, a date or a formula.
 */
import { SECTION_IDS, SectionId } from '../form';
import { DivisionRecord, ItemRecord, KeptValue, MAIN_TEXT, VersionRecord, isDigest, shortLabel } from './record';

export const CELL_LIMIT = 50000;
const PIECE = 45000;
const MARK = 'j:';

/**
 * Stored form (format 2), columnar to stay small: the field names once per section, then per item
 * [section, key, values in that order (null when empty), label only when the main text does not give it].
 */
interface Stored {
  format: 2;
  version: number;
  time: string;
  period: string;
  fields: Partial<Record<SectionId, string[]>>;
  divisions: [string, (string | KeptValue | null)[][]][];
}

function labelFromValues(item: Pick<ItemRecord, 'section' | 'values'>): string {
  const main = item.values[MAIN_TEXT[item.section][0]];
  return main === undefined || isDigest(main) ? '' : shortLabel(String(main));
}

export function encodeRecord(record: VersionRecord): string {
  const fields: Partial<Record<SectionId, string[]>> = {};
  for (const d of record.divisions) for (const i of d.items) fields[i.section] = [...new Set([...(fields[i.section] ?? []), ...Object.keys(i.values)])];
  const stored: Stored = {
    format: 2,
    version: record.version,
    time: record.time,
    period: record.period,
    fields,
    divisions: record.divisions.map((d) => [
      d.name,
      d.items.map((i) => {
        const row: (string | KeptValue | null)[] = [i.section, i.key, ...(fields[i.section] ?? []).map((f) => i.values[f] ?? null)];
        return labelFromValues(i) === i.label ? row : [...row, i.label];
      }),
    ]),
  };
  return JSON.stringify(stored);
}

function fromStored(s: Stored): VersionRecord | null {
  if (typeof s.version !== 'number' || typeof s.time !== 'string' || typeof s.period !== 'string' || !Array.isArray(s.divisions) || typeof s.fields !== 'object' || s.fields === null) return null;
  const divisions: DivisionRecord[] = [];
  for (const entry of s.divisions) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) return null;
    const items: ItemRecord[] = [];
    for (const row of entry[1]) {
      const section = row[0] as SectionId;
      const names = s.fields[section];
      if (!(SECTION_IDS as readonly string[]).includes(section) || typeof row[1] !== 'string' || !Array.isArray(names)) return null;
      const values: Record<string, KeptValue> = {};
      names.forEach((f, k) => {
        const v = row[2 + k];
        if (v !== null && v !== undefined) values[f] = v;
      });
      const label = row.length > 2 + names.length ? String(row[2 + names.length]) : labelFromValues({ section, values });
      items.push({ section, key: row[1], label, values });
    }
    divisions.push({ name: entry[0], items });
  }
  return { version: s.version, time: s.time, period: s.period, divisions };
}

/** The record, or null when the text is not one (damaged, or written by another program). */
export function decodeRecord(text: string): VersionRecord | null {
  try {
    const parsed = JSON.parse(text) as Stored;
    return parsed && parsed.format === 2 ? fromStored(parsed) : null;
  } catch {
    return null;
  }
}

/** The text in pieces for the cells of one row, each under the cell limit. */
export function toCells(text: string): string[] {
  const cells: string[] = [];
  for (let i = 0; i < text.length || cells.length === 0; i += PIECE) cells.push(MARK + text.slice(i, i + PIECE));
  return cells;
}

/** The text back from a row's cells (empty cells after the last piece are ignored). */
export function fromCells(cells: unknown[]): string {
  return cells
    .filter((c) => typeof c === 'string' && c.startsWith(MARK))
    .map((c) => (c as string).slice(MARK.length))
    .join('');
}
