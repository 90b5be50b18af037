/**
 * Rules that hold for every input a clerk can give: a subtotal row never adds to the items; a cell the source could not
 * read is never an empty cell; what the check quotes back reads as the figure typed; the appendix names the column the
 * check named, wherever columns were inserted.
 */
import fc from 'fast-check';
import { checkDivision } from '../../src/core/check';
import { buildDivisionReport } from '../../src/core/divisionReport';
import { a1 } from '../../src/core/grid';
import { formatNumber, readNumber } from '../../src/core/numbers';
import { missingInWords } from '../../src/core/summary/appendix';
import { midSentence } from '../../src/core/summary/wording';
import { isTotalLabel } from '../../src/core/totalRows';
import { form, headerIndex, insertRow, itemRow, qlkh, sampleTab } from '../core/tabs';

const today = '2024-06-25';
const sectionV = form.sections.find((s) => s.id === 'V')!;
const sectionI = form.sections.find((s) => s.id === 'I')!;

const totalWord = fc.constantFrom('Tổng cộng', 'Cộng', 'Tổng', 'Tổng số', 'Cộng chung');
const caseOf = fc.constantFrom(
  (t: string) => t,
  (t: string) => t.toLocaleUpperCase('vi'),
  (t: string) => t.toLocaleLowerCase('vi'),
);
const suffix = fc.oneof(
  fc.constant(''),
  fc.constant(':'),
  fc.array(fc.constantFrom('A', 'B', 'C', 'I', 'II', 'III', '1', '2'), { minLength: 1, maxLength: 4 }).map((parts) => ` (${parts.join('+')})`),
);
/** A total as clerks type it: any case, a colon or "(A+B)", stray spaces around. */
const totalLabel = fc.tuple(totalWord, caseOf, suffix, fc.constantFrom('', ' ', '  ')).map(([w, c, s, pad]) => `${pad}${c(w)}${s}${pad}`);
/** A word that makes the name an indicator: "hồ sơ", "kinh phí"… */
const word = fc.stringMatching(/^[a-zàáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]{2,8}$/).filter((w) => !['cộng', 'số', 'chung'].includes(w));

test('a name that is only a total word is a total; a total word followed by what is counted is an indicator', () => {
  fc.assert(
    fc.property(totalLabel, fc.array(word, { minLength: 1, maxLength: 4 }), (label, rest) => {
      expect(isTotalLabel(label)).toBe(true);
      expect(isTotalLabel(`${label.trim().replace(/:$/, '')} ${rest.join(' ')}`)).toBe(false);
    }),
  );
});

test('a subtotal row anywhere under the proposals adds nothing to the items and is named once, at its cell', () => {
  const budget = fc.oneof(fc.integer({ min: 0, max: 10 ** 7 }), fc.double({ min: 0, max: 1e7, noNaN: true }));
  fc.assert(
    fc.property(fc.array(budget, { minLength: 1, maxLength: 5 }), totalLabel, budget, fc.nat(), (budgets, label, typedTotal, at) => {
      const grid = sampleTab();
      const h = headerIndex(grid, 'V');
      budgets.forEach((b, k) => insertRow(grid, h + k, itemRow('V', { task: `Đề xuất ${k + 1}`, budget: b, fundingSource: 'Ngân sách tỉnh' })));
      const before = checkDivision(grid, form, { today });
      const position = h + 1 + (at % (before.items.V.length + 1));
      insertRow(grid, position - 1, itemRow('V', { task: label, budget: typedTotal }));
      const after = checkDivision(grid, form, { today });
      const sum = (c: typeof before) => c.items.V.reduce((s, i) => s + (typeof i.values.budget === 'number' ? i.values.budget : 0), 0);
      expect(after.items.V.map((i) => i.values.task)).toEqual(before.items.V.map((i) => i.values.task));
      expect(sum(after)).toBe(sum(before));
      const cell = a1(position + 1, sectionV.columns.find((c) => c.key === 'task')!.column);
      const named = after.findings.filter((f) => f.cell === cell);
      expect(named.map((f) => [f.severity, f.message.startsWith(`Dòng «${label.trim()}» là dòng cộng`)])).toEqual([['warning', true]]);
      expect(after.findings.filter((f) => f.severity === 'error').length).toBe(before.findings.filter((f) => f.severity === 'error').length);
    }),
  );
});

