/**
 * A clerk's file, as the Office receives it, through the offline tool: a subtotal row under a list, a formula a script
 * wrote without its value, a figure Excel turned into a date, a column inserted at B. Nothing is misread without a word:
 * each gets a Vietnamese finding naming the file, the sheet and the cell, and the report's figures stay true.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkCommand } from '../../src/cli/checkCommand';
import { consolidateCommand } from '../../src/cli/consolidate';
import { all, readDocx, text } from '../render/docxReader';
import { headerRowOf } from './brokenInputs';
import { captureIo, division, tempDir, writeDivisionFile } from './helpers';
import { displayPath } from '../../src/cli/paths';

const tmp = tempDir('bao-cao-clerk-');
afterAll(() => tmp.remove());

const NOW = new Date(2024, 5, 27, 9, 0);
const TODAY = '2024-06-25';
const QLKH = division('QLKH');
/** Section I of the sample: six indicators on rows 6–11, then the form's blank rows. Section V: two proposals on rows 32–33. */
const FIRST_INDICATOR = headerRowOf('QLKH', 'I') + 1;
const FIRST_PROPOSAL = headerRowOf('QLKH', 'V') + 1;

let count = 0;
/** QLKH's filled sample in a file of its own, changed as the clerk changed it. */
async function clerkFile(change?: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const dir = path.join(tmp.dir, `lan-${++count}`);
  mkdirSync(dir);
  const file = path.join(dir, 'QLKH.xlsx');
  await writeDivisionFile(file, QLKH);
  if (change) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    change(book.worksheets[0]);
    await book.xlsx.writeFile(file);
  }
  return file;
}

async function check(file: string): Promise<{ code: number; out: string }> {
  const io = captureIo();
  const code = await checkCommand([file], { today: TODAY }, io);
  return { code, out: io.all() };
}

async function consolidate(file: string): Promise<{ terminal: string; docx: string; rows: string[][]; appendix: string }> {
  const io = captureIo();
  const out = file.replace(/\.xlsx$/, '-bao-cao.docx');
  await consolidateCommand([file], { out, now: NOW }, io);
  const doc = await readDocx(readFileSync(out));
  const rows = all(doc.document, 'tr').map((r) => all(r, 'tc').map(text));
  const row = rows.find((cells) => cells[1] === QLKH.name)!;
  return { terminal: io.all(), docx: all(doc.document, 'p').map(text).join('\n'), rows, appendix: row[3] };
}

const budgetLine = (docx: string) => /Tổng kinh phí đề xuất [^\n]*/.exec(docx)?.[0];

describe('a subtotal row under a list', () => {
  test('«Tổng cộng» under the proposals is named and left out: the proposed budget is not doubled', async () => {
    const clean = await consolidate(await clerkFile());
    const total = FIRST_PROPOSAL + 2;
    const file = await clerkFile((sheet) => {
      sheet.getCell(`B${total}`).value = 'Tổng cộng';
      sheet.getCell(`D${total}`).value = { formula: `SUM(D${FIRST_PROPOSAL}:D${FIRST_PROPOSAL + 1})`, result: 25000 };
    });
    const { out } = await check(file);
    expect(out).toContain(`Cảnh báo: ô B${total}: Dòng «Tổng cộng» là dòng cộng, không phải một đề xuất: báo cáo tự cộng nên không tính dòng này (số liệu của dòng không đưa vào báo cáo). Có thể xóa dòng này.`);
    const report = await consolidate(file);
    expect(budgetLine(clean.docx)).toBeDefined();
    expect(budgetLine(report.docx)).toBe(budgetLine(clean.docx));
    // No proposal of that name in the proposals' table (its own «Tổng cộng» line, by funding source, is the report's sum).
    expect(report.rows.filter((cells) => cells[1] === 'Tổng cộng')).toEqual([]);
    expect(report.rows.filter((cells) => cells[0] === 'Tổng cộng')).toEqual(clean.rows.filter((cells) => cells[0] === 'Tổng cộng'));
  });

  test('a «Cộng:» row under the indicators is no seventh indicator', async () => {
    const total = FIRST_INDICATOR + 6;
    const file = await clerkFile((sheet) => {
      sheet.getCell(`B${total}`).value = 'Cộng:';
      for (const column of ['D', 'E', 'F', 'G']) sheet.getCell(`${column}${total}`).value = { formula: `SUM(${column}${FIRST_INDICATOR}:${column}${total - 1})`, result: 100 };
    });
    const { out } = await check(file);
    expect(out).toContain(`Cảnh báo: ô B${total}: Dòng «Cộng:» là dòng cộng, không phải một chỉ tiêu`);
    const report = await consolidate(file);
    expect(report.docx).toContain('Tổng hợp 6 chỉ tiêu');
    expect(report.rows.filter((cells) => cells.includes('Cộng:'))).toEqual([]);
  });

  test('an indicator whose name starts with a total word is an indicator', async () => {
    const row = FIRST_INDICATOR + 6;
    const file = await clerkFile((sheet) => {
      sheet.getCell(`B${row}`).value = 'Tổng số hồ sơ được giải quyết';
      sheet.getCell(`C${row}`).value = 'hồ sơ';
      sheet.getCell(`F${row}`).value = 40;
      sheet.getCell(`G${row}`).value = 80;
    });
    const { code, out } = await check(file);
    expect(out).not.toContain('dòng cộng');
    expect(code).toBe(0);
    expect((await consolidate(file)).docx).toContain('Tổng hợp 7 chỉ tiêu');
  });
});

