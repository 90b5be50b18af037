/**
 * Column widths of a width group (the division tables of section I), sized from the content of all its tables:
 * - no piece of text is ever cut: a header wraps only at its spaces, a word of a text column is never split,
 *   and a figure (a number, a rate, "+0,5 điểm %", a date) never breaks inside its value;
 * - the room left over goes where it saves the most wrapped lines, counted over every cell of every table,
 *   so a long indicator name wraps to few lines while number columns stay as wide as their widest value.
 * Every table of the group gets the same widths, which sum exactly to the text width.
 */
import { ND30 } from '../core/summary/format';
import type { Alignment, TableBlock } from '../core/summary/model';
import { CELL_PAD, textWidthTwips } from './docxMeasure';
import { textLines } from '../core/textLines';

/** The room a piece of text needs in a column: its width with a little to spare (fonts differ slightly), plus the cell padding. */
const SAFETY = 1.04;
const SLACK = 20;
/** Leftover room is handed out in steps of 1 mm. */
const STEP = 57;
/** Below this, the main text column (the indicator names) wraps a name to too many lines: such a group goes on landscape pages. */
export const MAIN_COLUMN_MIN_TWIPS = 2551; // 45 mm

export function need(textTwips: number): number {
  return Math.ceil(textTwips * SAFETY) + 2 * CELL_PAD + SLACK;
}

function room(width: number): number {
  return (width - 2 * CELL_PAD - SLACK) / SAFETY;
}

/** Text columns wrap at any space; figure columns (centred or right-aligned) only before a word, never inside a value. */
export function isTextColumn(align: Alignment): boolean {
  return align === 'left' || align === 'justify';
}

/** The pieces of one line of a cell that a line may not break inside. */
export function pieces(line: string, align: Alignment): string[] {
  return line.split(isTextColumn(align) ? /[ \t]+/ : /[ \t]+(?=\p{L})/u).filter((p) => p !== '');
}

/**
 * A figure cell as written into the .docx: its spaces that are not before a word become no-break spaces,
 * so "+0,5 điểm %" can wrap before "điểm" but never leaves "%" alone, and "16:05 27/06/2024" stays whole.
 */
export function bindFigures(text: string, align: Alignment): string {
  return isTextColumn(align) ? text : text.replace(/ (?!\p{L})/gu, '\u00a0');
}

/** One cell line, measured once: the widths of its pieces and of a space. */
interface MeasuredLine {
  pieces: number[];
  space: number;
}

const SPACE = textWidthTwips(' ', ND30.tablePt, false);

function measure(text: string, align: Alignment, bold: boolean): MeasuredLine[] {
  return textLines(text).map((line) => ({ pieces: pieces(line, align).map((p) => textWidthTwips(p, ND30.tablePt, bold)), space: SPACE }));
}

/** How many lines a cell takes in a column `width` twips wide, breaking as a word processor does: as many pieces as fit on each line. */
function lineCount(lines: MeasuredLine[], width: number): number {
  const fit = room(width);
  let count = 0;
  for (const line of lines) {
    let used = -1;
    count++;
    for (const p of line.pieces) {
      if (used >= 0 && used + line.space + p <= fit) used += line.space + p;
      else {
        if (used >= 0) count++;
        // A piece wider than the column (only when even the landscape page cannot hold the group) is cut over several lines.
        const over = Math.max(1, Math.ceil(p / fit));
        count += over - 1;
        used = over > 1 ? p - (over - 1) * fit : p;
      }
    }
  }
  return count;
}

/** A distinct cell text of a column, measured once, and how many cells hold it. */
interface Cell {
  lines: MeasuredLine[];
  /** The width it needs to stand on as few lines as its line breaks allow. */
  natural: number;
  times: number;
}

interface ColumnContent {
  align: Alignment;
  share: number;
  /** The narrowest the column may be: its widest piece, of the header (bold) or of a body cell. */
  min: number;
  /** As wide as its widest body line: wider saves no line. */
  natural: number;
  /** Its widest header word (bold): the narrowest it may ever be. */
  header: number;
  cells: Cell[];
}

const lineWidth = (l: MeasuredLine) => l.pieces.reduce((s, p) => s + p, 0) + Math.max(0, l.pieces.length - 1) * l.space;

function columnContents(tables: TableBlock[]): ColumnContent[] {
  return tables[0].columns.map((c, i) => {
    const distinct = new Map<string, Cell>();
    for (const t of tables) {
      for (const r of t.rows) {
        const text = r[i] ?? '';
        const seen = distinct.get(text);
        if (seen) seen.times++;
        else {
          const lines = measure(text, c.align, false);
          distinct.set(text, { lines, natural: need(Math.max(0, ...lines.map(lineWidth))), times: 1 });
        }
      }
    }
    const cells = [...distinct.values()];
    const header = tables.flatMap((t) => measure(t.columns[i].header, 'left', true));
    const widestPiece = Math.max(0, ...[...header, ...cells.flatMap((cell) => cell.lines)].flatMap((l) => l.pieces));
    const min = need(widestPiece);
    const widestHeaderWord = need(Math.max(0, ...header.flatMap((l) => l.pieces)));
    return { align: c.align, share: c.width, min, natural: Math.max(min, ...cells.map((cell) => cell.natural)), header: widestHeaderWord, cells };
  });
}

