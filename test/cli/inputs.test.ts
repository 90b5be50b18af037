/**
 * Bad input, as the Office receives it: every file gets a Vietnamese message naming it (and the sheet and cell),
 * and the report is still built from what could be read, with what is missing in its appendix.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { consolidateCommand } from '../../src/cli/consolidate';
import { checkCommand } from '../../src/cli/checkCommand';
import { divisionReports, loadInputs, LoadedInputs } from '../../src/cli/loadInputs';
import { formatNotice } from '../../src/cli/notices';
import { displayPath } from '../../src/cli/paths';
import { settingsFromFile } from '../../src/cli/loadSettings';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { formWorkbook } from '../../src/cli/writeForm';
import { sampleFor } from '../../src/core/sampleData';
import { defaultSettings } from '../../src/core/settings';
import { BROKEN, headerRowOf, writeBrokenFolder } from './brokenInputs';
import { all, readDocx, tableRows, text } from '../render/docxReader';
import { captureIo, form, settings, tempDir, usable } from './helpers';

const tmp = tempDir();
const folder = path.join(tmp.dir, 'nhan-ve');
let loaded: LoadedInputs;
let messages: string;

beforeAll(async () => {
  mkdirSync(folder);
  await writeBrokenFolder(folder);
  const cwd = process.cwd();
  process.chdir(tmp.dir);
  try {
    loaded = usable(await loadInputs(['nhan-ve']));
  } finally {
    process.chdir(cwd);
  }
  messages = loaded.notices.map(formatNotice).join('\n');
});
afterAll(() => tmp.remove());

const inFolder = (name: string) => `«${path.join('nhan-ve', name)}»`;

test('a file that is not .xlsx, and a legacy .xls, are named and explained', () => {
  expect(messages).toContain(`Cảnh báo: ${inFolder(BROKEN.notXlsx)} là tệp .txt, không phải tệp .xlsx.`);
  expect(messages).toContain(`Tệp này được bỏ qua.`);
  expect(messages).toContain(`Lỗi: ${inFolder(BROKEN.legacy)} là tệp Excel đời cũ (.xls), không phải .xlsx.`);
});

test('a damaged file and a password-protected file are told apart', () => {
  expect(messages).toContain(`Lỗi: ${inFolder(BROKEN.damaged)} bị hỏng, không mở được`);
  expect(messages).toContain(`Lỗi: ${inFolder(BROKEN.encrypted)} được đặt mật khẩu nên không đọc được.`);
});

test('two files for one division: the first is used, both are named', () => {
  expect(messages).toContain(
    `Cảnh báo: Văn phòng Sở có hai nguồn số liệu: trang tính «Văn phòng» trong ${inFolder(BROKEN.duplicate)} và trang tính «Văn phòng» trong ${inFolder(BROKEN.renamedHeaders)}. Dùng ${inFolder(BROKEN.duplicate)}`,
  );
});

test('a sheet nobody can place is named with its file; a renamed sheet is still found by its title row', () => {
  expect(messages).toContain(`Không nhận ra trang tính «Sheet1» trong ${inFolder(BROKEN.unknown)} là của phòng, đơn vị nào`);
  const thanhTra = loaded.sources.find((s) => s.division.tabName === 'Thanh tra')!;
  expect([path.basename(thanhTra.file), thanhTra.sheet, thanhTra.by]).toEqual([BROKEN.byTitle, 'Trang tính1', 'title']);
});

test('divisions without a readable file are listed with the reason, from the file name when it tells', () => {
  expect(loaded.missing.get('Trung tâm Ứng dụng tiến bộ KH&CN')).toBe(`Tệp «${BROKEN.damaged}» bị hỏng, không đọc được`);
  expect(loaded.missing.get('Phòng Quản lý chuyên ngành')).toBe(`Tệp «${BROKEN.encrypted}» được đặt mật khẩu, không đọc được`);
  expect(loaded.missing.get('Chi cục Tiêu chuẩn Đo lường Chất lượng')).toBe(`Tệp «${BROKEN.legacy}» không phải tệp .xlsx`);
  expect(loaded.missing.get('Phòng Quản lý khoa học')).toBe('Không có tệp hoặc trang tính nào của phòng, đơn vị này trong dữ liệu đầu vào');
});

test('renamed and deleted headers, and merged cells, are findings with their cell', () => {
  // The duplicate (a clean copy) is the one used for Văn phòng; check the renamed one on its own.
  const reports = divisionReports(loaded, '2024-06-25');
  const khtc = reports.find((r) => r.division.tabName === 'KH-TC')!;
  const row = headerRowOf('KH-TC', 'I') + 1;
  expect(khtc.check!.findings.map((f) => `${f.cell}: ${f.message}`)).toContain(`D${row}: Các ô D${row}:E${row} đang bị gộp (merge). Bỏ gộp ô và nhập mỗi giá trị vào đúng ô của nó.`);
});

test('the check names the file, the sheet and the cell of each finding, and exits 1', async () => {
  const io = captureIo();
  const code = await checkCommand([path.join(folder, BROKEN.renamedHeaders)], { today: '2024-06-25' }, io);
  expect(code).toBe(1);
  const out = io.all();
  const file = path.join(folder, BROKEN.renamedHeaders);
  const shown = displayPath(file);
  expect(out).toContain(`«${shown}», trang tính «Văn phòng»:\n`);
  expect(out).toContain(`  Lỗi: ô C${headerRowOf('Văn phòng', 'I')}: Tiêu đề cột bị sửa thành «ĐVT»; đúng là «Đơn vị tính».`);
  expect(out).toContain(`  Lỗi: ô E${headerRowOf('Văn phòng', 'II')}: Tiêu đề cột bị xóa; đúng là «Bài học kinh nghiệm».`);
});

test('the report is still built from what could be read; the appendix lists what is missing and why', async () => {
  const io = captureIo();
  const out = path.join(tmp.dir, 'ket-qua', 'bao-cao.docx');
  const outcome = await consolidateCommand([folder], { out, now: new Date(2024, 5, 27, 16, 5) }, io);
  expect(outcome.exitCode).toBe(0);
  const doc = await readDocx(readFileSync(out));
  const all_ = all(doc.document, 'p').map(text).join('\n');
  const appendixRow = (division: string) => tableRows(doc).find((r) => r.includes(` | ${division} | `));
  expect(appendixRow('Trung tâm Ứng dụng tiến bộ KH&CN')).toMatch(/\| Chưa báo cáo \| Chưa báo cáo mục nào \| {2}\| Tệp “TT Ung dung\.xlsx” bị hỏng, không đọc được$/);
  expect(appendixRow('Phòng Quản lý chuyên ngành')).toMatch(/\| Chưa báo cáo \| Chưa báo cáo mục nào \| {2}\| Tệp “QLCN\.xlsx” được đặt mật khẩu, không đọc được$/);
  expect(appendixRow('Phòng Quản lý khoa học')).toMatch(/\| Không có tệp hoặc trang tính nào của phòng, đơn vị này trong dữ liệu đầu vào$/);
  // What was read is in the body: Thanh tra Sở (found by its title row) and KH-TC.
  expect(all_).toContain('Số cuộc thanh tra, kiểm tra chuyên ngành');
  expect(all_).toContain('Giải ngân kinh phí sự nghiệp khoa học và công nghệ');
  expect(io.all()).toContain(`Đã ghi: ${displayPath(out)}`);
});

test('never over an existing report without --force, never over an input even with it', async () => {
  const out = path.join(tmp.dir, 'da-co.docx');
  writeFileSync(out, 'báo cáo cũ');
  const io = captureIo();
  expect((await consolidateCommand([folder], { out, now: new Date() }, io)).exitCode).toBe(2);
  expect(io.errors.join('\n')).toContain('đã có. Không ghi đè: thêm --force để ghi đè');
  expect(readFileSync(out, 'utf8')).toBe('báo cáo cũ');
  const input = path.join(folder, BROKEN.merged);
  const before = readFileSync(input);
  const io2 = captureIo();
  expect((await consolidateCommand([folder], { out: input, force: true, now: new Date() }, io2)).exitCode).toBe(2);
  expect(io2.errors.join('\n')).toContain('vì đó là tệp đầu vào');
  expect(readFileSync(input).equals(before)).toBe(true);
});

test('nothing readable: no report, exit 1', async () => {
  const io = captureIo();
  const out = path.join(tmp.dir, 'khong-co.docx');
  const outcome = await consolidateCommand([path.join(folder, BROKEN.notXlsx), path.join(folder, BROKEN.encrypted)], { out, now: new Date() }, io);
  expect(outcome.exitCode).toBe(1);
  expect(existsSync(out)).toBe(false);
  expect(io.errors.join('\n')).toContain('Không đọc được số liệu của phòng, đơn vị nào');
});

describe('a settings file with errors', () => {
  test('JSON: each problem names the file and the key, and the core says what is wrong', async () => {
    const file = path.join(tmp.dir, 'cau-hinh-loi.json');
    const bad = { ...defaultSettings(), period: { ...defaultSettings().period, year: 'hai không hai tư' }, officeEmails: ['van-phong@'], periode: 1 };
    writeFileSync(file, JSON.stringify(bad));
    const load = await settingsFromFile(file);
    expect(load.ok).toBe(false);
    if (load.ok) return;
    expect(load.problems.map(formatNotice)).toEqual([`Lỗi: «${displayPath(file)}»: Khóa "periode" không có trong cấu hình (xem mẫu sheets-templates/settings.json); kiểm tra lại chính tả.`]);
    writeFileSync(file, JSON.stringify({ ...bad, periode: undefined }));
    const second = await settingsFromFile(file);
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.problems.map((p) => p.message)).toEqual([
      '"period.year" («Năm báo cáo»): «hai không hai tư» không phải là một năm. Nhập năm gồm 4 chữ số, ví dụ 2024.',
      '"officeEmails" («E-mail Văn phòng Sở»): «van-phong@» không phải là địa chỉ e-mail.',
    ]);
  });

  test('JSON that is not JSON, and a partial file that keeps the defaults for what it leaves out', async () => {
    const broken = path.join(tmp.dir, 'hong.json');
    writeFileSync(broken, '{ "period": { "year": 2025, }');
    const load = await settingsFromFile(broken);
    expect(!load.ok && load.problems[0].message).toMatch(/^Tệp cấu hình không phải JSON hợp lệ/);
    const partial = path.join(tmp.dir, 'nam-2025.json');
    writeFileSync(partial, JSON.stringify({ period: { year: 2025, prevYear: 2024, planYear: 2026, deadline: '30/06/2025' } }));
    const ok = await settingsFromFile(partial);
    expect(ok.ok && [ok.settings.period.year, ok.settings.period.deadline, ok.settings.divisions.length]).toEqual([2025, '2025-06-30', 9]);
  });

  test('--settings with errors: named, and nothing is built (exit 1): a wrong letterhead is worse than no report', async () => {
    const bad = path.join(tmp.dir, 'sai.json');
    writeFileSync(bad, JSON.stringify({ letterhead: { place: '' } }));
    const io = captureIo();
    const out = path.join(tmp.dir, 'voi-cau-hinh-sai.docx');
    const outcome = await consolidateCommand([folder], { settingsFile: bad, out, now: new Date(2024, 5, 27) }, io);
    expect(outcome.exitCode).toBe(1);
    expect(io.all()).toContain(`Lỗi: «${displayPath(bad)}»: "letterhead.place" («Địa danh») đang để trống.`);
    expect(io.errors).toContain(`Lỗi: Sửa tệp cấu hình «${displayPath(bad)}» rồi chạy lại.`);
    expect(io.errors[io.errors.length - 1]).toBe('Cấu hình có lỗi: không lập báo cáo.');
    expect(io.all()).not.toContain('cấu hình mặc định');
    expect(existsSync(out)).toBe(false);
  });

  test('a workbook whose "Cấu hình" sheet has errors: named by file, sheet and cell; the check stops (exit 1), no defaults', async () => {
    const workbook = formWorkbook(settings, form, { sample: (d) => (d.tabName === 'QLKH' ? sampleFor(d) : {}) });
    const sheet = workbook.getWorksheet('Cấu hình')!;
    const yearRow = sheet.getColumn(1).values.findIndex((v) => v === 'Năm báo cáo');
    sheet.getCell(yearRow, 2).value = '20x4';
    const file = path.join(tmp.dir, 'cau-hinh-sai.xlsx');
    await workbook.xlsx.writeFile(file);
    const io = captureIo();
    expect(await checkCommand([file], { today: '2024-06-25' }, io)).toBe(1);
    expect(io.all()).toContain(`Lỗi: «${displayPath(file)}»: Cấu hình!B${yearRow} («Năm báo cáo»): «20x4» không phải là một năm.`);
    expect(io.all()).not.toContain('cấu hình mặc định');
    expect(io.all()).not.toContain('Phòng Quản lý khoa học — ');
    expect(io.errors[io.errors.length - 1]).toBe('Cấu hình có lỗi: chưa kiểm tra số liệu của phòng, đơn vị nào.');
    const reading = await readWorkbookFile(file);
    expect(reading.ok).toBe(true);
  });
});

test('an Excel user whose header row was deleted is told what to do in Excel, not to run a Google menu', async () => {
  const file = path.join(tmp.dir, 'mat-tieu-de.xlsx');
  const workbook = formWorkbook(settings, form, { divisions: [settings.divisions.find((d) => d.tabName === 'QLKH')!], settingsSheet: false, sample: sampleFor });
  const sheet = workbook.getWorksheet('QLKH')!;
  let header = 0;
  sheet.eachRow((row, n) => {
    if (String(row.getCell(1).value ?? '').startsWith('II. ')) header = n + 1;
  });
  sheet.spliceRows(header, 1);
  await workbook.xlsx.writeFile(file);
  const io = captureIo();
  await checkCommand([file], { today: '2024-06-25' }, io);
  const line = io
    .all()
    .split('\n')
    .find((l) => /dòng tiêu đề cột đã bị xóa/.test(l))!;
  expect(line).toMatch(/Hoàn tác thao tác xóa \(Ctrl\+Z\), hoặc chép lại dòng đó từ biểu mẫu trống/);
  expect(line).not.toMatch(/Thiết lập/);
});

test('a subfolder is named: its files are not read, and the Office is told how to include them', async () => {
  const root = path.join(tmp.dir, 'co-thu-muc-con');
  mkdirSync(path.join(root, 'ky-truoc'), { recursive: true });
  mkdirSync(path.join(root, '.git'));
  await formWorkbook(settings, form, { sample: sampleFor }).xlsx.writeFile(path.join(root, 'tong.xlsx'));
  const io = captureIo();
  await checkCommand([root], { today: '2024-06-25' }, io);
  const shown = displayPath(root);
  expect([...io.lines, ...io.errors].join('\n')).toContain(`Thư mục «${shown}» có thư mục con («ky-truoc»): chỉ đọc các tệp nằm ngay trong «${shown}», không đọc tệp trong thư mục con.`);
});

test('two sheets of one division in one workbook: the first is used, and the advice is about the sheets', async () => {
  const file = path.join(tmp.dir, 'hai-trang.xlsx');
  const book = formWorkbook(settings, form, { sample: sampleFor });
  const copy = book.addWorksheet('Văn phòng (2)');
  book.getWorksheet('Văn phòng')!.eachRow((row, r) => row.eachCell((cell, c) => void (copy.getCell(r, c).value = cell.value)));
  await book.xlsx.writeFile(file);
  const io = captureIo();
  await checkCommand([file], { today: '2024-06-25' }, io);
  const said = [...io.lines, ...io.errors].join('\n');
  expect(said).toContain(
    `Cảnh báo: Văn phòng Sở có hai trang tính có số liệu trong «${displayPath(file)}»: «Văn phòng» và «Văn phòng (2)». Dùng trang tính «Văn phòng» (đứng trước trong tệp); không dùng «Văn phòng (2)».`,
  );
  expect(said).not.toContain('mở tệp đó, lưu lại rồi chạy lại');
});
