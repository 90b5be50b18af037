/**
 * The settings a run uses, as the Office meets them: a "Cấu hình" sheet with one bad cell stops the run and names
 * the cell (never the default letterhead, never a dropped division); a good one is used whole; sheets that
 * disagree stop the run and say what differs; with no settings anywhere, the defaults are used and said.
 */
import { existsSync, mkdirSync } from 'fs';
import path from 'path';
import { displayPath } from '../../src/cli/paths';
import { formWorkbook } from '../../src/cli/writeForm';
import { resolveForm } from '../../src/core/form';
import { sampleFor } from '../../src/core/sampleData';
import { Settings, defaultSettings } from '../../src/core/settings';
import { tempDir, writeDivisionFile, division, docxText, runMain } from './helpers';

const tmp = tempDir('bao-cao-settings-');
afterAll(() => tmp.remove());
const NOW = new Date(2024, 5, 27, 16, 5);

/** The Office's own settings: another agency and signer, and a tenth division added. */
function officeSettings(): Settings {
  const s = defaultSettings();
  s.letterhead.agency = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH MẪU';
  s.letterhead.signerName = 'Trần Thị Mẫu';
  s.divisions.push({ name: 'Phòng Pháp chế', tabName: 'Pháp chế', emails: [] });
  return s;
}

/** A whole workbook drawn from `settings` with the division `own` filled; `year` typed over "Năm báo cáo" when given. */
async function writeWorkbook(file: string, settings: Settings, own: string, year?: string | number): Promise<void> {
  const book = formWorkbook(settings, resolveForm(settings), { sample: (d) => (d.tabName === own ? sampleFor(d) : {}) });
  if (year !== undefined) {
    const sheet = book.getWorksheet('Cấu hình')!;
    const row = sheet.getColumn(1).values.findIndex((v) => v === 'Năm báo cáo');
    sheet.getCell(row, 2).value = year;
  }
  await book.xlsx.writeFile(file);
}

function yearCell(): string {
  const book = formWorkbook(defaultSettings(), resolveForm(defaultSettings()));
  return `B${book
    .getWorksheet('Cấu hình')!
    .getColumn(1)
    .values.findIndex((v) => v === 'Năm báo cáo')}`;
}

const run = (args: string[]) => runMain(args, NOW);

test('a year typed "2O24" in the inputs\' Cấu hình sheet: tong-hop and kiem-tra stop with exit 1, naming the file, sheet and cell; no report', async () => {
  const dir = path.join(tmp.dir, 'nam-sai');
  mkdirSync(dir);
  const file = path.join(dir, 'QLKH.xlsx');
  await writeWorkbook(file, officeSettings(), 'QLKH', '2O24');
  const out = path.join(tmp.dir, 'nam-sai.docx');
  const consolidated = await run(['tong-hop', dir, '-o', out]);
  expect(consolidated.code).toBe(1);
  expect(existsSync(out)).toBe(false);
  const errors = consolidated.io.errors.join('\n');
  expect(errors).toContain(`Lỗi: «${displayPath(file)}»: Cấu hình!${yearCell()} («Năm báo cáo»): «2O24» không phải là một năm. Nhập năm gồm 4 chữ số, ví dụ 2024.`);
  expect(errors).toContain(
    `Lỗi: Trang tính «Cấu hình» của «${displayPath(file)}» có lỗi (xem trên): cấu hình sai thì tiêu đề, người ký và bảng phòng, đơn vị của báo cáo sẽ sai. Sửa các ô đã nêu rồi chạy lại, hoặc chỉ định cấu hình đúng bằng --settings <tệp .json hoặc .xlsx>.`,
  );
  expect(consolidated.io.errors[consolidated.io.errors.length - 1]).toBe('Cấu hình có lỗi: không lập báo cáo.');
  expect(consolidated.io.all()).not.toContain('mặc định');
  const checked = await run(['kiem-tra', dir]);
  expect(checked.code).toBe(1);
  expect(checked.io.errors.join('\n')).toContain(`Cấu hình!${yearCell()} («Năm báo cáo»): «2O24»`);
  expect(checked.io.lines.join('\n')).not.toContain('Phòng Quản lý khoa học —');
});

test('a good Cấu hình sheet is used whole: its agency and signer head the report, and its added division is listed', async () => {
  const dir = path.join(tmp.dir, 'cau-hinh-dung');
  mkdirSync(dir);
  await writeWorkbook(path.join(dir, 'QLKH.xlsx'), officeSettings(), 'QLKH');
  const out = path.join(tmp.dir, 'cau-hinh-dung.docx');
  const { code, io } = await run(['tong-hop', dir, '-o', out]);
  expect(code).toBe(0);
  expect(io.lines[0]).toBe(`Cấu hình: trang tính «Cấu hình» của «${displayPath(path.join(dir, 'QLKH.xlsx'))}».`);
  expect(io.all()).toContain('Trong báo cáo: 1/10 phòng, đơn vị đã báo cáo');
  const body = await docxText(out);
  expect(body.replace(/\s+/g, ' ')).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH MẪU');
  expect(body).toContain('Trần Thị Mẫu');
  expect(body).toContain('Phòng Pháp chế');
});

