/** Vietnamese numbers: reading what people type, writing them the official way (1.234,5 and 12,5%). */
import { CellValue, cellText, normalizeSpaces } from './grid';

export type NumberReading =
  | { kind: 'empty' }
  /** "—", "-", "x": the division says there is no figure. */
  | { kind: 'none' }
  | { kind: 'number'; value: number; percent: boolean }
  /** `text` is what the cell shows: a Date as 02/05/2024, a checkbox as TRUE or FALSE. */
  | { kind: 'invalid'; text: string; reason: 'notNumber' | 'ambiguous' | 'approximate' | 'withText' | 'date' | 'boolean' };

const NO_FIGURE = new Set(['-', '—', '–', 'x', 'X', '_', '--']);
const APPROXIMATE = /^(khoảng|gần|trên|dưới|hơn|ước|xấp xỉ|~|≈)\s*/i;

/**
 * How a column writes its decimals, from its unambiguous values: "vi" (1.234,5 · 12,5 · 1.234.567),
 * "en" (1,234.5 · 12.5 · 1,234,567), "mixed" when it has both, "none" when nothing tells.
 */
export type NumberConvention = 'vi' | 'en' | 'mixed' | 'none';

/** The convention of a column, from what its cells hold (strings only: stored numbers carry no separators). */
export function numberConvention(values: CellValue[]): NumberConvention {
  let vi = false;
  let en = false;
  for (const v of values) {
    if (typeof v !== 'string') continue;
    const body = normalizeSpaces(v)
      .replace(/\s*%$/, '')
      .replace(/^[-−+]\s*/, '');
    if (!/^[\d.,]+$/.test(body)) continue;
    const dots = (body.match(/\./g) || []).length;
    const commas = (body.match(/,/g) || []).length;
    if (dots && commas) {
      if (body.lastIndexOf(',') > body.lastIndexOf('.')) vi = true;
      else en = true;
    } else if (dots + commas > 1) {
      if (dots) vi = true;
      else en = true;
    } else if (dots + commas === 1) {
      const [intPart, frac] = body.split(/[.,]/);
      if (intPart !== '' && frac !== '' && !isAmbiguousPair(intPart, frac)) {
        if (commas) vi = true;
        else en = true;
      }
    }
  }
  return vi && en ? 'mixed' : vi ? 'vi' : en ? 'en' : 'none';
}

/** Whether some cell of a column groups thousands with dots ("5.000", "1.234.567,5"), as Vietnamese figures are written. */
export function writesDotThousands(values: CellValue[]): boolean {
  return values.some((v) => typeof v === 'string' && /^\s*[-−+]?\s*[1-9]\d{0,2}(\.\d{3})+(,\d+)?\s*$/.test(v));
}

/**
 * Reads one cell of a number column. Without a convention it never guesses: "1,234" and "1.234" are
 * ambiguous. With the column's convention ("none" meaning the Vietnamese locale decides), they are read
 * as that convention writes them; only a column writing both ways still leaves them ambiguous.
 */
export function readNumber(value: CellValue, convention?: NumberConvention): NumberReading {
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  if (typeof value === 'number') return isFinite(value) ? { kind: 'number', value, percent: false } : { kind: 'invalid', text: String(value), reason: 'notNumber' };
  if (typeof value === 'boolean') return { kind: 'invalid', text: cellText(value), reason: 'boolean' };
  if (value instanceof Date) return { kind: 'invalid', text: cellText(value), reason: 'date' };
  const text = normalizeSpaces(value);
  if (text === '') return { kind: 'empty' };
  if (NO_FIGURE.has(text)) return { kind: 'none' };
  if (APPROXIMATE.test(text)) {
    const rest = readNumber(text.replace(APPROXIMATE, ''), convention);
    return { kind: 'invalid', text, reason: rest.kind === 'number' ? 'approximate' : 'notNumber' };
  }
  let body = text;
  let percent = false;
  if (/%$/.test(body)) {
    percent = true;
    body = body.replace(/\s*%$/, '');
  }
  let sign = 1;
  if (/^[-−+]/.test(body)) {
    if (body[0] !== '+') sign = -1;
    body = body.slice(1).trim();
  }
  // Spaces between groups of three digits are thousands separators: "1 234 567".
  if (/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(body)) body = body.replace(/ /g, '');
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) {
    return { kind: 'invalid', text, reason: /\d/.test(body) ? 'withText' : 'notNumber' };
  }
  let parsed = parseDigits(body);
  if (parsed === 'ambiguous') parsed = resolveAmbiguous(body, convention);
  if (parsed === 'ambiguous') return { kind: 'invalid', text, reason: 'ambiguous' };
  if (parsed === null) return { kind: 'invalid', text, reason: 'notNumber' };
  return { kind: 'number', value: sign * parsed, percent };
}

