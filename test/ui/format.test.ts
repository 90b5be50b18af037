/**
 * @jest-environment node
 */
import { clampPercent, formatDate, formatDaysLeft, isWebUrl } from '../../src/ui/format';

describe('sidebar wording of dates and deadlines', () => {
  it('shows a deadline day as dd/mm/yyyy, whatever the time zone', () => {
    expect(formatDate('2024-06-28')).toBe('28/06/2024');
    expect(formatDate('2024-01-05')).toBe('05/01/2024');
    expect(formatDate('không phải ngày')).toBe('không phải ngày');
  });

  it('counts the days left, the last day and the days late', () => {
    expect(formatDaysLeft(5)).toBe('Còn 5 ngày');
    expect(formatDaysLeft(1)).toBe('Còn 1 ngày');
    expect(formatDaysLeft(0)).toBe('Hôm nay là hạn cuối');
    expect(formatDaysLeft(-3)).toBe('Đã quá hạn 3 ngày');
  });

  it('keeps progress between 0 and 100', () => {
    expect(clampPercent(74.6)).toBe(75);
    expect(clampPercent(120)).toBe(100);
    expect(clampPercent(-1)).toBe(0);
    expect(clampPercent(NaN)).toBe(0);
  });

  it('links only to web addresses', () => {
    expect(isWebUrl('https://docs.google.com/document/d/abc/edit')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl(' https://x')).toBe(false);
    expect(isWebUrl('data:text/html,<b>')).toBe(false);
  });
});
