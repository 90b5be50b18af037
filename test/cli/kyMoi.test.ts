/**
 * The next period offline: "ky-moi" turns the closing period's files into the next period's workbook and settings by
 * the same carry-over rules as the Sheet; a workbook whose headers say another period is refused for that division.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { displayPath } from '../../src/cli/paths';
import { GENERAL_HELP } from '../../src/cli/help';
import { worksheetGrid } from '../../src/cli/readWorkbook';
import { checkDivision } from '../../src/core/check';
import { resolveForm } from '../../src/core/form';
import type { Settings } from '../../src/core/settings';
import { captureIo, tempDir, writeSampleWorkbook } from './helpers';

const tmp = tempDir('bao-cao-ky-moi-');
afterAll(() => tmp.remove());
const NOW = new Date(2024, 6, 2, 9, 0);

async function run(args: string[]): Promise<{ code: number; io: ReturnType<typeof captureIo> }> {
  const io = captureIo();
  const code = await main(args, { io, now: NOW });
  return { code, io };
}

test('the help lists ky-moi', () => {
  expect(GENERAL_HELP).toContain('ky-moi    (next-period)');
});

test('ky-moi: the 6-month workbook becomes the 9-month form with what carries, and the settings at 9 tháng', async () => {
  const input = path.join(tmp.dir, 'sau-thang.xlsx');
  await writeSampleWorkbook(input);
  const out = path.join(tmp.dir, 'ky-moi');
  const { code, io } = await run(['ky-moi', input, '-o', out]);
  expect(io.errors).toEqual([]);
  expect(code).toBe(0);
  const workbook = path.join(out, 'bieu-mau-9-thang-dau-nam-2024.xlsx');
  const settingsFile = path.join(out, 'cau-hinh-9-thang-dau-nam-2024.json');
  expect(io.lines).toContain('Kỳ mới: 9 tháng đầu năm 2024 (hạn nộp 28/09/2024; số liệu từ ngày 15/12/2023 đến ngày 14/09/2024), sau kỳ 6 tháng đầu năm 2024.');
  expect(io.lines).toContain('  Phòng Quản lý khoa học: 6 chỉ tiêu (mục I), 2 nhiệm vụ chưa hoàn thành (mục IV), 2 mục tiêu (mục VI) chuyển sang.');
  expect(io.lines).toContain(`Đã ghi biểu mẫu kỳ mới: ${displayPath(workbook)}`);
  const next = JSON.parse(readFileSync(settingsFile, 'utf8')) as Settings;
  expect(next.period).toMatchObject({ year: 2024, periodLabel: '9 tháng đầu năm', deadline: '2024-09-28', dataFrom: '', dataTo: '' });

  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(workbook);
  const sheet = book.getWorksheet('QLKH')!;
  const { grid } = worksheetGrid(sheet);
  expect(grid[0][0]).toBe('BÁO CÁO 9 THÁNG ĐẦU NĂM 2024 — PHÒNG QUẢN LÝ KHOA HỌC');
  const check = checkDivision(grid, resolveForm(next), { today: '2024-09-01', shell: 'excel' });
  expect(check.findings.some((f) => f.message.startsWith('Tab này vẫn là'))).toBe(false);
  expect(check.items.I.map((i) => [i.values.indicator, i.values.prevYear, i.values.firstPeriod])).toEqual([
    ['Số nhiệm vụ khoa học và công nghệ cấp tỉnh đang triển khai', 32, null],
    expect.anything(),
    expect.anything(),
    expect.anything(),
    expect.anything(),
    expect.anything(),
  ]);
  expect([check.items.II, check.items.III, check.items.V, check.items.VII]).toEqual([[], [], [], []]);
  expect(check.items.IV.map((i) => [i.values.status, i.values.result])).toEqual([
    ['', ''],
    ['', ''],
  ]);
  const ratingNotes = check.items.VI.map((i) => sheet.getCell(i.row, 6).note);
  expect(String(ratingNotes[1])).toMatch(/^Kỳ trước \(6 tháng đầu năm 2024\): Khó hoàn thành/);
  // The closing file is untouched, and running again without --force writes nothing over the new files.
  const again = await run(['ky-moi', input, '-o', out]);
  expect(again.code).toBe(2);
});

test('a workbook whose headers say 2024, consolidated under 2025 settings: refused for that division, naming the header cell', async () => {
  const dir = path.join(tmp.dir, 'nam-khac');
  mkdirSync(dir);
  const input = path.join(dir, 'bang-tinh-2024.xlsx');
  await writeSampleWorkbook(input);
  const settings2025 = path.join(tmp.dir, 'cau-hinh-2025.json');
  const s = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'sheets-templates', 'settings.json'), 'utf8')) as Settings;
  s.period = { ...s.period, year: 2025, prevYear: 2024, planYear: 2026, deadline: '2025-06-28' };
  writeFileSync(settings2025, JSON.stringify(s));
  const out = path.join(tmp.dir, 'nam-khac.docx');
  const { code, io } = await run(['tong-hop', input, '--settings', settings2025, '-o', out]);
  expect(code).toBe(1);
  expect(existsSync(out)).toBe(false);
  const checked = await run(['kiem-tra', input, '--settings', settings2025]);
  expect(checked.io.all()).toMatch(/Tab này vẫn là biểu mẫu 6 tháng đầu năm 2024 \(ô F\d+\), trong khi Cấu hình là 6 tháng đầu năm 2025: ghi biểu mẫu kỳ mới bằng lệnh «bao-cao-ktxh ky-moi»/);
  expect(io.all()).not.toContain('Đã lập báo cáo');
});

test('ky-moi with the files of some divisions only: the others are named, their new forms left empty, with a warning', async () => {
  const full = path.join(tmp.dir, 'du.xlsx');
  await writeSampleWorkbook(full);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(full);
  for (const sheet of [...book.worksheets]) if (!['Cấu hình', 'QLKH'].includes(sheet.name)) book.removeWorksheet(sheet.id);
  const input = path.join(tmp.dir, 'chi-qlkh.xlsx');
  await book.xlsx.writeFile(input);
  const { code, io } = await run(['ky-moi', input, '-o', path.join(tmp.dir, 'ky-moi-thieu')]);
  expect(code).toBe(0);
  expect(io.lines).toContain('  Phòng Quản lý khoa học: 6 chỉ tiêu (mục I), 2 nhiệm vụ chưa hoàn thành (mục IV), 2 mục tiêu (mục VI) chuyển sang.');
  expect(io.lines).toContainEqual(expect.stringMatching(/^ {2}Thanh tra Sở: không có số liệu kỳ 6 tháng đầu năm 2024 \(không có .+\): biểu mẫu kỳ mới của phòng, đơn vị này để trống\.$/));
  expect(io.errors).toContainEqual(expect.stringMatching(/^Cảnh báo: 8\/9 phòng, đơn vị không có số liệu kỳ 6 tháng đầu năm 2024 trong dữ liệu đầu vào .*: Văn phòng Sở; Thanh tra Sở;/));
});
