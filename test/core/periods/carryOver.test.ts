/** What a division's tab carries into the next period (reporting-cycle.md): stories and properties. */
import fc from 'fast-check';
import type { ReportItem, SectionItems } from '../../../src/core/check';
import { checkDivision } from '../../../src/core/check';
import { resolveForm } from '../../../src/core/form';
import { sampleFor } from '../../../src/core/sampleData';
import { defaultSettings, Settings } from '../../../src/core/settings';
import { FINISHED_STATUSES, carryOver, retiredTasks, retiredTasksMessage } from '../../../src/core/periods/carryOver';
import { nextPeriod } from '../../../src/core/periods/next';
import { preparedTab } from '../../../src/core/periods/preparedTab';
import { filledDivisionGrid } from '../../../src/core/sampleData';

const STATUSES = ['Hoàn thành đúng hạn', 'Hoàn thành quá hạn', 'Đang thực hiện trong hạn', 'Đang thực hiện, quá hạn', 'Chưa thực hiện', ''];
const RATINGS = ['Đã hoàn thành', 'Có khả năng hoàn thành', 'Khó hoàn thành', 'Không hoàn thành', ''];

function settingsAt(periodLabel: string, year: number): Settings {
  const s = defaultSettings();
  s.period = { ...s.period, periodLabel, year, prevYear: year - 1, planYear: year + 1 };
  return s;
}

function moved(closing: Settings): Settings {
  return { ...closing, period: nextPeriod(closing.period)! };
}

const text = fc.oneof(fc.constant(''), fc.string({ minLength: 1, maxLength: 12 }));
const num = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 100000 }));
const item = (values: fc.Arbitrary<Record<string, string | number | null>>) => fc.tuple(fc.nat(500), values).map(([row, v]): ReportItem => ({ row, values: v }));
const itemsArb: fc.Arbitrary<SectionItems> = fc.record({
  I: fc.array(item(fc.record({ indicator: text, unit: text, prevYear: num, plan: num, firstPeriod: num, estimate: num, remark: text })), { maxLength: 6 }),
  II: fc.array(item(fc.record({ shortcoming: text, cause: text })), { maxLength: 3 }),
  III: fc.array(item(fc.record({ task: text })), { maxLength: 3 }),
  IV: fc.array(item(fc.record({ task: text, document: fc.constantFrom('1400/QĐ-UBND', '184/QĐ-UBND', ''), deadline: fc.constantFrom('2024-09-30', '', null), result: text, status: fc.constantFrom(...STATUSES) })), {
    maxLength: 6,
  }),
  V: fc.array(item(fc.record({ task: text, budget: num })), { maxLength: 3 }),
  VI: fc.array(item(fc.record({ target: text, document: fc.constantFrom('43/NQ-HĐND', ''), goal: text, estimate: text, rating: fc.constantFrom(...RATINGS), explanation: text })), { maxLength: 6 }),
  VII: fc.array(item(fc.record({ content: text })), { maxLength: 3 }),
});
const closingArb = fc.constantFrom(settingsAt('6 tháng đầu năm', 2024), settingsAt('9 tháng đầu năm', 2024), settingsAt('cả năm', 2024), settingsAt('cả năm', 2023));

const filled = (v: unknown) => v !== null && v !== undefined && v !== '';

test('property: nothing a division wrote in I (indicators), IV (unfinished tasks) or VI (targets) is lost; the other sections start empty', () => {
  fc.assert(
    fc.property(itemsArb, closingArb, (items, closing) => {
      const next = moved(closing);
      const carried = carryOver(items, closing.period, next);
      expect(Object.keys(carried).sort()).toEqual(['I', 'IV', 'VI']);
      const indicators = items.I.filter((i) => filled(i.values.indicator) || filled(i.values.unit));
      expect(carried.I!.map((r) => [r.values.indicator ?? '', r.values.unit ?? ''])).toEqual(indicators.map((i) => [i.values.indicator, i.values.unit]));
      const sameYear = closing.period.year === next.period.year;
      carried.I!.forEach((r, k) => {
        const was = indicators[k].values;
        expect(r.values.firstPeriod).toBeUndefined();
        expect(r.values.estimate).toBeUndefined();
        if (sameYear) expect([r.values.prevYear ?? null, r.values.plan ?? null]).toEqual([was.prevYear, was.plan]);
        else {
          expect(r.values.prevYear ?? null).toBe(was.estimate);
          expect(r.values.plan).toBeUndefined();
          if (was.estimate !== null) expect(r.notes.prevYear).toMatch(/^Chuyển sang từ «Ước thực hiện năm \d{4}»/);
        }
      });
      const unfinished = items.IV.filter((i) => !FINISHED_STATUSES.includes(String(i.values.status)) && (filled(i.values.task) || filled(i.values.document)));
      expect(carried.IV!.map((r) => [r.values.task ?? '', r.values.document ?? '', r.values.deadline ?? null])).toEqual(
        unfinished.map((i) => [i.values.task, i.values.document, filled(i.values.deadline) ? i.values.deadline : null]),
      );
      for (const r of carried.IV!) expect([r.values.result, r.values.status]).toEqual([undefined, undefined]);
      const targets = items.VI.filter((i) => filled(i.values.target) || filled(i.values.document));
      expect(carried.VI!.map((r) => r.values.target ?? '')).toEqual(targets.map((i) => i.values.target));
      carried.VI!.forEach((r, k) => {
        expect(r.values.rating).toBeUndefined();
        if (filled(targets[k].values.rating)) expect(r.notes.rating).toContain(String(targets[k].values.rating));
      });
    }),
  );
});

