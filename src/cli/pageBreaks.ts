/**
 * Where a printed form turns the page. Fit to one page wide, a page holds a fixed height of sheet rows;
 * a section that would start near the bottom of a page and run onto the next (its title and header alone,
 * its rows overleaf) starts on a new page instead, when it fits on one page. Longer sections run on.
 */

/** A4 landscape in points, less the margins of printLayout (inches × 72). */
export const PRINTABLE_WIDTH_PT = (11.69 - 0.4 - 0.4) * 72;
export const PRINTABLE_HEIGHT_PT = (8.27 - 0.5 - 0.6) * 72;
/** Rows that Excel leaves at the default height; a little more than their 15 pt so the estimate errs towards breaking. */
const DEFAULT_ROW_PT = 15;
const SAFETY = 1.05;

export interface PageMeasure {
  /** The sheet's width in points (columns as printed). */
  widthPt: number;
  /** Height of each row in points, index 0 for row 1; undefined for a default-height row. */
  rowHeights: (number | undefined)[];
  /** Rows repeated at the top of every page (1..titleRows). */
  titleRows: number;
}

/** The rows (1-based) after which to break the page so that each section in `starts` begins on the page that holds it. */
export function sectionBreaks(starts: number[], lastRow: number, measure: PageMeasure): number[] {
  const scale = Math.min(1, PRINTABLE_WIDTH_PT / measure.widthPt);
  const page = PRINTABLE_HEIGHT_PT / scale;
  const height = (from: number, to: number) => {
    let sum = 0;
    for (let r = from; r <= to; r++) sum += (measure.rowHeights[r - 1] ?? DEFAULT_ROW_PT) * SAFETY;
    return sum;
  };
  const titles = height(1, measure.titleRows);
  const breaks: number[] = [];
  let used = starts.length ? height(1, starts[0] - 1) : 0;
  starts.forEach((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] - 1 : lastRow;
    const block = height(start, end);
    if (used + block > page && titles + block <= page && used > titles) {
      breaks.push(start - 1);
      used = titles + block;
      return;
    }
    used += block;
    while (used > page) used -= page - titles;
  });
  return breaks;
}
