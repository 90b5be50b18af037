import fc from 'fast-check';
import { formatNumber, formatPercent, readNumber, roundTo } from '../../src/core/numbers';

describe('reading numbers the way people type them', () => {
  test.each([
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1234.5', 1234.5],
    ['1234,5', 1234.5],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['1.234.567,89', 1234567.89],
    [' 30 ', 30],
    ['\u00a030\u00a0', 30],
    ['1 234 567', 1234567],
    ['12,5', 12.5],
    ['-12,5', -12.5],
    ['0,125', 0.125],
    [42, 42],
  ])('%p is read as %p', (typed, value) => {
    expect(readNumber(typed)).toEqual({ kind: 'number', value, percent: false });
  });

  test('a percentage keeps its figure and says it was a percentage', () => {
    expect(readNumber('12,5%')).toEqual({ kind: 'number', value: 12.5, percent: true });
    expect(readNumber('99 %')).toEqual({ kind: 'number', value: 99, percent: true });
  });

  test.each(['-', '—', '–', 'x', 'X'])('%p means "no figure", not an error', (typed) => {
    expect(readNumber(typed)).toEqual({ kind: 'none' });
  });

  test('empty cells are empty', () => {
    expect(readNumber('')).toEqual({ kind: 'empty' });
    expect(readNumber('   ')).toEqual({ kind: 'empty' });
    expect(readNumber(null)).toEqual({ kind: 'empty' });
  });

  test('what cannot be read unambiguously is reported, not guessed', () => {
    expect(readNumber('1,234')).toMatchObject({ kind: 'invalid', reason: 'ambiguous' });
    expect(readNumber('1.234')).toMatchObject({ kind: 'invalid', reason: 'ambiguous' });
    expect(readNumber('khoảng 30')).toMatchObject({ kind: 'invalid', reason: 'approximate' });
    expect(readNumber('30 hồ sơ')).toMatchObject({ kind: 'invalid', reason: 'withText' });
    expect(readNumber('chưa có')).toMatchObject({ kind: 'invalid', reason: 'notNumber' });
    expect(readNumber('1.23.4')).toMatchObject({ kind: 'invalid' });
    expect(readNumber(new Date())).toMatchObject({ kind: 'invalid' });
  });
});

describe('writing numbers the Vietnamese way', () => {
  test('thousands with dots, decimals with a comma', () => {
    expect(formatNumber(1234567.891)).toBe('1.234.567,891');
    expect(formatNumber(1234567.8915)).toBe('1.234.567,892');
    expect(formatNumber(1250)).toBe('1.250');
    expect(formatNumber(0.5)).toBe('0,5');
    expect(formatNumber(-1234.5)).toBe('-1.234,5');
  });

  test('percentages with one decimal', () => {
    expect(formatPercent(112.5)).toBe('112,5%');
    expect(formatPercent(104.1666)).toBe('104,2%');
    expect(formatPercent(1234.5)).toBe('1.234,5%');
    expect(formatPercent(100)).toBe('100,0%');
  });
});

describe('roundTo: figures are rounded the way people round them', () => {
  test('half away from zero, on the decimal figure the division typed', () => {
    expect(roundTo(0.05, 1)).toBe(0.1);
    expect(roundTo(-0.05, 1)).toBe(-0.1);
    expect(roundTo(0.15 - 0.1, 1)).toBe(0.1);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-0.04, 1)).toBe(0);
    expect(Object.is(roundTo(-0.04, 1), -0)).toBe(false);
  });

  test('for any figure, rounding is symmetric and agrees with rounding its decimal digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 2 }), (hundredths, decimals) => {
        const value = hundredths / 100;
        expect(roundTo(-value, decimals)).toBe(-roundTo(value, decimals) || 0);
        // The decimal digits of `value` rounded by hand: keep `decimals` places, look at the next digit.
        const digits = Math.abs(hundredths);
        const drop = 10 ** (2 - decimals);
        const kept = Math.floor(digits / drop) + (digits % drop >= drop / 2 ? 1 : 0);
        expect(Math.abs(roundTo(value, decimals))).toBe((kept * drop) / 100);
      }),
    );
  });

  test('a percentage shown is the rounded one: -0,05 is "-0,1%", never "-0,0%"', () => {
    expect(formatPercent(-0.05)).toBe('-0,1%');
    expect(formatPercent(-0.04)).toBe('0,0%');
    expect(formatNumber(1.0005)).toBe('1,001');
    expect(formatNumber(1.005, 2)).toBe('1,01');
  });

  test('a figure keeps every digit the division typed: 13 to 15 digits, three decimals', () => {
    expect(formatNumber(1234567890123)).toBe('1.234.567.890.123');
    expect(formatNumber(1999999999999)).toBe('1.999.999.999.999');
    expect(formatNumber(123456789012345)).toBe('123.456.789.012.345');
    expect(formatNumber(16245.825)).toBe('16.245,825');
    expect(formatNumber(8.495)).toBe('8,495');
  });

  test('for any figure typed with up to 15 significant digits, the report shows it exactly', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^(0|[1-9]\d{0,14})$/), fc.integer({ min: 0, max: 3 }), fc.boolean(), (digits, decimals, negative) => {
        const typed = ((negative ? -1 : 1) * Number(digits)) / 10 ** decimals;
        const padded = digits.padStart(decimals + 1, '0');
        const int = padded.slice(0, padded.length - decimals).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        const frac = padded.slice(padded.length - decimals).replace(/0+$/, '');
        const text = int + (frac ? `,${frac}` : '');
        expect(formatNumber(typed)).toBe(negative && text !== '0' ? `-${text}` : text);
      }),
    );
  });
});
