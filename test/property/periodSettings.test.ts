/**
 * Period settings that contradict each other are refused (core/periods/settingsCheck.ts): the comparison year is the
 * year before the reporting year, the plan year the year after, and the deadline falls in the period's season.
 */
import fc from 'fast-check';
import { formatDate } from '../../src/core/dates';
import type { Grid } from '../../src/core/grid';
import { defaultSettings } from '../../src/core/settings';
import { readSettingsTab, settingsTabRows } from '../../src/core/settingsTab';

const base = defaultSettings();
const cellOf = (grid: Grid, label: string) => `Cấu hình!B${grid.findIndex((r) => r[0] === label) + 1}`;

function tabWith(values: Record<string, string | number>): Grid {
  const grid = settingsTabRows(base).map((r) => [...r]);
  for (const [label, value] of Object.entries(values)) grid[grid.findIndex((r) => r[0] === label)][1] = value;
  return grid;
}

/** The cells the reading names, each once. */
function namedCells(grid: Grid): string[] {
  const reading = readSettingsTab(grid, base);
  return reading.ok ? [] : [...new Set(reading.problems.map((p) => p.cell))];
}

const isoDay = fc.date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2029, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

test('the comparison year must be the year before and the plan year the year after: each other value names its own cell', () => {
  fc.assert(
    fc.property(fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 2018, max: 2032 }), fc.integer({ min: 2018, max: 2032 }), (year, prevYear, planYear) => {
      const grid = tabWith({ 'Năm báo cáo': year, 'Năm so sánh': prevYear, 'Năm kế hoạch': planYear, 'Hạn nộp': `28/06/${year}` });
      const expected = [...(prevYear !== year - 1 ? [cellOf(grid, 'Năm so sánh')] : []), ...(planYear !== year + 1 ? [cellOf(grid, 'Năm kế hoạch')] : [])];
      expect(namedCells(grid)).toEqual(expected);
    }),
  );
});

test('a deadline in the period’s year (cả năm: up to January of the next) is accepted, before or after the period ends; any other is refused with a date to type', () => {
  fc.assert(
    fc.property(fc.constantFrom('6 tháng đầu năm', '9 tháng đầu năm', 'cả năm'), fc.integer({ min: 2021, max: 2028 }), isoDay, (label, year, deadline) => {
      const grid = tabWith({ 'Năm báo cáo': year, 'Năm so sánh': year - 1, 'Năm kế hoạch': year + 1, 'Kỳ báo cáo': label, 'Hạn nộp': formatDate(deadline) });
      const last = label === 'cả năm' ? `${year + 1}-01-31` : `${year}-12-31`;
      const fits = deadline >= `${year}-01-01` && deadline <= last;
      const reading = readSettingsTab(grid, base);
      if (fits) expect(reading.ok).toBe(true);
      else {
        expect(reading.ok ? [] : reading.problems.map((p) => p.cell)).toEqual([cellOf(grid, 'Hạn nộp')]);
        const example = /Ghi hạn nộp của kỳ này, ví dụ (\d\d\/\d\d\/\d{4})/.exec(reading.ok ? '' : reading.problems[0].message);
        expect(example).not.toBeNull();
        // What the message says to type is accepted.
        grid[grid.findIndex((r) => r[0] === 'Hạn nộp')][1] = example![1];
        expect(readSettingsTab(grid, base).ok).toBe(true);
      }
    }),
  );
});
