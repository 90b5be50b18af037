/**
 * "bieu-mau --tach": the Office sends each division a file of its own; the division fills it in (here with
 * exceljs, as Excel saves it) and sends it back; "kiem-tra" recognises it as that division's.
 */
import { existsSync, readdirSync, statSync } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { sectionById } from '../../src/core/form';
import { SETTINGS_TAB } from '../../src/core/settingsTab';
import { divisionTabLayout } from '../../src/core/tabLayout';
import { divisionReports, loadInputs } from '../../src/cli/loadInputs';
import { main } from '../../src/cli/main';
import { displayPath } from '../../src/cli/paths';
import { asciiName, splitFiles } from '../../src/cli/splitForm';
import { LISTS_SHEET } from '../../src/cli/writeForm';
import { captureIo, division, form, protectionOf, settings, tempDir, usable } from './helpers';

const tmp = tempDir();
afterAll(() => tmp.remove());
const now = new Date('2024-06-25T09:00:00+07:00');

test('file names are ASCII, from the tab name, distinct even where case does not count', () => {
  expect(asciiName('Chi cục TĐC')).toBe('Chi-cuc-TDC');
  expect(asciiName('QLCN&TT')).toBe('QLCN-TT');
  expect(asciiName('TT Ứng dụng')).toBe('TT-Ung-dung');
  const files = splitFiles(
    [
      { name: 'A', tabName: 'KH-TC', emails: [] },
      { name: 'B', tabName: 'KH TC', emails: [] },
      { name: 'C', tabName: 'kh-tc', emails: [] },
      { name: 'D', tabName: '***', emails: [] },
    ],
    'ra',
    'bieu-mau',
  ).map((f) => path.basename(f.file));
  expect(files).toEqual(['bieu-mau-KH-TC.xlsx', 'bieu-mau-KH-TC-2.xlsx', 'bieu-mau-kh-tc-3.xlsx', 'bieu-mau-phong-don-vi-4.xlsx']);
});

