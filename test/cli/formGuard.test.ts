/**
 * The .xlsx form defends itself as the Google tab does: what a division meets when it opens the file, types,
 * inserts rows or prints it. Read back with exceljs (another reader than the writer's own objects).
 */
import { readFileSync } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fc from 'fast-check';
import { ResolvedColumn, ResolvedForm, columnByKey, placeholderValues, sectionById } from '../../src/core/form';
import { defaultSettings } from '../../src/core/settings';
import { SETTINGS_FIELDS, SETTINGS_TAB, settingsTabRows } from '../../src/core/settingsTab';
import { XLSX_COMPUTED_SECTION_ROWS, divisionTabLayout, ratioFormula, tabInfo } from '../../src/core/tabLayout';
import { ERROR_MESSAGE_MAX, ERROR_TITLE_MAX, ListRanges, NUMBER_MESSAGE, columnValidation } from '../../src/cli/formValidation';
import { PRINTABLE_WIDTH_PT, sectionBreaks } from '../../src/cli/pageBreaks';
import { ROWS_BELOW_LAST_SECTION, WRAPPED_TEXT_MIN_PX, formWorkbook, itemAreas, sheetColumnPixels } from '../../src/cli/writeForm';
import { division, form, protectionOf, settings, tempDir } from './helpers';

const tmp = tempDir();
afterAll(() => tmp.remove());

async function roundTrip(workbook: ExcelJS.Workbook, name: string): Promise<ExcelJS.Workbook> {
  const file = path.join(tmp.dir, name);
  await workbook.xlsx.writeFile(file);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(file);
  return back;
}

const layout = divisionTabLayout(form, settings, division('QLKH'), 'excel');
const headerRowOf = (id: string) => layout.findIndex((l) => l.kind === 'header' && l.sectionId === id) + 1;
const titleRowOf = (id: string) => layout.findIndex((l) => l.kind === 'sectionTitle' && l.sectionId === id) + 1;
const at = (sheet: ExcelJS.Worksheet, row: number, column: ResolvedColumn) => sheet.getCell(row, column.column);
const locked = (cell: ExcelJS.Cell) => cell.protection?.locked !== false;

let blank: ExcelJS.Workbook;
beforeAll(async () => {
  blank = await roundTrip(formWorkbook(settings, form), 'bieu-mau.xlsx');
});

test('a division sheet is protected without a password; rows may still be inserted and deleted, cells formatted', () => {
  const sheet = blank.getWorksheet('QLKH')!;
  expect(protectionOf(sheet)).toMatchObject({ sheet: true, insertRows: true, deleteRows: true, formatCells: true, formatColumns: true, formatRows: true, sort: true, autoFilter: true });
  expect(protectionOf(sheet)).not.toHaveProperty('hashValue');
  expect(protectionOf(sheet)).not.toHaveProperty('algorithmName');
  // Columns are not insertable: a column added would shift every section's columns.
  expect(protectionOf(sheet)!.insertColumns).toBeUndefined();
  // The whole workbook is the Office's: its settings sheet stays open.
  expect(protectionOf(blank.getWorksheet(SETTINGS_TAB)!)).toBeFalsy();
});

test('titles, headers and computed columns are locked; the cells a division types into are not', () => {
  const sheet = blank.getWorksheet('QLKH')!;
  const I = sectionById(form, 'I');
  const first = headerRowOf('I') + 1;
  expect(locked(sheet.getCell(1, 1))).toBe(true);
  expect(locked(sheet.getCell(2, 1))).toBe(true);
  expect(locked(sheet.getCell(titleRowOf('I'), 1))).toBe(true);
  for (const column of I.columns) expect([column.key, locked(at(sheet, headerRowOf('I'), column))]).toEqual([column.key, true]);
  for (const column of I.columns) expect([column.key, locked(at(sheet, first, column))]).toEqual([column.key, column.type === 'ratio']);
  const vsPlan = columnByKey(I, 'vsPlan');
  expect(at(sheet, first, vsPlan).formula).toBe(ratioFormula(I, vsPlan, first).slice(1));
  // Excel deletes a row of a protected sheet only when none of its cells is locked: item rows are unlocked
  // across (as in the Google tab, where only titles, headers and computed cells are protected); header rows are not.
  const row = sheet.getRow(headerRowOf('VII') + 1);
  expect([row.protection?.locked, locked(row.getCell(sectionById(form, 'VII').columns.length + 1))]).toEqual([false, false]);
  expect(locked(sheet.getCell(headerRowOf('VII'), sectionById(form, 'VII').columns.length + 1))).toBe(true);
});

