import { isPercentFormat, typedValue } from '../../src/core/typedValues';

test('a number shown as a percentage reads as the figure the person typed', () => {
  expect(typedValue(0.985, '0.0%')).toBe(98.5);
  expect(typedValue(0.07, '0%')).toBe(7);
  expect(typedValue(1.125, '#,##0.00%')).toBe(112.5);
  expect(typedValue(0.985, '#,##0.0#')).toBe(0.985);
  expect(typedValue('98,5%', '0.0%')).toBe('98,5%');
  expect(typedValue(12, '0" %"')).toBe(12);
  expect(isPercentFormat('General')).toBe(false);
  expect(isPercentFormat(undefined)).toBe(false);
});
