/**
 * For every generated run of edits to a submitted tab, the history tab the Office reads holds each edit
 * exactly once, in order, with its cells and the text exactly as typed (never turned into a formula, a
 * number or a date), a range as "nhiều ô". Runs the built Code.js over the fakes.
 */
import fc from 'fast-check';
import { AppsScriptRun, OFFICE, sheetWithSample } from '../gas/harness';

const HISTORY_TAB = 'Lịch sử nộp, mở lại';
const text = fc.oneof(fc.string({ maxLength: 400 }), fc.constantFrom('=1+1', "'0,5", '30/09/2024', '12,5%', '+84 912', '-3', 'TRUE', 'Hoàn thành đúng hạn', '<b>đậm</b>', ''));
const edit = fc.record({
  row: fc.integer({ min: 10, max: 60 }),
  column: fc.integer({ min: 2, max: 6 }),
  rows: fc.constantFrom(1, 1, 1, 2),
  columns: fc.constantFrom(1, 1, 2),
  oldValue: fc.option(text, { nil: undefined }),
  value: text,
});

/** Long texts are cut in the history at 300 characters. */
const shown = (t: string) => (t.length > 300 ? `${t.slice(0, 300)}…` : t);

let run: AppsScriptRun;

beforeAll(() => {
  run = sheetWithSample('nguyenvana@skhcn.bacgiang.gov.vn');
  run.call('markSubmitted', 'QLKH');
  run.call('getSidebarState', null);
});

test('every change after submission is in the history once, in order, as typed', () => {
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
      const before = run.values(HISTORY_TAB).length;
      for (const e of edits) {
        const range = run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName('QLKH')!.getRange(e.row, e.column, e.rows, e.columns));
        const single = e.rows === 1 && e.columns === 1;
        run.call('onEdit', { range, authMode: 'LIMITED', user: { getEmail: () => OFFICE }, ...(single ? { value: e.value, oldValue: e.oldValue } : {}) });
      }
      run.call('getSidebarState', null);
      const rows = run.values(HISTORY_TAB).slice(before);
      const a1 = (r: number, c: number) => `${String.fromCharCode(64 + c)}${r}`;
      const expected = edits.map((e) => {
        const single = e.rows === 1 && e.columns === 1;
        const cells = single ? a1(e.row, e.column) : `${a1(e.row, e.column)}:${a1(e.row + e.rows - 1, e.column + e.columns - 1)}`;
        return ['Phòng Quản lý khoa học', 'Sửa sau khi nộp', OFFICE, cells, single ? shown(e.oldValue ?? '') : 'nhiều ô', single ? shown(e.value) : 'nhiều ô', ''];
      });
      expect(rows.map((r) => r.slice(1))).toEqual(expected);
    }),
    { numRuns: 30 },
  );
});