test('section I has its percentage formulas on every row it has room for, down to the row above section II', () => {
  const sheet = blank.getWorksheet('QLKH')!;
  const I = sectionById(form, 'I');
  const rows = titleRowOf('II') - headerRowOf('I') - 1;
  expect(rows).toBeGreaterThanOrEqual(Math.max(I.blankRows, XLSX_COMPUTED_SECTION_ROWS));
  for (let r = headerRowOf('I') + 1; r < titleRowOf('II'); r++) {
    for (const column of I.columns.filter((c) => c.type === 'ratio')) expect(at(sheet, r, column).formula).toBe(ratioFormula(I, column, r).slice(1));
  }
});

test('every row down to the next section has the column rules, formats and unlocked cells, not only the blank rows', () => {
  const sheet = blank.getWorksheet('QLKH')!;
  const IV = sectionById(form, 'IV');
  // The row right above section V's title is below IV's blank rows.
  const below = titleRowOf('V') - 1;
  expect(below).toBeGreaterThan(headerRowOf('IV') + IV.blankRows);
  expect(at(sheet, below, columnByKey(IV, 'deadline')).dataValidation).toMatchObject({ type: 'date', errorStyle: 'warning' });
  expect(at(sheet, below, columnByKey(IV, 'deadline')).numFmt).toBe('dd/mm/yyyy');
  expect(at(sheet, below, columnByKey(IV, 'status')).dataValidation).toMatchObject({ type: 'list', errorStyle: 'stop', formulae: [expect.stringContaining('$A$1:$A$5')] });
  expect(locked(at(sheet, below, columnByKey(IV, 'result')))).toBe(false);
  const V = sectionById(form, 'V');
  expect(at(sheet, titleRowOf('VI') - 1, columnByKey(V, 'budget')).dataValidation).toMatchObject({ type: 'decimal', errorStyle: 'warning' });
  // Section VII is last: it keeps its look ROWS_BELOW_LAST_SECTION rows past the drawn form.
  const VII = sectionById(form, 'VII');
  const far = layout.length + ROWS_BELOW_LAST_SECTION - 1;
  expect(locked(at(sheet, far, columnByKey(VII, 'content')))).toBe(false);
  expect(at(sheet, far, columnByKey(VII, 'content')).numFmt).toBe('@');
});

test('whichever section is last keeps its rules and formulas hundreds of rows below the form (section I moved last)', async () => {
  const moved: ResolvedForm = { ...form, sections: [...form.sections.filter((s) => s.id !== 'I'), sectionById(form, 'I')] };
  const sheet = (await roundTrip(formWorkbook(settings, moved, { divisions: [division('QLKH')], settingsSheet: false }), 'i-cuoi.xlsx')).getWorksheet('QLKH')!;
  const I = sectionById(moved, 'I');
  const movedLayout = divisionTabLayout(moved, settings, division('QLKH'), 'excel');
  const areas = itemAreas(movedLayout, moved);
  expect(areas[areas.length - 1]).toMatchObject({ section: I, last: movedLayout.length + ROWS_BELOW_LAST_SECTION });
  const far = movedLayout.length + 400;
  expect(at(sheet, far, columnByKey(I, 'estimate')).dataValidation).toMatchObject({ type: 'decimal', allowBlank: true, errorStyle: 'warning' });
  expect(at(sheet, far, columnByKey(I, 'estimate')).numFmt).toBe('#,##0.0#');
  const vsPrev = columnByKey(I, 'vsPrevYear');
  expect(at(sheet, far, vsPrev).formula).toBe(ratioFormula(I, vsPrev, far).slice(1));
  expect(locked(at(sheet, far, vsPrev))).toBe(true);
});

test('a number typed as Vietnamese text ("1.234,5") is warned about, not refused: the checker reads it', () => {
  const I = sectionById(form, 'I');
  const rule = columnValidation(columnByKey(I, 'estimate'), new ListRanges())!;
  expect(rule).toMatchObject({ type: 'decimal', allowBlank: true, showErrorMessage: true, errorStyle: 'warning', error: NUMBER_MESSAGE });
  expect(rule.error).toContain('1.234,5');
  expect(columnValidation(columnByKey(I, 'indicator'), new ListRanges())).toBeNull();
});

