/**
 * A version record as text, and that text over the cells of one Sheet row (a cell holds at most 50,000 characters).
 * Each piece starts with a letter so that Sheets never reads it as a number, a date or a formula.
 */
import { SECTION_IDS } from '../form';
import type { VersionRecord } from './record';

export const CELL_LIMIT = 50000;
const PIECE = 45000;
const MARK = 'j:';

export function encodeRecord(record: VersionRecord): string {
  return JSON.stringify({ format: 1, ...record });
}

function isRecord(x: unknown): x is VersionRecord {
  const r = x as VersionRecord;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.version === 'number' &&
    typeof r.time === 'string' &&
    typeof r.period === 'string' &&
    Array.isArray(r.divisions) &&
    r.divisions.every(
      (d) => typeof d.name === 'string' && Array.isArray(d.items) && d.items.every((i) => (SECTION_IDS as readonly string[]).includes(i.section) && typeof i.key === 'string' && typeof i.values === 'object'),
    )
  );
}

/** The record, or null when the text is not one (damaged, or written by another program). */
export function decodeRecord(text: string): VersionRecord | null {
  try {
    const parsed = JSON.parse(text) as { format?: number } & VersionRecord;
    if (parsed.format !== 1 || !isRecord(parsed)) return null;
    const { format: _format, ...record } = parsed;
    return record;
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
