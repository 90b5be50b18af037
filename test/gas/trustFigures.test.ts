/**
 * Trust every figure, on the Sheet path: what a division types is read as it meant it, or it gets a finding
 * naming the cell; a column someone inserts moves nothing; setup never writes over what a person typed.
 * Runs the built Code.js over the fakes, as the Office and the divisions would use the Sheet.
 */
import type { SidebarState } from '../../src/core/sidebarApi';
import { AppsScriptRun, sheetWithSample } from './harness';

const QLKH = 'QLKH';

/** 1-based row of a section's header row in the tab now. */
function headerRow(run: AppsScriptRun, id: string): number {
  const values = run.values(QLKH);
  return values.findIndex((r) => String(r[0]).startsWith(`${id}. `)) + 2;
}

function sheet(run: AppsScriptRun) {
  return run.g.spreadsheet.getSheetByName(QLKH)!;
}

/** What a person types into a cell (a string as typed, parsed the way Sheets parses it in the vi_VN locale). */
function type(run: AppsScriptRun, row: number, column: number, text: unknown): void {
  run.g.calls.uncounted(() => sheet(run).getRange(row, column).setValue(text));
}

function findings(run: AppsScriptRun): { cell: string; message: string; severity: string }[] {
  const state = run.call<SidebarState>('getSidebarState', QLKH);
  return state.division!.groups.flatMap((g) => g.findings);
}

test('a percentage typed with its % sign into a number cell of a % row is never read 100 times too small', () => {
  const run = sheetWithSample();
  const h = headerRow(run, 'I');
  // One of the form's blank rows, as setup formats them.
  const blank = run.values(QLKH).findIndex((r, i) => i >= h && r.every((v) => v === '')) + 1;
  expect(run.g.calls.uncounted(() => sheet(run).getRange(blank, 7).getNumberFormat())).toBe('#,##0.0#');
  type(run, blank, 2, 'Tỷ lệ đề tài nghiệm thu đúng hạn');
  type(run, blank, 3, '%');
  type(run, blank, 6, 10);
  type(run, blank, 7, '12,5%');
  // Sheets stores 0,125 under the form's number format: the sidebar names the cell and says what to type.
  const atCell = findings(run).filter((f) => f.cell === `G${blank}`);
  expect(atCell).toHaveLength(1);
  expect(atCell[0].message).toMatch(/ô đang có 0,125 mà dòng này tính bằng %\. Nếu định ghi 12,5%, nhập 12,5/);
  // Typed again as the message says, it is read as meant and the finding is gone.
  type(run, blank, 7, '12,5');
  expect(findings(run).filter((f) => f.cell === `G${blank}`)).toEqual([]);
  // A genuine 0,125% is confirmed with a leading apostrophe, as the message proposes.
  type(run, blank, 7, "'0,125");
  expect(findings(run).filter((f) => f.cell === `G${blank}`)).toEqual([]);
});

test('a division that formats its cell as a percentage and types 98,5% is read as 98,5', () => {
  const run = sheetWithSample();
  const h = headerRow(run, 'I');
  run.g.calls.uncounted(() =>
    sheet(run)
      .getRange(h + 1, 7)
      .setNumberFormat('0.0%'),
  );
  type(run, h + 1, 3, '%');
  type(run, h + 1, 7, '98,5%');
  expect(findings(run).filter((f) => f.cell === `G${h + 1}`)).toEqual([]);
  // Setup keeps the division's format on a cell that holds a figure: the figure stays 98,5, not 0,985.
  run.call('menuSetUp');
  expect(
    run.g.calls.uncounted(() =>
      sheet(run)
        .getRange(h + 1, 7)
        .getNumberFormat(),
    ),
  ).toBe('0.0%');
  expect(findings(run).filter((f) => f.cell === `G${h + 1}`)).toEqual([]);
});

test('merged cells across an item row are reported as a merge, as the .xlsx path does, not as "Chưa nhập"', () => {
  const run = sheetWithSample();
  const h = headerRow(run, 'II');
  run.g.calls.uncounted(() =>
    sheet(run)
      .getRange(h + 1, 2, 1, 2)
      .merge(),
  );
  const atRow = findings(run).filter((f) => f.cell.endsWith(String(h + 1)));
  expect(atRow.map((f) => `${f.cell}: ${f.message}`)).toEqual([`B${h + 1}: Các ô B${h + 1}:C${h + 1} đang bị gộp (merge). Bỏ gộp ô và nhập mỗi giá trị vào đúng ô của nó.`]);
});

