import { indicatorSentence } from '../../src/core/summary/sentences';

const ctx = { year: 2024, prevYear: 2023, periodYear: '6 tháng đầu năm 2024' };
const f = (o: Partial<Parameters<typeof indicatorSentence>[0]>) => ({ indicator: 'Số hồ sơ', unit: 'hồ sơ', prevYear: null, plan: null, firstPeriod: null, estimate: null, ...o });

test('increase, with plan', () => {
  expect(indicatorSentence(f({ prevYear: 1111.1111, plan: 1200, firstPeriod: 640, estimate: 1250 }), ctx)).toBe(
    'Số hồ sơ: 6 tháng đầu năm 2024 đạt 640 hồ sơ; ước cả năm đạt 1.250 hồ sơ, tăng 12,5% so với năm 2023, đạt 104,2% kế hoạch.',
  );
});

test('decrease', () => {
  expect(indicatorSentence(f({ prevYear: 20, firstPeriod: 8, estimate: 15 }), ctx)).toBe('Số hồ sơ: 6 tháng đầu năm 2024 đạt 8 hồ sơ; ước cả năm đạt 15 hồ sơ, giảm 25,0% so với năm 2023.');
});

test('equal', () => {
  expect(indicatorSentence(f({ prevYear: 15, plan: 15, firstPeriod: 8, estimate: 15 }), ctx)).toBe('Số hồ sơ: 6 tháng đầu năm 2024 đạt 8 hồ sơ; ước cả năm đạt 15 hồ sơ, bằng năm 2023, đạt 100,0% kế hoạch.');
});

test('missing previous year', () => {
  expect(indicatorSentence(f({ firstPeriod: 8, estimate: 15 }), ctx)).toBe('Số hồ sơ: 6 tháng đầu năm 2024 đạt 8 hồ sơ; ước cả năm đạt 15 hồ sơ, chưa có số liệu năm 2023 để so sánh.');
});

test('zero plan', () => {
  expect(indicatorSentence(f({ prevYear: 3, plan: 0, firstPeriod: 3, estimate: 4 }), ctx)).toBe(
    'Số hồ sơ: 6 tháng đầu năm 2024 đạt 3 hồ sơ; ước cả năm đạt 4 hồ sơ, tăng 33,3% so với năm 2023, kế hoạch năm 2024 là 0 nên không tính tỷ lệ so với kế hoạch.',
  );
});

test('rates compare in percentage points', () => {
  expect(indicatorSentence(f({ unit: '%', prevYear: 98.5, plan: 99, firstPeriod: 99.2, estimate: 99 }), ctx)).toBe(
    'Số hồ sơ: 6 tháng đầu năm 2024 đạt 99,2%; ước cả năm đạt 99%, cao hơn năm 2023 0,5 điểm phần trăm, đạt 100,0% kế hoạch.',
  );
});

test('no estimate yet; nothing at all', () => {
  expect(indicatorSentence(f({ firstPeriod: 82 }), ctx)).toBe('Số hồ sơ: 6 tháng đầu năm 2024 đạt 82 hồ sơ; chưa có số liệu ước thực hiện cả năm.');
  expect(indicatorSentence(f({}), ctx)).toBeNull();
});
