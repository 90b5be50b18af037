/** One decision, however a division typed it, is the listed document: examples from the tester's report and properties. */
import fc from 'fast-check';
import { documentOf, listedDocument, readReference } from '../../src/core/documentReference';
import { kindFromSymbol } from '../../src/core/summary/documents';

const TASK_DOCS = ['1400/QĐ-UBND', '184/QĐ-UBND'];
const TARGET_DOCS = ['43/NQ-HĐND', '400/KH-UBND', '64/KH-KHCN'];

test('every spelling the tester met is the listed decision or resolution', () => {
  const seen = [
    'QĐ 1400',
    '1400/QD-UBND',
    '1400/QĐ\u2013UBND',
    'Quyết định 1400/QĐ\u2011UBND',
    'Số 1400/QĐ\u2011UBND',
    '1400/QĐ\u2011UBND ngày 15/3/2024',
    'Quyết định số 1400/QĐ-UBND',
    'Số: 1400/qđ-ubnd.',
    ' 1400 / QĐ - UBND ',
    'Quyết định 1400',
    '1400/QĐ',
  ];
  for (const typed of seen) expect([typed, listedDocument(typed, TASK_DOCS)]).toEqual([typed, '1400/QĐ-UBND']);
  for (const typed of ['NQ 43', 'Nghị quyết số 43/NQ\u2011HDND', '43/NQ-HDND']) expect([typed, listedDocument(typed, TARGET_DOCS)]).toEqual([typed, '43/NQ-HĐND']);
});

test('a reference that is not certainly one listed document matches none', () => {
  expect(listedDocument('1400/QĐ-SKHCN', TASK_DOCS)).toBeUndefined(); // another issuer: another document
  expect(listedDocument('KH 64', ['64/KH-KHCN', '64/KH-UBND'])).toBeUndefined(); // two plans numbered 64
  expect(listedDocument('1400', TASK_DOCS)).toBeUndefined(); // a number alone says no kind
  expect(listedDocument('CT 1400', TASK_DOCS)).toBeUndefined(); // another kind
  expect(listedDocument('', TASK_DOCS)).toBeUndefined();
  expect(documentOf('Quyết định số 999/QĐ\u2013UBND ngày 1/2/2024', TASK_DOCS)).toBe('999/QĐ-UBND');
});

test('the kind of a reference: from the symbol, the short form or the kind written in front', () => {
  expect(readReference('QĐ 1400')).toMatchObject({ number: '1400', kind: 'qd', complete: false });
  expect(readReference('Nghị quyết số 43/NQ-HĐND')).toMatchObject({ number: '43', kind: 'nq', complete: true, writtenKind: 'Nghị quyết', symbol: '43/NQ-HĐND' });
  expect(readReference('3148/UBND-TH')).toMatchObject({ number: '3148', kind: '', complete: true });
  expect(readReference('Kế hoạch 12')).toMatchObject({ number: '12', kind: 'kh' });
  expect(documentOf('Kế hoạch số 12/SKHCN-VP', TASK_DOCS)).toBe('Kế hoạch 12/SKHCN-VP');
  expect([kindFromSymbol('Kế hoạch 12/SKHCN-VP'), kindFromSymbol('Công văn số QĐ 1400'), kindFromSymbol('12/SKHCN-VP')]).toEqual(['Kế hoạch', 'Quyết định', 'Công văn']);
});

const dash = fc.constantFrom('-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', ' - ');
const kindWord = (name: string) => fc.constantFrom('', `${name} `, `${name} số `, `${name} số Số `, 'Số ', 'Số: ', 'số ', `${name.toLocaleUpperCase('vi')} SỐ `);
const dateAfter = fc.constantFrom('', ' ngày 15/3/2024', ' ngày 15 tháng 3 năm 2024', ' 15/03/2024', ' của UBND tỉnh', '.', ' ');
const caseOf = fc.constantFrom(
  (s: string) => s,
  (s: string) => s.toLocaleLowerCase('vi'),
  (s: string) => s.toLocaleUpperCase('vi'),
);
const foldD = fc.boolean().map((fold) => (s: string) => (fold ? s.replace(/Đ/g, 'D').replace(/đ/g, 'd') : s));

const listedArb = fc.record({
  number: fc.integer({ min: 1, max: 9999 }).map(String),
  kind: fc.constantFrom(['QĐ', 'Quyết định'], ['NQ', 'Nghị quyết'], ['KH', 'Kế hoạch'], ['CT', 'Chỉ thị']),
  issuer: fc.constantFrom('UBND', 'HĐND', 'KHCN', 'SKHCN', 'UBND-VX'),
});

test('property: every variant spelling of a listed document maps to it, whatever else is listed', () => {
  fc.assert(
    fc.property(listedArb, fc.array(listedArb, { maxLength: 5 }), kindWord('Quyết định'), dash, dateAfter, caseOf, foldD, (doc, others, before, d, after, c, f) => {
      const symbol = `${doc.number}/${doc.kind[0]}-${doc.issuer}`;
      const listed = [...others.map((o) => `${o.number}/${o.kind[0]}-${o.issuer}`).filter((o) => readReference(o).key !== readReference(symbol).key), symbol];
      const typed = `${before.replace('Quyết định', doc.kind[1])}${f(c(`${doc.number}/${doc.kind[0]}${d}${doc.issuer}`))}${after}`;
      expect(listedDocument(typed, listed)).toBe(symbol);
    }),
  );
});

test('property: a short form names a listed document exactly when one listed document has its number and kind', () => {
  fc.assert(
    fc.property(listedArb, fc.array(listedArb, { maxLength: 5 }), (doc, others) => {
      const listed = [...others, doc].map((o) => `${o.number}/${o.kind[0]}-${o.issuer}`);
      const same = [...new Set(listed.filter((l) => l.startsWith(`${doc.number}/${doc.kind[0]}-`)))];
      expect(listedDocument(`${doc.kind[0]} ${doc.number}`, listed)).toBe(same.length === 1 ? same[0] : undefined);
    }),
  );
});
