/**
 * The tester's stories in the report: a decision typed in another form is that decision (one heading, its counts whole,
 * its kind right), and a list value typed with a trailing dot is the listed value, counted and checked as it.
 */
import fc from 'fast-check';
import { buildDivisionReport } from '../../src/core/divisionReport';
import { filledDivisionGrid, sampleFor } from '../../src/core/sampleData';
import { buildSummary } from '../../src/core/summary/build';
import { DocumentNames, kindFromSymbol } from '../../src/core/summary/documents';
import { looseKey, matchOption } from '../../src/core/listValue';
import type { Block } from '../../src/core/summary/model';
import { form, qlkh, settings } from './tabs';

const seen = (t: string) => t.replace(/\u00a0/g, ' ').replace(/\u2011/g, '-');
const lineOf = (b: Block) => seen(b.kind === 'heading' ? b.text : b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : '');

function qlkhWith(iv: Record<string, string>[], vi: Record<string, string>[] = sampleFor(qlkh).VI as Record<string, string>[]) {
  const sample = { ...sampleFor(qlkh), IV: iv, VI: vi };
  const report = buildDivisionReport(qlkh, filledDivisionGrid(form, settings, qlkh, sample), form, { today: '2024-06-27' });
  const others = settings.divisions.filter((d) => d !== qlkh).map((d) => buildDivisionReport(d, null, form, { today: '2024-06-27' }));
  const body = buildSummary([report, ...others], settings, form, { now: '2024-06-27T16:05', version: 1 }).body.map(lineOf);
  return { findings: report.check!.findings, body };
}

const task = (n: number, document: string, status = 'Đang thực hiện trong hạn') => ({ task: `Nhiệm vụ ${n}`, document, deadline: '31/12/2024', result: 'Đang triển khai', status });

test('nine tasks of 1400/QĐ-UBND typed as listed and four typed otherwise: one heading counting thirteen, each other spelling named once', () => {
  const others = ['QĐ 1400', '1400/QD\u2011UBND', '1400/QĐ\u2013UBND', 'Quyết định số 1400/QĐ\u2011UBND ngày 15/3/2024'];
  const { findings, body } = qlkhWith([...Array.from({ length: 9 }, (_, i) => task(i + 1, '1400/QĐ-UBND')), ...others.map((d, i) => task(10 + i, d))]);
  const headings = body.filter((l) => l.includes('Nhiệm vụ được giao tại'));
  expect(headings).toEqual(['1. Nhiệm vụ được giao tại Quyết định số 1400/QĐ-UBND của UBND tỉnh']);
  expect(body[body.indexOf(headings[0]) + 1]).toBe('Tổng số 13 nhiệm vụ: đang thực hiện trong hạn 13.');
  const about = findings.filter((f) => f.columnKey === 'document');
  expect(about.map((f) => [f.severity, f.message])).toEqual(others.map((d) => ['warning', `Cột «Văn bản giao»: «${d}» được đọc là «1400/QĐ-UBND». Chọn đúng «1400/QĐ-UBND» trong danh sách để biểu mẫu ghi thống nhất.`]));
});

test('targets of 43/NQ-HĐND typed «NQ 43» and «Nghị quyết số 43/NQ-HDND» are under the resolution, never «Công văn»', () => {
  const vi = [
    { target: 'Mục tiêu A', document: 'NQ 43', goal: '10', estimate: '8', rating: 'Có khả năng hoàn thành' },
    { target: 'Mục tiêu B', document: 'Nghị quyết số 43/NQ\u2011HDND', goal: '5', estimate: '5', rating: 'Đã hoàn thành' },
  ];
  const { body } = qlkhWith([task(1, '1400/QĐ-UBND')], vi);
  const headings = body.filter((l) => l.includes('Các mục tiêu theo'));
  expect(headings).toHaveLength(1);
  expect(headings[0]).toMatch(/^1\. Các mục tiêu theo Nghị quyết số 43\/NQ-HĐND/);
  expect(body.join('\n')).not.toContain('Công văn số NQ');
});

test('a decision no list holds keeps its own heading, one for all its spellings, with its kind; a reference whose kind nothing tells is not «Công văn»', () => {
  const { findings, body } = qlkhWith([task(1, '999/QĐ\u2013UBND'), task(2, 'Quyết định số 999/QD-UBND'), task(3, 'XYZ 15'), task(4, '15/2024')]);
  expect(body.filter((l) => l.includes('Nhiệm vụ được giao tại'))).toEqual(['1. Nhiệm vụ được giao tại Quyết định số 999/QĐ-UBND', '2. Nhiệm vụ được giao tại XYZ 15', '3. Nhiệm vụ được giao tại văn bản số 15/2024']);
  expect(findings.filter((f) => f.columnKey === 'document').map((f) => f.severity)).toEqual(['error', 'error', 'error', 'error']);
  expect(['QĐ 1400', '1400/QD-UBND', 'XYZ 15', '15/2024', 'NQ 43'].map(kindFromSymbol)).toEqual(['Quyết định', 'Quyết định', '', '', 'Nghị quyết']);
});

