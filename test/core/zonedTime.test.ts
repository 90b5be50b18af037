import { zonedDateTime } from '../../src/core/zonedTime';

test('a moment as the local date and time of a named zone, midnight as 00, an unknown zone as null', () => {
  expect(zonedDateTime(new Date('2024-06-27T09:05:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2024-06-27T16:05');
  // 17:00 UTC is already the next day in Hà Nội.
  expect(zonedDateTime(new Date('2024-06-30T17:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2024-07-01T00:00');
  expect(zonedDateTime(new Date('2024-12-31T23:59:00Z'), 'UTC')).toBe('2024-12-31T23:59');
  expect(zonedDateTime(new Date('2024-06-27T09:05:00Z'), 'Nơi/Không có')).toBeNull();
});

test('with seconds, as the history and the comment times keep them', () => {
  expect(zonedDateTime(new Date('2024-06-27T09:05:07Z'), 'Asia/Ho_Chi_Minh', true)).toBe('2024-06-27T16:05:07');
  expect(zonedDateTime(new Date('2024-06-30T16:59:59Z'), 'Asia/Ho_Chi_Minh', true)).toBe('2024-06-30T23:59:59');
  expect(zonedDateTime(new Date('2024-06-27T09:05:07Z'), 'Nơi/Không có', true)).toBeNull();
});
