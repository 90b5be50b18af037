import { daysBetween, formatDate, formatLongDate, readDate } from '../../src/core/dates';
import { checkDate } from '../../src/core/divisionReport';

test('dates typed day first are read; impossible dates are reported', () => {
  expect(readDate('30/9/2024')).toEqual({ kind: 'date', iso: '2024-09-30' });
  expect(readDate('30-09-2024')).toEqual({ kind: 'date', iso: '2024-09-30' });
  expect(readDate('30.09.2024')).toEqual({ kind: 'date', iso: '2024-09-30' });
  expect(readDate('2024-09-30')).toEqual({ kind: 'date', iso: '2024-09-30' });
  expect(readDate('31/02/2024')).toEqual({ kind: 'invalid', text: '31/02/2024' });
  expect(readDate('Quý III')).toEqual({ kind: 'invalid', text: 'Quý III' });
  expect(readDate('')).toEqual({ kind: 'empty' });
  expect(readDate(new Date(2024, 8, 30))).toEqual({ kind: 'date', iso: '2024-09-30' });
});

test('dates are written as Decree 30 wants them', () => {
  expect(formatDate('2024-06-28')).toBe('28/06/2024');
  expect(formatLongDate('2025-01-05')).toBe('ngày 05 tháng 01 năm 2025');
  expect(formatLongDate('2024-02-09')).toBe('ngày 09 tháng 02 năm 2024');
  expect(formatLongDate('2024-06-27')).toBe('ngày 27 tháng 6 năm 2024');
  expect(formatLongDate('2024-12-15')).toBe('ngày 15 tháng 12 năm 2024');
});

test('days to the deadline, and the date a late check is judged against', () => {
  expect(daysBetween('2024-06-25', '2024-06-28')).toBe(3);
  expect(daysBetween('2024-07-01', '2024-06-28')).toBe(-3);
  expect(checkDate('2024-06-28', '2026-11-26')).toBe('2024-06-28');
  expect(checkDate('2024-06-28', '2024-06-20')).toBe('2024-06-20');
});