test('«Hoàn thành đúng hạn.», «Đã hoàn thành.» and «Khó hoàn thành.» are the listed values: counted in the report, and «Khó hoàn thành.» asks for its explanation', () => {
  const vi = [
    { target: 'Mục tiêu A', document: '43/NQ-HĐND', goal: '10', estimate: '10', rating: 'Đã hoàn thành.' },
    { target: 'Mục tiêu B', document: '43/NQ-HĐND', goal: '10', estimate: '3', rating: 'Khó hoàn thành.' },
  ];
  const { findings, body } = qlkhWith([task(1, '1400/QĐ-UBND', 'Hoàn thành đúng hạn.'), task(2, '1400/QĐ-UBND', 'hoàn thành  đúng hạn')], vi);
  expect(findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual(['Mục tiêu được đánh giá «Khó hoàn thành»: ghi rõ giải thích và giải pháp.']);
  // Case and spacing alone were always the listed value: only the dot is worth a word.
  expect(findings.filter((f) => f.columnKey === 'status' || f.columnKey === 'rating').map((f) => f.message)).toEqual([
    'Cột «Tình trạng»: «Hoàn thành đúng hạn.» được đọc là «Hoàn thành đúng hạn». Chọn đúng «Hoàn thành đúng hạn» trong danh sách để biểu mẫu ghi thống nhất.',
    'Cột «Đánh giá»: «Đã hoàn thành.» được đọc là «Đã hoàn thành». Chọn đúng «Đã hoàn thành» trong danh sách để biểu mẫu ghi thống nhất.',
    'Cột «Đánh giá»: «Khó hoàn thành.» được đọc là «Khó hoàn thành». Chọn đúng «Khó hoàn thành» trong danh sách để biểu mẫu ghi thống nhất.',
  ]);
  expect(body).toContain('Tổng số 2 nhiệm vụ: hoàn thành 2.');
  expect(body).toContain('Tổng số 2 mục tiêu: đã hoàn thành 1, khó hoàn thành 1.');
});

const STATUSES = ['Hoàn thành đúng hạn', 'Hoàn thành quá hạn', 'Đang thực hiện trong hạn', 'Đang thực hiện, quá hạn', 'Chưa thực hiện'];
const trivial = fc.record({
  c: fc.constantFrom(
    (s: string) => s,
    (s: string) => s.toLocaleUpperCase('vi'),
    (s: string) => s.toLocaleLowerCase('vi'),
  ),
  end: fc.constantFrom('', '.', ' .', '..', ';', ' ', '!'),
  space: fc.constantFrom(' ', '  ', '\u00a0'),
  fold: fc.boolean(),
});

test('property: a listed value with trivial differences reads as that value; the reader never picks one of two options', () => {
  fc.assert(
    fc.property(fc.constantFrom(...STATUSES), trivial, (option, t) => {
      const typed = `${t.c(option).replace(/ /g, t.space)}${t.end}`;
      expect(matchOption(STATUSES, t.fold ? typed.replace(/[đĐ]/g, 'd') : typed)?.option).toBe(option);
    }),
  );
  fc.assert(
    fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 6 }), fc.string({ maxLength: 6 }), (options, typed) => {
      const m = matchOption(options, typed);
      if (m && !m.exact) expect(options.filter((o) => looseKey(o) === looseKey(typed)).every((o) => o === m.option)).toBe(true);
      if (m) expect(looseKey(m.option)).toBe(looseKey(typed));
    }),
  );
});

test('the report names a document by the settings however the item spelled it: in full the first time, short after', () => {
  const names = new DocumentNames({ '1400/QĐ-UBND': { kind: 'Quyết định', date: '2024-03-15', issuer: 'UBND tỉnh' } });
  expect([names.name('1400/QD-UBND'), names.name('1400/QĐ-UBND'), names.name('QĐ 1400')].map(seen)).toEqual([
    'Quyết định số 1400/QĐ-UBND ngày 15/03/2024 của UBND tỉnh',
    'Quyết định số 1400/QĐ-UBND',
    'Quyết định số 1400/QĐ-UBND',
  ]);
});
