/**
 * The tester's stories, offline: a section I header naming this period in other words is read as this period's;
 * last year's headers, or another period's, keep the sheet out of the report and the terminal says which cell and
 * why; settings whose years and deadline contradict each other stop the run, naming the cell (or the .json key).
 */
import { existsSync, writeFileSync } from 'fs';
import path from 'path';
import type { Worksheet } from 'exceljs';
import { displayPath } from '../../src/cli/paths';
import { formWorkbook } from '../../src/cli/writeForm';
import { resolveForm } from '../../src/core/form';
import { sampleFor } from '../../src/core/sampleData';
import { Settings, defaultSettings } from '../../src/core/settings';
import { division, tempDir, docxText, runMain } from './helpers';

const tmp = tempDir('bao-cao-period-');
afterAll(() => tmp.remove());
const NOW = new Date(2024, 5, 25, 9, 0);
const VAN_PHONG = division('Văn phòng');
const QLKH = division('QLKH');
const FIRST_INDICATOR = sampleFor(VAN_PHONG).I![0].indicator as string;

const run = (args: string[]) => runMain(args, NOW);

/** The address of the first cell whose text starts with `prefix` (a section I header), after setting it to `value`. */
function retype(sheet: Worksheet, prefix: string, value: string): string {
  let address = '';
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (!address && typeof cell.value === 'string' && cell.value.startsWith(prefix)) {
        address = cell.address;
        cell.value = value;
      }
    }),
  );
  if (!address) throw new Error(`No header starting with ${prefix}`);
  return address;
}

/** The Văn phòng file as the division sent it, drawn for `settings`, with headers retyped ({prefix: new text}). */
async function vanPhongFile(name: string, headers: Record<string, string>, settings: Settings = defaultSettings()): Promise<{ file: string; cells: string[] }> {
  const book = formWorkbook(settings, resolveForm(settings), { divisions: [VAN_PHONG], settingsSheet: false, sample: sampleFor });
  const sheet = book.getWorksheet(VAN_PHONG.tabName)!;
  const cells = Object.entries(headers).map(([prefix, value]) => retype(sheet, prefix, value));
  const file = path.join(tmp.dir, name);
  await book.xlsx.writeFile(file);
  return { file, cells };
}

async function qlkhFile(name: string): Promise<string> {
  const settings = defaultSettings();
  const book = formWorkbook(settings, resolveForm(settings), { divisions: [QLKH], settingsSheet: false, sample: sampleFor });
  const file = path.join(tmp.dir, name);
  await book.xlsx.writeFile(file);
  return file;
}

function settingsFile(name: string, edit: (s: Settings) => void): string {
  const s = defaultSettings();
  edit(s);
  const file = path.join(tmp.dir, name);
  writeFileSync(file, JSON.stringify(s));
  return file;
}

describe('the same period in other words', () => {
  test('F5 = «Thực hiện 6 tháng năm 2024 *»: kiem-tra passes with a warning at that cell, and tong-hop reports the division’s figures', async () => {
    const { file, cells } = await vanPhongFile('van-phong-6-thang.xlsx', { 'Thực hiện 6 tháng đầu năm 2024': 'Thực hiện 6 tháng năm 2024 *' });
    const checked = await run(['kiem-tra', file]);
    expect(checked.code).toBe(0);
    expect(checked.io.lines).toContain(
      `  Cảnh báo: ô ${cells[0]}: Tiêu đề cột «Thực hiện 6 tháng năm 2024» cùng kỳ với Cấu hình nhưng ghi khác biểu mẫu: số liệu cột này được đọc là «Thực hiện 6 tháng đầu năm 2024» theo Cấu hình. Nên sửa tiêu đề thành «Thực hiện 6 tháng đầu năm 2024».`,
    );
    expect(checked.io.all()).not.toContain('Tab này vẫn là biểu mẫu');
    const out = path.join(tmp.dir, 'van-phong-6-thang.docx');
    const built = await run(['tong-hop', file, '-o', out]);
    expect(built.io.errors).toEqual([]);
    expect(built.code).toBe(0);
    expect(built.io.lines).toContain('Đã lập báo cáo tổng hợp từ số liệu của 1/9 phòng, đơn vị (phụ lục ghi rõ 8 phòng, đơn vị chưa có số liệu).');
    const doc = await docxText(out);
    expect(doc).toContain(FIRST_INDICATOR);
    expect(doc).toContain('2.614');
  });

  test('Cấu hình says «6 tháng» where the sheet says «6 tháng đầu năm»: the same period, read', async () => {
    const { file } = await vanPhongFile('van-phong-mau.xlsx', {});
    const short = settingsFile('cau-hinh-6-thang.json', (s) => (s.period.periodLabel = '6 tháng'));
    const checked = await run(['kiem-tra', file, '--settings', short]);
    expect(checked.code).toBe(0);
    expect(checked.io.all()).not.toContain('Tab này vẫn là biểu mẫu');
    const out = path.join(tmp.dir, 'bao-cao-6-thang.docx');
    const built = await run(['tong-hop', file, '--settings', short, '-o', out]);
    expect(built.code).toBe(0);
    expect(await docxText(out)).toContain(FIRST_INDICATOR);
  });

  test('a header shortened to «Thực hiện 6 tháng» (no year): read as the settings’ 6 tháng đầu năm 2024, with a warning that the year is missing', async () => {
    const { file, cells } = await vanPhongFile('van-phong-khong-nam.xlsx', { 'Thực hiện 6 tháng đầu năm 2024': 'Thực hiện 6 tháng' });
    const checked = await run(['kiem-tra', file]);
    expect(checked.code).toBe(0);
    expect(checked.io.lines).toContain(
      `  Cảnh báo: ô ${cells[0]}: Tiêu đề cột «Thực hiện 6 tháng» chưa ghi năm: số liệu cột này được đọc là «Thực hiện 6 tháng đầu năm 2024» theo Cấu hình. Nên sửa tiêu đề thành «Thực hiện 6 tháng đầu năm 2024».`,
    );
  });
});