test('a new 5-year period starts section VI empty: the Office sets the new target documents', () => {
  const closing = settingsAt('cả năm', 2025);
  const next = moved(closing);
  expect(next.period.fiveYearStart).toBe(2026);
  const items = { I: [], II: [], III: [], IV: [], V: [], VI: [{ row: 60, values: { target: 'Mục tiêu A', rating: 'Khó hoàn thành' } }], VII: [] } as SectionItems;
  expect(carryOver(items, closing.period, next).VI).toEqual([]);
});

test('the sample division moved to 9 tháng: the prepared tab is the new form with what carries, and the check reads it as the new period', () => {
  const closing = defaultSettings();
  const next = moved(closing);
  const division = closing.divisions.find((d) => d.tabName === 'QLKH')!;
  const grid = filledDivisionGrid(resolveForm(closing), closing, division, sampleFor(division));
  const check = checkDivision(grid, resolveForm(closing), { today: '2024-06-20' });
  const tab = preparedTab(resolveForm(next), next, division, carryOver(check.items, closing.period, next));
  expect(tab.rows[0].values[0]).toBe('BÁO CÁO 9 THÁNG ĐẦU NĂM 2024 — PHÒNG QUẢN LÝ KHOA HỌC');
  const again = checkDivision(
    tab.rows.map((r) => r.values),
    resolveForm(next),
    { today: '2024-09-20' },
  );
  expect(again.items.I.map((i) => i.values.indicator)).toEqual(check.items.I.map((i) => i.values.indicator));
  expect(again.items.I.every((i) => i.values.firstPeriod === null && i.values.estimate === null)).toBe(true);
  expect(again.items.II).toEqual([]);
  expect(again.items.IV.map((i) => i.values.task)).toEqual(check.items.IV.filter((i) => !FINISHED_STATUSES.includes(String(i.values.status))).map((i) => i.values.task));
  expect(again.findings.some((f) => /Tab này vẫn là biểu mẫu/.test(f.message))).toBe(false);
  // The 6-month tab checked under the 9-month settings: refused, naming its header cell.
  const wrong = checkDivision(grid, resolveForm(next), { today: '2024-09-20' });
  const header = grid.findIndex((r) => String(r[0]).startsWith('I. ')) + 2;
  expect(wrong.findings.map((f) => f.message)).toEqual([
    `Tab này vẫn là biểu mẫu 6 tháng đầu năm 2024 (ô F${header}), trong khi Cấu hình là 9 tháng đầu năm 2024: chạy «Sang kỳ báo cáo mới» hoặc «Thiết lập / cập nhật biểu mẫu».`,
  ]);
  expect(wrong.empty).toBe(true);
});

test("the estimate carried into next year's note is written the Vietnamese way: 39.850,5, never 39850.5", () => {
  const closing = settingsAt('cả năm', 2024);
  const next = moved(closing);
  const items = { I: [{ row: 6, values: { indicator: 'Số hồ sơ', unit: 'hồ sơ', estimate: 39850.5 } }], II: [], III: [], IV: [], V: [], VI: [], VII: [] } as SectionItems;
  expect(carryOver(items, closing.period, next).I![0].notes.prevYear).toBe('Chuyển sang từ «Ước thực hiện năm 2024» của kỳ cả năm 2024 (39.850,5). Có số thực hiện chính thức thì sửa lại.');
});

