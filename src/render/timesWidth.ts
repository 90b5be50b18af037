/**
 * How wide a line of Times New Roman is, from the font's advance widths (Adobe Times metrics, which
 * Times New Roman and Liberation Serif share). The .docx draws the rule under the motto as long as its text.
 */

/* Advance widths per 1000 em of Times-Bold and Times-Roman for ' ' … '~'. */
const BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500,
  778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556,
  500, 722, 500, 500, 444, 394, 220, 394, 520,
];
const REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389,
  722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500,
  500, 722, 500, 500, 444, 480, 200, 480, 541,
];

/** The base letter of a letter with marks ("ệ" → "e", "Đ" → "D"), remembered: reports repeat the same letters. */
const BASE = new Map<number, number>();

function baseCode(code: number): number {
  let base = BASE.get(code);
  if (base === undefined) {
    const stripped = String.fromCharCode(code).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    base = stripped.length === 1 ? stripped.charCodeAt(0) : 0;
    BASE.set(code, base);
  }
  return base;
}

/** Width in points of `text` set in Times New Roman at `sizePt`. Letters with marks count as their base letter. */
export function timesTextWidthPt(text: string, sizePt: number, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    // A no-break space is as wide as a space, a no-break hyphen as a hyphen.
    if (code === 0xa0) code = 32;
    else if (code === 0x2011) code = 45;
    else if (code > 126) code = baseCode(code);
    units += code >= 32 && code <= 126 ? table[code - 32] : code === 0 ? 0 : 500;
  }
  return (units / 1000) * sizePt;
}
