/**
 * The folders the Office really gets back, consolidated: a blank form lying beside the nine replies; nine whole
 * workbooks each with only the sender's tab filled; two filled versions of one division saved at different times.
 * No division vanishes, an empty tab never replaces data, the later save wins and is named, nothing advises
 * deleting a file, and every count the terminal prints is the count the .docx says.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'fs';
import path from 'path';
import type ExcelJS from 'exceljs';
import { consolidateCommand } from '../../src/cli/consolidate';
import { checkCommand } from '../../src/cli/checkCommand';
import { formWorkbook } from '../../src/cli/writeForm';
import { displayPath } from '../../src/cli/paths';
import { sampleFor } from '../../src/core/sampleData';
import type { Division } from '../../src/core/settings';
import { headerRowOf } from './brokenInputs';
import { all, readDocx, text } from '../render/docxReader';
import { captureIo, division, form, settings, tempDir, writeDivisionFile } from './helpers';
import { toolXlsx } from './otherTools';
import { filledDivisionGrid } from '../../src/core/sampleData';

const tmp = tempDir('bao-cao-folders-');
afterAll(() => tmp.remove());

const NOW = new Date(2024, 5, 27, 16, 5);

function folder(name: string): string {
  const dir = path.join(tmp.dir, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The whole workbook (settings sheet and every division's tab), with the tabs of `filled` divisions filled. */
async function writeWholeWorkbook(file: string, filled: (d: Division) => boolean, modified?: Date, change?: (book: ExcelJS.Workbook) => void): Promise<void> {
  const book = formWorkbook(settings, form, { sample: (d) => (filled(d) ? sampleFor(d) : {}) });
  if (modified) book.modified = modified;
  change?.(book);
  await book.xlsx.writeFile(file);
}

interface Run {
  terminal: string;
  docx: string;
  /** Each division's status in the appendix table of the .docx. */
  appendix: Map<string, string>;
  exitCode: number;
}

async function consolidate(dir: string): Promise<Run> {
  const io = captureIo();
  const out = path.join(tmp.dir, `${path.basename(dir)}.docx`);
  const outcome = await consolidateCommand([dir], { out, now: NOW }, io);
  const doc = await readDocx(readFileSync(out));
  const appendix = new Map<string, string>();
  for (const row of all(doc.document, 'tr')) {
    const cells = all(row, 'tc').map(text);
    if (settings.divisions.some((d) => d.name === cells[1])) appendix.set(cells[1], cells[2]);
  }
  return { terminal: io.all(), docx: all(doc.document, 'p').map(text).join('\n'), appendix, exitCode: outcome.exitCode };
}

/** Every count the terminal prints is the .docx's: "x/y … đã báo cáo", the divisions used, and each division's status. */
function expectSameCounts(run: Run, reported: number): void {
  const complete = [...run.appendix.values()].filter((s) => s === 'Đầy đủ' || s === 'Đã gửi').length;
  const inReport = /(\d+)\/(\d+) phòng, đơn vị đã báo cáo đầy đủ/.exec(run.docx);
  expect(inReport && [Number(inReport[1]), Number(inReport[2])]).toEqual([complete, settings.divisions.length]);
  expect(run.terminal).toContain(`Trong báo cáo: ${inReport![0]}`);
  const reportLine = run.docx.split('\n').find((l) => l.startsWith(inReport![0]))!;
  expect(run.terminal).toContain(`Trong báo cáo: ${reportLine}`);
  expect(run.terminal).toContain(`Đã lập báo cáo tổng hợp từ số liệu của ${reported}/${settings.divisions.length} phòng, đơn vị`);
  for (const d of settings.divisions) {
    const status = run.appendix.get(d.name)!;
    expect(run.terminal).toMatch(new RegExp(`${d.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+${status}\\s`));
  }
  expect(run.appendix.size).toBe(settings.divisions.length);
}

function expectNoAdviceToDelete(run: Run): void {
  expect(run.terminal).not.toMatch(/xóa/i);
}

