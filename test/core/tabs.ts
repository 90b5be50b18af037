/** Division tabs as grids, the way they look after people have worked in them. */
import { resolveForm, SectionId } from '../../src/core/form';
import type { CellValue, Grid } from '../../src/core/grid';
import { defaultSettings } from '../../src/core/settings';
import { filledDivisionGrid, sampleFor, SampleDivision } from '../../src/core/sampleData';
import { divisionTabLayout } from '../../src/core/tabLayout';

export const settings = defaultSettings();
export const form = resolveForm(settings);
export const qlkh = settings.divisions.find((d) => d.tabName === 'QLKH')!;

export function blankTab(): Grid {
  return divisionTabLayout(form, settings, qlkh).map((r) => [...r.values]);
}

export function sampleTab(sample: SampleDivision = sampleFor(qlkh)): Grid {
  return filledDivisionGrid(form, settings, qlkh, sample).map((r) => [...r]);
}

/** 0-based index of the header row of a section. */
export function headerIndex(grid: Grid, id: SectionId): number {
  const title = grid.findIndex((r) => typeof r[0] === 'string' && (r[0] as string).startsWith(`${id}. `));
  return title + 1;
}

/** Inserts a row (as a person would with "Insert row below") after a 0-based index. */
export function insertRow(grid: Grid, afterIndex: number, values: CellValue[] = []): void {
  const width = grid[0].length;
  grid.splice(afterIndex + 1, 0, [...values, ...Array(Math.max(0, width - values.length)).fill('')]);
}

/** An item row of a section with the given values by column key. */
export function itemRow(id: SectionId, values: Record<string, CellValue>): CellValue[] {
  const section = form.sections.find((s) => s.id === id)!;
  const width = Math.max(...form.sections.map((s) => s.columns.length));
  const row: CellValue[] = Array(width).fill('');
  for (const c of section.columns) if (values[c.key] !== undefined) row[c.column - 1] = values[c.key];
  return row;
}