describe('several inputs carry a Cấu hình sheet', () => {
  test('that agree: one settings, and the terminal says how many files carried it', async () => {
    const dir = path.join(tmp.dir, 'giong-nhau');
    mkdirSync(dir);
    for (const own of ['QLKH', 'KH-TC', 'Thanh tra']) await writeWorkbook(path.join(dir, `${own}.xlsx`), officeSettings(), own);
    const { code, io } = await run(['tong-hop', dir, '-o', path.join(tmp.dir, 'giong-nhau.docx')]);
    expect(code).toBe(0);
    expect(io.lines[0]).toBe(`Cấu hình: trang tính «Cấu hình» của «${displayPath(path.join(dir, 'KH-TC.xlsx'))}» (2 tệp khác có cùng cấu hình).`);
  });

  test('that differ on the year: the run stops and says which files differ and how; --settings chooses one', async () => {
    const dir = path.join(tmp.dir, 'khac-nhau');
    mkdirSync(dir);
    const a = path.join(dir, 'KH-TC.xlsx');
    const b = path.join(dir, 'QLKH.xlsx');
    await writeWorkbook(a, officeSettings(), 'KH-TC');
    // b is the 2025 form (its headers say 2025): under --settings b, a's 2024 sheet is refused, never read as 2025's.
    const s2025 = officeSettings();
    s2025.period = { ...s2025.period, year: 2025, prevYear: 2024, planYear: 2026, deadline: '2025-06-28' };
    await writeWorkbook(b, s2025, 'QLKH');
    const out = path.join(tmp.dir, 'khac-nhau.docx');
    const refused = await run(['tong-hop', dir, '-o', out]);
    expect(refused.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(refused.io.errors[0]).toBe(
      `Lỗi: Các tệp đầu vào có trang tính «Cấu hình» khác nhau: «${displayPath(a)}» khác «${displayPath(b)}» ở «Năm báo cáo»: «2024» / «2025»; «Năm so sánh»: «2023» / «2024»; «Năm kế hoạch»: «2025» / «2026»; «Hạn nộp»: «28/06/2024» / «28/06/2025». Không biết dùng cấu hình nào: chọn một bằng --settings <tệp> (ví dụ --settings «${displayPath(a)}») rồi chạy lại.`,
    );
    const chosen = await run(['tong-hop', dir, '--settings', b, '-o', out]);
    expect(chosen.code).toBe(0);
    expect(chosen.io.lines[0]).toBe(`Cấu hình: tệp «${displayPath(b)}» (--settings).`);
    expect(chosen.io.lines).toContain(
      `Lưu ý: Trang tính «Cấu hình» của «${displayPath(a)}» khác cấu hình đã cho bằng --settings («Năm báo cáo»: «2024»; «Năm so sánh»: «2023»; «Năm kế hoạch»: «2025»; …): không được dùng, dùng --settings.`,
    );
    expect(chosen.io.all()).not.toContain(`Trang tính «Cấu hình» của «${displayPath(b)}»`);
    expect(await docxText(out)).toContain('2025');
  });
});

test('a Cấu hình sheet from an earlier version, without a row added since: its default is used, and said', async () => {
  const dir = path.join(tmp.dir, 'phien-ban-cu');
  mkdirSync(dir);
  const file = path.join(dir, 'QLKH.xlsx');
  const s = officeSettings();
  const book = formWorkbook(s, resolveForm(s), { sample: (d) => (d.tabName === 'QLKH' ? sampleFor(d) : {}) });
  const sheet = book.getWorksheet('Cấu hình')!;
  sheet.spliceRows(
    sheet.getColumn(1).values.findIndex((v) => v === 'Đưa phòng, đơn vị chưa đủ vào báo cáo'),
    1,
  );
  await book.xlsx.writeFile(file);
  const { code, io } = await run(['tong-hop', dir, '-o', path.join(tmp.dir, 'phien-ban-cu.docx')]);
  expect(code).toBe(0);
  expect(io.lines).toContain(
    `Lưu ý: Trang tính «Cấu hình» của «${displayPath(file)}» chưa có dòng «Đưa phòng, đơn vị chưa đủ vào báo cáo»: Có (dòng mới thêm ở phiên bản sau): dùng giá trị mặc định đó; sửa được bằng cách thêm dòng này vào trang tính.`,
  );
});

test('no settings anywhere: the defaults, and the terminal says why', async () => {
  const dir = path.join(tmp.dir, 'mac-dinh');
  mkdirSync(dir);
  await writeDivisionFile(path.join(dir, 'QLKH.xlsx'), division('QLKH'));
  const { code, io } = await run(['tong-hop', dir, '-o', path.join(tmp.dir, 'mac-dinh.docx')]);
  expect(code).toBe(0);
  expect(io.lines[0]).toBe('Cấu hình: cấu hình mặc định (sheets-templates/settings.json), vì không có --settings và không tệp đầu vào nào có trang tính «Cấu hình».');
});