test('every cell the source could not read is an error at that cell, never an empty cell nor a value', () => {
  const read = sectionI.columns.filter((c) => c.type !== 'ratio' && c.type !== 'index');
  const cellArb = fc.record({ item: fc.integer({ min: 0, max: 5 }), column: fc.constantFrom(...read) });
  fc.assert(
    fc.property(fc.uniqueArray(cellArb, { minLength: 1, maxLength: 8, selector: (c) => `${c.item}:${c.column.key}` }), (cells) => {
      const grid = sampleTab();
      const h = headerIndex(grid, 'I');
      const unread = cells.map((c) => ({ row: h + 2 + c.item, column: c.column.column, message: 'ô có công thức nhưng chưa có giá trị đã tính.' }));
      for (const u of unread) grid[u.row - 1][u.column - 1] = '';
      const result = checkDivision(grid, form, { today, unread });
      for (const [k, u] of unread.entries()) {
        const at = result.findings.filter((f) => f.cell === a1(u.row, u.column));
        expect(at.map((f) => [f.severity, f.columnKey, f.message])).toEqual([['error', cells[k].column.key, `Cột «${cells[k].column.header}»: ${u.message}`]]);
        expect(result.items.I.find((i) => i.row === u.row)!.values[cells[k].column.key]).toBeNull();
      }
    }),
  );
});

test('the figures a warning quotes read back, the Vietnamese way, as the figures typed', () => {
  // Up to a billion with three decimals, and millionths: twelve significant digits (formatNumber keeps fifteen).
  const figure = fc.oneof(
    fc.integer({ min: 1, max: 10 ** 12 }).map((n) => n / 1000),
    fc.integer({ min: 1, max: 10 ** 6 }).map((n) => n / 10 ** 6),
  );
  fc.assert(
    fc.property(figure, figure, (a, b) => {
      fc.pre(a !== b);
      const [estimate, first] = a < b ? [a, b] : [b, a];
      const grid = sampleTab();
      const h = headerIndex(grid, 'I');
      insertRow(grid, h, itemRow('I', { indicator: 'Số hồ sơ', unit: 'hồ sơ', firstPeriod: first, estimate }));
      const warning = checkDivision(grid, form, { today }).findings.find((f) => f.row === h + 2 && f.columnKey === 'estimate')!;
      const quoted = /\(([^)]+)\) nhỏ hơn số đã thực hiện \(([^)]+)\)/.exec(warning.message)!;
      expect([quoted[1], quoted[2]]).toEqual([formatNumber(estimate, 6), formatNumber(first, 6)]);
      expect([readNumber(quoted[1], 'vi'), readNumber(quoted[2], 'vi')]).toEqual([
        { kind: 'number', value: estimate, percent: false },
        { kind: 'number', value: first, percent: false },
      ]);
    }),
  );
});

test('a date or a checkbox in a number column is quoted as the sheet shows it', () => {
  fc.assert(
    fc.property(fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 11, 31) }), fc.boolean(), (date, flag) => {
      const shown = readNumber(date);
      expect(shown).toMatchObject({ kind: 'invalid', reason: 'date' });
      expect((shown as { text: string }).text).toMatch(/^\d{2}\/\d{2}\/\d{4}( \d{2}:\d{2})?$/);
      expect(readNumber(flag)).toEqual({ kind: 'invalid', reason: 'boolean', text: flag ? 'TRUE' : 'FALSE' });
    }),
  );
});

test('whatever columns are inserted, the appendix names the column of the cell the check names', () => {
  const required = sectionI.columns.filter((c) => c.required);
  fc.assert(
    fc.property(fc.integer({ min: 2, max: 11 }), fc.integer({ min: 1, max: 3 }), fc.constantFrom(...required), fc.integer({ min: 0, max: 5 }), (at, inserted, column, item) => {
      const grid = sampleTab();
      const h = headerIndex(grid, 'I');
      for (const row of grid) row.splice(at - 1, 0, ...Array(inserted).fill(''));
      grid[h].splice(at - 1, inserted, ...Array.from({ length: inserted }, (_, k) => `Mã ${k + 1}`));
      const shift = column.column >= at ? inserted : 0;
      grid[h + 1 + item][column.column - 1 + shift] = '';
      const report = buildDivisionReport(qlkh, grid, form, { today });
      const cell = a1(h + 2 + item, column.column + shift);
      expect(report.check!.findings.filter((f) => f.cell === cell && f.severity === 'error').map((f) => f.columnKey)).toEqual([column.key]);
      expect(missingInWords(report, form)).toBe(`chưa có ${midSentence(column.header)} của 1 chỉ tiêu`);
    }),
  );
});
