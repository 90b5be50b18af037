/**
 * What the period part of a section I header means, next to what the settings' header says: the same words,
 * the same period in other words ("6 tháng năm 2024" for "6 tháng đầu năm 2024"), the right kind of period with
 * its year left out ("6 tháng"), or another period ("9 tháng đầu năm 2024", "6 tháng đầu năm 2023").
 */
import { textKey } from '../text';
import { periodIdOfName, periodKind } from './kind';

export type PeriodHeaderMeaning = 'same' | 'reworded' | 'yearMissing' | 'other';

/** The last four-digit year a text names, or null. */
export function lastYearIn(text: string): number | null {
  const years = text.match(/(?<!\d)\d{4}(?!\d)/g);
  return years ? Number(years[years.length - 1]) : null;
}

/**
 * `found`, `expected`: the text standing for the header's placeholder, in the tab and in the settings' form.
 * `names`: 'period' when it names the period ("6 tháng đầu năm 2024", or the year of the estimate), 'year' when
 * it names one year of it (the comparison year, the plan's year).
 */
export function headerMeaning(found: string, expected: string, names: 'period' | 'year'): PeriodHeaderMeaning {
  if (textKey(found) === textKey(expected)) return 'same';
  const foundYear = lastYearIn(found);
  if (names === 'year') {
    if (foundYear === null) return 'yearMissing';
    return foundYear === lastYearIn(expected) ? 'reworded' : 'other';
  }
  if (foundYear === null) {
    const kind = periodKind(expected);
    return kind !== null && periodKind(found) === kind ? 'yearMissing' : 'other';
  }
  return periodIdOfName(found) === periodIdOfName(expected) ? 'reworded' : 'other';
}

/**
 * A header retyped beyond recognition (the header check names it, and its column is read by position): only a
 * year or a kind of period that contradicts the settings' header counts, anything else is left to that check.
 */
export function retypedHeaderMeaning(text: string, expected: string): PeriodHeaderMeaning {
  const year = lastYearIn(text);
  const expectedYear = lastYearIn(expected);
  if (year !== null && expectedYear !== null && year !== expectedYear) return 'other';
  const kind = periodKind(text);
  const expectedKind = periodKind(expected);
  return kind !== null && expectedKind !== null && kind !== expectedKind ? 'other' : 'same';
}