/** Digits with '.' and ',' in any of the accepted forms; null when malformed. */
function parseDigits(body: string): number | null | 'ambiguous' {
  const dots = (body.match(/\./g) || []).length;
  const commas = (body.match(/,/g) || []).length;
  if (dots === 0 && commas === 0) return Number(body);
  if (dots > 0 && commas > 0) {
    const decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    const [intPart, frac, extra] = body.split(decimal);
    if (extra !== undefined || !groupedThousands(intPart, thousands) || !/^\d+$/.test(frac)) return null;
    return Number(`${intPart.split(thousands).join('')}.${frac}`);
  }
  const sep = dots > 0 ? '.' : ',';
  const count = dots + commas;
  if (count > 1) return groupedThousands(body, sep) ? Number(body.split(sep).join('')) : null;
  const [intPart, frac] = body.split(sep);
  if (intPart === '' || frac === '') return null;
  if (isAmbiguousPair(intPart, frac)) return 'ambiguous';
  return Number(`${intPart}.${frac}`);
}

/**
 * How a cell like "4.850" or "2,200" (one separator, three digits after it) was read, when the column's convention
 * decided it: the value taken, and the value of the other reading. Null for any other cell. The check warns when the
 * reading is not the one a Vietnamese reader would make at sight (core/check.ts).
 */
export function ambiguousReading(value: CellValue, convention: NumberConvention | undefined): { read: number; other: number; separator: '.' | ',' } | null {
  if (typeof value !== 'string' || convention === undefined || convention === 'mixed') return null;
  const body = normalizeSpaces(value)
    .replace(/\s*%$/, '')
    .replace(/^[-−+]\s*/, '');
  const m = /^(\d{1,3})([.,])(\d{3})$/.exec(body);
  if (!m || m[1] === '0') return null;
  const sign = /^\s*[-−]/.test(value) ? -1 : 1;
  const read = resolveAmbiguous(body, convention);
  if (read === 'ambiguous') return null;
  const asInteger = Number(`${m[1]}${m[3]}`);
  const asDecimal = Number(`${m[1]}.${m[3]}`);
  return { read: sign * read, other: sign * (read === asInteger ? asDecimal : asInteger), separator: m[2] as '.' | ',' };
}

/** "1.234" or "1,234": thousands or decimals, as the column's convention (or the Vietnamese locale) says. */
function resolveAmbiguous(body: string, convention: NumberConvention | undefined): number | 'ambiguous' {
  if (convention === undefined || convention === 'mixed') return 'ambiguous';
  const dotIsDecimal = convention === 'en';
  const [intPart, frac] = body.split(/[.,]/);
  const isDecimal = body.includes('.') === dotIsDecimal;
  return isDecimal ? Number(`${intPart}.${frac}`) : Number(`${intPart}${frac}`);
}

/** One separator followed by exactly three digits: thousands in one convention, decimals in the other. */
function isAmbiguousPair(intPart: string, frac: string): boolean {
  return frac.length === 3 && intPart !== '0' && intPart.length <= 3;
}

