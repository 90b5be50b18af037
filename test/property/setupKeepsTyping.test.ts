/**
 * For every generated edit story on a set-up Sheet (rows inserted, deleted and typed into, a column
 * inserted, computed cells typed over, cells merged), running setup again changes no cell a person typed:
 * not its value, not its number format. Runs the built Code.js over the fakes.
 */
import fc from 'fast-check';
import { AppsScriptRun, OFFICE, loadAppsScript, setSetting, typeSample } from '../gas/harness';

const TAB = 'QLKH';

type Op =
  | { kind: 'insertRows'; at: number; count: number }
  | { kind: 'deleteRow'; at: number }
  | { kind: 'type'; at: number; column: number; text: string }
  | { kind: 'insertColumn'; after: number; header: string }
  | { kind: 'merge'; at: number; column: number };

const typed = fc.constantFrom('12,5%', '1.234,5', '1,234.5', 'khoảng 30', '98,5', "'0,5", '30/09/2024', 'Hoa\u0300n tha\u0300nh đúng hạn', '#REF!', 'x', '—', '\u00a042\u00a0', '=1/0');

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('insertRows' as const), at: fc.nat(80), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('deleteRow' as const), at: fc.nat(80) }),
  fc.record({ kind: fc.constant('type' as const), at: fc.nat(80), column: fc.integer({ min: 1, max: 11 }), text: typed }),
  fc.record({ kind: fc.constant('insertColumn' as const), after: fc.integer({ min: 1, max: 10 }), header: fc.constantFrom('', 'Nguồn số liệu') }),
  fc.record({ kind: fc.constant('merge' as const), at: fc.nat(80), column: fc.integer({ min: 2, max: 8 }) }),
);

/** The rows of the tab a person types into: not the preamble, not a section's title or header row. */
function isOfficeRow(row: unknown[]): boolean {
  const first = String(row[0] ?? '');
  return /^(I|II|III|IV|V|VI|VII)\. /.test(first) || first === 'STT' || /^BÁO CÁO|^Hạn nộp:/.test(first);
}

interface Snapshot {
  rows: { values: unknown[]; formats: string[] }[];
}

/** Every non-blank row a person types into, in order, with the values and formats of its typed (non-formula) cells. */
function snapshot(run: AppsScriptRun): Snapshot {
  return run.g.calls.uncounted(() => {
    const range = run.g.spreadsheet.getSheetByName(TAB)!.getDataRange();
    const values = range.getValues();
    const formulas = range.getFormulas();
    const formats = range.getNumberFormats();
    const rows = values
      .map((row, r) => ({ row, r }))
      .filter(({ row }) => !isOfficeRow(row))
      .map(({ row, r }) => ({
        // A formula is setup's own (computed columns); writing one into an empty cell types over nobody.
        values: row.map((v, c) => (formulas[r][c] ? '' : v)),
        formats: row.map((v, c) => (formulas[r][c] || v === '' ? '' : formats[r][c])),
      }))
      .filter((x) => x.values.some((v) => v !== ''));
    return { rows };
  });
}

function apply(run: AppsScriptRun, op: Op): void {
  run.g.calls.uncounted(() => {
    const sheet = run.g.spreadsheet.getSheetByName(TAB)!;
    const last = sheet.getLastRow();
    const row = 6 + (('at' in op ? op.at : 0) % Math.max(1, last - 6));
    const protectedRow = isOfficeRow(sheet.getRange(row, 1, 1, 11).getValues()[0]);
    switch (op.kind) {
      case 'insertRows':
        sheet.insertRowsAfter(row, op.count);
        break;
      case 'deleteRow':
        if (!protectedRow) sheet.deleteRow(row);
        break;
      case 'type':
        if (!protectedRow) sheet.getRange(row, op.column).setValue(op.text);
        break;
      case 'insertColumn': {
        sheet.insertColumnAfter(op.after);
        const header =
          sheet
            .getDataRange()
            .getValues()
            .findIndex((r) => String(r[0]).startsWith('I. ')) + 2;
        if (op.header) sheet.getRange(header, op.after + 1).setValue(op.header);
        break;
      }
      case 'merge':
        if (!protectedRow) sheet.getRange(row, op.column, 1, 2).merge();
        break;
    }
  });
}

test('setup after any edit story changes no typed cell, neither its value nor its format', () => {
  fc.assert(
    fc.property(fc.array(opArb, { minLength: 1, maxLength: 8 }), (ops) => {
      const run = loadAppsScript();
      run.call('menuSetUp');
      setSetting(run, 'E-mail Văn phòng Sở', OFFICE);
      run.call('menuSetUp');
      typeSample(run);
      for (const op of ops) apply(run, op);
      const before = snapshot(run);
      run.call('menuSetUp');
      const after = snapshot(run);
      expect(after.rows).toEqual(before.rows);
      // And the tab still has one header row per section: nothing added twice.
      const headers = run.values(TAB).filter((r) => r[0] === 'STT').length;
      expect(headers).toBe(7);
    }),
    { numRuns: 25 },
  );
});
