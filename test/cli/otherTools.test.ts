/**
 * A division fills the form in another program (openpyxl, LibreOffice, Google Sheets' download, WPS Office) and
 * sends it back: the file is read like one saved by Excel, and a file that still cannot be read gets a Vietnamese
 * message saying what to do, with the library's words only after it.
 */
import { writeFileSync } from 'fs';
import path from 'path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { divisionReports, loadInputs } from '../../src/cli/loadInputs';
import { formatNotice } from '../../src/cli/notices';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { filledDivisionGrid, sampleFor } from '../../src/core/sampleData';
import type { CellValue } from '../../src/core/grid';
import { captureIo, division, form, settings, tempDir, usable, writeDivisionFile } from './helpers';
import { TOOLS, Tool, toolXlsx } from './otherTools';
import { checkCommand } from '../../src/cli/checkCommand';
import { isoOfLocalDate } from '../../src/core/dates';

const tmp = tempDir('bao-cao-tools-');
afterAll(() => tmp.remove());

const qlkh = division('QLKH');
const rows = filledDivisionGrid(form, settings, qlkh, sampleFor(qlkh));
/** The first column header of section I carries a note, as in the form. */
const headerNotes = { [`B${rows.findIndex((r) => r[1] === 'Chỉ tiêu') + 1}`]: 'Tên chỉ tiêu, ví dụ: Số nhiệm vụ được nghiệm thu.' };

async function writeTool(tool: Tool, name: string, sheets = [{ name: 'QLKH', rows, comments: headerNotes }], modified: Date | undefined = new Date(2024, 5, 20, 9, 30)): Promise<string> {
  const file = path.join(tmp.dir, name);
  writeFileSync(file, await toolXlsx(tool, sheets, { modified }));
  return file;
}

describe.each(TOOLS)('a division saves the form in %s', (tool) => {
  test('its sheet is read, checked and gives the same items as the file Excel saved', async () => {
    const excel = path.join(tmp.dir, `excel-${tool}.xlsx`);
    await writeDivisionFile(excel, qlkh);
    const other = await writeTool(tool, `QLKH-${tool}.xlsx`);
    const fromOther = await loadInputs([other]);
    expect(fromOther.notices.map(formatNotice)).toEqual([]);
    const reportOf = async (file: string) => divisionReports(usable(await loadInputs([file])), '2024-06-25').find((r) => r.division.tabName === 'QLKH')!;
    const [a, b] = [await reportOf(excel), await reportOf(other)];
    expect(b.statusLabel).toBe(a.statusLabel);
    expect(b.check!.items).toEqual(a.check!.items);
    expect(b.check!.findings).toEqual(a.check!.findings);
  });
});

test("the sheet's cells (texts, numbers, days) come back as written, whichever program wrote them (property)", async () => {
  const text = fc.stringMatching(/^[A-Za-z0-9ăâđêôơưĂÂĐÊÔƠƯáàảãạếềểễệ ,.;:()%&<>"'\-/]{1,12}$/);
  // A day is written as each program writes dates (a serial number with a date format, or t="d") and reads back as that day
  // on the local calendar (a Date, as Apps Script's getValues gives it).
  const day = fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)) }).map((d) => d.toISOString().slice(0, 10));
  const number = fc.oneof(fc.integer({ min: -1e6, max: 1e9 }), fc.double({ min: -1e6, max: 1e9, noNaN: true })).filter((n) => !Object.is(n, -0));
  const cell: fc.Arbitrary<CellValue> = fc.oneof(text, number, day, fc.constant(''));
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...TOOLS), fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }), async (tool, grid) => {
      const file = await writeTool(tool, 'property.xlsx', [{ name: 'QLKH', rows: grid, comments: { A1: 'ghi chú' } }]);
      const reading = await readWorkbookFile(file);
      if (!reading.ok) throw new Error(reading.message);
      const width = Math.max(...grid.map((r) => r.length));
      // The reading is rectangular from A1 to the last cell holding something.
      const lastRow = grid.reduce((last, r, i) => (r.some((v) => v !== '') ? i : last), -1);
      const lastColumn = Math.max(-1, ...grid.map((r) => r.reduce<number>((last, v, i) => (v !== '' ? i : last), -1)));
      const expected = grid.slice(0, lastRow + 1).map((r) => [...r, ...Array(width).fill('')].slice(0, lastColumn + 1));
      const read = reading.workbook.sheets[0].grid.map((r) => r.map((v) => (v instanceof Date ? isoOfLocalDate(v) : v)));
      expect(read).toEqual(expected);
    }),
    { numRuns: 120 },
  );
});

test("the save time is the workbook's own; a download from Google Sheets has none", async () => {
  const saved = new Date(2024, 5, 21, 14, 45, 10);
  const openpyxl = await readWorkbookFile(await writeTool('openpyxl', 'saved.xlsx', undefined, saved));
  expect(openpyxl.ok && openpyxl.workbook.savedAt?.getTime()).toBe(saved.getTime());
  const google = await readWorkbookFile(await writeTool('googleSheets', 'google.xlsx'));
  expect(google.ok && google.workbook.savedAt).toBeNull();
});

describe('what still cannot be read is said in Vietnamese first, what to do, then the technical detail', () => {
  test('a sheet whose XML is cut short', async () => {
    const zip = await JSZip.loadAsync(await toolXlsx('libreoffice', [{ name: 'QLKH', rows }]));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file('xl/worksheets/sheet1.xml', sheet.slice(0, Math.floor(sheet.length / 2)));
    const file = path.join(tmp.dir, 'QLKH-cut.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const io = captureIo();
    expect(await checkCommand([file], { today: '2024-06-25' }, io)).toBe(1);
    const line = io.lines.find((l) => l.includes('QLKH-cut.xlsx'))!;
    expect(line).toMatch(/^Lỗi: Không đọc được nội dung «.*QLKH-cut\.xlsx» \(tệp có thể được lưu bằng một chương trình khác/);
    expect(line).toContain('Mở tệp bằng Excel hoặc LibreOffice, lưu lại dưới dạng .xlsx (Excel Workbook) rồi chạy lại');
    const vietnamese = line.indexOf('Mở tệp');
    const detail = line.indexOf('Chi tiết kỹ thuật: ');
    expect(detail).toBeGreaterThan(vietnamese);
  });

  test('a zip that is not a workbook at all (a .docx renamed), and one with no sheet', async () => {
    const docx = new JSZip();
    docx.file('word/document.xml', '<w:document/>');
    const renamed = path.join(tmp.dir, 'bao-cao.xlsx');
    writeFileSync(renamed, await docx.generateAsync({ type: 'nodebuffer' }));
    const reading = await readWorkbookFile(renamed);
    expect(!reading.ok && reading.message).toMatch(/^«.*bao-cao\.xlsx» bị hỏng, không mở được\. Đề nghị phòng, đơn vị lưu lại và gửi lại tệp\. Chi tiết kỹ thuật: không có trang tính nào$/);
  });
});
