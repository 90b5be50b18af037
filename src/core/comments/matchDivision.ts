/**
 * Which division a leadership comment is about: the text it is anchored on (the quote Drive gives) matched to
 * the texts each division typed. Compared with textKey, so spacing, NFC and case differences between the
 * Doc and the tab do not break the match. A quote that belongs to no division, or as much to two, is the
 * Office's to route.
 */
import type { DivisionReport } from '../divisionReport';
import { cleanText, textKey } from '../text';

export interface DivisionTexts {
  /** The division's name, as the settings give it. */
  name: string;
  /** Every text the division typed (and its name, which the report writes where its items begin). */
  texts: string[];
}

/** The report writes some symbols with no-break hyphens (wording.ts keepSymbol); the tab has plain ones. */
function key(text: string): string {
  return textKey(text.replace(/\u2011/g, '-'));
}

/** The texts of each division's items, from what "Tổng hợp" reads (the same reports the summary is built from). */
export function divisionTextsOf(reports: DivisionReport[]): DivisionTexts[] {
  return reports.map((report) => {
    const texts = [report.division.name];
    if (report.check) {
      for (const items of Object.values(report.check.items)) {
        for (const item of items) for (const v of Object.values(item.values)) if (typeof v === 'string' && v.trim() !== '') texts.push(v);
      }
    }
    return { name: report.division.name, texts };
  });
}

/**
 * How much of a quoted line is the division's: the whole line when it lies inside one of the division's texts,
 * else the longest of its texts that lies inside the line (a quote spanning "- Phòng X: item; thời gian…").
 */
function lineScore(line: string, keys: string[]): number {
  let best = 0;
  for (const k of keys) {
    if (k === '') continue;
    if (k.includes(line)) return line.length;
    if (line.includes(k) && k.length > best) best = k.length;
  }
  return best;
}

/**
 * A quoted line's score for each division: the whole line first; when the line is in nobody's text (it runs
 * across the report's own wording, "…thực hiện. Nguyên nhân: thời tiết…"), its sentence pieces one by one.
 */
function lineScores(line: string, keyed: { keys: string[] }[]): number[] {
  const whole = keyed.map((d) => lineScore(line, d.keys));
  if (whole.some((s) => s > 0)) return whole;
  const pieces = line
    .split(/[.;:()]\s*/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return keyed.map((d) => pieces.reduce((sum, p) => sum + lineScore(p, d.keys), 0));
}

/** The division the quote is about, or null (none, or several equally): then it goes to the Office. */
export function matchQuote(quote: string, divisions: DivisionTexts[]): string | null {
  const lines = cleanText(quote)
    .split('\n')
    .map(key)
    .filter((l) => l !== '');
  if (lines.length === 0) return null;
  const keyed = divisions.map((d) => ({ name: d.name, keys: d.texts.map(key) }));
  const totals = keyed.map(() => 0);
  for (const line of lines) lineScores(line, keyed).forEach((s, i) => (totals[i] += s));
  const best = Math.max(0, ...totals);
  const winners = keyed.filter((_, i) => totals[i] === best);
  return best > 0 && new Set(winners.map((w) => w.name)).size === 1 ? winners[0].name : null;
}
