/**
 * How a five-year target's rating moved over the periods ("khó hoàn thành từ kỳ 6 tháng đầu năm 2024"), from the earlier
 * periods' reports the caller gives (oldest first). A target is the same target when its division and its text match (textKey).
 */
import { periodOfYear } from '../form';
import { textKey } from '../text';
import { Entry, SectionContext, text } from './context';
import { midSentence } from './wording';

export interface RatedPeriod {
  /** "6 tháng đầu năm 2024" */
  period: string;
  rating: string;
}

/** The target's ratings in the earlier periods where it was rated, oldest first, then this period's. */
export function ratingHistory(ctx: SectionContext, e: Entry): RatedPeriod[] {
  const target = textKey(text(e.item, 'target'));
  const division = textKey(e.report.division.name);
  const earlier = (ctx.earlierPeriods ?? []).flatMap((p) => {
    const report = p.reports.find((r) => textKey(r.division.name) === division);
    const item = report?.check?.items.VI.find((i) => textKey(text(i, 'target')) === target && text(i, 'rating') !== '');
    return item ? [{ period: periodOfYear(p.label, p.year), rating: text(item, 'rating') }] : [];
  });
  const p = ctx.settings.period;
  return [...earlier, { period: periodOfYear(p.periodLabel, p.year), rating: text(e.item, 'rating') }];
}

/**
 * The rating with its history: "khó hoàn thành từ kỳ 6 tháng đầu năm 2024" (unchanged since then),
 * "khó hoàn thành (kỳ 6 tháng đầu năm 2024: có khả năng hoàn thành)" (changed this period), the rating alone without history.
 */
export function ratingWithHistory(history: RatedPeriod[]): string {
  const now = history[history.length - 1];
  if (history.length < 2 || !now.rating) return midSentence(now.rating);
  const before = history[history.length - 2];
  if (textKey(before.rating) !== textKey(now.rating)) return `${midSentence(now.rating)} (kỳ ${before.period}: ${midSentence(before.rating)})`;
  let first = history.length - 1;
  while (first > 0 && textKey(history[first - 1].rating) === textKey(now.rating)) first--;
  return `${midSentence(now.rating)} từ kỳ ${history[first].period}`;
}

/** "Phát triển 5 doanh nghiệp KH&CN (Phòng …): từ khó hoàn thành lên có khả năng hoàn thành" for a target whose rating changed since the last period, or ''. */
export function ratingMove(history: RatedPeriod[], order: string[]): string {
  if (history.length < 2) return '';
  const now = history[history.length - 1];
  const before = history[history.length - 2];
  if (!now.rating || textKey(before.rating) === textKey(now.rating)) return '';
  const rank = (r: string) => order.findIndex((o) => textKey(o) === textKey(r));
  const way = rank(now.rating) >= 0 && rank(before.rating) >= 0 ? (rank(now.rating) < rank(before.rating) ? 'lên' : 'xuống') : 'thành';
  return `từ ${midSentence(before.rating)} (kỳ ${before.period}) ${way} ${midSentence(now.rating)}`;
}
