/**
 * The Office offline: tong-hop compares with the same period last year (--ky-truoc) and says what changed since the
 * previous version (--so-voi, the .json written beside every .docx). Wrong inputs are refused with the file, sheet and cell.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { main } from '../../src/cli/main';
import { resolveForm } from '../../src/core/form';
import { SampleDivision, sampleFor } from '../../src/core/sampleData';
import type { Division, Settings } from '../../src/core/settings';
import { formWorkbook } from '../../src/cli/writeForm';
import { all, readDocx, text } from '../render/docxReader';
import { captureIo, settings, tempDir } from './helpers';

const tmp = tempDir('bao-cao-compare-');
afterAll(() => tmp.remove());
const now = new Date(2024, 5, 27, 16, 5);
const seen = (t: string) => t.replace(/\u00a0/g, ' ').replace(/\u2011/g, '-');

/** One file per division, as the divisions e-mail them, for the period of `s`. */
async function divisionFiles(folder: string, s: Settings, sample: (d: Division) => SampleDivision = sampleFor): Promise<void> {
  mkdirSync(folder, { recursive: true });
  const f = resolveForm(s);
  for (const d of s.divisions) await formWorkbook(s, f, { divisions: [d], settingsSheet: false, sample }).xlsx.writeFile(path.join(folder, `${d.tabName}.xlsx`));
}

async function docText(file: string): Promise<string> {
  const doc = await readDocx(readFileSync(file));
  return seen([...all(doc.document, 'p').map(text), ...all(doc.document, 'tr').map((tr) => all(tr, 'tc').map(text).join(' | '))].join('\n'));
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo();
  const code = await main(args, { io, now });
  return { code, out: seen(io.lines.join('\n')), err: seen(io.errors.join('\n')) };
}

const thisYear = path.join(tmp.dir, 'nhan-ve');
const lastYear = path.join(tmp.dir, '6-thang-2023');
const lastYearSettings: Settings = { ...settings, period: { ...settings.period, year: 2023, prevYear: 2022, planYear: 2024, deadline: '2023-06-28' } };
// QLKH corrects its estimate for the year: 36 → 38 tasks.
const corrected = (d: Division) => {
  const s = sampleFor(d);
  return d.tabName === 'QLKH' ? { ...s, I: (s.I ?? []).map((r, i) => (i === 0 ? { ...r, estimate: 38 } : r)) } : s;
};
// Last year QLKH had 30 tasks under way in the first half.
const lastYearSample = (d: Division) => {
  const s = sampleFor(d);
  return d.tabName === 'QLKH' ? { ...s, I: (s.I ?? []).map((r, i) => (i === 0 ? { ...r, firstPeriod: 30 } : r)) } : s;
};

beforeAll(async () => {
  await divisionFiles(thisYear, settings);
  await divisionFiles(lastYear, lastYearSettings, lastYearSample);
});

test('--so-voi: version 2 lists, in the appendix and on the terminal, exactly the figure QLKH corrected since version 1', async () => {
  const first = await run(['tong-hop', thisYear, '-o', path.join(tmp.dir, 'ban-1.docx')]);
  expect(first.code).toBe(0);
  const snapshot = path.join(tmp.dir, 'ban-1.json');
  expect(existsSync(snapshot)).toBe(true);
  expect(first.out).toContain(`Đã ghi dữ liệu của bản này, để lần sau so sánh (--so-voi): ${snapshot}`);

  const fixed = path.join(tmp.dir, 'nhan-ve-sua');
  await divisionFiles(fixed, settings, corrected);
  const change = 'chỉ tiêu “Số nhiệm vụ khoa học và công nghệ cấp tỉnh đang triển khai”: ước thực hiện năm 2024 từ 36 thành 38 nhiệm vụ.';
  for (const [name, compareWith] of [
    ['ban-2.docx', snapshot],
    ['ban-2-tu-docx.docx', path.join(tmp.dir, 'ban-1.docx')],
  ]) {
    const second = await run(['tong-hop', fixed, '-o', path.join(tmp.dir, name), '--so-voi', compareWith]);
    expect(second.code).toBe(0);
    expect(second.out).toContain(`Thay đổi so với bản 1 (16:05 ngày 27/6/2024):\n- Phòng Quản lý khoa học:\n  + ${change}\nĐã ghi dữ liệu`);
    const t = await docText(path.join(tmp.dir, name));
    expect(t).toContain(`Thay đổi so với bản 1 (16:05 ngày 27/6/2024)\n- Phòng Quản lý khoa học: ${change}\nTình hình báo cáo tại thời điểm tổng hợp`);
  }
});