describe('a formula a script wrote without its value', () => {
  /** The plan of the second indicator as a formula with no saved result, the way exceljs (no <v>) or openpyxl (an empty <v>) write it. */
  async function scriptFile(writer: 'exceljs' | 'openpyxl'): Promise<{ file: string; cell: string }> {
    const cell = `E${FIRST_INDICATOR + 1}`;
    const file = await clerkFile((sheet) => {
      sheet.getCell(cell).value = { formula: '2000+200' } as ExcelJS.CellFormulaValue;
    });
    if (writer === 'openpyxl') {
      const zip = await JSZip.loadAsync(readFileSync(file));
      const part = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
      const xml = await zip.file(part)!.async('string');
      expect(xml).toContain('<f>2000+200</f></c>');
      zip.file(part, xml.replace('<f>2000+200</f></c>', '<f>2000+200</f><v></v></c>'));
      writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    }
    return { file, cell };
  }

  test.each(['exceljs', 'openpyxl'] as const)('written by %s: an error at the cell, with what to do; never an empty plan', async (writer) => {
    const { file, cell } = await scriptFile(writer);
    const { code, out } = await check(file);
    expect(out).toContain(`Phòng Quản lý khoa học — «${file}», trang tính «QLKH»:`);
    expect(out).toContain(
      `Lỗi: ô ${cell}: Cột «Kế hoạch năm 2024»: ô có công thức =2000+200 nhưng chưa có giá trị đã tính (tệp được lưu bằng một chương trình không tính công thức), nên chưa đọc được số liệu của ô. Mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi gửi lại.`,
    );
    expect(code).toBe(1);
    // The appendix and the body say the same of it: a plan typed that cannot be read yet, never "no plan assigned".
    const report = await consolidate(file);
    expect(report.appendix).toBe('kế hoạch năm 2024 của 1 chỉ tiêu ghi chưa đúng');
    const paragraph = report.docx.split('\n').find((p) => p.includes('có số kế hoạch ghi chưa đúng ('))!;
    expect(paragraph).toMatch(/1 chỉ tiêu có số kế hoạch ghi chưa đúng \([^)]+\), chưa so sánh với kế hoạch/);
    // The two indicators QLKH gives no plan for stay "không giao"; the unread one is not added to them.
    expect(paragraph).toContain('; 2 chỉ tiêu không giao kế hoạch năm;');
  });

  test('a setting that is a formula without its value stops the run, naming the sheet, the cell and the setting', async () => {
    const file = await clerkFile();
    const book = new ExcelJS.Workbook();
    await writeDivisionFile(file, QLKH, { settingsSheet: true });
    await book.xlsx.readFile(file);
    const settingsSheet = book.getWorksheet('Cấu hình')!;
    const row = settingsSheet.getColumn(1).values.findIndex((v) => v === 'Hạn nộp');
    expect(row).toBeGreaterThan(0);
    settingsSheet.getCell(row, 2).value = { formula: 'DATE(2024,6,28)' } as ExcelJS.CellFormulaValue;
    await book.xlsx.writeFile(file);
    const io = captureIo();
    expect(await checkCommand([file], { today: TODAY }, io)).toBe(1);
    expect(io.errors.join('\n')).toContain(
      `Lỗi: «${displayPath(file)}»: Cấu hình!B${row} («Hạn nộp»): ô có công thức =DATE(2024,6,28) nhưng chưa có giá trị đã tính (tệp được lưu bằng một chương trình không tính công thức), nên chưa đọc được số liệu của ô. Mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi gửi lại.`,
    );
  });

  test('a formula whose saved result is the empty text (=IF(…;"";…), as Excel saves it) is an empty cell, no error', async () => {
    // The remark of the first indicator, a column the report reads.
    const cell = `J${FIRST_INDICATOR}`;
    const file = await clerkFile((sheet) => {
      sheet.getCell(cell).value = { formula: 'IF(1=1,"","x")', result: 'x' };
    });
    const zip = await JSZip.loadAsync(readFileSync(file));
    const part = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
    const xml = await zip.file(part)!.async('string');
    const saved = xml.replace(new RegExp(`(<c r="${cell}"[^>]*t="str"[^>]*><f>[^<]*</f>)<v>x</v>`), '$1<v></v>');
    expect(saved).not.toBe(xml);
    zip.file(part, saved);
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const { code, out } = await check(file);
    expect(out).not.toContain('chưa có giá trị đã tính');
    expect(out).not.toContain(cell);
    expect(code).toBe(0);
  });
});

