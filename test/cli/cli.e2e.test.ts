/**
 * The built command line (bin/bao-cao-ktxh.js → dist-cli/cli.js) run as a person runs it, in a folder of
 * their own: the demo, the three commands on the sample data, and on a folder of broken files.
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import * as XLSX from 'xlsx';
import { sampleData } from '../../src/core/sampleData';
import { divisionTabLayout } from '../../src/core/tabLayout';
import { BROKEN, writeBrokenFolder } from './brokenInputs';
import { all, readDocx, tableRows, text } from '../render/docxReader';
import { division, form, settings, tempDir } from './helpers';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'bao-cao-ktxh.js');
const tmp = tempDir('bao-cao-e2e-');

function run(args: string[], cwd = tmp.dir): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

async function docxText(file: string): Promise<string> {
  const doc = await readDocx(readFileSync(file));
  return all(doc.document, 'p').map(text).join('\n');
}

beforeAll(() => {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT });
});
afterAll(() => tmp.remove());

test('--help is in Vietnamese and names the three commands and the demo', () => {
  const help = run(['--help']);
  expect(help.code).toBe(0);
  for (const line of ['Cách dùng:', 'bieu-mau  (form)', 'kiem-tra  (check)', 'tong-hop  (consolidate)', 'demo', '--settings <tệp>', '--force']) expect(help.stdout).toContain(line);
  const one = run(['tong-hop', '--help']);
  expect(one.code).toBe(0);
  expect(one.stdout).toContain('Nghị định 30/2020/NĐ-CP');
});

test('usage errors exit 2 with a Vietnamese message', () => {
  expect(run(['in-bao-cao'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Không có lệnh «in-bao-cao»') });
  expect(run(['kiem-tra'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Cần ít nhất một tệp .xlsx hoặc một thư mục') });
  expect(run(['tong-hop', 'x', '--khong-co'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Tùy chọn không hợp lệ: --khong-co') });
});

test('demo (npm start): the blank form, the sample workbook and the summary .docx under out/, and the completeness table', async () => {
  const cwd = path.join(tmp.dir, 'demo');
  mkdirSync(cwd);
  const first = run(['demo'], cwd);
  expect(first.code).toBe(0);
  for (const name of ['bieu-mau.xlsx', 'mau-da-nhap.xlsx', 'bao-cao-tong-hop-mau.docx']) {
    expect(existsSync(path.join(cwd, 'out', name))).toBe(true);
    expect(first.stdout).toContain(path.join('out', name));
  }
  expect(first.stdout).toMatch(/STT\s+Phòng, đơn vị\s+Tình trạng\s+Lỗi\s+Cảnh báo/);
  for (const d of settings.divisions) expect(first.stdout).toContain(d.name);
  expect(first.stdout).toMatch(/Thanh tra Sở\s+Chưa đầy đủ\s+5\s+0/);
  // The terminal says what the report says: 8 of 9 complete, not "9/9".
  expect(first.stdout).toContain('Trong báo cáo: 8/9 phòng, đơn vị đã báo cáo đầy đủ; báo cáo chưa đầy đủ: Thanh tra Sở.');
  expect(first.stdout).toContain('Trong đó 1 phòng, đơn vị báo cáo chưa đầy đủ');
  // Every division's items are in the report.
  const body = await docxText(path.join(cwd, 'out', 'bao-cao-tong-hop-mau.docx'));
  for (const [name, sample] of Object.entries(sampleData)) {
    for (const item of sample.I ?? []) expect(body).toContain(String(item.indicator));
    for (const item of sample.VII ?? []) expect(body).toContain(String(item.content).slice(0, 40));
    expect(body).toContain(name);
  }
  // The demo replaces its own files when run again.
  expect(run(['demo'], cwd).code).toBe(0);
});

test('the three commands on the sample: form, check (exit 1 while errors remain), consolidate', async () => {
  const cwd = path.join(tmp.dir, 'mau');
  mkdirSync(cwd);
  const form1 = run(['form', '--mau'], cwd);
  expect(form1.code).toBe(0);
  expect(form1.stdout).toContain(`Đã ghi bảng tính mẫu đã nhập số liệu: ${path.join('out', 'mau-da-nhap.xlsx')}`);
  const check = run(['kiem-tra', 'out/mau-da-nhap.xlsx'], cwd);
  expect(check.code).toBe(1);
  // The group header names the file and sheet once; its lines give the cell; complete divisions are only in the table.
  expect(check.stdout).toMatch(/Thanh tra Sở — «out\/mau-da-nhap\.xlsx», trang tính «Thanh tra»:\n( {2}Lỗi: ô [A-J]\d+: .+\n)* {2}Lỗi: ô [A-J]\d+: Chưa nhập «Nguyên nhân»/);
  expect(check.stdout).not.toContain('0 lỗi, 0 cảnh báo');
  expect(check.stdout.match(/mau-da-nhap\.xlsx», trang tính/g)).toHaveLength(1);
  const report = run(['consolidate', 'out/mau-da-nhap.xlsx', '-o', 'out/bao-cao.docx'], cwd);
  expect(report.code).toBe(0);
  expect(report.stdout).toContain('Đã ghi: out/bao-cao.docx');
  const again = run(['tong-hop', 'out/mau-da-nhap.xlsx', '-o', 'out/bao-cao.docx'], cwd);
  expect(again.code).toBe(2);
  expect(again.stderr).toContain('«out/bao-cao.docx» đã có. Không ghi đè');
  expect(run(['tong-hop', 'out/mau-da-nhap.xlsx', '-o', 'out/bao-cao.docx', '--force'], cwd).code).toBe(0);
});

test('the blank form: written once, never over an existing file without --force; a bad settings file stops it', () => {
  const cwd = path.join(tmp.dir, 'bieu-mau');
  mkdirSync(cwd);
  expect(run(['bieu-mau'], cwd).code).toBe(0);
  const again = run(['bieu-mau'], cwd);
  expect(again.code).toBe(2);
  expect(again.stderr).toContain('đã có. Không ghi đè');
  expect(run(['bieu-mau', '--force'], cwd).code).toBe(0);
  writeFileSync(path.join(cwd, 'cau-hinh.json'), JSON.stringify({ period: { year: 'năm nay' } }));
  const bad = run(['bieu-mau', '--settings', 'cau-hinh.json', '-o', 'moi.xlsx'], cwd);
  expect(bad.code).toBe(1);
  expect(bad.stderr).toContain('Lỗi: «cau-hinh.json»: "period.year" («Năm báo cáo»): «năm nay» không phải là một năm.');
  expect(existsSync(path.join(cwd, 'moi.xlsx'))).toBe(false);
});

test('a form written by the command, filled in another program, is checked and consolidated', async () => {
  const cwd = path.join(tmp.dir, 'dien');
  mkdirSync(cwd);
  const settingsFile = path.join(cwd, 'chi-qlkh.json');
  writeFileSync(settingsFile, JSON.stringify({ divisions: [{ name: 'Phòng Quản lý khoa học', tabName: 'QLKH' }] }));
  expect(run(['bieu-mau', '--settings', 'chi-qlkh.json', '-o', 'qlkh.xlsx'], cwd).code).toBe(0);
  const book = XLSX.read(readFileSync(path.join(cwd, 'qlkh.xlsx')));
  const layout = divisionTabLayout(form, settings, division('QLKH'), 'excel');
  const first = (id: string) => layout.findIndex((l) => l.kind === 'header' && l.sectionId === id) + 1;
  const put = (id: string, values: (string | number)[]) => XLSX.utils.sheet_add_aoa(book.Sheets.QLKH, [values], { origin: { r: first(id), c: 0 } });
  put('I', [1, 'Số nhiệm vụ KH&CN cấp tỉnh được nghiệm thu', 'nhiệm vụ', 12, 15, 6, 16]);
  put('II', [1, 'Một số nhiệm vụ chậm tiến độ', 'Tổ chức chủ trì chưa chủ động', 'Chủ quan']);
  put('III', [1, 'Tổ chức nghiệm thu các nhiệm vụ đến hạn', 'Quý IV/2024']);
  put('V', [1, 'Triển khai 20 nhiệm vụ KH&CN cấp tỉnh', '20 nhiệm vụ', '12.500,5', 'Ngân sách tỉnh']);
  mkdirSync(path.join(cwd, 'nhan-ve'));
  XLSX.writeFile(book, path.join(cwd, 'nhan-ve', 'QLKH.xlsx'));
  const check = run(['kiem-tra', 'nhan-ve'], cwd);
  expect(check.stdout).toMatch(/Phòng Quản lý khoa học\s+Đầy đủ\s+0\s+0\s+nhan-ve\/QLKH\.xlsx › QLKH/);
  expect(check.code).toBe(0);
  const report = run(['tong-hop', 'nhan-ve'], cwd);
  expect(report.code).toBe(0);
  const body = await docxText(path.join(cwd, 'out', 'bao-cao-tong-hop.docx'));
  expect(body).toContain('Số nhiệm vụ KH&CN cấp tỉnh được nghiệm thu');
  expect(body).toContain('12.500,5');
});

describe('a folder of broken files, as they arrive by e-mail', () => {
  const cwd = path.join(tmp.dir, 'hong');
  beforeAll(async () => {
    mkdirSync(path.join(cwd, 'nhan-ve'), { recursive: true });
    await writeBrokenFolder(path.join(cwd, 'nhan-ve'));
  });

  test('kiem-tra names every bad file, sheet and cell, and exits 1', () => {
    const check = run(['kiem-tra', 'nhan-ve'], cwd);
    expect(check.code).toBe(1);
    const at = (name: string) => `«${path.join('nhan-ve', name)}»`;
    expect(check.stdout).toContain(`Cảnh báo: ${at(BROKEN.notXlsx)} là tệp .txt, không phải tệp .xlsx.`);
    expect(check.stdout).toContain(`Lỗi: ${at(BROKEN.legacy)} là tệp Excel đời cũ (.xls)`);
    expect(check.stdout).toContain(`Lỗi: ${at(BROKEN.damaged)} bị hỏng, không mở được`);
    expect(check.stdout).toContain(`Lỗi: ${at(BROKEN.encrypted)} được đặt mật khẩu nên không đọc được.`);
    expect(check.stdout).toContain(`Cảnh báo: Văn phòng Sở có hai nguồn số liệu`);
    expect(check.stdout).toContain(`Không nhận ra trang tính «Sheet1» trong ${at(BROKEN.unknown)}`);
    expect(check.stdout).toMatch(new RegExp(`${at(BROKEN.merged).replace(/[.()]/g, '\\$&')}, trang tính «KH-TC»:\\n(  .+\\n)*  Lỗi: ô D\\d+: Các ô D\\d+:E\\d+ đang bị gộp`));
    expect(check.stdout).toContain(
      'Chưa có số liệu của 6/9 phòng, đơn vị: Phòng Quản lý khoa học; Phòng Quản lý công nghệ và Thị trường KH&CN; Phòng Quản lý chuyên ngành; Chi cục Tiêu chuẩn Đo lường Chất lượng; Trung tâm Ứng dụng tiến bộ KH&CN; Trung tâm Thông tin và Thống kê KH&CN.',
    );
  });

  test('tong-hop still builds the report from what could be read, and says what is missing', async () => {
    const report = run(['tong-hop', 'nhan-ve', '-o', 'bao-cao.docx'], cwd);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('Đã lập báo cáo tổng hợp từ số liệu của 3/9 phòng, đơn vị (phụ lục ghi rõ 6 phòng, đơn vị chưa có số liệu).');
    expect(report.stdout).toMatch(/Trung tâm Ứng dụng tiến bộ KH&CN\s+Chưa báo cáo\s+0\s+0\s+Tệp «TT Ung dung\.xlsx» bị hỏng, không đọc được/);
    const body = await docxText(path.join(cwd, 'bao-cao.docx'));
    const rows = tableRows(await readDocx(readFileSync(path.join(cwd, 'bao-cao.docx'))));
    expect(rows).toContainEqual(expect.stringMatching(/^\d+ \| Phòng Quản lý chuyên ngành \| Chưa báo cáo \| Chưa báo cáo mục nào \| {2}\| Tệp “QLCN\.xlsx” được đặt mật khẩu, không đọc được$/));
    expect(body).not.toMatch(/[«»]/);
    const inputs = ['ghi-chu.txt', 'KH-TC.xlsx'].map((n) => readFileSync(path.join(cwd, 'nhan-ve', n)));
    expect(run(['tong-hop', 'nhan-ve', '-o', 'nhan-ve/KH-TC.xlsx', '--force'], cwd).code).toBe(2);
    expect(readFileSync(path.join(cwd, 'nhan-ve', 'KH-TC.xlsx')).equals(inputs[1])).toBe(true);
  });

  test('nothing readable: exit 1 and no report', () => {
    const r = run(['tong-hop', 'nhan-ve/ghi-chu.txt', 'nhan-ve/QLCN.xlsx', '-o', 'khong.docx'], cwd);
    expect(r.code).toBe(1);
    expect(existsSync(path.join(cwd, 'khong.docx'))).toBe(false);
  });
});

test('without a build, the bin says how to build', () => {
  const copy = path.join(tmp.dir, 'khong-build');
  mkdirSync(path.join(copy, 'bin'), { recursive: true });
  writeFileSync(path.join(copy, 'bin', 'bao-cao-ktxh.js'), readFileSync(BIN));
  const r = spawnSync(process.execPath, [path.join(copy, 'bin', 'bao-cao-ktxh.js'), '--help'], { encoding: 'utf8' });
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('npm run build');
});
