/**
 * Measures for the .docx: units (twips), the A4 page of Decree 30, how wide Times New Roman text is,
 * and how table columns and heading-block lines are fitted so that no word is cut.
 */
import { ND30 } from '../core/summary/format';
import type { TableBlock } from '../core/summary/model';
import { timesTextWidthPt } from './timesWidth';

export const TWIPS_PER_MM = 1440 / 25.4;

export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

/** The page in twips, as w:pgSz and w:pgMar hold it. */
export const PAGE = {
  width: mmToTwips(ND30.page.widthMm),
  height: mmToTwips(ND30.page.heightMm),
  margin: {
    top: mmToTwips(ND30.marginsMm.top),
    bottom: mmToTwips(ND30.marginsMm.bottom),
    left: mmToTwips(ND30.marginsMm.left),
    right: mmToTwips(ND30.marginsMm.right),
    /** The page number sits 10 mm from the top edge, inside the 20 mm top margin. */
    header: mmToTwips(10),
    footer: mmToTwips(10),
  },
};

/** Left and right padding of table cells (1 mm). */
export const CELL_PAD = 57;

export function textWidthTwips(text: string, sizePt: number, bold: boolean): number {
  return ptToTwips(timesTextWidthPt(text, sizePt, bold));
}

/**
 * A heading-block line too long for its column is broken where its two lines come out most even
 * ("SỞ KHOA HỌC / VÀ CÔNG NGHỆ"), as a clerk would, rather than leaving one word alone on the second line.
 */
export function balancedLines(text: string, sizePt: number, bold: boolean, room: number): string[] {
  const fits = (t: string) => textWidthTwips(t, sizePt, bold) <= room * 0.96;
  const words = text.split(/\s+/).filter((w) => w !== '');
  if (fits(text) || words.length < 2) return [text];
  let best: string[] = [text];
  let bestWidth = Infinity;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const widest = Math.max(...lines.map((l) => textWidthTwips(l, sizePt, bold)));
    if (widest < bestWidth) {
      best = lines;
      bestWidth = widest;
    }
  }
  return best;
}

/**
 * A line that may wrap keeps its last two words together (a no-break space between them), so that no word stands
 * alone on its last line: "… VÀ BÀI HỌC / KINH NGHIỆM", not "… BÀI HỌC KINH / NGHIỆM". `room` is its first line's width.
 */
export function withoutLoneLastWord(text: string, sizePt: number, bold: boolean, room: number): string {
  const at = text.lastIndexOf(' ');
  if (at <= 0 || text.indexOf(' ') === at || textWidthTwips(text, sizePt, bold) <= room * 0.9) return text;
  return `${text.slice(0, at)}\u00a0${text.slice(at + 1)}`;
}

/** Integer twips for shares of a width, summing exactly to it. */
export function split(width: number, shares: number[]): number[] {
  const total = shares.reduce((s, x) => s + x, 0) || 1;
  const out = shares.map((s) => Math.floor((s / total) * width));
  out[out.length - 1] += width - out.reduce((s, x) => s + x, 0);
  return out;
}

/** The narrowest a column may be: its longest word, header (bold) or body, must not be cut. */
export function minimumWidths(block: TableBlock, width: number): number[] {
  // Only plain spaces and line breaks separate words: a no-break space (U+00A0) keeps "18,75 triệu đồng" together.
  const widest = (text: string, bold: boolean) => Math.max(0, ...text.split(/[ \t\n]+/).map((w) => textWidthTwips(w, ND30.tablePt, bold)));
  return block.columns.map((c, i) => {
    const words = Math.max(widest(c.header, true), ...block.rows.map((r) => widest(r[i] ?? '', false)));
    return Math.min(Math.round(width * 0.4), Math.ceil(words * 1.04) + 2 * CELL_PAD + 20);
  });
}

/**
 * Column widths from the model's shares, widened where a word would be cut, the room taken from columns
 * that have more than they need. Word widens such columns by itself; LibreOffice and Google Docs do not.
 */
export function fitColumns(shares: number[], minimums: number[], width: number): number[] {
  const widths = split(width, shares);
  const deficit = widths.reduce((s, w, i) => s + Math.max(0, minimums[i] - w), 0);
  const slack = widths.reduce((s, w, i) => s + Math.max(0, w - minimums[i]), 0);
  if (deficit === 0 || slack < deficit) return widths;
  const fitted = widths.map((w, i) => (w < minimums[i] ? minimums[i] : Math.floor(w - (deficit * (w - minimums[i])) / slack)));
  fitted[fitted.indexOf(Math.max(...fitted))] += width - fitted.reduce((s, w) => s + w, 0);
  return fitted;
}