describe('what the check quotes back is what the clerk sees', () => {
  test('a figure Excel turned into a date is shown as the date, with how to type it again', async () => {
    const cell = `D${FIRST_INDICATOR}`;
    const file = await clerkFile((sheet) => {
      sheet.getCell(cell).value = new Date(Date.UTC(2024, 4, 2));
      sheet.getCell(cell).numFmt = 'dd/mm/yyyy';
    });
    const { out } = await check(file);
    expect(out).toContain(`Lỗi: ô ${cell}: Cột «Thực hiện năm 2023»: ô đang là ngày «02/05/2024», không phải số: Excel (hoặc Google Trang tính) đã tự đổi số vừa nhập thành ngày. Định dạng ô là Số`);
    expect(out).not.toMatch(/GMT|Coordinated/);
  });

  test('a checkbox in a number column is TRUE, as the spreadsheet shows it', async () => {
    const cell = `E${FIRST_INDICATOR}`;
    const file = await clerkFile((sheet) => {
      sheet.getCell(cell).value = true;
    });
    const { out } = await check(file);
    expect(out).toContain(`Lỗi: ô ${cell}: Cột «Kế hoạch năm 2024»: ô đang là giá trị TRUE`);
    expect(out).not.toContain('«true»');
  });

  test('the whole-year estimate below the first half is quoted with Vietnamese separators', async () => {
    const row = FIRST_INDICATOR;
    const file = await clerkFile((sheet) => {
      sheet.getCell(`F${row}`).value = 41245.8;
      sheet.getCell(`G${row}`).value = 39850.5;
    });
    const { out } = await check(file);
    expect(out).toContain(`Cảnh báo: ô G${row}: Ước thực hiện cả năm (39.850,5) nhỏ hơn số đã thực hiện (41.245,8).`);
  });
});

test('a column «Mã» inserted at B: the appendix names the column the clerk left empty, as the check does', async () => {
  const file = await clerkFile((sheet) => {
    sheet.spliceColumns(2, 0, []);
    sheet.getCell(`B${FIRST_INDICATOR - 1}`).value = 'Mã';
    // The estimate of the first indicator, now in H.
    sheet.getCell(`H${FIRST_INDICATOR}`).value = null;
  });
  const { out } = await check(file);
  expect(out).toContain(`Lỗi: ô H${FIRST_INDICATOR}: Chưa nhập «Ước thực hiện năm 2024» (mục I, dòng ${FIRST_INDICATOR}).`);
  const { appendix } = await consolidate(file);
  expect(appendix).toBe('chưa có ước thực hiện năm 2024 của 1 chỉ tiêu');
});
