/**
 * The named range setup gives a division tab (src/gas/sheet/tabRange.ts) reads what the whole tab read gives:
 * for every generated edit story, plus merges and stray values anywhere in the tab, the same cells, formats and
 * merges, hence the same findings; or it declines (a value in its last column or row) and the tab is read whole.
 */
import fc from 'fast-check';
import { checkDivision } from '../../src/core/check';
import { readTabCells } from '../../src/gas/sheet/grid';
import { markDivisionTab, readNamedTab, tabRangeName } from '../../src/gas/sheet/tabRange';
import { createGoogleServices } from '../fakes/services';
import { form } from '../core/tabs';
import { TabStory, storyArb } from './tabStories';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const stray = fc.record({ row: fc.integer({ min: 1, max: 1000 }), column: fc.integer({ min: 1, max: 26 }), merge: fc.boolean() });

function tabOf(story: TabStory, strays: { row: number; column: number; merge: boolean }[]) {
  const g = createGoogleServices();
  return g.calls.uncounted(() => {
    const ss = g.spreadsheet as unknown as Spreadsheet;
    const sheet = g.spreadsheet.insertSheet('QLKH');
    const width = story.cells[0].length;
    if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
    const range = sheet.getRange(1, 1, story.cells.length, width);
    range.setNumberFormats(story.cells.map((r) => r.map((c) => c.format || '0.###############')));
    range.setValues(story.cells.map((r) => r.map((c) => c.value)));
    for (const m of story.merges) sheet.getRange(m.row, m.column, m.rows, m.columns).merge();
    for (const s of strays) {
      const cell = sheet.getRange(s.row, s.column, 1, s.merge && s.column < sheet.getMaxColumns() ? 2 : 1);
      if (s.merge && cell.getNumColumns() === 2 && cell.getMergedRanges().length === 0) cell.merge();
      else if (!s.merge) cell.setValue('x');
    }
    markDivisionTab(ss, sheet as unknown as Sheet, sheet.getSheetId());
    return { ss, sheet: sheet as unknown as Sheet };
  });
}

test('read through its named range, a tab gives the cells, formats, merges and findings of the whole-tab read', () => {
  fc.assert(
    fc.property(storyArb, fc.array(stray, { maxLength: 4 }), (story, strays) => {
      const { ss, sheet } = tabOf(story, strays);
      const whole = readTabCells(sheet);
      const named = readNamedTab(ss.getRangeByName(tabRangeName(sheet.getSheetId()))!);
      if (named === null) {
        // Declined only when the tab's last column or last row holds a value.
        expect(whole.grid[0].length === sheet.getMaxColumns() || whole.grid.length === sheet.getMaxRows()).toBe(true);
        return;
      }
      expect(named.grid).toEqual(whole.grid);
      expect(named.formats).toEqual(whole.formats);
      expect(named.merges).toEqual(whole.merges);
      const options = { today: '2024-06-25' };
      expect(checkDivision(named.grid, form, { ...options, formats: named.formats, merges: named.merges })).toEqual(checkDivision(whole.grid, form, { ...options, formats: whole.formats, merges: whole.merges }));
    }),
    { numRuns: 60 },
  );
});
