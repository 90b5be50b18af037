/**
 * One core, two shells: the same cells, read from a Google Sheet (the Apps Script shell's reader over the
 * SpreadsheetApp fake) and from an .xlsx file (the command line's reader), give the same records and the
 * same findings, for every generated edit story.
 */
import { mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { checkDivision } from '../../src/core/check';
import { readTabCells } from '../../src/gas/sheet/grid';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { createGoogleServices } from '../fakes/services';
import { form } from '../core/tabs';
import { TabStory, storyArb } from './tabStories';

const today = '2024-06-25';

function throughSheets(story: TabStory) {
  const g = createGoogleServices();
  return g.calls.uncounted(() => {
    const sheet = g.spreadsheet.insertSheet('QLKH');
    const rows = story.cells.length;
    const width = story.cells[0].length;
    if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
    const range = sheet.getRange(1, 1, rows, width);
    range.setNumberFormats(story.cells.map((r) => r.map((c) => c.format || '0.###############')));
    range.setValues(story.cells.map((r) => r.map((c) => c.value)));
    for (const m of story.merges) sheet.getRange(m.row, m.column, m.rows, m.columns).merge();
    const cells = readTabCells(sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet);
    return checkDivision(cells.grid, form, { today, formats: cells.formats, merges: cells.merges });
  });
}

async function throughXlsx(story: TabStory, dir: string, n: number) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('QLKH');
  story.cells.forEach((row, r) =>
    row.forEach((c, k) => {
      if (c.value === '') return;
      const cell = sheet.getCell(r + 1, k + 1);
      // Excel stores a date's wall-clock day; exceljs writes a Date's UTC fields.
      cell.value = c.value instanceof Date ? new Date(Date.UTC(c.value.getFullYear(), c.value.getMonth(), c.value.getDate())) : c.value;
      if (c.format) cell.numFmt = c.format;
    }),
  );
  for (const m of story.merges) sheet.mergeCells(m.row, m.column, m.row + m.rows - 1, m.column + m.columns - 1);
  const file = path.join(dir, `story-${n}.xlsx`);
  await workbook.xlsx.writeFile(file);
  const reading = await readWorkbookFile(file);
  if (!reading.ok) throw new Error(reading.message);
  const read = reading.workbook.sheets[0];
  return checkDivision(read.grid, form, { today, formats: read.formats, merges: read.merges });
}

test('the Sheet path and the .xlsx path read the same cells to the same records and findings', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parity-'));
  let n = 0;
  try {
    await fc.assert(
      fc.asyncProperty(storyArb, async (story) => {
        const sheets = throughSheets(story);
        const xlsx = await throughXlsx(story, dir, n++);
        expect(xlsx.items).toEqual(sheets.items);
        expect(xlsx.findings).toEqual(sheets.findings);
        expect([xlsx.filledCells, xlsx.requiredCells, xlsx.empty]).toEqual([sheets.filledCells, sheets.requiredCells, sheets.empty]);
      }),
      { numRuns: 60 },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