describe('the Office splits the form, a division fills its file, the checker knows it', () => {
  const folder = path.join(tmp.dir, 'gui-cac-phong');
  const qlkhFile = path.join(folder, 'bieu-mau-QLKH.xlsx');
  let written: ReturnType<typeof captureIo>;

  beforeAll(async () => {
    written = captureIo();
    expect(await main(['bieu-mau', '--tach', '-o', folder], { io: written, now })).toBe(0);
  });

  test('one file per division, named after its tab, listed in the terminal', () => {
    const expected = settings.divisions.map((d) => `bieu-mau-${asciiName(d.tabName)}.xlsx`);
    expect(readdirSync(folder).sort()).toEqual([...expected].sort());
    expect(expected).toContain('bieu-mau-QLKH.xlsx');
    expect(written.all()).toContain(`Đã ghi ${settings.divisions.length} biểu mẫu riêng cho từng phòng, đơn vị vào thư mục ${displayPath(folder)}`);
    expect(written.all()).toContain(`  Phòng Quản lý khoa học: ${displayPath(qlkhFile)}`);
  });

  test('each file holds the settings sheet (protected), its own division sheet and the hidden lists, nothing of another division', async () => {
    for (const d of settings.divisions) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(path.join(folder, `bieu-mau-${asciiName(d.tabName)}.xlsx`));
      expect(book.worksheets.map((s) => s.name)).toEqual([SETTINGS_TAB, d.tabName, LISTS_SHEET]);
      expect(book.getWorksheet(LISTS_SHEET)!.state).toBe('veryHidden');
      expect(protectionOf(book.getWorksheet(SETTINGS_TAB)!)).toMatchObject({ sheet: true });
      expect(protectionOf(book.getWorksheet(SETTINGS_TAB)!)).not.toHaveProperty('hashValue');
      expect(protectionOf(book.getWorksheet(d.tabName)!)).toMatchObject({ sheet: true, insertRows: true });
    }
  });

  test("filled in with exceljs, including a row typed below the blank rows of section II, it is checked as QLKH's", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(qlkhFile);
    const sheet = book.getWorksheet('QLKH')!;
    const layout = divisionTabLayout(form, settings, division('QLKH'), 'excel');
    const first = (id: string) => layout.findIndex((l) => l.kind === 'header' && l.sectionId === id) + 2;
    const put = (row: number, values: (string | number)[]) => values.forEach((v, i) => (sheet.getCell(row, i + 1).value = v));
    put(first('I'), [1, 'Số nhiệm vụ KH&CN cấp tỉnh được nghiệm thu', 'nhiệm vụ', 12, 15, 6, 16]);
    put(first('I') + 1, [2, 'Tỷ lệ nhiệm vụ đúng hạn', '%', 80, 90, '85,5', '88,5']);
    put(first('II'), [1, 'Một số nhiệm vụ chậm tiến độ', 'Tổ chức chủ trì chưa chủ động', 'Chủ quan']);
    // The row under the blank rows, just above section III's title: still section II's.
    const belowBlank = first('II') + sectionById(form, 'II').blankRows;
    put(belowBlank, [2, 'Kinh phí giải ngân chậm', 'Thủ tục thanh toán kéo dài', 'Khách quan']);
    put(first('III'), [1, 'Tổ chức nghiệm thu các nhiệm vụ đến hạn', 'Quý IV/2024']);
    put(first('V'), [1, 'Triển khai 20 nhiệm vụ KH&CN cấp tỉnh', '20 nhiệm vụ', '12.500,5', 'Ngân sách tỉnh']);
    await book.xlsx.writeFile(qlkhFile);

    const io = captureIo();
    const code = await main(['kiem-tra', qlkhFile], { io, now });
    expect(io.all()).toMatch(new RegExp(`Phòng Quản lý khoa học\\s+Đầy đủ\\s+0\\s+0\\s+${displayPath(qlkhFile).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} › QLKH`));
    expect(io.all()).toContain(`trang tính «${SETTINGS_TAB}» của «${displayPath(qlkhFile)}»`);
    expect(code).toBe(0);
    const qlkh = divisionReports(usable(await loadInputs([qlkhFile])), '2024-06-25').find((r) => r.division.tabName === 'QLKH')!;
    expect(qlkh.check!.items.II.map((i) => [i.row, i.values.shortcoming])).toEqual([
      [first('II'), 'Một số nhiệm vụ chậm tiến độ'],
      [belowBlank, 'Kinh phí giải ngân chậm'],
    ]);
    expect(qlkh.check!.items.I.map((i) => i.values.firstPeriod)).toEqual([6, 85.5]);

    const report = captureIo();
    const out = path.join(tmp.dir, 'bao-cao.docx');
    expect(await main(['tong-hop', folder, '-o', out], { io: report, now })).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  test('the folder of returned files: every division is found by its sheet, none is said to be missing a file', async () => {
    const io = captureIo();
    await main(['kiem-tra', folder], { io, now });
    const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Each division's line of the completeness table names the file and sheet it was read from.
    for (const d of settings.divisions) expect(io.all()).toMatch(new RegExp(`${esc(d.name)} +\\S.* ${esc(displayPath(path.join(folder, `bieu-mau-${asciiName(d.tabName)}.xlsx`)))} › ${esc(d.tabName)}\\n`));
  });

  test('written again without --force: nothing is overwritten and the command says which files are there', async () => {
    const before = statSync(qlkhFile).mtimeMs;
    const io = captureIo();
    expect(await main(['bieu-mau', '--tach', '-o', folder], { io, now })).toBe(2);
    expect(io.errors.join('\n')).toContain(`«${displayPath(qlkhFile)}» đã có. Không ghi đè`);
    expect(io.errors.join('\n')).toContain('Chưa ghi tệp nào.');
    expect(statSync(qlkhFile).mtimeMs).toBe(before);
    const bad = captureIo();
    expect(await main(['bieu-mau', '--tach', '-o', path.join(tmp.dir, 'mot-tep.xlsx')], { io: bad, now })).toBe(2);
    expect(bad.errors.join('\n')).toContain('Với --tach, -o là một thư mục');
  });
});