test('a blank form beside the nine filled files: all nine are used, the blank form is named as not used, no warning', async () => {
  const dir = folder('mau-trong-ben-canh');
  await formWorkbook(settings, form).xlsx.writeFile(path.join(dir, 'bieu-mau.xlsx'));
  for (const d of settings.divisions) await writeDivisionFile(path.join(dir, `${d.tabName}.xlsx`), d);
  const run = await consolidate(dir);
  expect(run.exitCode).toBe(0);
  expectSameCounts(run, 9);
  expectNoAdviceToDelete(run);
  expect(run.terminal).not.toContain('nguồn số liệu');
  expect(run.terminal).not.toMatch(/^Cảnh báo:/m);
  expect(run.terminal).toContain(
    `Lưu ý: Các trang tính trong «${displayPath(path.join(dir, 'bieu-mau.xlsx'))}» chỉ có tiêu đề, chưa có dòng nội dung nào (như biểu mẫu trống): số liệu các phòng, đơn vị lấy từ các tệp khác, tệp này không được dùng.`,
  );
  for (const d of settings.divisions) expect(run.terminal).toMatch(new RegExp(`${d.tabName}\\.xlsx › `));
  expect(run.docx).toContain('8/9 phòng, đơn vị đã báo cáo đầy đủ; báo cáo chưa đầy đủ: Thanh tra Sở.');
});

test('nine whole workbooks, each with only its own tab filled: every division is read from its own file', async () => {
  const dir = folder('ca-bang-tinh');
  for (const own of settings.divisions) await writeWholeWorkbook(path.join(dir, `${own.tabName}.xlsx`), (d) => d.name === own.name);
  const run = await consolidate(dir);
  expect(run.exitCode).toBe(0);
  expectSameCounts(run, 9);
  expectNoAdviceToDelete(run);
  expect(run.terminal).not.toMatch(/^Cảnh báo:/m);
  for (const d of settings.divisions) expect(run.terminal).toContain(`${displayPath(path.join(dir, `${d.tabName}.xlsx`))} › ${d.tabName.slice(0, 31)}`);
});

test("the whole workbook of one division with an empty tab of another: the empty tab never replaces the other's data", async () => {
  const dir = folder('tab-trong-sau');
  // "QLKH.xlsx" sorts after "KH-TC.xlsx": the empty KH-TC tab in it comes later and is saved later.
  await writeDivisionFile(path.join(dir, 'KH-TC.xlsx'), division('KH-TC'), { modified: new Date(2024, 5, 20, 8, 0) });
  await writeWholeWorkbook(path.join(dir, 'QLKH.xlsx'), (d) => d.tabName === 'QLKH', new Date(2024, 5, 26, 17, 0));
  const run = await consolidate(dir);
  expectSameCounts(run, 2);
  expect(run.terminal).toMatch(/Phòng Kế hoạch - Tài chính\s+\S.*KH-TC\.xlsx › KH-TC/);
  expect(run.terminal).not.toContain('nguồn số liệu');
});

