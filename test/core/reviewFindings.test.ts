/**
 * What an independent review of the day's changes demonstrated, kept as the user's stories: a sign typed before a
 * figure stays; another year's decision is not this year's; a task whose decision the next period lists in short form
 * carries; very large figures are written in digits; one unlisted document is one heading.
 */
import { documentGrouper, listedDocument } from '../../src/core/documentReference';
import { formatNumber } from '../../src/core/numbers';
import { certainlyRetired } from '../../src/core/periods/carryOver';
import { defaultSettings } from '../../src/core/settings';
import { clause } from '../../src/core/summary/wording';

test('a sign typed before a figure is the figure\'s, not a bullet: "-2,5% so với cùng kỳ" keeps its minus', () => {
  expect(clause('-2,5% so với cùng kỳ')).toBe('-2,5% so với cùng kỳ');
  expect(clause('+4,1% so với năm trước')).toBe('+4,1% so với năm trước');
  expect(clause('- 2 đề tài chậm tiến độ')).toBe('2 đề tài chậm tiến độ');
});

test('a decision of another year, by the date written after it, is not the listed one of the same number', () => {
  expect(listedDocument('1400/QĐ-UBND ngày 10/5/2023', ['1400/QĐ-UBND ngày 15/3/2024'])).toBeUndefined();
  expect(listedDocument('1400/QĐ-UBND ngày 15/3/2024', ['1400/QĐ-UBND ngày 15/3/2024'])).toBe('1400/QĐ-UBND ngày 15/3/2024');
  expect(listedDocument('QĐ 1400', ['1400/QĐ-UBND'])).toBe('1400/QĐ-UBND');
});

test('a task is not retired when the next period lists its decision in a short form', () => {
  const next = { ...defaultSettings(), taskDocuments: ['QĐ 1400'] };
  expect(certainlyRetired('1400/QĐ-UBND', ['1400/QĐ-UBND'], next)).toBe(false);
  expect(certainlyRetired('1400/QĐ-UBND', ['1400/QĐ-UBND'], { ...next, taskDocuments: ['184/QĐ-UBND'] })).toBe(true);
});

test('a figure of 10^21 or more is written in digits, never in exponent notation', () => {
  expect(formatNumber(1.5e15, 6)).toBe('1.500.000.000.000.000');
  expect(formatNumber(1e21)).toBe('1.000.000.000.000.000.000.000');
});

test('one unlisted document is one heading, with or without its kind written', () => {
  const group = documentGrouper(['1400/QĐ-UBND']);
  expect(group('Công văn 12/UBND-VP')).toBe(group('12/UBND-VP'));
});
