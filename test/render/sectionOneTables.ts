/**
 * Section I's tables as a reader finds them in a .docx read back: their column widths, their cells, the page they
 * sit on; and what a reader would call a cut value, measured with the Times metrics the renderer uses.
 */
import type { Element } from '@xmldom/xmldom';
import { ND30 } from '../../src/core/summary/format';
import { timesTextWidthPt } from '../../src/render/timesWidth';
import { ReadDocx, all, attr, child, children, sectionContents, text } from './docxReader';

export interface ReadTable {
  widths: number[];
  /** Each cell's own width (w:tcW), row by row. */
  cellWidths: number[][];
  header: string[];
  rows: string[][];
  /** Left plus right cell margin, in twips. */
  padding: number;
  /** Text width of the page the table is on, in twips, and whether that page is landscape. */
  pageWidth: number;
  landscape: boolean;
}

function readTable(t: Element, sectPr: Element): ReadTable {
  const rows = children(t, 'tr').map((tr) => children(tr, 'tc'));
  const margins = child(child(t, 'tblPr')!, 'tblCellMar')!;
  const size = child(sectPr, 'pgSz')!;
  const margin = child(sectPr, 'pgMar')!;
  return {
    widths: all(t, 'gridCol').map((g) => Number(attr(g, 'w'))),
    cellWidths: rows.map((cells) => cells.map((c) => Number(attr(all(c, 'tcW')[0], 'w')))),
    header: rows[0].map((c) => text(c)),
    rows: rows.slice(1).map((cells) => cells.map((c) => text(c))),
    padding: Number(attr(child(margins, 'left'), 'w')) + Number(attr(child(margins, 'right'), 'w')),
    pageWidth: Number(attr(size, 'w')) - Number(attr(margin, 'left')) - Number(attr(margin, 'right')),
    landscape: attr(size, 'orient') === 'landscape',
  };
}

/** Every data table of the document whose header row starts with `firstHeaders`, with the page it is on. */
export function tablesHeaded(read: ReadDocx, ...firstHeaders: string[]): ReadTable[] {
  return sectionContents(read).flatMap(({ sectPr, elements }) =>
    elements
      .filter((e) => e.localName === 'tbl' && all(e, 'tblHeader').length > 0)
      .map((t) => readTable(t, sectPr))
      .filter((t) => firstHeaders.every((h, i) => t.header[i] === h)),
  );
}

export function twipsOf(text: string, bold = false): number {
  return timesTextWidthPt(text, ND30.tablePt, bold) * 20;
}

/** The words a line may break between: only plain spaces and line breaks separate them (a no-break space joins). */
export function words(cell: string): string[] {
  return cell.split(/[ \n]+/).filter((w) => w !== '');
}

/** The numbers, rates and dates in a cell: "1.250", "-1,0", "104,2%", "27/06/2024". */
export function values(cell: string): string[] {
  return cell.match(/[-+]?\d[\d.,/:]*%?/g) ?? [];
}

/** Lines a cell of text takes in a column, breaking between words as a word processor does. */
export function linesIn(cell: string, column: number, padding: number): number {
  const room = column - padding;
  let lines = 0;
  for (const line of cell.split('\n')) {
    let used = -1;
    lines++;
    for (const w of words(line)) {
      const width = twipsOf(w);
      if (used >= 0 && used + twipsOf(' ') + width <= room) used += twipsOf(' ') + width;
      else {
        if (used >= 0) lines++;
        used = width;
      }
    }
  }
  return lines;
}

export const CM = 1440 / 2.54;
