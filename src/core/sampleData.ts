/** The filled sample of sheets-templates/sample-data.json drawn into division tabs: for demos, tests and benchmarks. */
import sampleJson from '../../sheets-templates/sample-data.json';
import { ResolvedForm, SectionId } from './form';
import type { Grid } from './grid';
import type { Division, Settings } from './settings';
import type { Shell } from './shell';
import { LayoutRow, divisionTabLayout } from './tabLayout';

export type SampleRow = Record<string, string | number>;
export type SampleDivision = Partial<Record<SectionId, SampleRow[]>>;
export type SampleData = Record<string, SampleDivision>;

export const sampleData: SampleData = sampleJson as SampleData;

/** Sample values of one item row, in the section's column order; computed columns left empty. */
function rowValues(form: ResolvedForm, sectionId: SectionId, sample: SampleRow, index: number, width: number): (string | number)[] {
  const section = form.sections.find((s) => s.id === sectionId)!;
  const values: (string | number)[] = Array(width).fill('');
  for (const column of section.columns) {
    if (column.type === 'index') values[column.column - 1] = index + 1;
    else if (column.type !== 'ratio' && sample[column.key] !== undefined) values[column.column - 1] = sample[column.key];
  }
  return values;
}

/**
 * The layout of a division's tab with the sample typed into it, as a grid.
 * `rowsPerSection` repeats the sample to reach that many rows (for benchmarks); by default the sample as it is.
 */
export function filledDivisionLayout(form: ResolvedForm, settings: Settings, division: Division, sample: SampleDivision, rowsPerSection?: number, shell: Shell = 'googleSheets'): LayoutRow[] {
  const layout = divisionTabLayout(form, settings, division, shell);
  const width = layout[0].values.length;
  const out: LayoutRow[] = [];
  for (let i = 0; i < layout.length; i++) {
    const row = layout[i];
    out.push(row);
    if (row.kind !== 'header' || !row.sectionId) continue;
    const rows = sample[row.sectionId] || [];
    const count = rowsPerSection ?? rows.length;
    if (rows.length === 0 || count === 0) continue;
    // Replace the blank item rows of the section with the sample.
    while (layout[i + 1] && layout[i + 1].kind === 'item') i++;
    for (let k = 0; k < count; k++) {
      out.push({ kind: 'item', sectionId: row.sectionId, values: rowValues(form, row.sectionId, rows[k % rows.length], k, width) });
    }
  }
  return out;
}

export function filledDivisionGrid(form: ResolvedForm, settings: Settings, division: Division, sample: SampleDivision, rowsPerSection?: number): Grid {
  return filledDivisionLayout(form, settings, division, sample, rowsPerSection).map((r) => r.values);
}

/** The sample of a division by its name, or an empty one. */
export function sampleFor(division: Division): SampleDivision {
  return sampleData[division.name] || {};
}