const spelled = (s: string) => fc.constantFrom(s, `${s}.`, s.toLocaleUpperCase('vi'), s.replace(/đ/g, 'd'), `${s} `);
const docSpelling = fc.constantFrom('1400/QĐ-UBND', 'QĐ 1400', '1400/QD-UBND', '1400/QĐ\u2013UBND', 'Quyết định số 1400/QĐ-UBND ngày 15/3/2024', 'Số 184/QĐ-UBND', '184/QD-UBND', '999/QĐ-UBND', 'Văn bản của Sở', '');
const statusSpelling = fc.oneof(fc.constantFrom(...STATUSES).chain(spelled), fc.string({ maxLength: 8 }));
const loose = (s: unknown) =>
  String(s ?? '')
    .toLocaleLowerCase('vi')
    .replace(/đ/g, 'd')
    .replace(/[\s.]+$/, '')
    .trim();
const finishedLoosely = (s: unknown) => FINISHED_STATUSES.some((f) => loose(f) === loose(s));

test('property: carryOver never drops an unfinished task: each is carried or named as retired, whatever the spelling of its status and document', () => {
  fc.assert(
    fc.property(
      fc.array(item(fc.record({ task: text, document: docSpelling, deadline: fc.constantFrom('2024-12-31', ''), result: text, status: statusSpelling })), { maxLength: 8 }),
      fc.subarray(['1400/QĐ-UBND', '184/QĐ-UBND']),
      closingArb,
      (iv, nextDocs, closing) => {
        const items = { I: [], II: [], III: [], IV: iv, V: [], VI: [], VII: [] };
        const next = { ...moved(closing), taskDocuments: nextDocs };
        const carried = carryOver(items, closing.period, next, closing.taskDocuments).IV!;
        const retired = retiredTasks(iv, closing.taskDocuments, next);
        const typed = iv.filter((i) => filled(i.values.task) || filled(i.values.document));
        const open = typed.filter((i) => !finishedLoosely(i.values.status));
        expect(carried.length + retired.length).toBe(open.length);
        // A retired task's document was listed when the period closed and is not listed now.
        for (const r of retired) {
          const number = /\b(1400|184)\b/.exec(r.document)?.[1];
          expect(number).toBeDefined();
          expect(nextDocs.length > 0 && !nextDocs.some((d) => d.startsWith(`${number}/`))).toBe(true);
        }
        // With nothing retired by the Office, every open task carries, in order, the listed document where it is certain.
        if (nextDocs.length === 2) expect(carried.map((r) => r.values.task ?? '')).toEqual(open.map((i) => i.values.task));
      },
    ),
  );
});

test('a task whose decision the Office no longer lists is named by the move, never lost in silence', () => {
  const closing = settingsAt('6 tháng đầu năm', 2024);
  const next = { ...moved(closing), taskDocuments: ['1400/QĐ-UBND'] };
  const iv: ReportItem[] = [
    { row: 44, values: { task: 'Nhiệm vụ A', document: '184/QD-UBND', deadline: '2024-12-31', result: '', status: 'Đang thực hiện trong hạn' } },
    { row: 45, values: { task: 'Nhiệm vụ B', document: 'QĐ 1400', deadline: '2024-12-31', result: '', status: 'Chưa thực hiện.' } },
    { row: 46, values: { task: 'Nhiệm vụ C', document: '184/QĐ-UBND', deadline: '2024-12-31', result: '', status: 'Hoàn thành quá hạn.' } },
  ];
  const items = { I: [], II: [], III: [], IV: iv, V: [], VI: [], VII: [] };
  expect(carryOver(items, closing.period, next, closing.taskDocuments).IV!.map((r) => r.values)).toEqual([{ task: 'Nhiệm vụ B', document: '1400/QĐ-UBND', deadline: '2024-12-31' }]);
  expect(retiredTasksMessage([{ division: 'Phòng Quản lý khoa học', tasks: retiredTasks(iv, closing.taskDocuments, next) }])).toBe(
    '1 nhiệm vụ chưa hoàn thành không chuyển sang kỳ mới vì văn bản giao không còn trong danh sách «Văn bản giao nhiệm vụ» (vẫn xem được ở kỳ đã lưu trữ; nếu cần theo dõi tiếp, thêm lại văn bản vào danh sách hoặc nhập lại nhiệm vụ): Phòng Quản lý khoa học: «Nhiệm vụ A» (184/QD-UBND).',
  );
});