/** Total lines of a column's cells at each width from its minimum, one step at a time, up to `steps` steps. */
function linesByStep(c: ColumnContent, steps: number): number[] {
  const out: number[] = [];
  for (let k = 0; k <= steps; k++) {
    const width = c.min + k * STEP;
    out.push(c.cells.reduce((s, cell) => s + cell.times * (width >= cell.natural ? cell.lines.length : lineCount(cell.lines, width)), 0));
    if (width >= c.natural) break;
  }
  return out;
}

/** Steps given to each column that make the fewest lines in all, using at most `steps` steps (dynamic programming over the columns). */
function fewestLines(curves: number[][], steps: number): number[] {
  const at = (curve: number[], k: number) => curve[Math.min(k, curve.length - 1)];
  let best = Array.from({ length: steps + 1 }, () => 0);
  const choices: number[][] = [];
  for (const curve of curves) {
    const next = Array.from({ length: steps + 1 }, () => Infinity);
    const choice = Array.from({ length: steps + 1 }, () => 0);
    for (let s = 0; s <= steps; s++) {
      for (let k = 0; k <= Math.min(s, curve.length - 1); k++) {
        const total = best[s - k] + at(curve, k);
        if (total < next[s]) {
          next[s] = total;
          choice[s] = k;
        }
      }
    }
    choices.push(choice);
    best = next;
  }
  const given: number[] = Array.from({ length: curves.length }, () => 0);
  let s = best.indexOf(Math.min(...best));
  for (let j = curves.length - 1; j >= 0; j--) {
    given[j] = choices[j][s];
    s -= given[j];
  }
  return given;
}

/** Integer twips for shares of a width, summing exactly to it. */
function shareOut(width: number, shares: number[]): number[] {
  const total = shares.reduce((s, x) => s + x, 0);
  const out = shares.map((s) => (total > 0 ? Math.floor((s / total) * width) : 0));
  const rest = width - out.reduce((s, x) => s + x, 0);
  out[shares.indexOf(Math.max(...shares))] += rest;
  return out;
}

/**
 * Widths for a group whose pieces cannot all stand side by side (only absurd figures do that, even on a landscape page):
 * the text columns give up room first, down to their widest header word, so that a long word of a name breaks
 * rather than a figure; only when that is not enough are all columns narrowed alike.
 */
function tooWide(columns: ColumnContent[], width: number): number[] {
  const floors = columns.map((c) => (isTextColumn(c.align) ? Math.min(c.min, c.header) : c.min));
  const over = columns.reduce((s, c) => s + c.min, 0) - width;
  const spare = columns.reduce((s, c, i) => s + c.min - floors[i], 0);
  if (spare < over)
    return shareOut(
      width,
      columns.map((c) => c.min),
    );
  const widths = columns.map((c, i) => c.min - Math.ceil((over * (c.min - floors[i])) / spare));
  // Rounding up took a few twips too many: they go back to the text column that gave most.
  const gave = columns.map((c, i) => c.min - widths[i]);
  widths[gave.indexOf(Math.max(...gave))] += width - widths.reduce((s, w) => s + w, 0);
  return widths;
}

export interface GroupSizing {
  widths: number[];
  /** False when even the minimums do not fit `width`: the widths are then the minimums scaled down, and some piece will be cut. */
  fits: boolean;
  /** The main text column: the text column with the largest share (the indicator names). */
  main: number;
}

/** The widths of every table of a group (same columns in each), summing to `width`. */
export function sizeGroup(tables: TableBlock[], width: number): GroupSizing {
  width = Math.round(width);
  const columns = columnContents(tables);
  const textShares = columns.map((c) => (isTextColumn(c.align) ? c.share : 0));
  const main = textShares.some((s) => s > 0) ? textShares.indexOf(Math.max(...textShares)) : columns.map((c) => c.share).indexOf(Math.max(...columns.map((c) => c.share)));
  const minimum = columns.reduce((s, c) => s + c.min, 0);
  if (minimum > width) return { widths: tooWide(columns, width), fits: false, main };
  const steps = Math.floor((width - minimum) / STEP);
  const flexible = columns.map((c, i) => i).filter((i) => columns[i].natural > columns[i].min);
  const given = fewestLines(
    flexible.map((i) => linesByStep(columns[i], steps)),
    steps,
  );
  const widths = columns.map((c) => c.min);
  flexible.forEach((i, j) => (widths[i] += given[j] * STEP));
  // What no column needs to save a line goes to the text columns by their shares (to all columns when there is none).
  const rest = width - widths.reduce((s, w) => s + w, 0);
  const extra = shareOut(rest, textShares.some((s) => s > 0) ? textShares : columns.map((c) => c.share));
  return { widths: widths.map((w, i) => w + extra[i]), fits: true, main };
}
