/** Section V's counts of targets by rating add up to the total, whatever the divisions typed as a rating. */
import fc from 'fast-check';
import { buildDivisionReport } from '../../src/core/divisionReport';
import { filledDivisionGrid, sampleFor } from '../../src/core/sampleData';
import { buildSummary } from '../../src/core/summary/build';
import type { ChartBlock } from '../../src/core/summary/model';
import { RATINGS, ratingCountsSentence } from '../../src/core/summary/sections';
import { form, settings } from './tabs';

test('a rating off the scale is counted as "chưa rõ mức đánh giá", never left out of the sum', () => {
  expect(ratingCountsSentence(['Có khả năng hoàn thành', 'Có khả năng HT', 'Không hoàn thành', ''])).toBe('Tổng số 4 mục tiêu: có khả năng hoàn thành 1, không hoàn thành 1, chưa rõ mức đánh giá 2.');
});

test('for any ratings typed, the parts of the sentence add up to its total', () => {
  const rating = fc.oneof(fc.constantFrom(...RATINGS), fc.constantFrom('', 'Đã hoàn thành.', 'Có khả năng HT', 'khó'), fc.string({ maxLength: 8 }));
  fc.assert(
    fc.property(fc.array(rating, { minLength: 1, maxLength: 30 }), (ratings) => {
      const said = ratingCountsSentence(ratings);
      const m = /^Tổng số (\d+) mục tiêu: (.+)\.$/.exec(said)!;
      expect(Number(m[1])).toBe(ratings.length);
      const parts = m[2].split(', ').map((p) => Number(/ (\d+)$/.exec(p)![1]));
      expect(parts.reduce((a, b) => a + b, 0)).toBe(ratings.length);
    }),
  );
});

test('the chart counts every target: one rated off the scale has its own bar', () => {
  const reports = settings.divisions.map((d) => {
    const data = sampleFor(d);
    const VI = (data.VI ?? []).map((t, i) => (i === 0 && d.name === 'Phòng Quản lý khoa học' ? { ...t, rating: 'Có khả năng HT' } : t));
    return buildDivisionReport(d, filledDivisionGrid(form, settings, d, { ...data, VI }), form, { today: '2024-06-27' });
  });
  const doc = buildSummary(reports, settings, form, { now: '2024-06-27T16:05' });
  const chart = doc.body.find((b): b is ChartBlock => b.kind === 'chart')!;
  const targets = reports.reduce((n, r) => n + r.check!.items.VI.length, 0);
  expect(chart.bars.reduce((n, b) => n + b.value, 0)).toBe(targets);
  expect(chart.bars).toContainEqual({ label: 'Chưa rõ mức đánh giá', value: 1 });
});