test('property: every rule Excel meets has a title of at most 32 characters and a message of at most 255, whatever the form says', () => {
  const columnOf = (type: ResolvedColumn['type'], header: string, note: string, options: string[]): ResolvedColumn => ({
    key: 'k',
    header,
    headerTemplate: header,
    type,
    width: 100,
    note,
    column: 1,
    options,
  });
  fc.assert(
    fc.property(
      fc.constantFrom<ResolvedColumn['type']>('list', 'number', 'date'),
      fc.string({ maxLength: 300 }),
      fc.string({ maxLength: 600 }),
      fc.array(fc.string({ minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 8 }),
      (type, header, note, options) => {
        const rule = columnValidation(columnOf(type, header, note, options), new ListRanges())!;
        expect(rule.errorTitle!.length).toBeLessThanOrEqual(ERROR_TITLE_MAX);
        expect(rule.error!.length).toBeLessThanOrEqual(ERROR_MESSAGE_MAX);
        if (header.length <= ERROR_TITLE_MAX) expect(rule.errorTitle).toBe(header);
      },
    ),
  );
});

test('the title rows stay on screen; the form prints on A4 landscape, one page wide, large enough to read', async () => {
  const sheet = blank.getWorksheet('QLKH')!;
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, activeCell: `B${headerRowOf('I') + 1}` });
  expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' });
  expect(sheet.headerFooter.oddFooter).toContain('Phòng Quản lý khoa học');
  expect(sheet.headerFooter.oddFooter).toContain('Trang &P/&N');
  // Fit to the page width, 10 pt text prints at (printable width / sheet width) × 10 pt: at least 7.5 pt.
  let widthPt = 0;
  for (let c = 1; c <= 10; c++) widthPt += (sheet.getColumn(c).width! * 7 + 5) * 0.75;
  expect(PRINTABLE_WIDTH_PT / widthPt).toBeGreaterThanOrEqual(0.75);
  // Narrowed so, every column still shows what it holds: text wraps in at least WRAPPED_TEXT_MIN_PX, the rest at full width.
  const pixels = sheetColumnPixels(form);
  for (const section of form.sections) {
    for (const c of section.columns) expect([section.id, c.key, pixels[c.column - 1] >= (c.type === 'text' ? Math.min(c.width, WRAPPED_TEXT_MIN_PX) : c.width)]).toEqual([section.id, c.key, true]);
  }
  // Page breaks (exceljs does not read them back: the sheet's XML) fall right above a section title.
  const file = path.join(tmp.dir, 'qlkh.xlsx');
  await formWorkbook(settings, form, { divisions: [division('QLKH')], settingsSheet: false }).xlsx.writeFile(file);
  const xml = await (await JSZip.loadAsync(readFileSync(file))).file('xl/worksheets/sheet1.xml')!.async('string');
  const breaks = [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
  expect(breaks.length).toBeGreaterThan(0);
  for (const after of breaks) expect(layout[after].kind).toBe('sectionTitle');
});

describe('page breaks', () => {
  const measure = (heights: number[]) => ({ widthPt: PRINTABLE_WIDTH_PT, rowHeights: heights, titleRows: 2 });

  test('a section that would begin at the foot of a page begins on the next one', () => {
    // Two title rows, then sections of 20 rows each at 15 pt (×1.05): a page of 487 pt holds 30 rows.
    const starts = [4, 24, 44];
    expect(sectionBreaks(starts, 63, measure([]))).toEqual([23, 43]);
  });

  test('a section longer than a page runs on without an empty page before it', () => {
    expect(sectionBreaks([4, 8], 200, measure([]))).toEqual([]);
  });

  test('property: breaks fall only right above a section title, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 2, max: 40 }), { minLength: 1, maxLength: 12 }), fc.array(fc.integer({ min: 12, max: 120 }), { maxLength: 300 }), (sizes, heights) => {
        const starts: number[] = [];
        let row = 4;
        for (const size of sizes) {
          starts.push(row);
          row += size;
        }
        const breaks = sectionBreaks(starts, row - 1, measure(heights));
        for (const b of breaks) expect(starts).toContain(b + 1);
        expect([...breaks].sort((a, b) => a - b)).toEqual(breaks);
        expect(new Set(breaks).size).toBe(breaks.length);
      }),
    );
  });
});

test('no text in the .xlsx sends an Excel user to a Google menu; the Google tab keeps its own wording', () => {
  const texts: string[] = [];
  blank.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        texts.push(String(cell.value ?? ''));
        if (cell.note) texts.push(typeof cell.note === 'string' ? cell.note : JSON.stringify(cell.note));
      }),
    ),
  );
  expect(texts.length).toBeGreaterThan(100);
  for (const t of texts) expect(t).not.toMatch(/menu|Thiết lập \/ cập nhật/i);
  expect(texts).toContain(tabInfo(settings, 'excel'));
  expect(texts.join('\n')).toContain('bao-cao-ktxh bieu-mau --settings');
  // The Google tab still says what to run there.
  expect(settingsTabRows(settings)[1][0]).toContain('menu Báo cáo KT-XH → Thiết lập / cập nhật biểu mẫu');
  expect(tabInfo(settings)).toBe(divisionTabLayout(form, settings, division('QLKH'))[1].values[0]);
});

test('the hint of "Trích yếu báo cáo" names exactly the placeholders the default subject uses, each one that exists', () => {
  const subject = SETTINGS_FIELDS.find((f) => f.path === 'subject')!;
  const named = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
  expect(named(subject.note.excel)).toEqual(named(defaultSettings().subject));
  expect(named(subject.note.googleSheets)).toEqual(named(defaultSettings().subject));
  for (const name of named(subject.note.excel)) expect(Object.keys(placeholderValues(settings))).toContain(name);
});
