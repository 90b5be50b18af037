/**
 * A division's tab prepared for the new period: the new period's form (titles, headers) with the carried rows
 * under their headers, a few blank rows after them to type into, and the notes of every cell (the header notes of
 * the form and the notes saying where a carried value came from). Both shells draw it from here.
 */
import type { ResolvedForm, SectionId } from '../form';
import { filledDivisionLayout } from '../sampleData';
import type { Division, Settings } from '../settings';
import type { Shell } from '../shell';
import { LayoutRow } from '../tabLayout';
import { CarriedDivision, carriedSample } from './carryOver';

export interface PreparedTab {
  rows: LayoutRow[];
  /** As many rows and columns as `rows`; '' for a cell without a note. */
  notes: string[][];
}

/** Blank rows left under a section's carried rows (a section with none keeps the form's blank rows). */
export const BLANK_ROWS_AFTER_CARRIED = 3;

export function preparedTab(form: ResolvedForm, settings: Settings, division: Division, carried: CarriedDivision, shell: Shell = 'googleSheets'): PreparedTab {
  const filled = filledDivisionLayout(form, settings, division, carriedSample(carried), undefined, shell);
  const width = filled[0].values.length;
  const rows: LayoutRow[] = [];
  const notes: string[][] = [];
  for (let i = 0; i < filled.length; i++) {
    const row = filled[i];
    rows.push(row);
    const rowNotes: string[] = Array(width).fill('');
    notes.push(rowNotes);
    if (row.kind !== 'header' || !row.sectionId) continue;
    const section = form.sections.find((s) => s.id === row.sectionId)!;
    section.columns.forEach((c) => (rowNotes[c.column - 1] = c.note));
    const carriedRows = carried[row.sectionId as SectionId] ?? [];
    if (carriedRows.length === 0) continue;
    carriedRows.forEach((carriedRow) => {
      i++;
      rows.push(filled[i]);
      const cellNotes: string[] = Array(width).fill('');
      for (const [key, note] of Object.entries(carriedRow.notes)) {
        const column = section.columns.find((c) => c.key === key);
        if (column) cellNotes[column.column - 1] = note;
      }
      notes.push(cellNotes);
    });
    for (let b = 0; b < BLANK_ROWS_AFTER_CARRIED; b++) {
      rows.push({ kind: 'item', sectionId: row.sectionId, values: Array(width).fill('') });
      notes.push(Array(width).fill(''));
    }
  }
  return { rows, notes };
}