test('the Office inserts a column inside section I: figures stay where their headers are, setup writes over nothing', () => {
  const run = sheetWithSample();
  const h = headerRow(run, 'I');
  const before = run.values(QLKH).map((r) => [...r]);
  const estimates = before.slice(h, h + 6).map((r) => r[6]);
  // A whole sheet column after G (Ước thực hiện), with a header and a note typed in it.
  run.g.calls.uncounted(() => sheet(run).insertColumnAfter(7));
  type(run, h, 8, 'Nguồn số liệu');
  type(run, h + 1, 8, 'Báo cáo quý II');
  const found = findings(run);
  expect(found.some((f) => /dòng tiêu đề cột đã bị xóa/.test(f.message))).toBe(false);
  expect(found.filter((f) => f.severity === 'error')).toEqual([]);
  expect(found.filter((f) => f.cell === `H${h}`).map((f) => f.message)).toEqual([expect.stringMatching(/^Mục I có thêm cột H \(«Nguồn số liệu»\) không có trong biểu mẫu/)]);

  run.call('menuSetUp');
  const after = run.values(QLKH);
  // Every cell a person typed is where it was (the inserted column shifts what stood right of it by one).
  before.forEach((row, r) => {
    if (r < h) return;
    row.forEach((v, c) => {
      if (c === 7 || c === 8) return; // the computed columns are formulas, compared below
      expect(after[r][c < 7 ? c : c + 1]).toEqual(v);
    });
  });
  expect(after[h - 1][7]).toBe('Nguồn số liệu');
  expect(after[h][7]).toBe('Báo cáo quý II');
  expect(after.slice(h, h + 6).map((r) => r[6])).toEqual(estimates);
  // No second header row, and the computed columns compute from the figures' columns where they are now.
  expect(after.filter((r) => r[0] === 'STT' && String(r[1]).startsWith('Chỉ tiêu')).length).toBe(1);
  const formula = run.g.calls.uncounted(() =>
    sheet(run)
      .getRange(h + 1, 9)
      .getFormula(),
  );
  expect(formula).toBe(`=IF(AND(ISNUMBER(G${h + 1}),ISNUMBER(D${h + 1})),IF(D${h + 1}<>0,G${h + 1}/D${h + 1},""),"")`);
  expect(findings(run).filter((f) => f.severity === 'error')).toEqual([]);
});

test('a deleted column is one clear finding, and the figures beside it are not shifted into its place', () => {
  const run = sheetWithSample();
  const h = headerRow(run, 'I');
  const plans = run
    .values(QLKH)
    .slice(h, h + 3)
    .map((r) => r[4]);
  run.g.calls.uncounted(() => sheet(run).deleteColumn(4)); // Thực hiện năm 2023
  const found = findings(run);
  const missing = found.filter((f) => /không còn cột «Thực hiện năm 2023»/.test(f.message));
  expect(missing).toHaveLength(1);
  expect(missing[0].cell).toBe(`D${h}`);
  // Kế hoạch is still read from its own (moved) column: no "not a number", no shifted read.
  expect(found.filter((f) => f.cell.startsWith('D') && f.cell !== `D${h}` && Number(f.cell.slice(1)) < headerRow(run, 'II'))).toEqual([]);
  expect(
    run
      .values(QLKH)
      .slice(h, h + 3)
      .map((r) => r[3]),
  ).toEqual(plans);
});

test('a typed cell in a computed column keeps its value when setup runs again', () => {
  const run = sheetWithSample();
  const h = headerRow(run, 'I');
  type(run, h + 2, 8, 'không tính');
  run.call('menuSetUp');
  expect(run.values(QLKH)[h + 1][7]).toBe('không tính');
});

test('a percentage typed into a cell with the automatic format (a row the division inserted) is read as written', () => {
  const run = sheetWithSample();
  const h = headerRow(run, 'I');
  // Rows inserted under the header take the header's automatic format, as in Sheets.
  run.g.calls.uncounted(() => sheet(run).insertRowsAfter(h, 1));
  type(run, h + 1, 2, 'Tỷ lệ hồ sơ giải quyết đúng hạn');
  type(run, h + 1, 3, '%');
  type(run, h + 1, 6, '98,5%');
  type(run, h + 1, 7, '100%');
  const found = findings(run).filter((f) => f.cell === `F${h + 1}` || f.cell === `G${h + 1}`);
  expect(found).toEqual([]);
  expect(
    run.g.calls.uncounted(() =>
      sheet(run)
        .getRange(h + 1, 6)
        .getNumberFormat(),
    ),
  ).toBe('0.00%');
});
