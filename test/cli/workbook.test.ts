/**
 * The form as .xlsx: written by the form command's code, checked with another library (SheetJS) and by the
 * file's XML, filled by SheetJS as a division would fill it in another program, then read back and checked.
 */
import { readFileSync } from 'fs';
import path from 'path';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { columnByKey, sectionById } from '../../src/core/form';
import { SETTINGS_TAB, settingsTabRows } from '../../src/core/settingsTab';
import { divisionTabLayout, headerLabel, ratioFormula } from '../../src/core/tabLayout';
import { divisionReports, loadInputs } from '../../src/cli/loadInputs';
import { gridValue, readWorkbookFile } from '../../src/cli/readWorkbook';
import { LISTS_SHEET, formWorkbook, pixelsToExcelWidth, sheetColumnPixels } from '../../src/cli/writeForm';
import { division, form, settings, tempDir, usable } from './helpers';
import { isoOfLocalDate } from '../../src/core/dates';
import { typedValue } from '../../src/core/typedValues';

const tmp = tempDir();
const blank = path.join(tmp.dir, 'bieu-mau.xlsx');

beforeAll(async () => {
  await formWorkbook(settings, form).xlsx.writeFile(blank);
});
afterAll(() => tmp.remove());

/** A sheet's XML with the entities of attribute and text values decoded, to be searched as text. */
async function sheetXml(zip: JSZip, workbook: XLSX.WorkBook, name: string): Promise<string> {
  const index = workbook.SheetNames.indexOf(name);
  const xml = await zip.file(`xl/worksheets/sheet${index + 1}.xml`)!.async('string');
  return xml
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

test('the blank form: the settings sheet, then one sheet per division drawn row for row like the Google tab', () => {
  const book = XLSX.read(readFileSync(blank), { cellFormula: true, cellNF: true });
  expect(book.SheetNames).toEqual([SETTINGS_TAB, ...settings.divisions.map((d) => d.tabName), LISTS_SHEET]);
  expect(book.Workbook!.Sheets!.find((s) => s.name === LISTS_SHEET)!.Hidden).toBeGreaterThan(0);
  const settingsRows = XLSX.utils.sheet_to_json<(string | number)[]>(book.Sheets[SETTINGS_TAB], { header: 1, defval: '' });
  expect(settingsRows).toEqual(settingsTabRows(settings, 'excel'));
  const qlkh = division('QLKH');
  const rows = XLSX.utils.sheet_to_json<(string | number)[]>(book.Sheets.QLKH, { header: 1, defval: '', blankrows: true });
  const layout = divisionTabLayout(form, settings, qlkh, 'excel');
  layout.forEach((line, i) => {
    if (line.kind === 'item' || line.kind === 'spacer' || line.kind === 'blank') return;
    expect((rows[i] ?? []).map(String)).toEqual(line.values.map(String));
  });
});

test('headers carry their notes; computed cells their formula; item cells their number format; widths follow the form, text columns wrapping', () => {
  const book = XLSX.read(readFileSync(blank), { cellFormula: true, cellNF: true, sheetStubs: true, cellStyles: true });
  const sheet = book.Sheets.QLKH;
  const layout = divisionTabLayout(form, settings, division('QLKH'), 'excel');
  const header = layout.findIndex((l) => l.kind === 'header' && l.sectionId === 'I') + 1;
  const I = sectionById(form, 'I');
  const estimate = columnByKey(I, 'estimate');
  const vsPlan = columnByKey(I, 'vsPlan');
  const headerCell = sheet[XLSX.utils.encode_cell({ r: header - 1, c: estimate.column - 1 })];
  expect(headerCell.v).toBe(headerLabel(estimate));
  expect((headerCell.c as { t: string }[])[0].t).toContain(estimate.note);
  const item = header + 1;
  const formulaCell = sheet[XLSX.utils.encode_cell({ r: item - 1, c: vsPlan.column - 1 })];
  expect(`=${formulaCell.f}`).toBe(ratioFormula(I, vsPlan, item));
  expect(formulaCell.z).toBe('0.0%');
  expect(sheet[XLSX.utils.encode_cell({ r: item - 1, c: estimate.column - 1 })].z).toBe('#,##0.0#');
  // A text column is as wide as section I has it (the text of narrower sections wraps), in characters in Excel;
  // a column that does not wrap is as wide as the widest section needs it: IV's "Tình trạng" dropdown in column F.
  expect(sheet['!cols']![1].width).toBeCloseTo(pixelsToExcelWidth(I.columns[1].width), 1);
  const status = columnByKey(sectionById(form, 'IV'), 'status');
  expect(sheetColumnPixels(form)[status.column - 1]).toBe(Math.max(status.width, I.columns[status.column - 1].width));
  expect(sheet['!cols']![status.column - 1].width).toBeCloseTo(pixelsToExcelWidth(sheetColumnPixels(form)[status.column - 1]), 1);
});

test('dropdowns (inline, or on the hidden lists sheet when an option has a comma), date validation, frozen title rows', async () => {
  const zip = await JSZip.loadAsync(readFileSync(blank));
  const book = XLSX.read(readFileSync(blank), { bookSheets: true });
  const xml = await sheetXml(zip, book, 'QLKH');
  const layout = divisionTabLayout(form, settings, division('QLKH'), 'excel');
  const firstItem = (id: string) => layout.findIndex((l) => l.kind === 'header' && l.sectionId === id) + 2;
  const rows = (id: string) => sectionById(form, id as 'I').blankRows;
  // II: "Loại nguyên nhân" (column D), an inline list over every blank item row of the section and the row below them.
  expect(xml).toContain(`sqref="D${firstItem('II')}:D${firstItem('II') + rows('II')}"`);
  expect(xml).toMatch(/<formula1>"Chủ quan,Khách quan"<\/formula1>/);
  // IV: "Tình trạng" options contain commas, so the list is a range of the hidden sheet.
  expect(xml).toContain(`<formula1>'${LISTS_SHEET}'!$A$1:$A$5</formula1>`);
  expect(xml).toMatch(/type="date"[^>]*sqref="D\d+:D\d+"|sqref="D\d+:D\d+"[^>]*type="date"/);
  expect(xml).toMatch(/<pane [^>]*ySplit="2"/);
  const lists = XLSX.read(readFileSync(blank)).Sheets[LISTS_SHEET];
  expect(XLSX.utils.sheet_to_json<string[]>(lists, { header: 1 }).map((r) => r[0])).toEqual(sectionById(form, 'IV').columns.find((c) => c.key === 'status')!.options);
});

test('a form filled in another program (SheetJS) is read back, checked and its items found', async () => {
  const book = XLSX.read(readFileSync(blank), { cellDates: true });
  const sheet = book.Sheets.QLKH;
  const layout = divisionTabLayout(form, settings, division('QLKH'), 'excel');
  const firstItem = (id: string) => layout.findIndex((l) => l.kind === 'header' && l.sectionId === id) + 2;
  const put = (row: number, values: (string | number | Date)[]) => XLSX.utils.sheet_add_aoa(sheet, [values], { origin: { r: row - 1, c: 0 } });
  put(firstItem('I'), [1, 'Số nhiệm vụ KH&CN cấp tỉnh được nghiệm thu', 'nhiệm vụ', 12, 15, 6, 16]);
  put(firstItem('I') + 1, [2, 'Tỷ lệ nhiệm vụ đúng hạn', '%', 80, 90, '85,5', '88,5']);
  put(firstItem('II'), [1, 'Một số nhiệm vụ chậm tiến độ', 'Tổ chức chủ trì chưa chủ động', 'Chủ quan', '']);
  put(firstItem('III'), [1, 'Tổ chức nghiệm thu các nhiệm vụ đến hạn', 'Quý IV/2024']);
  put(firstItem('IV'), [1, 'Trình phê duyệt danh mục nhiệm vụ năm 2025', '1400/QĐ-UBND', new Date(Date.UTC(2024, 8, 30)), 'Đang tổng hợp đề xuất', 'Đang thực hiện trong hạn']);
  put(firstItem('V'), [1, 'Triển khai 20 nhiệm vụ KH&CN cấp tỉnh', '20 nhiệm vụ', 12500, 'Ngân sách tỉnh']);
  const filled = path.join(tmp.dir, 'qlkh-sheetjs.xlsx');
  XLSX.writeFile(book, filled);

  const loaded = usable(await loadInputs([filled]));
  expect(loaded.notices.filter((n) => n.severity === 'error')).toEqual([]);
  const reports = divisionReports(loaded, '2024-06-25');
  const qlkh = reports.find((r) => r.division.tabName === 'QLKH')!;
  expect(qlkh.check!.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(qlkh.statusLabel).toBe('Đã đủ');
  expect(qlkh.check!.items.I.map((i) => [i.values.indicator, i.values.firstPeriod, i.values.estimate])).toEqual([
    ['Số nhiệm vụ KH&CN cấp tỉnh được nghiệm thu', 6, 16],
    ['Tỷ lệ nhiệm vụ đúng hạn', 85.5, 88.5],
  ]);
  expect(qlkh.check!.items.IV[0].values.deadline).toBe('2024-09-30');
  expect(reports.filter((r) => r !== qlkh).every((r) => r.statusLabel === 'Chưa nhập')).toBe(true);
});

test('cells read as the division typed them: rich text joined, formulas by result, errors by name, links by text, dates by day, percentages as written', async () => {
  const previousTz = process.env.TZ;
  process.env.TZ = 'America/Los_Angeles'; // a local-time reading would give the day before
  try {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('QLKH');
    sheet.getCell('A1').value = { richText: [{ text: 'Số ' }, { text: 'hồ sơ', font: { bold: true } }] };
    sheet.getCell('B1').value = { formula: 'C1/D1', result: 1.25 };
    sheet.getCell('C1').value = { formula: 'C1/0', result: { error: '#DIV/0!' } };
    sheet.getCell('D1').value = { text: 'Cổng dịch vụ công', hyperlink: 'https://dichvucong.gov.vn' };
    sheet.getCell('E1').value = new Date(Date.UTC(2024, 5, 28));
    sheet.getCell('E1').numFmt = 'dd/mm/yyyy';
    sheet.getCell('F1').value = { formula: 'E1+1' };
    // "98,5%" typed in Excel is stored as 0.985 shown as a percentage: read as the 98.5 the division meant.
    sheet.getCell('G1').value = 0.985;
    sheet.getCell('G1').numFmt = '0.0%';
    sheet.getCell('A3').value = 'gộp';
    sheet.mergeCells('A3:C4');
    const file = path.join(tmp.dir, 'cells.xlsx');
    await workbook.xlsx.writeFile(file);
    const reading = await readWorkbookFile(file);
    if (!reading.ok) throw new Error(reading.message);
    const { grid, formats, merges } = reading.workbook.sheets[0];
    // As Apps Script's getValues gives them: the date on the local calendar, the number as stored with its format beside it.
    const asTyped = grid[0].map((v, c) => (v instanceof Date ? isoOfLocalDate(v) : typedValue(v, formats[0][c])));
    expect(asTyped).toEqual(['Số hồ sơ', 1.25, '#DIV/0!', 'Cổng dịch vụ công', '2024-06-28', '', 98.5]);
    expect(grid[2].slice(0, 3)).toEqual(['gộp', '', '']);
    expect(merges).toEqual([{ row: 3, column: 1, rows: 2, columns: 3 }]);
  } finally {
    process.env.TZ = previousTz;
  }
  expect(gridValue(null)).toBe('');
});
