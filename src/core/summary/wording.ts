/** How a careful clerk writes figures, dates and typed values in running text (summary-report.md, writing rules). */
import { formatDate, formatLongDate } from '../dates';
import { formatNumber, formatPercent, roundTo } from '../numbers';
import { isMoneyInDong, isPercentUnit } from '../units';
import { lowerStart, typedClause, typedParts, typedSentence } from './typedText';

/** U+00A0: a space a line never breaks at, so "18,75 triệu đồng" stays on one line. */
export const NBSP = '\u00a0';
/** U+2011: a hyphen a line never breaks at, for symbols such as "1400/QĐ‑UBND". */
export const NB_HYPHEN = '\u2011';

/** One value that must not break across lines: its spaces become no-break spaces. */
export function keep(text: string): string {
  return text.replace(/ /g, NBSP);
}

/** A document symbol that must not break at its hyphens: "1400/QĐ-UBND" → "1400/QĐ‑UBND". */
export function keepSymbol(symbol: string): string {
  return symbol.replace(/-/g, NB_HYPHEN);
}

/**
 * A value typed as a sentence or chosen from a list, placed mid-sentence: "Thường xuyên" → "thường xuyên"; "UBND tỉnh",
 * "Sở Tài chính chậm cấp", "Hà Nội" kept (typedText.ts: only the capital of a sentence start is lowered).
 */
export function midSentence(text: string): string {
  return lowerStart(text);
}

/**
 * A typed text as a sentence of its own: capital first letter (unless it starts with a typed marker such as "a)"), its
 * lines and typed bullets flowing as one sentence, no trailing punctuation (the caller adds it).
 */
export function asSentence(text: string): string {
  return typedSentence(text);
}

/** A typed text after "Nguyên nhân: ", "; " or ": ": mid-sentence, one flowing sentence, no trailing punctuation. */
export function clause(text: string): string {
  return typedClause(text);
}

/** A date in running text: "2024-06-14" → "ngày 14 tháng 6 năm 2024". */
export function dateInText(iso: string): string {
  return keep(formatLongDate(iso));
}

/** A date as a short figure in running text, without leading zeros: "2024-06-14" → "14/6/2024". */
export function shortDateInText(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
}

/** A date in a table: dd/mm/yyyy with leading zeros. */
export function dateInTable(iso: string): string {
  return formatDate(iso);
}

/** A typed text that holds a day-first date ("30/9/2024") said in running text; any other text as typed, mid-sentence. */
export function typedWhenInText(text: string): string {
  const parts = typedParts(text);
  const m = parts.length === 1 ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(parts[0]) : null;
  if (m && +m[2] >= 1 && +m[2] <= 12 && +m[1] >= 1 && +m[1] <= 31) {
    return dateInText(`${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`);
  }
  return clause(text);
}

/** A rate with one decimal, as every percentage of the report: 99 → "99,0%". */
export function rate(value: number): string {
  return formatPercent(value);
}

/** Money the way people write it: 18750000 đồng → "18,75 triệu đồng", 1.2e9 → "1,2 tỷ đồng"; small sums stay in đồng. */
export function money(dong: number): string {
  const abs = Math.abs(dong);
  if (abs >= 1e9) return keep(`${formatNumber(dong / 1e9, 2)} tỷ đồng`);
  if (abs >= 1e6) return keep(`${formatNumber(dong / 1e6, 2)} triệu đồng`);
  return keep(`${formatNumber(dong, 0)} đồng`);
}

/** A figure with its unit, kept on one line: "1.250 hồ sơ", "99,0%", "18,75 triệu đồng". */
export function figure(value: number, unit: string): string {
  const u = unit.trim();
  if (isPercentUnit(u)) return rate(value);
  if (isMoneyInDong(u)) return money(value);
  return u ? keep(`${formatNumber(value)} ${u}`) : formatNumber(value);
}

/** A number with exactly one decimal: 3 → "3,0", 1234.56 → "1.234,6". */
export function oneDecimal(value: number): string {
  return formatPercent(value).replace(/%$/, '');
}

/** A difference of two rates, one decimal: 0.5 → "0,5 điểm phần trăm". */
export function points(difference: number): string {
  return keep(`${oneDecimal(Math.abs(difference))} điểm phần trăm`);
}

/**
 * A difference of two rates in a table cell: "+0,5 điểm %", "-1,0 điểm %", "0,0 điểm %". Ordinary spaces: in a narrow
 * column the words may wrap, the number itself ("+0,5") never does.
 */
export function pointsCell(difference: number): string {
  const rounded = roundTo(difference, 1);
  const sign = rounded > 0 ? '+' : rounded < 0 ? '-' : '';
  return `${sign}${oneDecimal(Math.abs(rounded))} điểm %`;
}
