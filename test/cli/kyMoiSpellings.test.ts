/**
 * The move offline says the same as the Sheet's: QLKH's file types its decisions "QĐ 1400" and "1400/QD-UBND" and a
 * finished task «Hoàn thành đúng hạn.»; "ky-moi" carries both unfinished tasks under the listed decision, not the finished one.
 */
import path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { worksheetGrid } from '../../src/cli/readWorkbook';
import { formWorkbook } from '../../src/cli/writeForm';
import { checkDivision } from '../../src/core/check';
import { resolveForm } from '../../src/core/form';
import { defaultSettings } from '../../src/core/settings';
import { sampleFor } from '../../src/core/sampleData';
import { captureIo, tempDir } from './helpers';

const tmp = tempDir('bao-cao-ky-moi-chinh-ta-');
afterAll(() => tmp.remove());

test('ky-moi keeps the unfinished tasks however QLKH typed their decision, and drops the one finished with a dot', async () => {
  const settings = defaultSettings();
  const form = resolveForm(settings);
  const typed = (d: (typeof settings.divisions)[number]) => {
    const sample = sampleFor(d);
    if (d.tabName !== 'QLKH') return sample;
    const [a, b, c] = sample.IV!;
    return {
      ...sample,
      IV: [
        { ...a, document: 'QĐ 1400' },
        { ...b, status: 'Hoàn thành đúng hạn.' },
        { ...c, document: '1400/QD-UBND' },
      ],
    };
  };
  const input = path.join(tmp.dir, 'sau-thang.xlsx');
  await formWorkbook(settings, form, { sample: typed }).xlsx.writeFile(input);
  const out = path.join(tmp.dir, 'ky-moi');
  const io = captureIo();
  const code = await main(['ky-moi', input, '-o', out], { io, now: new Date(2024, 6, 2, 9, 0) });
  expect(io.errors).toEqual([]);
  expect(code).toBe(0);
  expect(io.lines).toContain('  Phòng Quản lý khoa học: 6 chỉ tiêu (mục I), 2 nhiệm vụ chưa hoàn thành (mục IV), 2 mục tiêu (mục VI) chuyển sang.');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(out, 'bieu-mau-9-thang-dau-nam-2024.xlsx'));
  const next = { ...settings, period: { ...settings.period, periodLabel: '9 tháng đầu năm' } };
  const check = checkDivision(worksheetGrid(book.getWorksheet('QLKH')!).grid, resolveForm(next), { today: '2024-09-01', shell: 'excel' });
  const [a, , c] = sampleFor(settings.divisions.find((d) => d.tabName === 'QLKH')!).IV!;
  expect(check.items.IV.map((i) => [i.values.task, i.values.document])).toEqual([
    [a.task, '1400/QĐ-UBND'],
    [c.task, '1400/QĐ-UBND'],
  ]);
});