test('--so-voi with a file that is not a snapshot, or none: refused, naming the file, and no report', async () => {
  const bad = path.join(tmp.dir, 'khong-phai.json');
  writeFileSync(bad, '{"a": 1}');
  const wrong = await run(['tong-hop', thisYear, '-o', path.join(tmp.dir, 'khong-lap.docx'), '--so-voi', bad]);
  expect(wrong.code).toBe(1);
  expect(wrong.err).toContain(`Lỗi: «${bad}» không phải tệp dữ liệu do lệnh tong-hop ghi cạnh báo cáo`);
  const missing = await run(['tong-hop', thisYear, '-o', path.join(tmp.dir, 'khong-lap.docx'), '--so-voi', path.join(tmp.dir, 'chua-co.docx')]);
  expect(missing.code).toBe(1);
  expect(missing.err).toContain(`Lỗi: Không tìm thấy «${path.join(tmp.dir, 'chua-co.json')}» (tệp dữ liệu ghi cạnh «${path.join(tmp.dir, 'chua-co.docx')}») cho --so-voi.`);
  expect(existsSync(path.join(tmp.dir, 'khong-lap.docx'))).toBe(false);
});

test('--ky-truoc: section I compares with the same period last year, in the table and the sentences', async () => {
  const r = await run(['tong-hop', thisYear, '-o', path.join(tmp.dir, 'cung-ky.docx'), '--ky-truoc', lastYear]);
  expect(r.code).toBe(0);
  expect(r.out).toContain(`Cùng kỳ năm trước (6 tháng đầu năm 2023): số liệu của 9 phòng, đơn vị từ «${lastYear}».`);
  const t = await docText(path.join(tmp.dir, 'cung-ky.docx'));
  expect(t).toContain('STT | Chỉ tiêu, nhiệm vụ | Đơn vị tính | Cùng kỳ năm 2023 | Thực hiện 6 tháng đầu năm 2024 | So với cùng kỳ (%)');
  expect(t).toContain('1 | Số nhiệm vụ khoa học và công nghệ cấp tỉnh đang triển khai | nhiệm vụ | 30 | 34 | 113,3%');
  expect(t).toContain('So với cùng kỳ năm trước (6 tháng đầu năm 2023)');
});

test('--ky-truoc with this year’s files: refused, naming the file, the sheet and the header cell; no report', async () => {
  const target = path.join(tmp.dir, 'sai-ky.docx');
  const r = await run(['tong-hop', thisYear, '-o', target, '--ky-truoc', path.join(thisYear, 'QLKH.xlsx')]);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/^Lỗi: «[^»]*QLKH\.xlsx», trang tính «QLKH», ô [A-Z]+\d+: là biểu mẫu 6 tháng đầu năm 2024, không phải cùng kỳ năm trước \(6 tháng đầu năm 2023\)\.$/m);
  expect(r.err).toContain('Tệp cho --ky-truoc phải là số liệu kỳ 6 tháng đầu năm 2023: không lập báo cáo.');
  expect(existsSync(target)).toBe(false);
});

test('--ky-truoc with last year’s whole-year files: refused by the header of the period', async () => {
  const wholeYear = path.join(tmp.dir, 'ca-nam-2023');
  await divisionFiles(wholeYear, { ...lastYearSettings, period: { ...lastYearSettings.period, periodLabel: 'cả năm' } });
  const r = await run(['tong-hop', thisYear, '-o', path.join(tmp.dir, 'sai-ky-2.docx'), '--ky-truoc', wholeYear]);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/trang tính «[^»]+», ô [A-Z]+\d+: là biểu mẫu cả năm 2023, không phải cùng kỳ năm trước \(6 tháng đầu năm 2023\)\./);
});

test('--ky-truoc with a damaged file among last year’s: the file is named, the others are still compared with', async () => {
  const folder = path.join(tmp.dir, '6-thang-2023-co-tep-hong');
  await divisionFiles(folder, lastYearSettings, lastYearSample);
  writeFileSync(path.join(folder, 'QLKH.xlsx'), 'không phải bảng tính');
  const r = await run(['tong-hop', thisYear, '-o', path.join(tmp.dir, 'cung-ky-thieu.docx'), '--ky-truoc', folder]);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/^Cùng kỳ năm trước: Lỗi: «[^»]*QLKH\.xlsx»/m);
  expect(r.out).toContain('Cùng kỳ năm trước (6 tháng đầu năm 2023): số liệu của 8 phòng, đơn vị');
  const t = await docText(path.join(tmp.dir, 'cung-ky-thieu.docx'));
  expect(t).toContain('So với cùng kỳ năm trước (6 tháng đầu năm 2023)');
});

test('the help lists both options', async () => {
  const r = await run(['tong-hop', '--help']);
  expect(r.out).toContain('--so-voi <tệp.json>');
  expect(r.out).toContain('--ky-truoc <tệp.xlsx | thư mục>');
});
