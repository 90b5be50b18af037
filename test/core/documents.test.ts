/** Documents named officially, from settings the Office keeps readable: one document a line. */
import { buildDivisionReport } from '../../src/core/divisionReport';
import { filledDivisionGrid, sampleFor } from '../../src/core/sampleData';
import { defaultSettings } from '../../src/core/settings';
import { readSettingsTab, settingsTabRows } from '../../src/core/settingsTab';
import { buildSummary } from '../../src/core/summary/build';
import { DocumentNames, kindFromSymbol, readDocumentLine } from '../../src/core/summary/documents';
import { resolveForm } from '../../src/core/form';
import type { Grid } from '../../src/core/grid';

const base = defaultSettings();
const seen = (t: string) => t.replace(/\u00a0/g, ' ').replace(/\u2011/g, '-');

function tabWith(label: string, value: string): { grid: Grid; row: number } {
  const grid = settingsTabRows(base).map((r) => [...r]);
  const row = grid.findIndex((r) => r[0] === label);
  grid[row][1] = value;
  return { grid, row };
}

test('the kind is proposed from the symbol', () => {
  expect(['1400/QĐ-UBND', '43/NQ-HĐND', '400/KH-UBND', '05/CT-UBND', '12/TB-SKHCN', '3148/UBND-TH', '1937/SKHĐT-THQH'].map(kindFromSymbol)).toEqual([
    'Quyết định',
    'Nghị quyết',
    'Kế hoạch',
    'Chỉ thị',
    'Thông báo',
    'Công văn',
    'Công văn',
  ]);
});

test('full name at first mention, short form after', () => {
  const names = new DocumentNames({ '43/NQ-HĐND': { kind: 'Nghị quyết', date: '2020-12-09', issuer: 'HĐND tỉnh' } });
  expect(seen(names.name('43/NQ-HĐND'))).toBe('Nghị quyết số 43/NQ-HĐND ngày 09/12/2020 của HĐND tỉnh');
  expect(seen(names.name('43/NQ-HĐND'))).toBe('Nghị quyết số 43/NQ-HĐND');
  expect(seen(names.name('99/QĐ-UBND'))).toBe('Quyết định số 99/QĐ-UBND');
});

test('a line may name the kind before the symbol, and the subject after the issuer', () => {
  expect(readDocumentLine('Công văn số 12/SKHCN-VP | 5/7/2024 | Sở Khoa học và Công nghệ | về việc báo cáo')).toEqual({
    ok: true,
    line: { symbol: '12/SKHCN-VP', details: { kind: 'Công văn', date: '2024-07-05', issuer: 'Sở Khoa học và Công nghệ', subject: 'về việc báo cáo' } },
  });
});

test('the old one-symbol-per-line form still reads: the kind from the symbol, no date, no issuer invented', () => {
  const { grid } = tabWith('Văn bản giao nhiệm vụ', '1400/QĐ-UBND\n184/QĐ-UBND');
  const reading = readSettingsTab(grid, base);
  if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
  expect(reading.settings.taskDocuments).toEqual(['1400/QĐ-UBND', '184/QĐ-UBND']);
  expect(reading.settings.documents['1400/QĐ-UBND']).toEqual({ kind: 'Quyết định', date: '', issuer: '' });
  const form = resolveForm(reading.settings);
  const reports = reading.settings.divisions.map((d) => buildDivisionReport(d, filledDivisionGrid(form, reading.settings, d, sampleFor(d)), form, { today: '2024-06-27' }));
  const doc = buildSummary(reports, reading.settings, form, { now: '2024-06-27T16:05' });
  const headings = doc.body.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? seen(b.text) : ''));
  expect(headings).toContain('1. Nhiệm vụ được giao tại Quyết định số 1400/QĐ-UBND');
});

test('a new line form reads back with its date and issuer; a wrong date is named by its cell and line', () => {
  const good = tabWith('Văn bản giao nhiệm vụ', '1400/QĐ-UBND | 15/03/2024 | UBND tỉnh');
  const reading = readSettingsTab(good.grid, base);
  expect(reading.ok && reading.settings.documents['1400/QĐ-UBND']).toEqual({ kind: 'Quyết định', date: '2024-03-15', issuer: 'UBND tỉnh' });
  const bad = tabWith('Văn bản đề ra mục tiêu 5 năm', '43/NQ-HĐND | 09/12/2020 | HĐND tỉnh\n400/KH-UBND | 31/13/2020 | UBND tỉnh');
  const refused = readSettingsTab(bad.grid, base);
  expect(refused.ok).toBe(false);
  if (!refused.ok) {
    expect(refused.problems).toEqual([
      {
        cell: `Cấu hình!B${bad.row + 1}`,
        message: `Cấu hình!B${bad.row + 1} («Văn bản đề ra mục tiêu 5 năm»), dòng 2: văn bản 400/KH-UBND: «31/13/2020» không phải là ngày ban hành; ghi ngày/tháng/năm, ví dụ 15/03/2024.`,
      },
    ]);
  }
});

test('a sheet of an earlier version, without the report date and closing rows, gets their defaults and is told to add them', () => {
  const grid = settingsTabRows(base).filter((r) => r[0] !== 'Ngày báo cáo' && r[0] !== 'Câu kết báo cáo');
  const reading = readSettingsTab(grid, base);
  expect(reading.ok && reading.missingRows.map((r) => r[0])).toEqual(['Ngày báo cáo', 'Câu kết báo cáo']);
  expect(reading.ok && reading.settings.letterhead.reportDate).toBe('');
  const { grid: wrong, row } = tabWith('Ngày báo cáo', '31/02/2024');
  const refused = readSettingsTab(wrong, base);
  expect(!refused.ok && refused.problems[0].message).toBe(`Cấu hình!B${row + 1} («Ngày báo cáo»): «31/02/2024» không phải là ngày. Nhập ngày/tháng/năm, ví dụ 28/06/2024, hoặc để trống.`);
});