function groupedThousands(text: string, sep: string): boolean {
  const groups = text.split(sep);
  return /^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

/** What to tell a person whose cell could not be read as a number. */
export function numberProblem(reading: Extract<NumberReading, { kind: 'invalid' }>): string {
  switch (reading.reason) {
    case 'ambiguous': {
      const [whole, asInteger, asDecimal] = ambiguousForms(reading.text);
      return `«${reading.text}» có thể hiểu theo hai cách, vì cột này có số viết kiểu 12,5 lẫn kiểu 12.5. Nếu là ${formatNumber(asInteger)} (phần nghìn), nhập ${whole}; nếu là ${formatNumber(asDecimal, 3)} (phần thập phân), nhập ${asDecimalTyped(asDecimal)}.`;
    }
    case 'approximate':
      return `«${reading.text}» không phải là số. Chỉ nhập số; ghi «khoảng», «trên»… vào cột ghi chú.`;
    case 'withText':
      return `«${reading.text}» có chữ lẫn với số. Chỉ nhập số; đơn vị tính ghi ở cột Đơn vị tính.`;
    case 'date':
      return `ô đang là ngày «${reading.text}», không phải số: Excel (hoặc Google Trang tính) đã tự đổi số vừa nhập thành ngày. Định dạng ô là Số (chuột phải vào ô → Định dạng ô → Số; Google Trang tính: Định dạng → Số → Số) rồi nhập lại số.`;
    case 'boolean':
      return `ô đang là giá trị ${reading.text} (ô đánh dấu, hoặc kết quả của một phép so sánh), không phải số. Bỏ ô đánh dấu hoặc công thức, nhập số, ví dụ 1.234 hoặc 1.234,5.`;
    default:
      return `«${reading.text}» không phải là số. Nhập số, ví dụ 1.234 hoặc 1.234,5; không có số liệu thì để trống hoặc ghi «-».`;
  }
}

/** "1.234" → the digits without separator ("1234"), its integer reading and its decimal reading. */
function ambiguousForms(text: string): [string, number, number] {
  const m = /(\d+)[.,](\d{3})/.exec(text)!;
  const sign = /^\s*[-−]/.test(text) ? -1 : 1;
  return [`${sign < 0 ? '-' : ''}${m[1]}${m[2]}`, sign * Number(`${m[1]}${m[2]}`), sign * Number(`${m[1]}.${m[2]}`)];
}

/** A decimal with exactly three places typed so that no column reads it as thousands: "1,2340". */
function asDecimalTyped(value: number): string {
  return `${value.toFixed(4).replace('.', ',')}`;
}

/**
 * The digits of |value| × 10^decimals rounded the way people round: half away from zero, on the decimal figure rather
 * than its binary approximation (0.15 - 0.1 is 0.05 and rounds to 0.1). Doubles hold 15 significant digits exactly, so
 * a figure typed with up to 15 digits comes back digit for digit.
 */
function roundedDigits(value: number, decimals: number): string {
  const exact = Math.abs(value) * 10 ** decimals;
  // Most figures are whole at the places shown (counts, "98,5" at one decimal): no decimal correction to make.
  if (Number.isInteger(exact) && exact <= Number.MAX_SAFE_INTEGER) return String(exact);
  const rounded = Math.round(Number(exact.toPrecision(15)));
  if (rounded < 1e21) return String(rounded);
  // From 10^21 on, String() writes an exponent ("1.5e+21"): the 15 digits a double holds, then zeros.
  const [mantissa, exponent] = rounded.toExponential(14).split('e');
  return mantissa.replace('.', '').padEnd(Number(exponent) + 1, '0');
}

/**
 * `value` rounded to `decimals` places: half away from zero, on the decimal figure (-0.05 rounds to -0.1). Every figure
 * the report shows and every comparison it states is rounded here, so a table cell and the sentence about it agree.
 */
export function roundTo(value: number, decimals: number): number {
  const rounded = Number(roundedDigits(value, decimals)) / 10 ** decimals;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** "1.234.567" and "891" from the rounded digits: the integer part grouped by thousands, the decimals without trailing zeros. */
function groupedParts(value: number, decimals: number): [string, string] {
  const digits = roundedDigits(value, decimals).padStart(decimals + 1, '0');
  const int = digits.slice(0, digits.length - decimals).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return [int, digits.slice(digits.length - decimals)];
}

/**
 * 1234567.891 → "1.234.567,891", 16245.8250 → "16.245,825": a figure as the division typed it, at most `decimals`
 * decimals (three by default: "triệu đồng" figures with three are common), trailing zeros dropped.
 */
export function formatNumber(value: number, decimals = 3): string {
  const [int, frac] = groupedParts(value, decimals);
  const text = frac.replace(/0+$/, '') ? `${int},${frac.replace(/0+$/, '')}` : int;
  return value < 0 && text !== '0' ? `-${text}` : text;
}

/** A percentage with one decimal: 112.5 → "112,5%". */
export function formatPercent(percent: number): string {
  const [int, frac] = groupedParts(percent, 1);
  return `${percent < 0 && roundTo(percent, 1) !== 0 ? '-' : ''}${int},${frac}%`;
}

/** numerator / denominator as a percentage, or null when it cannot be computed (missing or zero). */
export function ratioPercent(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return (numerator / denominator) * 100;
}