describe('two filled versions of one division', () => {
  const edited = (book: ExcelJS.Workbook) => {
    book.getWorksheet('QLKH')!.getCell(headerRowOf('QLKH', 'I') + 1, 2).value = 'Số nhiệm vụ KH&CN cấp tỉnh (bản sửa lần 2)';
  };

  test('the later save wins, even when its file sorts first; both are named, and how to choose the other', async () => {
    const dir = folder('hai-ban');
    // "QLKH (ban sua).xlsx" sorts before "QLKH.xlsx"; it was saved later; the file dates on disk say nothing.
    await writeWholeWorkbook(path.join(dir, 'QLKH (ban sua).xlsx'), (d) => d.tabName === 'QLKH', new Date(2024, 5, 26, 10, 15), edited);
    await writeWholeWorkbook(path.join(dir, 'QLKH.xlsx'), (d) => d.tabName === 'QLKH', new Date(2024, 5, 24, 8, 30));
    const older = path.join(dir, 'QLKH (cu).xlsx');
    await writeWholeWorkbook(older, (d) => d.tabName === 'QLKH', new Date(2024, 5, 20, 7, 0));
    const run = await consolidate(dir);
    const shown = (name: string) => `«${displayPath(path.join(dir, name))}»`;
    expect(run.terminal).toContain(
      `Cảnh báo: Phòng Quản lý khoa học có ba nguồn số liệu: trang tính «QLKH» trong ${shown('QLKH (ban sua).xlsx')}, trang tính «QLKH» trong ${shown('QLKH.xlsx')} và trang tính «QLKH» trong ${shown('QLKH (cu).xlsx')}. ` +
        `Dùng ${shown('QLKH (ban sua).xlsx')} (trang tính «QLKH») vì được lưu muộn nhất (lưu lúc 10:15 26/06/2024); không dùng trang tính «QLKH» trong ${shown('QLKH.xlsx')}, trang tính «QLKH» trong ${shown('QLKH (cu).xlsx')}. ` +
        `Thời điểm lưu: ${shown('QLKH (ban sua).xlsx')} lưu lúc 10:15 26/06/2024; ${shown('QLKH.xlsx')} lưu lúc 08:30 24/06/2024; ${shown('QLKH (cu).xlsx')} lưu lúc 07:00 20/06/2024. Nếu cần dùng nguồn kia, mở tệp đó, lưu lại rồi chạy lại (nguồn lưu muộn nhất được dùng).`,
    );
    expect(run.docx).toContain('Số nhiệm vụ KH&CN cấp tỉnh (bản sửa lần 2)');
    expectSameCounts(run, 1);
    expectNoAdviceToDelete(run);
  });

  test('saved at the same time: the first by file name, and the notice says why', async () => {
    const dir = folder('cung-luc');
    const at = new Date(2024, 5, 25, 9, 0);
    await writeWholeWorkbook(path.join(dir, 'A-QLKH.xlsx'), (d) => d.tabName === 'QLKH', at);
    await writeWholeWorkbook(path.join(dir, 'B-QLKH.xlsx'), (d) => d.tabName === 'QLKH', at, edited);
    const run = await consolidate(dir);
    expect(run.terminal).toMatch(/Dùng «[^»]*A-QLKH\.xlsx» \(trang tính «QLKH»\) vì các nguồn được lưu cùng lúc \(09:00 25\/06\/2024\), nên dùng nguồn đứng trước theo thứ tự tên tệp/);
    expect(run.docx).not.toContain('bản sửa lần 2');
  });

  test('one without a save time (a Google Sheets download): the one that says when it was saved is used, and the notice says so', async () => {
    const dir = folder('khong-ghi-gio');
    const d = division('QLKH');
    const rows = filledDivisionGrid(form, settings, d, sampleFor(d));
    writeFileSync(path.join(dir, 'A-tai-tu-google.xlsx'), await toolXlsx('googleSheets', [{ name: 'QLKH', rows }]));
    await writeWholeWorkbook(path.join(dir, 'B-QLKH.xlsx'), (x) => x.tabName === 'QLKH', new Date(2024, 5, 22, 11, 0), edited);
    const run = await consolidate(dir);
    expect(run.terminal).toMatch(
      /Dùng «[^»]*B-QLKH\.xlsx» \(trang tính «QLKH»\) vì được lưu muộn nhất \(lưu lúc 11:00 22\/06\/2024\); «[^»]*A-tai-tu-google\.xlsx» không ghi thời điểm lưu \(như tệp tải từ Google Trang tính\) nên xếp sau/,
    );
    expect(run.docx).toContain('bản sửa lần 2');
    expectNoAdviceToDelete(run);
  });
});

test('a folder named twice, one of its files named again, and a reply linked into the folder: each file read once, the link read too', async () => {
  const dir = folder('ten-hai-lan');
  const elsewhere = folder('noi-khac');
  await writeDivisionFile(path.join(dir, 'QLKH.xlsx'), division('QLKH'));
  await writeDivisionFile(path.join(elsewhere, 'KH-TC.xlsx'), division('KH-TC'));
  symlinkSync(path.join(elsewhere, 'KH-TC.xlsx'), path.join(dir, 'KH-TC.xlsx'));
  const io = captureIo();
  const out = path.join(tmp.dir, 'ten-hai-lan.docx');
  expect((await consolidateCommand([dir, dir, path.join(dir, 'QLKH.xlsx')], { out, now: NOW }, io)).exitCode).toBe(0);
  expect(io.all()).not.toContain('nguồn số liệu');
  expect(io.all()).toContain('Trong báo cáo: 2/9 phòng, đơn vị đã báo cáo');
});

test('only blank forms: no report, exit 1, and the check says what the report would say', async () => {
  const dir = folder('chi-mau-trong');
  await formWorkbook(settings, form).xlsx.writeFile(path.join(dir, 'bieu-mau.xlsx'));
  const io = captureIo();
  const out = path.join(tmp.dir, 'khong-lap.docx');
  expect((await consolidateCommand([dir], { out, now: NOW }, io)).exitCode).toBe(1);
  expect(io.errors.join('\n')).toContain('Chưa phòng, đơn vị nào có số liệu');
  const check = captureIo();
  await checkCommand([dir], { today: '2024-06-25' }, check);
  expect(check.all()).toContain('Báo cáo tổng hợp lập lúc này sẽ ghi: 0/9 phòng, đơn vị đã báo cáo đầy đủ; chưa báo cáo: ');
});