describe('another period', () => {
  test('F5 = «Thực hiện 9 tháng năm 2024» alone: tong-hop makes no report and names the sheet and cell, not «chỉ có tiêu đề»', async () => {
    const { file, cells } = await vanPhongFile('van-phong-9-thang.xlsx', { 'Thực hiện 6 tháng đầu năm 2024': 'Thực hiện 9 tháng năm 2024 *' });
    const checked = await run(['kiem-tra', file]);
    expect(checked.code).toBe(1);
    expect(checked.io.all()).toContain(`Tab này vẫn là biểu mẫu 9 tháng năm 2024 (ô ${cells[0]}), trong khi Cấu hình là 6 tháng đầu năm 2024`);
    const out = path.join(tmp.dir, 'van-phong-9-thang.docx');
    const built = await run(['tong-hop', file, '-o', out]);
    expect(built.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(built.io.errors).toEqual([
      `Lỗi: Văn phòng Sở («${displayPath(file)} › Văn phòng», ô ${cells[0]}): không đưa vào báo cáo. Tab này vẫn là biểu mẫu 9 tháng năm 2024 (ô ${cells[0]}), trong khi Cấu hình là 6 tháng đầu năm 2024: ghi biểu mẫu kỳ mới bằng lệnh «bao-cao-ktxh ky-moi» rồi nhập vào đó, hoặc dùng đúng tệp cấu hình của kỳ của tệp này (--settings).`,
      'Chưa phòng, đơn vị nào có số liệu của kỳ 6 tháng đầu năm 2024: trang tính của Văn phòng Sở là biểu mẫu của kỳ khác (xem lỗi ở trên), số liệu không được đọc. Không lập báo cáo.',
    ]);
    expect(built.io.all()).not.toContain('chỉ có tiêu đề');
  });

  test('F5 = «Thực hiện 6 tháng đầu năm 2023»: last year’s 6 months, refused', async () => {
    const { file, cells } = await vanPhongFile('van-phong-2023.xlsx', { 'Thực hiện 6 tháng đầu năm 2024': 'Thực hiện 6 tháng đầu năm 2023 *' });
    const checked = await run(['kiem-tra', file]);
    expect(checked.code).toBe(1);
    expect(checked.io.all()).toContain(`Tab này vẫn là biểu mẫu 6 tháng đầu năm 2023 (ô ${cells[0]}), trong khi Cấu hình là 6 tháng đầu năm 2024`);
  });

  test('D5 = «Thực hiện năm 2022», E5 = «Kế hoạch năm 2023» in a 2024 sheet: refused at D5; the report is made from the others and never prints its figures as 2023’s', async () => {
    const { file, cells } = await vanPhongFile('van-phong-nam-cu.xlsx', { 'Thực hiện năm 2023': 'Thực hiện năm 2022', 'Kế hoạch năm 2024': 'Kế hoạch năm 2023' });
    const checked = await run(['kiem-tra', file]);
    expect(checked.code).toBe(1);
    expect(checked.io.all()).toContain(
      `Lỗi: ô ${cells[0]}: Tab này có tiêu đề cột của kỳ khác: ô ${cells[0]} ghi «Thực hiện năm 2022», trong khi theo Cấu hình là «Thực hiện năm 2023». Số liệu của tab chưa được đọc, để số liệu «Thực hiện năm 2022» không thành số liệu «Thực hiện năm 2023». Nếu chỉ tiêu đề ghi nhầm: kiểm tra số liệu cột này đúng là «Thực hiện năm 2023» rồi sửa tiêu đề thành «Thực hiện năm 2023»; nếu tab là biểu mẫu của kỳ trước: ghi biểu mẫu kỳ mới bằng lệnh «bao-cao-ktxh ky-moi»`,
    );
    const other = await qlkhFile('qlkh.xlsx');
    const out = path.join(tmp.dir, 'nam-cu.docx');
    const built = await run(['tong-hop', file, other, '-o', out]);
    expect(built.code).toBe(0);
    expect(built.io.lines).toContain(`Lỗi: Văn phòng Sở («${displayPath(file)} › Văn phòng», ô ${cells[0]}): không đưa vào báo cáo. ${checked.io.all().split(`Lỗi: ô ${cells[0]}: `)[1].split('\n')[0]}`);
    const doc = await docxText(out);
    expect(doc).toContain(sampleFor(QLKH).I![0].indicator as string);
    expect(doc).not.toContain(FIRST_INDICATOR);
  });

  test('only E5 = «Kế hoạch năm 2023»: the plan column is checked too', async () => {
    const { file, cells } = await vanPhongFile('van-phong-ke-hoach.xlsx', { 'Kế hoạch năm 2024': 'Kế hoạch năm 2023' });
    const checked = await run(['kiem-tra', file]);
    expect(checked.code).toBe(1);
    expect(checked.io.all()).toContain(`Lỗi: ô ${cells[0]}: Tab này có tiêu đề cột của kỳ khác: ô ${cells[0]} ghi «Kế hoạch năm 2023», trong khi theo Cấu hình là «Kế hoạch năm 2024».`);
  });
});

describe('period settings that contradict each other', () => {
  const contradictory = (s: Settings) => (s.period = { ...s.period, year: 2025, prevYear: 2023, planYear: 2025, deadline: '2024-06-28' });

  test('--settings .json with «Năm» 2025 and the rest left at 2024: refused, each key named with what to type', async () => {
    const file = settingsFile('cau-hinh-mau-thuan.json', contradictory);
    const { file: sheet } = await vanPhongFile('van-phong-cau-hinh.xlsx', {});
    const out = path.join(tmp.dir, 'mau-thuan.docx');
    const { code, io } = await run(['tong-hop', sheet, '--settings', file, '-o', out]);
    expect(code).toBe(1);
    expect(existsSync(out)).toBe(false);
    const where = `Lỗi: «${displayPath(file)}»: `;
    expect(io.errors).toEqual([
      `${where}"period.prevYear" («Năm so sánh»): năm so sánh (2023) phải là năm liền trước «Năm báo cáo» (2025): ghi 2024, hoặc sửa «Năm báo cáo» nếu năm đó ghi nhầm.`,
      `${where}"period.planYear" («Năm kế hoạch»): năm kế hoạch (2025) phải là năm liền sau «Năm báo cáo» (2025): ghi 2026, hoặc sửa «Năm báo cáo» nếu năm đó ghi nhầm.`,
      `${where}"period.deadline" («Hạn nộp»): hạn nộp 28/06/2024 không thuộc kỳ 6 tháng đầu năm 2025: hạn nộp phải từ ngày 01/01/2025 đến ngày 31/12/2025. Ghi hạn nộp của kỳ này, ví dụ 28/06/2025, hoặc sửa «Năm báo cáo» nếu năm đó ghi nhầm.`,
      `Lỗi: Sửa tệp cấu hình «${displayPath(file)}» rồi chạy lại.`,
      'Cấu hình có lỗi: không lập báo cáo.',
    ]);
  });

  test('the same in the workbook’s «Cấu hình» sheet: each cell named', async () => {
    const s = defaultSettings();
    const book = formWorkbook(s, resolveForm(s), { divisions: [VAN_PHONG], sample: sampleFor });
    const sheet = book.getWorksheet('Cấu hình')!;
    const rowOf = (label: string) => sheet.getColumn(1).values.findIndex((v) => v === label);
    sheet.getCell(rowOf('Năm báo cáo'), 2).value = 2025;
    const file = path.join(tmp.dir, 'cau-hinh-nam-2025.xlsx');
    await book.xlsx.writeFile(file);
    const { code, io } = await run(['kiem-tra', file]);
    expect(code).toBe(1);
    const where = `Lỗi: «${displayPath(file)}»: Cấu hình!B`;
    expect(io.errors.slice(0, 3)).toEqual([
      `${where}${rowOf('Năm so sánh')} («Năm so sánh»): năm so sánh (2023) phải là năm liền trước «Năm báo cáo» (2025): ghi 2024, hoặc sửa «Năm báo cáo» nếu năm đó ghi nhầm.`,
      `${where}${rowOf('Năm kế hoạch')} («Năm kế hoạch»): năm kế hoạch (2025) phải là năm liền sau «Năm báo cáo» (2025): ghi 2026, hoặc sửa «Năm báo cáo» nếu năm đó ghi nhầm.`,
      `${where}${rowOf('Hạn nộp')} («Hạn nộp»): hạn nộp 28/06/2024 không thuộc kỳ 6 tháng đầu năm 2025: hạn nộp phải từ ngày 01/01/2025 đến ngày 31/12/2025. Ghi hạn nộp của kỳ này, ví dụ 28/06/2025, hoặc sửa «Năm báo cáo» nếu năm đó ghi nhầm.`,
    ]);
    expect(io.all()).not.toContain('Văn phòng Sở — ');
  });

  test('the sample’s deadline, 28/06/2024, before the 6 months end: accepted (the estimate is a forecast)', async () => {
    const { file } = await vanPhongFile('van-phong-han-nop.xlsx', {});
    const ok = settingsFile('cau-hinh-mau.json', () => undefined);
    expect((await run(['kiem-tra', file, '--settings', ok])).code).toBe(0);
  });
});
