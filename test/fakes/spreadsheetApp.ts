/**
 * SpreadsheetApp fake: one spreadsheet held in memory, with the behaviour of the real service where
 * the product depends on it — 1-based ranges, '' for empty cells, setValues' shape errors, values
 * typed in like a person would (numbers, booleans, dates, formulas, '@' text), formulas computed on
 * read, row insertion that moves contents, formats, validations, notes, formula references and
 * row-bound protections, protections that stop a user who is not an editor, data validation that
 * rejects invalid input when asked to.
 *
 * Sections: A1 notation · typed-in values and display · formulas · data validation · cell storage ·
 * protection · developer metadata · Range · Sheet · Spreadsheet · SpreadsheetApp and the factory.
 */
import { CallCounter, GasException, counted, createCallCounter, isDate, scriptDate, signatureError, unwrap } from './callCounter';
import { FakeDrive, FakeFile, FakeUser, FileRecord, createDriveApp, emailOf, sameEmail, userApi } from './driveApp';
import { FakeUi, UiLog, createUi, createUiLog } from './htmlService';

// ---------------------------------------------------------------------------------------------
// A1 notation
// ---------------------------------------------------------------------------------------------

export interface GridRect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** 1 → A, 27 → AA. */
export function columnToLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A → 1, AA → 27. */
export function lettersToColumn(letters: string): number {
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column;
}

export interface ParsedA1 {
  /** The sheet named before "!", unquoted, or null. */
  sheetName: string | null;
  rect: GridRect;
  /** "3:5" — whole rows; "B:C" — whole columns (the notation Google gives back). */
  wholeRows: boolean;
  wholeColumns: boolean;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d+)$/;

/**
 * Parses "B3", "A1:C4", "C4:A1", "A:C", "3:5", "A2:C" (open below) and any of them after
 * "Sheet1!" or "'My sheet'!". Null when it is not A1 notation.
 */
export function parseA1Notation(a1: string, maxRows: number, maxColumns: number): ParsedA1 | null {
  const m = /^(?:(?:'((?:[^']|'')+)'|([^!']+))!)?([^!]+)$/.exec(String(a1).trim());
  if (!m) return null;
  const sheetName = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
  const parts = m[3].split(':');
  if (parts.length > 2) return null;
  const make = (r1: number, c1: number, r2: number, c2: number, wholeRows = false, wholeColumns = false): ParsedA1 | null => {
    if (r1 < 1 || c1 < 1 || r2 < 1 || c2 < 1) return null;
    const rect = { row: Math.min(r1, r2), column: Math.min(c1, c2), numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 };
    return { sheetName, rect, wholeRows, wholeColumns };
  };
  if (parts.length === 1) {
    const c = CELL.exec(parts[0]);
    return c ? make(Number(c[2]), lettersToColumn(c[1]), Number(c[2]), lettersToColumn(c[1])) : null;
  }
  const [a, b] = parts;
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) return make(Number(ca[2]), lettersToColumn(ca[1]), Number(cb[2]), lettersToColumn(cb[1]));
  const cola = COL.exec(a);
  const colb = COL.exec(b);
  if (cola && colb) return make(1, lettersToColumn(cola[1]), maxRows, lettersToColumn(colb[1]), false, true);
  if (ca && colb) return make(Number(ca[2]), lettersToColumn(ca[1]), maxRows, lettersToColumn(colb[1]));
  const rowa = ROW.exec(a);
  const rowb = ROW.exec(b);
  if (rowa && rowb) return make(Number(rowa[1]), 1, Number(rowb[1]), maxColumns, true, false);
  return null;
}

export function a1Notation(rect: GridRect, wholeRows = false, wholeColumns = false): string {
  const lastRow = rect.row + rect.numRows - 1;
  const lastColumn = rect.column + rect.numColumns - 1;
  if (wholeRows) return `${rect.row}:${lastRow}`;
  if (wholeColumns) return `${columnToLetters(rect.column)}:${columnToLetters(lastColumn)}`;
  const first = `${columnToLetters(rect.column)}${rect.row}`;
  return rect.numRows === 1 && rect.numColumns === 1 ? first : `${first}:${columnToLetters(lastColumn)}${lastRow}`;
}

// ---------------------------------------------------------------------------------------------
// Typed-in values and display values
// ---------------------------------------------------------------------------------------------

/** What a cell holds: '' when empty. */
export type StoredValue = string | number | boolean | Date;

/** Format a cell has before anyone sets one ("Automatic"). */
export const DEFAULT_NUMBER_FORMAT = '0.###############';
export const TEXT_NUMBER_FORMAT = '@';

interface LocaleContext {
  locale: string;
  timeZone: string;
}

/** Locale "vi_VN" → BCP 47 "vi-VN". */
function bcp47(locale: string): string {
  return locale.replace(/_/g, '-');
}

function separators(locale: string): { group: string; decimal: string } {
  let group = ',';
  let decimal = '.';
  try {
    for (const part of new Intl.NumberFormat(bcp47(locale)).formatToParts(12345.6)) {
      if (part.type === 'group') group = part.value;
      if (part.type === 'decimal') decimal = part.value;
    }
  } catch {
    // unknown locale: en-US separators
  }
  return { group, decimal };
}

/** Month before day in this locale's dates (en_US), or day first (vi_VN, en_GB…). */
function monthFirst(locale: string): boolean {
  return /^en_US$|^en$|_US$/.test(locale);
}

/** Offset of the time zone from UTC at a UTC instant, in ms. */
function zoneOffsetMs(timeZone: string, utcMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/** The instant of a wall-clock time in a time zone. */
export function zonedTime(timeZone: string, y: number, mo: number, d: number, h = 0, mi = 0, s = 0): Date {
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  const first = guess - zoneOffsetMs(timeZone, guess);
  return new Date(guess - zoneOffsetMs(timeZone, first));
}

/** Wall-clock fields of an instant in a time zone. */
export function zonedFields(date: Date, timeZone: string): { y: number; mo: number; d: number; h: number; mi: number; s: number; ms: number; weekday: number } {
  const shifted = new Date(date.getTime() + zoneOffsetMs(timeZone, date.getTime()));
  return {
    y: shifted.getUTCFullYear(),
    mo: shifted.getUTCMonth() + 1,
    d: shifted.getUTCDate(),
    h: shifted.getUTCHours(),
    mi: shifted.getUTCMinutes(),
    s: shifted.getUTCSeconds(),
    ms: shifted.getUTCMilliseconds(),
    weekday: shifted.getUTCDay(),
  };
}

/** Sheets' serial number of a date (days since 1899-12-30, wall clock of the spreadsheet). */
function dateToSerial(date: Date, timeZone: string): number {
  const local = date.getTime() + zoneOffsetMs(timeZone, date.getTime());
  return local / 86400000 + 25569;
}

function serialToDate(serial: number, timeZone: string): Date {
  const localMs = Math.round((serial - 25569) * 86400000);
  const f = new Date(localMs);
  return zonedTime(timeZone, f.getUTCFullYear(), f.getUTCMonth() + 1, f.getUTCDate(), f.getUTCHours(), f.getUTCMinutes(), f.getUTCSeconds());
}

/**
 * What a cell holds after the script writes `input` with setValue(s): like a person typing it.
 * "=…" is a formula; "'…" is text; with the text format '@' a string stays as written; otherwise
 * numbers, percentages, TRUE/FALSE and dates (ISO, or the locale's day/month order) are parsed.
 */
export function typedIn(input: unknown, numberFormat: string, ctx: LocaleContext): { value: StoredValue; formula: string; numberFormat?: string } {
  if (input === null || input === undefined) return { value: '', formula: '' };
  if (isDate(input)) return { value: isNaN(input.getTime()) ? '' : new Date(input.getTime()), formula: '' };
  if (typeof input === 'number') return { value: input, formula: '' };
  if (typeof input === 'boolean') return { value: input, formula: '' };
  const text = typeof input === 'string' ? input : String(input);
  if (text.length > 1 && text.startsWith('=')) return { value: '', formula: text };
  if (text.startsWith("'")) return { value: text.slice(1), formula: '' };
  if (numberFormat === TEXT_NUMBER_FORMAT) return { value: text, formula: '' };
  const parsed = parseTypedText(text.trim(), ctx);
  // As in Sheets: a percentage typed into a cell with the automatic format gives the cell a percent format;
  // a cell with a chosen number format keeps it (and shows 12,5% typed as 0,13).
  if (typeof parsed === 'number' && /%$/.test(text.trim()) && numberFormat === DEFAULT_NUMBER_FORMAT) return { value: parsed, formula: '', numberFormat: '0.00%' };
  return { value: parsed === null ? text : parsed, formula: '' };
}

function parseTypedText(t: string, ctx: LocaleContext): StoredValue | null {
  if (t === '') return null;
  const { group, decimal } = separators(ctx.locale);
  const esc = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const number = new RegExp(`^([+-]?)(\\d{1,3}(?:${esc(group)}\\d{3})+|\\d+)?(?:${esc(decimal)}(\\d+))?(%?)$`);
  const n = number.exec(t);
  if (n && (n[2] !== undefined || n[3] !== undefined)) {
    const intPart = (n[2] ?? '0').split(group).join('');
    const value = Number(`${n[1]}${intPart}.${n[3] ?? '0'}`);
    return n[4] ? value / 100 : value;
  }
  if (/^[+-]?\d+(\.\d+)?[eE][+-]?\d+$/.test(t)) return Number(t);
  if (/^true$/i.test(t)) return true;
  if (/^false$/i.test(t)) return false;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (iso) return validDate(ctx, +iso[1], +iso[2], +iso[3], +(iso[4] ?? 0), +(iso[5] ?? 0), +(iso[6] ?? 0));
  const dmy = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?$/.exec(t);
  if (dmy) {
    const [a, b] = [+dmy[1], +dmy[2]];
    const [day, month] = monthFirst(ctx.locale) ? [b, a] : [a, b];
    let year = dmy[3] === undefined ? zonedFields(new Date(), ctx.timeZone).y : +dmy[3];
    if (dmy[3] !== undefined && dmy[3].length === 2) year += year < 30 ? 2000 : 1900;
    return validDate(ctx, year, month, day);
  }
  return null;
}

function validDate(ctx: LocaleContext, y: number, mo: number, d: number, h = 0, mi = 0, s = 0): Date | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCDate() !== d) return null;
  return zonedTime(ctx.timeZone, y, mo, d, h, mi, s);
}

const DATE_TOKENS = /^(yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p)$/i;

/** True when a number format shows a date or a time. */
function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[dy]/i.test(bare) || /h/i.test(bare) || (/m/i.test(bare) && !/[0#]/.test(bare));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * A date shown with a Sheets date format ('dd/mm/yyyy', 'h:mm', 'mmm d, yyyy'…). As in Sheets,
 * "m"/"mm" mean minutes right after an hour token or right before a seconds token, months otherwise.
 */
function formatDatePattern(date: Date, format: string, ctx: LocaleContext): string {
  const f = zonedFields(date, ctx.timeZone);
  const twelveHour = /am\/pm|a\/p/i.test(format);
  const pieces = format.split(/("[^"]*"|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p)/i).filter((p) => p !== '');
  const tokenAt = (i: number) => (DATE_TOKENS.test(pieces[i]) ? pieces[i].toLowerCase() : null);
  const neighbour = (i: number, step: number) => {
    for (let k = i + step; k >= 0 && k < pieces.length; k += step) {
      const t = tokenAt(k);
      if (t) return t;
    }
    return null;
  };
  const pad = (v: number) => String(v).padStart(2, '0');
  const hour = twelveHour ? ((f.h + 11) % 12) + 1 : f.h;
  return pieces
    .map((piece, i) => {
      if (piece.startsWith('"')) return piece.slice(1, -1);
      const t = tokenAt(i);
      if (!t) return piece;
      const minutes = (t === 'm' || t === 'mm') && (/^h/.test(neighbour(i, -1) ?? '') || /^s/.test(neighbour(i, 1) ?? ''));
      switch (t) {
        case 'yyyy':
          return String(f.y);
        case 'yy':
          return pad(f.y % 100);
        case 'mmmm':
          return MONTHS[f.mo - 1];
        case 'mmm':
          return MONTHS[f.mo - 1].slice(0, 3);
        case 'mm':
          return minutes ? pad(f.mi) : pad(f.mo);
        case 'm':
          return minutes ? String(f.mi) : String(f.mo);
        case 'dddd':
          return DAYS[f.weekday];
        case 'ddd':
          return DAYS[f.weekday].slice(0, 3);
        case 'dd':
          return pad(f.d);
        case 'd':
          return String(f.d);
        case 'hh':
          return pad(hour);
        case 'h':
          return String(hour);
        case 'ss':
          return pad(f.s);
        case 's':
          return String(f.s);
        case 'am/pm':
          return f.h < 12 ? 'AM' : 'PM';
        default:
          return f.h < 12 ? 'a' : 'p';
      }
    })
    .join('');
}

/** A number shown with a pattern like '#,##0.##', '0.0%', '0', '"$"#,##0.00'. */
function formatNumberPattern(value: number, format: string, ctx: LocaleContext): string {
  const sections = format.split(';');
  let pattern = sections[0];
  let v = value;
  if (value < 0 && sections[1] !== undefined) {
    pattern = sections[1];
    v = -value;
  } else if (value === 0 && sections[2] !== undefined) {
    pattern = sections[2];
  }
  const literal = (text: string) => text.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const m = /^(.*?)([#0,]*)(?:\.([#0]*))?([^#0]*)$/.exec(pattern.replace(/"[^"]*"/g, (q) => q.replace(/[#0.,%]/g, (c) => `\\${c}`)));
  if (!m || (m[2] === '' && m[3] === undefined)) return literal(pattern);
  const [, prefix, intPattern, decPattern, suffix] = m;
  const percent = (prefix + suffix).replace(/\\./g, '').includes('%');
  if (percent) v *= 100;
  const minDec = (decPattern ?? '').replace(/#/g, '').length;
  const maxDec = (decPattern ?? '').length;
  const minInt = intPattern.replace(/[#,]/g, '').length;
  const grouped = intPattern.includes(',');
  const negative = v < 0;
  const fixed = Math.abs(v).toFixed(maxDec);
  let [intDigits, decDigits = ''] = fixed.split('.');
  while (decDigits.length > minDec && decDigits.endsWith('0')) decDigits = decDigits.slice(0, -1);
  intDigits = intDigits.replace(/^0+/, '');
  intDigits = intDigits.padStart(minInt, '0');
  const { group, decimal } = separators(ctx.locale);
  if (grouped) intDigits = intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const body = decPattern !== undefined ? `${intDigits}${decimal}${decDigits}` : intDigits;
  return `${negative && sections[1] === undefined ? '-' : ''}${literal(prefix)}${body}${literal(suffix)}`;
}

/** A number shown without a format: up to 10 significant digits, locale decimal mark. */
function formatGeneralNumber(value: number, ctx: LocaleContext): string {
  if (!Number.isFinite(value)) return String(value);
  const text = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
  return text.replace('.', separators(ctx.locale).decimal);
}

/** What getDisplayValues shows for a value and a number format. */
export function displayText(value: StoredValue, numberFormat: string, ctx: LocaleContext): string {
  if (value === '') return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const general = numberFormat === DEFAULT_NUMBER_FORMAT || numberFormat === '' || /^general$/i.test(numberFormat);
  if (isDate(value)) {
    if (!general && isDateFormat(numberFormat)) return formatDatePattern(value, numberFormat, ctx);
    const f = zonedFields(value, ctx.timeZone);
    const datePattern = monthFirst(ctx.locale) ? 'm/d/yyyy' : 'dd/mm/yyyy';
    return formatDatePattern(value, f.h || f.mi || f.s ? `${datePattern} h:mm:ss` : datePattern, ctx);
  }
  if (numberFormat === TEXT_NUMBER_FORMAT || general) return formatGeneralNumber(value, ctx);
  if (isDateFormat(numberFormat)) return formatDatePattern(serialToDate(value, ctx.timeZone), numberFormat, ctx);
  return formatNumberPattern(value, numberFormat, ctx);
}

// ---------------------------------------------------------------------------------------------
// Formulas: moving references when rows or columns move, and a tiny evaluator
// ---------------------------------------------------------------------------------------------

/**
 * A cell reference inside a formula: optional sheet, then a cell, optionally ":" another cell.
 * Matched only outside string literals and not when followed by "(" (a function like LOG10).
 */
const REF = /(?:'((?:[^']|'')+)'!|([A-Za-z_][A-Za-z0-9_.]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+))?(?![A-Za-z0-9_(!])/gy;

export type Axis = 'row' | 'column';

/** A structural change of one sheet: `count` rows/columns inserted at, or deleted from, `at`. */
export interface Shift {
  sheetName: string;
  axis: Axis;
  kind: 'insert' | 'delete';
  at: number;
  count: number;
}

/** New [start, end] of a span after a shift, or null when every row/column of it was deleted. */
export function shiftSpan(start: number, end: number, shift: Pick<Shift, 'kind' | 'at' | 'count'>): [number, number] | null {
  const { at, count } = shift;
  if (shift.kind === 'insert') {
    if (at <= start) return [start + count, end + count];
    if (at <= end) return [start, end + count];
    return [start, end];
  }
  const last = at + count - 1;
  const moved = (p: number) => (p < at ? p : p > last ? p - count : null);
  const s = moved(start);
  const e = moved(end);
  if (s === null && e === null) return start >= at && end <= last ? null : [at, end - count];
  return [s ?? at, e ?? at - 1];
}

/** Rewrites the references of a formula written on sheet `hostSheet` after a shift. */
export function shiftFormula(formula: string, hostSheet: string, shift: Shift): string {
  let out = '';
  let i = 0;
  let prevIsWordChar = false;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      prevIsWordChar = false;
      continue;
    }
    REF.lastIndex = i;
    const m = prevIsWordChar ? null : REF.exec(formula);
    if (m) {
      const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? hostSheet);
      out += sheet.toLowerCase() === shift.sheetName.toLowerCase() ? moveRef(m, shift) : m[0];
      i += m[0].length;
      prevIsWordChar = true;
      continue;
    }
    out += ch;
    prevIsWordChar = /[A-Za-z0-9_.$]/.test(ch);
    i += 1;
  }
  return out;
}

function moveRef(m: RegExpExecArray, shift: Shift): string {
  const prefix = m[0].slice(0, m[0].length - refBodyLength(m));
  const c1 = lettersToColumn(m[4]);
  const r1 = Number(m[6]);
  const hasSecond = m[8] !== undefined;
  const c2 = hasSecond ? lettersToColumn(m[8]) : c1;
  const r2 = hasSecond ? Number(m[10]) : r1;
  const span = shift.axis === 'row' ? shiftSpan(r1, r2, shift) : shiftSpan(c1, c2, shift);
  if (!span) return `${prefix}#REF!`;
  const [nr1, nr2, nc1, nc2] = shift.axis === 'row' ? [span[0], span[1], c1, c2] : [r1, r2, span[0], span[1]];
  const first = `${m[3]}${columnToLetters(nc1)}${m[5]}${nr1}`;
  return hasSecond ? `${prefix}${first}:${m[7]}${columnToLetters(nc2)}${m[9]}${nr2}` : `${prefix}${first}`;
}

function refBodyLength(m: RegExpExecArray): number {
  let n = m[3].length + m[4].length + m[5].length + m[6].length;
  if (m[8] !== undefined) n += 1 + m[7].length + m[8].length + m[9].length + m[10].length;
  return n;
}

/** R1C1 (as setFormulaR1C1 takes it) to A1, relative to the cell the formula goes in. */
export function r1c1ToA1(formula: string, row: number, column: number): string {
  return formula.replace(/R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9(])/g, (_all, r: string | undefined, c: string | undefined) => {
    const abs = (part: string | undefined, base: number) => {
      if (part === undefined) return { n: base, fixed: false };
      if (part.startsWith('[')) return { n: base + Number(part.slice(1, -1)), fixed: false };
      return { n: Number(part), fixed: true };
    };
    const rr = abs(r, row);
    const cc = abs(c, column);
    return `${cc.fixed ? '$' : ''}${columnToLetters(cc.n)}${rr.fixed ? '$' : ''}${rr.n}`;
  });
}

class FormulaError {
  constructor(readonly code: string) {}
}

class RangeValue {
  constructor(readonly cells: EvalValue[][]) {}
}

/** null is a blank cell. */
type EvalValue = number | string | boolean | null | FormulaError | RangeValue;

type Node = { t: 'lit'; v: EvalValue } | { t: 'ref'; sheet: string | null; rect: GridRect } | { t: 'un'; op: string; a: Node } | { t: 'bin'; op: string; a: Node; b: Node } | { t: 'call'; name: string; args: Node[] };

class Unsupported extends Error {}

/** Parses the part of a formula after "="; throws Unsupported for anything it doesn't know. */
function parseFormula(text: string): Node {
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const peek = (s: string) => {
    ws();
    return text.startsWith(s, i);
  };
  const eat = (s: string) => {
    if (!peek(s)) return false;
    i += s.length;
    return true;
  };
  const expect = (s: string) => {
    if (!eat(s)) throw new Unsupported(`expected ${s}`);
  };
  const comparison = (): Node => {
    let a = concat();
    for (;;) {
      const op = ['<>', '<=', '>=', '=', '<', '>'].find((o) => peek(o));
      if (!op) return a;
      i += op.length;
      a = { t: 'bin', op, a, b: concat() };
    }
  };
  const concat = (): Node => {
    let a = additive();
    while (eat('&')) a = { t: 'bin', op: '&', a, b: additive() };
    return a;
  };
  const additive = (): Node => {
    let a = term();
    for (;;) {
      if (eat('+')) a = { t: 'bin', op: '+', a, b: term() };
      else if (eat('-')) a = { t: 'bin', op: '-', a, b: term() };
      else return a;
    }
  };
  const term = (): Node => {
    let a = unary();
    for (;;) {
      if (eat('*')) a = { t: 'bin', op: '*', a, b: unary() };
      else if (eat('/')) a = { t: 'bin', op: '/', a, b: unary() };
      else return a;
    }
  };
  const unary = (): Node => {
    if (eat('-')) return { t: 'un', op: '-', a: unary() };
    if (eat('+')) return unary();
    return power();
  };
  const power = (): Node => {
    let a = percent();
    while (eat('^')) a = { t: 'bin', op: '^', a, b: percent() };
    return a;
  };
  const percent = (): Node => {
    let a = primary();
    while (eat('%')) a = { t: 'bin', op: '/', a, b: { t: 'lit', v: 100 } };
    return a;
  };
  const primary = (): Node => {
    ws();
    if (eat('(')) {
      const e = comparison();
      expect(')');
      return e;
    }
    if (text[i] === '"') {
      let s = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new Unsupported('unterminated string');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += text[i++];
      }
      return { t: 'lit', v: s };
    }
    const num = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(text.slice(i));
    if (num) {
      i += num[0].length;
      return { t: 'lit', v: Number(num[0]) };
    }
    const err = /^#(REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!|ERROR!)/.exec(text.slice(i));
    if (err) {
      i += err[0].length;
      return { t: 'lit', v: new FormulaError(err[0]) };
    }
    REF.lastIndex = i;
    const ref = REF.exec(text);
    if (ref) {
      i += ref[0].length;
      const sheet = ref[1] !== undefined ? ref[1].replace(/''/g, "'") : (ref[2] ?? null);
      const r1 = Number(ref[6]);
      const c1 = lettersToColumn(ref[4]);
      const r2 = ref[10] !== undefined ? Number(ref[10]) : r1;
      const c2 = ref[8] !== undefined ? lettersToColumn(ref[8]) : c1;
      return { t: 'ref', sheet, rect: { row: Math.min(r1, r2), column: Math.min(c1, c2), numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 } };
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(text.slice(i));
    if (name) {
      i += name[0].length;
      const upper = name[0].toUpperCase();
      if (eat('(')) {
        const args: Node[] = [];
        if (!eat(')')) {
          do args.push(comparison());
          while (eat(',') || eat(';'));
          expect(')');
        }
        return { t: 'call', name: upper, args };
      }
      if (upper === 'TRUE') return { t: 'lit', v: true };
      if (upper === 'FALSE') return { t: 'lit', v: false };
    }
    throw new Unsupported(`unexpected input at ${i}`);
  };
  const node = comparison();
  ws();
  if (i !== text.length) throw new Unsupported('trailing input');
  return node;
}

/** Reads the cells of a referenced range while evaluating; returns evaluated values. */
type RefReader = (sheet: string | null, rect: GridRect) => EvalValue[][] | FormulaError;

function scalar(v: EvalValue): EvalValue {
  return v instanceof RangeValue ? (v.cells[0]?.[0] ?? null) : v;
}

function toNumber(v: EvalValue): number | FormulaError {
  const s = scalar(v);
  if (s instanceof FormulaError) return s;
  if (s === null) return 0;
  if (typeof s === 'number') return s;
  if (typeof s === 'boolean') return s ? 1 : 0;
  const t = String(s).trim();
  if (t !== '' && !isNaN(Number(t))) return Number(t);
  return new FormulaError('#VALUE!');
}

function toText(v: EvalValue): string | FormulaError {
  const s = scalar(v);
  if (s instanceof FormulaError) return s;
  if (s === null) return '';
  if (typeof s === 'boolean') return s ? 'TRUE' : 'FALSE';
  return String(s);
}

function toBool(v: EvalValue): boolean | FormulaError {
  const s = scalar(v);
  if (s instanceof FormulaError) return s;
  if (s === null) return false;
  if (typeof s === 'boolean') return s;
  if (typeof s === 'number') return s !== 0;
  if (/^true$/i.test(String(s))) return true;
  if (/^false$/i.test(String(s))) return false;
  return new FormulaError('#VALUE!');
}

function flatten(values: EvalValue[]): EvalValue[] {
  const out: EvalValue[] = [];
  for (const v of values) {
    if (v instanceof RangeValue) for (const row of v.cells) out.push(...row);
    else out.push(v);
  }
  return out;
}

function compare(a: EvalValue, b: EvalValue): number {
  const rank = (v: EvalValue) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  let x = scalar(a);
  let y = scalar(b);
  if (x === null) x = typeof y === 'string' ? '' : typeof y === 'boolean' ? false : 0;
  if (y === null) y = typeof x === 'string' ? '' : typeof x === 'boolean' ? false : 0;
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'string' && typeof y === 'string') return x.toLowerCase() < y.toLowerCase() ? -1 : x.toLowerCase() > y.toLowerCase() ? 1 : 0;
  return (x as number) < (y as number) ? -1 : (x as number) > (y as number) ? 1 : 0;
}

function evaluate(node: Node, read: RefReader): EvalValue {
  switch (node.t) {
    case 'lit':
      return node.v;
    case 'ref': {
      const cells = read(node.sheet, node.rect);
      if (cells instanceof FormulaError) return cells;
      return node.rect.numRows === 1 && node.rect.numColumns === 1 ? cells[0][0] : new RangeValue(cells);
    }
    case 'un': {
      const n = toNumber(evaluate(node.a, read));
      return n instanceof FormulaError ? n : -n;
    }
    case 'bin':
      return binary(node.op, evaluate(node.a, read), evaluate(node.b, read));
    case 'call':
      return call(node.name, node.args, read);
  }
}

function binary(op: string, a: EvalValue, b: EvalValue): EvalValue {
  if (op === '&') {
    const x = toText(a);
    const y = toText(b);
    if (x instanceof FormulaError) return x;
    if (y instanceof FormulaError) return y;
    return x + y;
  }
  if (['=', '<>', '<', '>', '<=', '>='].includes(op)) {
    const sa = scalar(a);
    const sb = scalar(b);
    if (sa instanceof FormulaError) return sa;
    if (sb instanceof FormulaError) return sb;
    const c = compare(sa, sb);
    return { '=': c === 0, '<>': c !== 0, '<': c < 0, '>': c > 0, '<=': c <= 0, '>=': c >= 0 }[op] as boolean;
  }
  const x = toNumber(a);
  const y = toNumber(b);
  if (x instanceof FormulaError) return x;
  if (y instanceof FormulaError) return y;
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return y === 0 ? new FormulaError('#DIV/0!') : x / y;
    case '^':
      return Math.pow(x, y);
    default:
      throw new Unsupported(op);
  }
}

function call(name: string, args: Node[], read: RefReader): EvalValue {
  const value = (k: number) => evaluate(args[k], read);
  const all = () => flatten(args.map((a) => evaluate(a, read)));
  const firstError = (vs: EvalValue[]) => vs.find((v): v is FormulaError => v instanceof FormulaError);
  switch (name) {
    case 'IF': {
      if (args.length < 2 || args.length > 3) throw new Unsupported('IF arity');
      const c = toBool(value(0));
      if (c instanceof FormulaError) return c;
      if (c) return scalar(value(1)) ?? 0;
      return args.length === 3 ? (scalar(value(2)) ?? 0) : false;
    }
    case 'AND':
    case 'OR': {
      const vs = all();
      const err = firstError(vs);
      if (err) return err;
      const bools = vs.filter((v) => v !== null && typeof v !== 'string').map((v) => toBool(v) as boolean);
      if (bools.length === 0) return new FormulaError('#VALUE!');
      return name === 'AND' ? bools.every(Boolean) : bools.some(Boolean);
    }
    case 'NOT': {
      const b = toBool(value(0));
      return b instanceof FormulaError ? b : !b;
    }
    case 'ISNUMBER':
      return typeof scalar(value(0)) === 'number';
    case 'ISTEXT':
      return typeof scalar(value(0)) === 'string';
    case 'ISBLANK':
      return scalar(value(0)) === null;
    case 'ISERROR':
      return scalar(value(0)) instanceof FormulaError;
    case 'IFERROR': {
      const v = scalar(value(0));
      return v instanceof FormulaError ? (args.length > 1 ? (scalar(value(1)) ?? '') : '') : v;
    }
    case 'SUM':
    case 'MIN':
    case 'MAX':
    case 'COUNT':
    case 'COUNTA':
    case 'AVERAGE': {
      const vs = all();
      if (name === 'COUNTA') return vs.filter((v) => v !== null && v !== '').length;
      const nums = vs.filter((v): v is number => typeof v === 'number');
      if (name === 'COUNT') return nums.length;
      const err = firstError(vs);
      if (err) return err;
      if (name === 'SUM') return nums.reduce((s, n) => s + n, 0);
      if (name === 'AVERAGE') return nums.length ? nums.reduce((s, n) => s + n, 0) / nums.length : new FormulaError('#DIV/0!');
      if (nums.length === 0) return 0;
      return name === 'MIN' ? Math.min(...nums) : Math.max(...nums);
    }
    case 'ROUND': {
      const n = toNumber(value(0));
      const d = args.length > 1 ? toNumber(value(1)) : 0;
      if (n instanceof FormulaError) return n;
      if (d instanceof FormulaError) return d;
      const f = Math.pow(10, d);
      return Math.round(n * f) / f;
    }
    case 'ABS': {
      const n = toNumber(value(0));
      return n instanceof FormulaError ? n : Math.abs(n);
    }
    default:
      throw new Unsupported(`function ${name}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Data validation
// ---------------------------------------------------------------------------------------------

export const DataValidationCriteria = {
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_NOT_BETWEEN: 'DATE_NOT_BETWEEN',
  DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  CHECKBOX: 'CHECKBOX',
} as const;
export type CriteriaType = keyof typeof DataValidationCriteria;

interface RuleData {
  criteria: CriteriaType | null;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

/** A built rule (SpreadsheetApp.DataValidation); immutable like Google's. */
export class FakeDataValidation {
  constructor(
    readonly _data: Readonly<RuleData>,
    private readonly counter: CallCounter,
  ) {}
  getCriteriaType(): CriteriaType | null {
    return this._data.criteria;
  }
  /** A copy; dates come back in the script's realm. */
  getCriteriaValues(): unknown[] {
    return this._data.values.map((v) => copyCriteriaValue(v, this.counter));
  }
  getAllowInvalid(): boolean {
    return this._data.allowInvalid;
  }
  getHelpText(): string | null {
    return this._data.helpText;
  }
  copy(): FakeDataValidationBuilder {
    return builderApi({ ...this._data, values: [...this._data.values] }, this.counter);
  }
}

function copyCriteriaValue(v: unknown, counter: CallCounter): unknown {
  if (isDate(v)) return scriptDate(v, counter);
  if (Array.isArray(v)) return [...v];
  return v;
}

function builderApi(data: RuleData, counter: CallCounter): FakeDataValidationBuilder {
  return counted(new FakeDataValidationBuilder(data, counter), 'DataValidationBuilder', counter);
}

/** SpreadsheetApp.newDataValidation(): a new rule allows invalid data (shows a warning) by default. */
export class FakeDataValidationBuilder {
  constructor(
    private data: RuleData,
    private readonly counter: CallCounter,
  ) {}

  private set(criteria: CriteriaType, values: unknown[]): FakeDataValidationBuilder {
    this.data = { ...this.data, criteria, values };
    return counted(this, 'DataValidationBuilder', this.counter);
  }
  private dateArg(d: unknown, method: string): Date {
    if (!isDate(d)) throw signatureError([d], `SpreadsheetApp.DataValidationBuilder.${method}`);
    return new Date(d.getTime());
  }
  private numberArg(n: unknown, method: string): number {
    if (typeof n !== 'number') throw signatureError([n], `SpreadsheetApp.DataValidationBuilder.${method}`);
    return n;
  }

  build(): FakeDataValidation {
    if (this.data.criteria === null) throw new GasException('You must specify a criteria type before building a data validation rule.');
    return counted(new FakeDataValidation({ ...this.data, values: [...this.data.values] }, this.counter), 'DataValidation', this.counter);
  }
  copy(): FakeDataValidationBuilder {
    return builderApi({ ...this.data, values: [...this.data.values] }, this.counter);
  }
  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }
  getCriteriaType(): CriteriaType | null {
    return this.data.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this.data.values.map((v) => copyCriteriaValue(v, this.counter));
  }
  getHelpText(): string | null {
    return this.data.helpText;
  }
  setAllowInvalid(allowInvalidData: boolean): FakeDataValidationBuilder {
    this.data = { ...this.data, allowInvalid: !!allowInvalidData };
    return counted(this, 'DataValidationBuilder', this.counter);
  }
  setHelpText(helpText: string): FakeDataValidationBuilder {
    this.data = { ...this.data, helpText: String(helpText) };
    return counted(this, 'DataValidationBuilder', this.counter);
  }
  withCriteria(criteria: CriteriaType, args: unknown[]): FakeDataValidationBuilder {
    if (!(criteria in DataValidationCriteria) || !Array.isArray(args)) throw signatureError([criteria, args], 'SpreadsheetApp.DataValidationBuilder.withCriteria');
    return this.set(criteria, [...args]);
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): FakeDataValidationBuilder {
    const values = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    return this.set('CHECKBOX', values);
  }
  requireDate(): FakeDataValidationBuilder {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: Date): FakeDataValidationBuilder {
    return this.set('DATE_AFTER', [this.dateArg(date, 'requireDateAfter')]);
  }
  requireDateBefore(date: Date): FakeDataValidationBuilder {
    return this.set('DATE_BEFORE', [this.dateArg(date, 'requireDateBefore')]);
  }
  requireDateBetween(start: Date, end: Date): FakeDataValidationBuilder {
    return this.set('DATE_BETWEEN', [this.dateArg(start, 'requireDateBetween'), this.dateArg(end, 'requireDateBetween')]);
  }
  requireDateNotBetween(start: Date, end: Date): FakeDataValidationBuilder {
    return this.set('DATE_NOT_BETWEEN', [this.dateArg(start, 'requireDateNotBetween'), this.dateArg(end, 'requireDateNotBetween')]);
  }
  requireDateEqualTo(date: Date): FakeDataValidationBuilder {
    return this.set('DATE_EQUAL_TO', [this.dateArg(date, 'requireDateEqualTo')]);
  }
  requireDateOnOrAfter(date: Date): FakeDataValidationBuilder {
    return this.set('DATE_ON_OR_AFTER', [this.dateArg(date, 'requireDateOnOrAfter')]);
  }
  requireDateOnOrBefore(date: Date): FakeDataValidationBuilder {
    return this.set('DATE_ON_OR_BEFORE', [this.dateArg(date, 'requireDateOnOrBefore')]);
  }
  requireFormulaSatisfied(formula: string): FakeDataValidationBuilder {
    return this.set('CUSTOM_FORMULA', [String(formula)]);
  }
  requireNumberBetween(start: number, end: number): FakeDataValidationBuilder {
    return this.set('NUMBER_BETWEEN', [this.numberArg(start, 'requireNumberBetween'), this.numberArg(end, 'requireNumberBetween')]);
  }
  requireNumberNotBetween(start: number, end: number): FakeDataValidationBuilder {
    return this.set('NUMBER_NOT_BETWEEN', [this.numberArg(start, 'requireNumberNotBetween'), this.numberArg(end, 'requireNumberNotBetween')]);
  }
  requireNumberEqualTo(n: number): FakeDataValidationBuilder {
    return this.set('NUMBER_EQUAL_TO', [this.numberArg(n, 'requireNumberEqualTo')]);
  }
  requireNumberNotEqualTo(n: number): FakeDataValidationBuilder {
    return this.set('NUMBER_NOT_EQUAL_TO', [this.numberArg(n, 'requireNumberNotEqualTo')]);
  }
  requireNumberGreaterThan(n: number): FakeDataValidationBuilder {
    return this.set('NUMBER_GREATER_THAN', [this.numberArg(n, 'requireNumberGreaterThan')]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): FakeDataValidationBuilder {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [this.numberArg(n, 'requireNumberGreaterThanOrEqualTo')]);
  }
  requireNumberLessThan(n: number): FakeDataValidationBuilder {
    return this.set('NUMBER_LESS_THAN', [this.numberArg(n, 'requireNumberLessThan')]);
  }
  requireNumberLessThanOrEqualTo(n: number): FakeDataValidationBuilder {
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [this.numberArg(n, 'requireNumberLessThanOrEqualTo')]);
  }
  requireTextContains(text: string): FakeDataValidationBuilder {
    return this.set('TEXT_CONTAINS', [String(text)]);
  }
  requireTextDoesNotContain(text: string): FakeDataValidationBuilder {
    return this.set('TEXT_DOES_NOT_CONTAIN', [String(text)]);
  }
  requireTextEqualTo(text: string): FakeDataValidationBuilder {
    return this.set('TEXT_EQUAL_TO', [String(text)]);
  }
  requireTextIsEmail(): FakeDataValidationBuilder {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): FakeDataValidationBuilder {
    return this.set('TEXT_IS_VALID_URL', []);
  }
  /** Values are kept as given; showDropdown defaults to true. */
  requireValueInList(values: string[], showDropdown = true): FakeDataValidationBuilder {
    if (!Array.isArray(values)) throw signatureError([values], 'SpreadsheetApp.DataValidationBuilder.requireValueInList');
    return this.set('VALUE_IN_LIST', [[...values], !!showDropdown]);
  }
  requireValueInRange(range: FakeRange, showDropdown = true): FakeDataValidationBuilder {
    if (!(unwrap(range) instanceof FakeRange)) throw signatureError([range], 'SpreadsheetApp.DataValidationBuilder.requireValueInRange');
    return this.set('VALUE_IN_RANGE', [range, !!showDropdown]);
  }
}

/**
 * True when a value passes a rule. Only the kinds the fake understands are checked; the others
 * (custom formulas, ranges, URLs) always pass.
 */
function passesRule(value: StoredValue, rule: RuleData, timeZone: string): boolean {
  const v = rule.values;
  const num = typeof value === 'number' ? value : isDate(value) ? dateToSerial(value, timeZone) : null;
  const day = (d: unknown) => (isDate(d) ? Math.floor(dateToSerial(d, timeZone)) : NaN);
  const valueDay = isDate(value) ? Math.floor(dateToSerial(value, timeZone)) : null;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return (v[0] as unknown[]).map(String).includes(typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(isDate(value) ? value.toISOString() : value));
    case 'CHECKBOX':
      return v.length === 0 ? typeof value === 'boolean' : v.some((c) => c === value || String(c) === String(value));
    case 'NUMBER_BETWEEN':
      return num !== null && num >= (v[0] as number) && num <= (v[1] as number);
    case 'NUMBER_NOT_BETWEEN':
      return num !== null && (num < (v[0] as number) || num > (v[1] as number));
    case 'NUMBER_EQUAL_TO':
      return num === v[0];
    case 'NUMBER_NOT_EQUAL_TO':
      return num !== null && num !== v[0];
    case 'NUMBER_GREATER_THAN':
      return num !== null && num > (v[0] as number);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return num !== null && num >= (v[0] as number);
    case 'NUMBER_LESS_THAN':
      return num !== null && num < (v[0] as number);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return num !== null && num <= (v[0] as number);
    case 'DATE_IS_VALID_DATE':
      return valueDay !== null;
    case 'DATE_AFTER':
      return valueDay !== null && valueDay > day(v[0]);
    case 'DATE_BEFORE':
      return valueDay !== null && valueDay < day(v[0]);
    case 'DATE_ON_OR_AFTER':
      return valueDay !== null && valueDay >= day(v[0]);
    case 'DATE_ON_OR_BEFORE':
      return valueDay !== null && valueDay <= day(v[0]);
    case 'DATE_EQUAL_TO':
      return valueDay !== null && valueDay === day(v[0]);
    case 'DATE_BETWEEN':
      return valueDay !== null && valueDay >= day(v[0]) && valueDay <= day(v[1]);
    case 'DATE_NOT_BETWEEN':
      return valueDay !== null && (valueDay < day(v[0]) || valueDay > day(v[1]));
    case 'TEXT_CONTAINS':
      return String(value).includes(String(v[0]));
    case 'TEXT_DOES_NOT_CONTAIN':
      return !String(value).includes(String(v[0]));
    case 'TEXT_EQUAL_TO':
      return String(value) === String(v[0]);
    case 'TEXT_IS_VALID_EMAIL':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(value));
    default:
      return true;
  }
}

// ---------------------------------------------------------------------------------------------
// Cell storage
// ---------------------------------------------------------------------------------------------

export interface CellFormat {
  numberFormat: string;
  background: string;
  fontColor: string;
  fontWeight: string;
  fontStyle: string;
  fontSize: number;
  fontFamily: string;
  wrapStrategy: string;
  horizontalAlignment: string;
  verticalAlignment: string;
  /** Last setBorder call that touched the cell, as given. */
  border: unknown[] | null;
}

export const DEFAULT_FORMAT: Readonly<CellFormat> = Object.freeze({
  numberFormat: DEFAULT_NUMBER_FORMAT,
  background: '#ffffff',
  fontColor: '#000000',
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontSize: 10,
  fontFamily: 'Arial',
  wrapStrategy: 'OVERFLOW',
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  border: null,
});

export interface Cell {
  value: StoredValue;
  /** A1 formula text ('' when none). */
  formula: string;
  note: string;
  format: Readonly<CellFormat>;
  validation: FakeDataValidation | null;
}

function emptyCell(): Cell {
  return { value: '', formula: '', note: '', format: DEFAULT_FORMAT, validation: null };
}

function hasContent(cell: Cell | undefined): boolean {
  return !!cell && (cell.formula !== '' || cell.value !== '');
}

/** Rows of cells, 1-based from the outside; a missing row or cell is an empty cell. */
class CellGrid {
  private rows: (Cell | undefined)[][] = [];

  get(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  cell(row: number, column: number): Cell {
    const r = (this.rows[row - 1] ??= []);
    return (r[column - 1] ??= emptyCell());
  }

  /** Inserts `count` empty rows so that the first is row `at`; formats come from `inheritFrom`. */
  insertRows(at: number, count: number, inheritFrom: number | null): void {
    const source = inheritFrom === null ? undefined : this.rows[inheritFrom - 1];
    const fresh = Array.from({ length: count }, () => (source ? source.map((c) => (c ? { ...emptyCell(), format: c.format, validation: c.validation } : undefined)) : []));
    while (this.rows.length < at - 1) this.rows.push([]);
    this.rows.splice(at - 1, 0, ...fresh);
  }

  deleteRows(at: number, count: number): void {
    this.rows.splice(at - 1, count);
  }

  insertColumns(at: number, count: number, inheritFrom: number | null): void {
    for (const r of this.rows) {
      if (!r) continue;
      const source = inheritFrom === null ? undefined : r[inheritFrom - 1];
      const fresh = Array.from({ length: count }, () => (source ? { ...emptyCell(), format: source.format, validation: source.validation } : undefined));
      while (r.length < at - 1) r.push(undefined);
      r.splice(at - 1, 0, ...fresh);
    }
  }

  deleteColumns(at: number, count: number): void {
    for (const r of this.rows) if (r) r.splice(at - 1, count);
  }

  /** Last row / column holding a value or a formula (0 when none). */
  lastContent(): { row: number; column: number } {
    let row = 0;
    let column = 0;
    this.rows.forEach((r, ri) => {
      r?.forEach((c, ci) => {
        if (hasContent(c)) {
          row = Math.max(row, ri + 1);
          column = Math.max(column, ci + 1);
        }
      });
    });
    return { row, column };
  }

  /** Every cell holding a formula. */
  *formulaCells(): Generator<Cell> {
    for (const r of this.rows) for (const c of r ?? []) if (c && c.formula !== '') yield c;
  }
}

// ---------------------------------------------------------------------------------------------
// Protection
// ---------------------------------------------------------------------------------------------

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;

export const PROTECTED_CELL_MESSAGE = 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** A protection of a range (its rectangle moves with row/column insertion) or of a whole sheet. */
export class FakeProtection {
  _description = '';
  _editors: string[];
  _warningOnly = false;
  _domainEdit = false;
  _removed = false;
  _unprotected: GridRect[] = [];

  constructor(
    readonly _sheet: FakeSheet,
    readonly _type: keyof typeof ProtectionType,
    /** The protected rectangle (RANGE), kept current as rows move. */
    public _rect: GridRect | null,
  ) {
    // Until the editors change, they mirror the spreadsheet's (the range stays effectively open).
    this._editors = _sheet._book._spreadsheetEditors();
  }

  private self(): FakeProtection {
    return counted(this, 'Protection', this._sheet._book.counter);
  }
  private book(): FakeSpreadsheet {
    return this._sheet._book;
  }
  /** Google refuses to show or change a protection to a user who can't edit it. */
  private requireEditRights(): void {
    if (!this._canEdit(this.book()._currentUser())) throw new GasException(PROTECTED_CELL_MESSAGE);
  }

  /** Whether `email` may edit cells under this protection. */
  _canEdit(email: string): boolean {
    if (this._removed || this._warningOnly) return true;
    if (sameEmail(email, this.book()._ownerEmail())) return true;
    return this._editors.some((e) => sameEmail(e, email));
  }

  /** Whether the protection applies to a cell. */
  _covers(row: number, column: number): boolean {
    if (this._removed) return false;
    if (this._type === 'RANGE') return !!this._rect && inRect(this._rect, row, column);
    return !this._unprotected.some((r) => inRect(r, row, column));
  }

  addEditor(emailAddressOrUser: string | FakeUser): FakeProtection {
    return this.addEmails([emailOf(emailAddressOrUser, 'SpreadsheetApp.Protection.addEditor')]);
  }
  addEditors(emailAddresses: string[]): FakeProtection {
    return this.addEmails(emailList(emailAddresses, 'SpreadsheetApp.Protection.addEditors'));
  }
  private addEmails(emails: string[]): FakeProtection {
    this.requireEditRights();
    for (const email of emails) if (!this._editors.some((e) => sameEmail(e, email))) this._editors.push(email);
    return this.self();
  }
  /** Neither the owner of the spreadsheet nor the current user can be removed. */
  removeEditor(emailAddressOrUser: string | FakeUser): FakeProtection {
    return this.removeEmails([emailOf(emailAddressOrUser, 'SpreadsheetApp.Protection.removeEditor')]);
  }
  removeEditors(emailAddressesOrUsers: (string | FakeUser)[]): FakeProtection {
    return this.removeEmails(emailList(emailAddressesOrUsers, 'SpreadsheetApp.Protection.removeEditors'));
  }
  private removeEmails(emails: string[]): FakeProtection {
    this.requireEditRights();
    const keep = [this.book()._ownerEmail(), this.book()._currentUser()];
    this._editors = this._editors.filter((e) => keep.some((k) => sameEmail(k, e)) || !emails.some((x) => sameEmail(x, e)));
    return this.self();
  }
  /** Throws for a user who can't edit the protection, as Google does. */
  getEditors(): FakeUser[] {
    this.requireEditRights();
    return this._editors.map((e) => userApi(e, this.book().counter));
  }
  canEdit(): boolean {
    return this._canEdit(this.book()._currentUser());
  }
  canDomainEdit(): boolean {
    this.requireEditRights();
    return this._domainEdit;
  }
  /** Throws for a spreadsheet owned by a gmail.com account, as Google does. */
  setDomainEdit(editable: boolean): FakeProtection {
    this.requireEditRights();
    if (/@gmail\.com$/i.test(this.book()._ownerEmail())) {
      throw new GasException('Domain protection is only supported on documents within a domain.');
    }
    this._domainEdit = !!editable;
    return this.self();
  }
  getDescription(): string {
    return this._description;
  }
  setDescription(description: string): FakeProtection {
    this.requireEditRights();
    this._description = String(description);
    return this.self();
  }
  isWarningOnly(): boolean {
    return this._warningOnly;
  }
  setWarningOnly(warningOnly: boolean): FakeProtection {
    this.requireEditRights();
    this._warningOnly = !!warningOnly;
    return this.self();
  }
  getProtectionType(): string {
    return this._type;
  }
  /** The protected range; for a sheet protection, the whole sheet. */
  getRange(): FakeRange {
    const sheet = this._sheet;
    const rect = this._type === 'RANGE' && this._rect ? this._rect : { row: 1, column: 1, numRows: sheet._maxRows, numColumns: sheet._maxColumns };
    return rangeApi(sheet, rect);
  }
  setRange(range: FakeRange): FakeProtection {
    this.requireEditRights();
    const r = unwrap(range);
    if (!(r instanceof FakeRange)) throw signatureError([range], 'SpreadsheetApp.Protection.setRange');
    if (this._type !== 'RANGE') throw new GasException('Cannot change sheet protection to range protection (or vice versa).');
    this._rect = { ...r._rect };
    return this.self();
  }
  /** Empty for a range protection. */
  getUnprotectedRanges(): FakeRange[] {
    return this._unprotected.map((rect) => rangeApi(this._sheet, rect));
  }
  /** Only for a sheet protection, with ranges of that sheet. */
  setUnprotectedRanges(ranges: FakeRange[]): FakeProtection {
    this.requireEditRights();
    if (!Array.isArray(ranges)) throw signatureError([ranges], 'SpreadsheetApp.Protection.setUnprotectedRanges');
    if (this._type !== 'SHEET') throw new GasException('Unprotected ranges can only be set on a protected sheet.');
    const rects = ranges.map((x) => {
      const r = unwrap(x);
      if (!(r instanceof FakeRange)) throw signatureError([x], 'SpreadsheetApp.Protection.setUnprotectedRanges');
      if (r._sheet !== this._sheet) throw new GasException('The unprotected ranges must be on the protected sheet.');
      return { ...r._rect };
    });
    this._unprotected = rects;
    return this.self();
  }
  remove(): void {
    this.requireEditRights();
    this._removed = true;
    this._sheet._protections = this._sheet._protections.filter((p) => p !== this);
  }
  toString(): string {
    return 'Protection';
  }
}

function inRect(rect: GridRect, row: number, column: number): boolean {
  return row >= rect.row && row < rect.row + rect.numRows && column >= rect.column && column < rect.column + rect.numColumns;
}

function emailList(values: unknown, method: string): string[] {
  if (!Array.isArray(values)) throw signatureError([values], method);
  return values.map((v) => emailOf(v, method));
}

/** The rectangle after a shift along one axis, or null when all of it was deleted. */
function shiftRect(rect: GridRect, shift: Shift): GridRect | null {
  if (shift.axis === 'row') {
    const span = shiftSpan(rect.row, rect.row + rect.numRows - 1, shift);
    return span ? { ...rect, row: span[0], numRows: span[1] - span[0] + 1 } : null;
  }
  const span = shiftSpan(rect.column, rect.column + rect.numColumns - 1, shift);
  return span ? { ...rect, column: span[0], numColumns: span[1] - span[0] + 1 } : null;
}

// ---------------------------------------------------------------------------------------------
// Developer metadata
// ---------------------------------------------------------------------------------------------

export const DeveloperMetadataVisibility = { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' } as const;
export const DeveloperMetadataLocationType = { SPREADSHEET: 'SPREADSHEET', SHEET: 'SHEET', ROW: 'ROW', COLUMN: 'COLUMN' } as const;

interface MetadataRecord {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
  /** Where it is attached: the spreadsheet, a sheet, or a span of whole rows/columns of a sheet. */
  sheet: FakeSheet | null;
  axis: Axis | null;
  start: number;
  end: number;
}

export class FakeDeveloperMetadata {
  constructor(
    readonly _record: MetadataRecord,
    private readonly book: FakeSpreadsheet,
  ) {}
  private self(): FakeDeveloperMetadata {
    return counted(this, 'DeveloperMetadata', this.book.counter);
  }
  getId(): number {
    return this._record.id;
  }
  getKey(): string {
    return this._record.key;
  }
  getValue(): string | null {
    return this._record.value;
  }
  getVisibility(): string {
    return this._record.visibility;
  }
  setKey(key: string): FakeDeveloperMetadata {
    this._record.key = String(key);
    return this.self();
  }
  setValue(value: string): FakeDeveloperMetadata {
    this._record.value = String(value);
    return this.self();
  }
  setVisibility(visibility: string): FakeDeveloperMetadata {
    this._record.visibility = String(visibility);
    return this.self();
  }
  remove(): void {
    this.book._metadata = this.book._metadata.filter((m) => m !== this._record);
  }
  getLocation(): FakeDeveloperMetadataLocation {
    return counted(new FakeDeveloperMetadataLocation(this._record, this.book), 'DeveloperMetadataLocation', this.book.counter);
  }
}

export class FakeDeveloperMetadataLocation {
  constructor(
    private readonly record: MetadataRecord,
    private readonly book: FakeSpreadsheet,
  ) {}
  getLocationType(): string {
    if (!this.record.sheet) return 'SPREADSHEET';
    if (!this.record.axis) return 'SHEET';
    return this.record.axis === 'row' ? 'ROW' : 'COLUMN';
  }
  getSpreadsheet(): FakeSpreadsheet | null {
    return this.record.sheet ? null : this.book._api;
  }
  getSheet(): FakeSheet | null {
    return this.record.sheet && !this.record.axis ? this.record.sheet._api : null;
  }
  getRow(): FakeRange | null {
    return this.record.axis === 'row' && this.record.sheet ? rangeApi(this.record.sheet, wholeRowsRect(this.record.sheet, this.record.start, this.record.end), true) : null;
  }
  getColumn(): FakeRange | null {
    if (this.record.axis !== 'column' || !this.record.sheet) return null;
    const s = this.record.sheet;
    return rangeApi(s, { row: 1, column: this.record.start, numRows: s._maxRows, numColumns: this.record.end - this.record.start + 1 }, false, true);
  }
}

function wholeRowsRect(sheet: FakeSheet, start: number, end: number): GridRect {
  return { row: start, column: 1, numRows: end - start + 1, numColumns: sheet._maxColumns };
}

export class FakeDeveloperMetadataFinder {
  private filters: ((m: MetadataRecord) => boolean)[] = [];
  constructor(
    private readonly book: FakeSpreadsheet,
    private readonly scope: (m: MetadataRecord) => boolean,
  ) {}
  private self(): FakeDeveloperMetadataFinder {
    return counted(this, 'DeveloperMetadataFinder', this.book.counter);
  }
  withKey(key: string): FakeDeveloperMetadataFinder {
    this.filters.push((m) => m.key === key);
    return this.self();
  }
  withValue(value: string): FakeDeveloperMetadataFinder {
    this.filters.push((m) => m.value === value);
    return this.self();
  }
  withId(id: number): FakeDeveloperMetadataFinder {
    this.filters.push((m) => m.id === id);
    return this.self();
  }
  withVisibility(visibility: string): FakeDeveloperMetadataFinder {
    this.filters.push((m) => m.visibility === visibility);
    return this.self();
  }
  withLocationType(type: string): FakeDeveloperMetadataFinder {
    this.filters.push((m) => new FakeDeveloperMetadataLocation(m, this.book).getLocationType() === type);
    return this.self();
  }
  find(): FakeDeveloperMetadata[] {
    return this.book._metadata.filter((m) => this.scope(m) && this.filters.every((f) => f(m))).map((m) => metadataApi(m, this.book));
  }
}

function metadataApi(record: MetadataRecord, book: FakeSpreadsheet): FakeDeveloperMetadata {
  return counted(new FakeDeveloperMetadata(record, book), 'DeveloperMetadata', book.counter);
}

// ---------------------------------------------------------------------------------------------
// Named ranges
// ---------------------------------------------------------------------------------------------

/**
 * A named range: the sheet it is on and its cells, moved by inserted and deleted rows and columns like
 * a formula reference (an insertion strictly inside, or at its last row or column, widens it; one before
 * it moves it; one right after it leaves it). "A:C" keeps every row, "3:5" every column, however many
 * the sheet gets. Deleting all its cells, or its sheet, removes it (Google shows #REF!, and
 * getRangeByName gives null).
 */
interface NamedRangeRecord {
  name: string;
  sheet: FakeSheet;
  rect: GridRect;
  wholeRows: boolean;
  wholeColumns: boolean;
}

/** Google's rule for a name: letters, digits and underscores, not starting with a digit, not a cell reference, not true/false, 1–250 characters. */
function checkRangeName(name: unknown, method: string): string {
  const text = String(name);
  const looksLikeCell = /^[A-Za-z]{1,3}\d+$/.test(text) || /^R\d*C\d*$/i.test(text);
  if (!/^[A-Za-z_][A-Za-z0-9_.]{0,249}$/.test(text) || looksLikeCell || /^(true|false)$/i.test(text))
    throw new GasException(`Invalid argument: name (${method}). Named ranges use letters, numbers and underscores, and cannot look like a cell reference.`);
  return text;
}

function namedRangeRect(record: NamedRangeRecord): GridRect {
  const { sheet, rect } = record;
  if (record.wholeColumns) return { row: 1, column: rect.column, numRows: sheet._maxRows, numColumns: rect.numColumns };
  if (record.wholeRows) return { row: rect.row, column: 1, numRows: rect.numRows, numColumns: sheet._maxColumns };
  return { ...rect };
}

export class FakeNamedRange {
  constructor(
    readonly _record: NamedRangeRecord,
    private readonly book: FakeSpreadsheet,
  ) {}
  private self(): FakeNamedRange {
    return counted(this, 'NamedRange', this.book.counter);
  }
  getName(): string {
    return this._record.name;
  }
  getRange(): FakeRange {
    return rangeApi(this._record.sheet, namedRangeRect(this._record), this._record.wholeRows, this._record.wholeColumns);
  }
  setName(name: string): FakeNamedRange {
    const text = checkRangeName(name, 'NamedRange.setName');
    this.book._checkRangeNameFree(text, this._record);
    this._record.name = text;
    return this.self();
  }
  setRange(range: FakeRange): FakeNamedRange {
    Object.assign(this._record, this.book._namedRangeTarget(range, 'SpreadsheetApp.NamedRange.setRange'));
    return this.self();
  }
  remove(): void {
    this.book._namedRanges = this.book._namedRanges.filter((r) => r !== this._record);
  }
}

// ---------------------------------------------------------------------------------------------
// Range
// ---------------------------------------------------------------------------------------------

function rangeApi(sheet: FakeSheet, rect: GridRect, wholeRows = false, wholeColumns = false): FakeRange {
  return counted(new FakeRange(sheet, { ...rect }, wholeRows, wholeColumns), 'Range', sheet._book.counter);
}

/** A grid of per-cell arguments of the right shape, or the shape error Google gives. */
function checkShape(values: unknown, rect: GridRect, method: string): unknown[][] {
  if (!Array.isArray(values) || values.some((r) => !Array.isArray(r))) throw signatureError([values], `SpreadsheetApp.Range.${method}`);
  if (values.length !== rect.numRows) {
    throw new GasException(`The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${rect.numRows}.`);
  }
  for (const row of values as unknown[][]) {
    if (row.length !== rect.numColumns) {
      throw new GasException(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${rect.numColumns}.`);
    }
  }
  return values as unknown[][];
}

type FormatKey = Exclude<keyof CellFormat, 'border'>;

/**
 * A rectangle of one sheet, fixed where it was taken (like Google's, it does not follow later row
 * insertions). Every method works on all its cells at once.
 */
export class FakeRange {
  constructor(
    readonly _sheet: FakeSheet,
    readonly _rect: GridRect,
    private readonly wholeRows = false,
    private readonly wholeColumns = false,
  ) {}
  get _wholeRows(): boolean {
    return this.wholeRows;
  }
  get _wholeColumns(): boolean {
    return this.wholeColumns;
  }

  private self(): FakeRange {
    return counted(this, 'Range', this._sheet._book.counter);
  }
  private forEachCell(fn: (row: number, column: number, i: number, j: number) => void): void {
    const { row, column, numRows, numColumns } = this._rect;
    for (let i = 0; i < numRows; i++) for (let j = 0; j < numColumns; j++) fn(row + i, column + j, i, j);
  }
  private grid<T>(fn: (row: number, column: number) => T): T[][] {
    const out: T[][] = [];
    const { row, column, numRows, numColumns } = this._rect;
    for (let i = 0; i < numRows; i++) {
      const line: T[] = [];
      for (let j = 0; j < numColumns; j++) line.push(fn(row + i, column + j));
      out.push(line);
    }
    return out;
  }
  private get book(): FakeSpreadsheet {
    return this._sheet._book;
  }

  // --- where it is ---
  getRow(): number {
    return this._rect.row;
  }
  getRowIndex(): number {
    return this._rect.row;
  }
  getColumn(): number {
    return this._rect.column;
  }
  getNumRows(): number {
    return this._rect.numRows;
  }
  getNumColumns(): number {
    return this._rect.numColumns;
  }
  getLastRow(): number {
    return this._rect.row + this._rect.numRows - 1;
  }
  getLastColumn(): number {
    return this._rect.column + this._rect.numColumns - 1;
  }
  getHeight(): number {
    return this._rect.numRows;
  }
  getWidth(): number {
    return this._rect.numColumns;
  }
  getA1Notation(): string {
    return a1Notation(this._rect, this.wholeRows, this.wholeColumns);
  }
  getSheet(): FakeSheet {
    return this._sheet._api;
  }
  getGridId(): number {
    return this._sheet._sheetId;
  }
  /** A cell of this range, 1-based inside it. */
  getCell(row: number, column: number): FakeRange {
    if (row < 1 || column < 1 || row > this._rect.numRows || column > this._rect.numColumns) {
      throw new GasException('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return rangeApi(this._sheet, { row: this._rect.row + row - 1, column: this._rect.column + column - 1, numRows: 1, numColumns: 1 });
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    const rect = {
      row: this._rect.row + rowOffset,
      column: this._rect.column + columnOffset,
      numRows: numRows ?? this._rect.numRows,
      numColumns: numColumns ?? this._rect.numColumns,
    };
    this._sheet._checkRect(rect);
    return rangeApi(this._sheet, rect);
  }
  isBlank(): boolean {
    let blank = true;
    this.forEachCell((r, c) => {
      if (hasContent(this._sheet._grid.get(r, c))) blank = false;
    });
    return blank;
  }

  // --- values ---
  /** Values by row: '' for an empty cell, computed values for formulas, dates as Date. */
  getValues(): unknown[][] {
    return this.grid((r, c) => this._sheet._valueOut(r, c));
  }
  getValue(): unknown {
    return this._sheet._valueOut(this._rect.row, this._rect.column);
  }
  /** The text each cell shows, given its number format and the spreadsheet locale. */
  getDisplayValues(): string[][] {
    return this.grid((r, c) => this._sheet._displayOf(r, c));
  }
  getDisplayValue(): string {
    return this._sheet._displayOf(this._rect.row, this._rect.column);
  }
  setValues(values: unknown[][]): FakeRange {
    const grid = checkShape(values, this._rect, 'setValues');
    this._sheet._write(this._rect, (i, j) => ({ input: grid[i][j] }));
    return this.self();
  }
  setValue(value: unknown): FakeRange {
    this._sheet._write(this._rect, () => ({ input: value }));
    return this.self();
  }
  /** Formula text by row ('' where there is none), after any row moves. */
  getFormulas(): string[][] {
    return this.grid((r, c) => this._sheet._grid.get(r, c)?.formula ?? '');
  }
  getFormula(): string {
    return this._sheet._grid.get(this._rect.row, this._rect.column)?.formula ?? '';
  }
  setFormulas(formulas: string[][]): FakeRange {
    const grid = checkShape(formulas, this._rect, 'setFormulas');
    this._sheet._write(this._rect, (i, j) => ({ input: asFormula(grid[i][j]) }));
    return this.self();
  }
  setFormula(formula: string): FakeRange {
    this._sheet._write(this._rect, () => ({ input: asFormula(formula) }));
    return this.self();
  }
  setFormulaR1C1(formula: string): FakeRange {
    this._sheet._write(this._rect, (i, j) => ({ input: asFormula(r1c1ToA1(String(formula), this._rect.row + i, this._rect.column + j)) }));
    return this.self();
  }
  setFormulasR1C1(formulas: string[][]): FakeRange {
    const grid = checkShape(formulas, this._rect, 'setFormulasR1C1');
    this._sheet._write(this._rect, (i, j) => ({ input: asFormula(r1c1ToA1(String(grid[i][j]), this._rect.row + i, this._rect.column + j)) }));
    return this.self();
  }

  // --- notes ---
  getNotes(): string[][] {
    return this.grid((r, c) => this._sheet._grid.get(r, c)?.note ?? '');
  }
  getNote(): string {
    return this._sheet._grid.get(this._rect.row, this._rect.column)?.note ?? '';
  }
  setNotes(notes: (string | null)[][]): FakeRange {
    const grid = checkShape(notes, this._rect, 'setNotes');
    this._sheet._requireEditable(this._rect);
    this.forEachCell((r, c, i, j) => {
      this._sheet._grid.cell(r, c).note = grid[i][j] === null || grid[i][j] === undefined ? '' : String(grid[i][j]);
    });
    return this.self();
  }
  setNote(note: string | null): FakeRange {
    this._sheet._requireEditable(this._rect);
    this.forEachCell((r, c) => {
      this._sheet._grid.cell(r, c).note = note === null || note === undefined ? '' : String(note);
    });
    return this.self();
  }
  clearNote(): FakeRange {
    return this.setNote(null);
  }

  // --- formats ---
  private getFormat<K extends FormatKey>(key: K): CellFormat[K][][] {
    return this.grid((r, c) => (this._sheet._grid.get(r, c)?.format ?? DEFAULT_FORMAT)[key]);
  }
  private setFormat<K extends FormatKey>(key: K, value: (i: number, j: number) => CellFormat[K]): FakeRange {
    this._sheet._requireEditable(this._rect);
    this.forEachCell((r, c, i, j) => {
      const cell = this._sheet._grid.cell(r, c);
      cell.format = { ...cell.format, [key]: value(i, j) };
    });
    return this.self();
  }
  private setFormatGrid<K extends FormatKey>(key: K, values: unknown, method: string, convert: (v: unknown) => CellFormat[K]): FakeRange {
    const grid = checkShape(values, this._rect, method);
    return this.setFormat(key, (i, j) => convert(grid[i][j]));
  }
  getNumberFormats(): string[][] {
    return this.getFormat('numberFormat');
  }
  getNumberFormat(): string {
    return this.getFormat('numberFormat')[0][0];
  }
  setNumberFormat(numberFormat: string): FakeRange {
    return this.setFormat('numberFormat', () => String(numberFormat));
  }
  setNumberFormats(numberFormats: string[][]): FakeRange {
    return this.setFormatGrid('numberFormat', numberFormats, 'setNumberFormats', String);
  }
  getBackgrounds(): string[][] {
    return this.getFormat('background');
  }
  getBackground(): string {
    return this.getFormat('background')[0][0];
  }
  /** null resets to white. */
  setBackground(color: string | null): FakeRange {
    return this.setFormat('background', () => colorOr(color, DEFAULT_FORMAT.background));
  }
  setBackgrounds(colors: (string | null)[][]): FakeRange {
    return this.setFormatGrid('background', colors, 'setBackgrounds', (v) => colorOr(v, DEFAULT_FORMAT.background));
  }
  getFontColors(): string[][] {
    return this.getFormat('fontColor');
  }
  getFontColor(): string {
    return this.getFormat('fontColor')[0][0];
  }
  setFontColor(color: string | null): FakeRange {
    return this.setFormat('fontColor', () => colorOr(color, DEFAULT_FORMAT.fontColor));
  }
  setFontColors(colors: (string | null)[][]): FakeRange {
    return this.setFormatGrid('fontColor', colors, 'setFontColors', (v) => colorOr(v, DEFAULT_FORMAT.fontColor));
  }
  getFontWeights(): string[][] {
    return this.getFormat('fontWeight');
  }
  getFontWeight(): string {
    return this.getFormat('fontWeight')[0][0];
  }
  /** 'bold' or 'normal'; null resets. */
  setFontWeight(fontWeight: string | null): FakeRange {
    return this.setFormat('fontWeight', () => (fontWeight === null ? 'normal' : String(fontWeight)));
  }
  setFontWeights(fontWeights: (string | null)[][]): FakeRange {
    return this.setFormatGrid('fontWeight', fontWeights, 'setFontWeights', (v) => (v === null ? 'normal' : String(v)));
  }
  getFontStyles(): string[][] {
    return this.getFormat('fontStyle');
  }
  setFontStyle(fontStyle: string | null): FakeRange {
    return this.setFormat('fontStyle', () => (fontStyle === null ? 'normal' : String(fontStyle)));
  }
  getFontSizes(): number[][] {
    return this.getFormat('fontSize');
  }
  getFontSize(): number {
    return this.getFormat('fontSize')[0][0];
  }
  setFontSize(size: number): FakeRange {
    return this.setFormat('fontSize', () => Number(size));
  }
  setFontSizes(sizes: number[][]): FakeRange {
    return this.setFormatGrid('fontSize', sizes, 'setFontSizes', Number);
  }
  getFontFamilies(): string[][] {
    return this.getFormat('fontFamily');
  }
  setFontFamily(fontFamily: string | null): FakeRange {
    return this.setFormat('fontFamily', () => (fontFamily === null ? 'Arial' : String(fontFamily)));
  }
  getWraps(): boolean[][] {
    return this.getFormat('wrapStrategy').map((r) => r.map((s) => s === 'WRAP'));
  }
  getWrap(): boolean {
    return this.getWraps()[0][0];
  }
  /** true → WRAP, false → OVERFLOW (as Google maps them). */
  setWrap(isWrapEnabled: boolean): FakeRange {
    return this.setFormat('wrapStrategy', () => (isWrapEnabled ? 'WRAP' : 'OVERFLOW'));
  }
  setWraps(isWrapEnabled: boolean[][]): FakeRange {
    return this.setFormatGrid('wrapStrategy', isWrapEnabled, 'setWraps', (v) => (v ? 'WRAP' : 'OVERFLOW'));
  }
  getWrapStrategies(): string[][] {
    return this.getFormat('wrapStrategy');
  }
  getWrapStrategy(): string {
    return this.getFormat('wrapStrategy')[0][0];
  }
  setWrapStrategy(strategy: string): FakeRange {
    return this.setFormat('wrapStrategy', () => String(strategy));
  }
  setWrapStrategies(strategies: string[][]): FakeRange {
    return this.setFormatGrid('wrapStrategy', strategies, 'setWrapStrategies', String);
  }
  getHorizontalAlignments(): string[][] {
    return this.getFormat('horizontalAlignment');
  }
  getHorizontalAlignment(): string {
    return this.getFormat('horizontalAlignment')[0][0];
  }
  /** 'left' | 'center' | 'right' | 'normal'; null resets. */
  setHorizontalAlignment(alignment: string | null): FakeRange {
    return this.setFormat('horizontalAlignment', () => (alignment === null ? 'general' : String(alignment)));
  }
  setHorizontalAlignments(alignments: (string | null)[][]): FakeRange {
    return this.setFormatGrid('horizontalAlignment', alignments, 'setHorizontalAlignments', (v) => (v === null ? 'general' : String(v)));
  }
  getVerticalAlignments(): string[][] {
    return this.getFormat('verticalAlignment');
  }
  getVerticalAlignment(): string {
    return this.getFormat('verticalAlignment')[0][0];
  }
  setVerticalAlignment(alignment: string | null): FakeRange {
    return this.setFormat('verticalAlignment', () => (alignment === null ? 'bottom' : String(alignment)));
  }
  setVerticalAlignments(alignments: (string | null)[][]): FakeRange {
    return this.setFormatGrid('verticalAlignment', alignments, 'setVerticalAlignments', (v) => (v === null ? 'bottom' : String(v)));
  }
  /** setBorder(top, left, bottom, right, vertical, horizontal[, color, style]) — recorded per cell. */
  setBorder(...args: unknown[]): FakeRange {
    if (args.length !== 6 && args.length !== 8) throw signatureError(args, 'SpreadsheetApp.Range.setBorder');
    this._sheet._requireEditable(this._rect);
    this.forEachCell((r, c) => {
      const cell = this._sheet._grid.cell(r, c);
      cell.format = { ...cell.format, border: [...args] };
    });
    return this.self();
  }
  /** The setBorder arguments recorded on the top-left cell (fake-only helper). */
  _borderOf(): unknown[] | null {
    return this._sheet._grid.get(this._rect.row, this._rect.column)?.format.border ?? null;
  }

  // --- data validation ---
  getDataValidations(): (FakeDataValidation | null)[][] {
    return this.grid((r, c) => this._sheet._grid.get(r, c)?.validation ?? null);
  }
  getDataValidation(): FakeDataValidation | null {
    return this._sheet._grid.get(this._rect.row, this._rect.column)?.validation ?? null;
  }
  /** null clears. */
  setDataValidation(rule: FakeDataValidation | null): FakeRange {
    const raw = rule === null ? null : unwrap(rule);
    if (raw !== null && !(raw instanceof FakeDataValidation)) throw signatureError([rule], 'SpreadsheetApp.Range.setDataValidation');
    this._sheet._requireEditable(this._rect);
    this.forEachCell((r, c) => {
      this._sheet._grid.cell(r, c).validation = raw === null ? null : rule;
    });
    return this.self();
  }
  setDataValidations(rules: (FakeDataValidation | null)[][]): FakeRange {
    const grid = checkShape(rules, this._rect, 'setDataValidations');
    for (const row of grid) for (const v of row) if (v !== null && !(unwrap(v) instanceof FakeDataValidation)) throw signatureError([rules], 'SpreadsheetApp.Range.setDataValidations');
    this._sheet._requireEditable(this._rect);
    this.forEachCell((r, c, i, j) => {
      this._sheet._grid.cell(r, c).validation = (grid[i][j] as FakeDataValidation | null) ?? null;
    });
    return this.self();
  }
  clearDataValidations(): FakeRange {
    return this.setDataValidation(null);
  }

  // --- clearing ---
  clearContent(): FakeRange {
    this._sheet._requireEditable(this._rect);
    this.forEachCell((r, c) => {
      const cell = this._sheet._grid.get(r, c);
      if (cell) Object.assign(cell, { value: '', formula: '' });
    });
    return this.self();
  }
  clearFormat(): FakeRange {
    this._sheet._requireEditable(this._rect);
    this.forEachCell((r, c) => {
      const cell = this._sheet._grid.get(r, c);
      if (cell) cell.format = DEFAULT_FORMAT;
    });
    return this.self();
  }
  /** clear() or clear({contentsOnly, formatOnly, validationsOnly, commentsOnly}). */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; commentsOnly?: boolean }): FakeRange {
    this._sheet._requireEditable(this._rect);
    const o = options ?? {};
    const only = o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly;
    this.forEachCell((r, c) => {
      const cell = this._sheet._grid.get(r, c);
      if (!cell) return;
      if (!only || o.contentsOnly) Object.assign(cell, { value: '', formula: '' });
      if (!only || o.formatOnly) cell.format = DEFAULT_FORMAT;
      if (!only || o.validationsOnly) cell.validation = null;
      if (o.commentsOnly) cell.note = '';
    });
    return this.self();
  }

  // --- merging ---
  /** Keeps the top-left value, clears the others, as Google does. */
  merge(): FakeRange {
    this._sheet._requireEditable(this._rect);
    this.forEachCell((r, c, i, j) => {
      if (i === 0 && j === 0) return;
      const cell = this._sheet._grid.get(r, c);
      if (cell) Object.assign(cell, { value: '', formula: '' });
    });
    this._sheet._merges = this._sheet._merges.filter((m) => !overlaps(m, this._rect));
    this._sheet._merges.push({ ...this._rect });
    return this.self();
  }
  mergeAcross(): FakeRange {
    for (let i = 0; i < this._rect.numRows; i++) {
      new FakeRange(this._sheet, { ...this._rect, row: this._rect.row + i, numRows: 1 }).merge();
    }
    return this.self();
  }
  breakApart(): FakeRange {
    this._sheet._merges = this._sheet._merges.filter((m) => !overlaps(m, this._rect));
    return this.self();
  }
  isPartOfMerge(): boolean {
    return this._sheet._merges.some((m) => overlaps(m, this._rect));
  }
  getMergedRanges(): FakeRange[] {
    return this._sheet._merges.filter((m) => overlaps(m, this._rect)).map((m) => rangeApi(this._sheet, m));
  }

  // --- protection, selection, metadata ---
  /** A new range protection (even if one already covers it), editors mirroring the spreadsheet's. */
  protect(): FakeProtection {
    const p = new FakeProtection(this._sheet, 'RANGE', { ...this._rect });
    this._sheet._protections.push(p);
    return counted(p, 'Protection', this.book.counter);
  }
  activate(): FakeRange {
    this.book._activate(this._sheet, this._rect);
    return this.self();
  }
  activateAsCurrentCell(): FakeRange {
    return this.activate();
  }
  /** Only whole rows or whole columns can carry metadata, as in Google. */
  addDeveloperMetadata(key: string, value?: string, visibility?: string): FakeRange {
    const whole = this.wholeAxis();
    if (!whole) {
      throw new GasException(
        'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
      );
    }
    this.book._addMetadata(key, value, visibility, this._sheet, whole.axis, whole.start, whole.end);
    return this.self();
  }
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    const whole = this.wholeAxis();
    if (!whole) return [];
    return this.book._metadata.filter((m) => m.sheet === this._sheet && m.axis === whole.axis && m.start >= whole.start && m.end <= whole.end).map((m) => metadataApi(m, this.book));
  }
  private wholeAxis(): { axis: Axis; start: number; end: number } | null {
    const s = this._sheet;
    if (this._rect.column === 1 && this._rect.numColumns === s._maxColumns) return { axis: 'row', start: this._rect.row, end: this.getLastRow() };
    if (this._rect.row === 1 && this._rect.numRows === s._maxRows) return { axis: 'column', start: this._rect.column, end: this.getLastColumn() };
    return null;
  }
  toString(): string {
    return 'Range';
  }
}

function asFormula(formula: unknown): string {
  const text = formula === null || formula === undefined ? '' : String(formula);
  if (text === '') return '';
  return text.startsWith('=') ? text : `=${text}`;
}

function colorOr(color: unknown, fallback: string): string {
  return color === null || color === undefined ? fallback : String(color);
}

function overlaps(a: GridRect, b: GridRect): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.column < b.column + b.numColumns && b.column < a.column + a.numColumns;
}

// ---------------------------------------------------------------------------------------------
// Sheet
// ---------------------------------------------------------------------------------------------

export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;
const DEFAULT_COLUMN_WIDTH = 100;
const DEFAULT_ROW_HEIGHT = 21;

export class FakeSheet {
  readonly _grid = new CellGrid();
  _protections: FakeProtection[] = [];
  _merges: GridRect[] = [];
  _maxRows = DEFAULT_MAX_ROWS;
  _maxColumns = DEFAULT_MAX_COLUMNS;
  _hidden = false;
  _frozenRows = 0;
  _frozenColumns = 0;
  _tabColor: string | null = null;
  _columnWidths = new Map<number, number>();
  _rowHeights = new Map<number, number>();
  _activeRect: GridRect = { row: 1, column: 1, numRows: 1, numColumns: 1 };
  /** The object handed to the script for this sheet (stable identity). */
  readonly _api: FakeSheet;

  constructor(
    readonly _book: FakeSpreadsheet,
    public _name: string,
    readonly _sheetId: number,
  ) {
    this._api = counted(this, 'Sheet', _book.counter);
  }

  // --- plumbing used by Range ---
  _checkRect(rect: GridRect): void {
    if (rect.row < 1) throw new GasException('The starting row of the range is too small.');
    if (rect.column < 1) throw new GasException('The starting column of the range is too small.');
    if (rect.numRows < 1) throw new GasException('The number of rows in the range must be at least 1.');
    if (rect.numColumns < 1) throw new GasException('The number of columns in the range must be at least 1.');
    if (rect.row + rect.numRows - 1 > this._maxRows || rect.column + rect.numColumns - 1 > this._maxColumns) {
      throw new GasException('The coordinates of the range are outside the dimensions of the sheet.');
    }
  }

  /** Throws like Google when the current user may not edit some cell of the rectangle. */
  _requireEditable(rect: GridRect): void {
    const user = this._book._currentUser();
    const blocking = this._protections.filter((p) => !p._canEdit(user));
    if (blocking.length === 0) return;
    for (let r = rect.row; r < rect.row + rect.numRows; r++) {
      for (let c = rect.column; c < rect.column + rect.numColumns; c++) {
        if (blocking.some((p) => p._covers(r, c))) throw new GasException(PROTECTED_CELL_MESSAGE);
      }
    }
  }

  /**
   * Writes typed-in input into every cell of the rectangle: all or nothing, after checking
   * protection and the data validation rules that reject invalid input.
   */
  _write(rect: GridRect, inputAt: (i: number, j: number) => { input: unknown }): void {
    this._requireEditable(rect);
    const ctx = this._book._localeContext();
    const results: { cell: Cell; value: StoredValue; formula: string; numberFormat?: string }[] = [];
    for (let i = 0; i < rect.numRows; i++) {
      for (let j = 0; j < rect.numColumns; j++) {
        const row = rect.row + i;
        const column = rect.column + j;
        const cell = this._grid.cell(row, column);
        const typed = typedIn(inputAt(i, j).input, cell.format.numberFormat, ctx);
        const rule = cell.validation?._data;
        if (rule && !rule.allowInvalid && typed.formula === '' && typed.value !== '' && !passesRule(typed.value, rule, ctx.timeZone)) {
          throw new GasException(`The data you entered in cell ${columnToLetters(column)}${row} violates the data validation rules set on this cell.`);
        }
        results.push({ cell, ...typed });
      }
    }
    for (const { cell, value, formula, numberFormat } of results) {
      cell.value = value;
      cell.formula = formula;
      if (numberFormat) cell.format = { ...cell.format, numberFormat };
    }
  }

  /** The value a script reads: computed for formulas, a fresh script-realm Date for dates. */
  _valueOut(row: number, column: number): unknown {
    const v = this._computed(row, column, new Set());
    return isDate(v) ? scriptDate(v, this._book.counter) : v;
  }

  _displayOf(row: number, column: number): string {
    const cell = this._grid.get(row, column);
    return displayText(this._computed(row, column, new Set()), cell?.format.numberFormat ?? DEFAULT_NUMBER_FORMAT, this._book._localeContext());
  }

  /** Stored value, or the formula's result ('' for formulas the fake can't compute). */
  _computed(row: number, column: number, visiting: Set<string>): StoredValue {
    const cell = this._grid.get(row, column);
    if (!cell) return '';
    if (cell.formula === '') return cell.value;
    const key = `${this._sheetId}:${row}:${column}`;
    if (visiting.has(key)) return '#REF!';
    visiting.add(key);
    try {
      const node = parseFormula(cell.formula.slice(1));
      const result = scalar(evaluate(node, (sheetName, rect) => this._book._readForFormula(this, sheetName, rect, visiting)));
      if (result instanceof FormulaError) return result.code;
      return result === null ? '' : (result as StoredValue);
    } catch (e) {
      if (e instanceof Unsupported) return '';
      throw e;
    } finally {
      visiting.delete(key);
    }
  }

  /** Moves everything row- or column-bound on this sheet after a structural change. */
  _applyShift(shift: Shift): void {
    for (const p of [...this._protections]) {
      if (p._type === 'RANGE' && p._rect) {
        const rect = shiftRect(p._rect, shift);
        if (rect) p._rect = rect;
        else this._protections = this._protections.filter((x) => x !== p);
      }
      p._unprotected = p._unprotected.map((r) => shiftRect(r, shift)).filter((r): r is GridRect => r !== null);
    }
    this._merges = this._merges.map((r) => shiftRect(r, shift)).filter((r): r is GridRect => r !== null);
    const sizes = shift.axis === 'row' ? this._rowHeights : this._columnWidths;
    const moved = new Map<number, number>();
    for (const [k, v] of sizes) {
      const span = shiftSpan(k, k, shift);
      if (span) moved.set(span[0], v);
    }
    sizes.clear();
    for (const [k, v] of moved) sizes.set(k, v);
  }

  private self(): FakeSheet {
    return this._api;
  }

  private checkPositive(n: unknown, what: string, method: string): number {
    if (typeof n !== 'number' || !Number.isInteger(n)) throw signatureError([n], `SpreadsheetApp.Sheet.${method}`);
    if (n < 1) throw new GasException(`${what} must be at least 1.`);
    return n;
  }

  // --- identity ---
  getName(): string {
    return this._name;
  }
  getSheetName(): string {
    return this._name;
  }
  setName(name: string): FakeSheet {
    this._book._checkNewName(String(name), this);
    const old = this._name;
    this._name = String(name);
    this._book._renameInFormulas(old, this._name);
    return this.self();
  }
  /** 1-based position among the sheets. */
  getIndex(): number {
    return this._book._sheets.indexOf(this) + 1;
  }
  getSheetId(): number {
    return this._sheetId;
  }
  getParent(): FakeSpreadsheet {
    return this._book._api;
  }
  getType(): string {
    return 'GRID';
  }

  // --- size and content ---
  getMaxRows(): number {
    return this._maxRows;
  }
  getMaxColumns(): number {
    return this._maxColumns;
  }
  /** Last row with a value or formula; 0 for an empty sheet. */
  getLastRow(): number {
    return this._grid.lastContent().row;
  }
  getLastColumn(): number {
    return this._grid.lastContent().column;
  }

  getRange(...args: unknown[]): FakeRange {
    if (args.length === 1 && typeof args[0] === 'string') {
      const parsed = parseA1Notation(args[0], this._maxRows, this._maxColumns);
      if (!parsed || (parsed.sheetName !== null && parsed.sheetName.toLowerCase() !== this._name.toLowerCase())) throw new GasException('Range not found');
      this._checkRect(parsed.rect);
      return rangeApi(this, parsed.rect, parsed.wholeRows, parsed.wholeColumns);
    }
    if (args.length < 2 || args.length > 4 || args.some((a) => typeof a !== 'number' || !Number.isFinite(a))) {
      throw signatureError(args, 'SpreadsheetApp.Sheet.getRange');
    }
    const [row, column, numRows = 1, numColumns = 1] = (args as number[]).map((n) => Math.trunc(n));
    const rect = { row, column, numRows, numColumns };
    this._checkRect(rect);
    return rangeApi(this, rect);
  }
  /** Sheet.getRangeList(a1Notations): one call styles every range of the list. */
  getRangeList(a1Notations: unknown): FakeRangeList {
    if (!Array.isArray(a1Notations) || a1Notations.some((a) => typeof a !== 'string')) throw signatureError([a1Notations], 'SpreadsheetApp.Sheet.getRangeList');
    const ranges = (a1Notations as string[]).map((a) => {
      const parsed = parseA1Notation(a, this._maxRows, this._maxColumns);
      if (!parsed) throw new GasException('Range not found');
      this._checkRect(parsed.rect);
      return new FakeRange(this, { ...parsed.rect }, parsed.wholeRows, parsed.wholeColumns);
    });
    return counted(new FakeRangeList(ranges, this), 'RangeList', this._book.counter);
  }
  /** From A1 to the last row and column with content (A1 alone on an empty sheet). */
  getDataRange(): FakeRange {
    const { row, column } = this._grid.lastContent();
    return rangeApi(this, { row: 1, column: 1, numRows: Math.max(row, 1), numColumns: Math.max(column, 1) });
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const rect = {
      row: startRow,
      column: startColumn,
      numRows: numRows === -1 ? this.getLastRow() - startRow + 1 : numRows,
      numColumns: numColumns === -1 ? this.getLastColumn() - startColumn + 1 : numColumns,
    };
    this._checkRect(rect);
    return new FakeRange(this, rect).getValues();
  }
  /** Writes after the last row with content, growing the sheet when needed. */
  appendRow(rowContents: unknown[]): FakeSheet {
    if (!Array.isArray(rowContents)) throw signatureError([rowContents], 'SpreadsheetApp.Sheet.appendRow');
    const row = this.getLastRow() + 1;
    if (row > this._maxRows) this._maxRows = row;
    if (rowContents.length > this._maxColumns) this._maxColumns = rowContents.length;
    if (rowContents.length > 0) this._write({ row, column: 1, numRows: 1, numColumns: rowContents.length }, (_i, j) => ({ input: rowContents[j] }));
    return this.self();
  }

  // --- rows ---
  /**
   * Inserts rows so the first new one is `beforePosition`. Everything below moves down: values,
   * formulas, notes, formats, validations, formula references everywhere, merges and the ranges of
   * protections. New rows take the formats and validations of the row at `beforePosition`.
   */
  insertRowsBefore(beforePosition: number, howMany: number): FakeSheet {
    const at = this.checkPositive(beforePosition, 'The row position', 'insertRowsBefore');
    const n = this.checkPositive(howMany, 'The number of rows', 'insertRowsBefore');
    if (at > this._maxRows) throw new GasException('The coordinates of the range are outside the dimensions of the sheet.');
    this.insertRowsAt(at, n, at);
    return this.self();
  }
  /** New rows take the formats and validations of row `afterPosition`. */
  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    const after = this.checkPositive(afterPosition, 'The row position', 'insertRowsAfter');
    const n = this.checkPositive(howMany, 'The number of rows', 'insertRowsAfter');
    if (after > this._maxRows) throw new GasException('The coordinates of the range are outside the dimensions of the sheet.');
    this.insertRowsAt(after + 1, n, after);
    return this.self();
  }
  insertRowBefore(beforePosition: number): FakeSheet {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRowAfter(afterPosition: number): FakeSheet {
    return this.insertRowsAfter(afterPosition, 1);
  }
  /** insertRows(rowIndex[, numRows]): same as insertRowsBefore; returns nothing. */
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }
  private insertRowsAt(at: number, count: number, inheritFrom: number): void {
    this.requireStructureEditable('row', at, count, 'insert');
    this._grid.insertRows(at, count, inheritFrom);
    this._maxRows += count;
    this._book._shift({ sheetName: this._name, axis: 'row', kind: 'insert', at, count }, this);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    const at = this.checkPositive(rowPosition, 'The row position', 'deleteRows');
    const n = this.checkPositive(howMany, 'The number of rows', 'deleteRows');
    if (at + n - 1 > this._maxRows) throw new GasException('Those rows are out of bounds.');
    if (n >= this._maxRows - this._frozenRows && at <= this._frozenRows + 1) throw new GasException('Sorry, it is not possible to delete all non-frozen rows.');
    this.requireStructureEditable('row', at, n, 'delete');
    this._grid.deleteRows(at, n);
    this._maxRows -= n;
    this._book._shift({ sheetName: this._name, axis: 'row', kind: 'delete', at, count: n }, this);
  }
  deleteRow(rowPosition: number): FakeSheet {
    this.deleteRows(rowPosition, 1);
    return this.self();
  }

  // --- columns ---
  insertColumnsBefore(beforePosition: number, howMany: number): FakeSheet {
    const at = this.checkPositive(beforePosition, 'The column position', 'insertColumnsBefore');
    const n = this.checkPositive(howMany, 'The number of columns', 'insertColumnsBefore');
    if (at > this._maxColumns) throw new GasException('The coordinates of the range are outside the dimensions of the sheet.');
    this.insertColumnsAt(at, n, at);
    return this.self();
  }
  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    const after = this.checkPositive(afterPosition, 'The column position', 'insertColumnsAfter');
    const n = this.checkPositive(howMany, 'The number of columns', 'insertColumnsAfter');
    if (after > this._maxColumns) throw new GasException('The coordinates of the range are outside the dimensions of the sheet.');
    this.insertColumnsAt(after + 1, n, after);
    return this.self();
  }
  insertColumnBefore(beforePosition: number): FakeSheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumnAfter(afterPosition: number): FakeSheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  private insertColumnsAt(at: number, count: number, inheritFrom: number): void {
    this.requireStructureEditable('column', at, count, 'insert');
    this._grid.insertColumns(at, count, inheritFrom);
    this._maxColumns += count;
    this._book._shift({ sheetName: this._name, axis: 'column', kind: 'insert', at, count }, this);
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    const at = this.checkPositive(columnPosition, 'The column position', 'deleteColumns');
    const n = this.checkPositive(howMany, 'The number of columns', 'deleteColumns');
    if (at + n - 1 > this._maxColumns) throw new GasException('Those columns are out of bounds.');
    if (n >= this._maxColumns - this._frozenColumns && at <= this._frozenColumns + 1) throw new GasException('Sorry, it is not possible to delete all non-frozen columns.');
    this.requireStructureEditable('column', at, n, 'delete');
    this._grid.deleteColumns(at, n);
    this._maxColumns -= n;
    this._book._shift({ sheetName: this._name, axis: 'column', kind: 'delete', at, count: n }, this);
  }
  deleteColumn(columnPosition: number): FakeSheet {
    this.deleteColumns(columnPosition, 1);
    return this.self();
  }

  /**
   * Inserting or deleting rows needs edit rights on the sheet protection, and on a range
   * protection the change falls inside (an insertion strictly within it, a deletion touching it).
   */
  private requireStructureEditable(axis: Axis, at: number, count: number, kind: 'insert' | 'delete'): void {
    const user = this._book._currentUser();
    for (const p of this._protections) {
      if (p._canEdit(user)) continue;
      if (p._type === 'SHEET') throw new GasException(PROTECTED_CELL_MESSAGE);
      if (!p._rect) continue;
      const start = axis === 'row' ? p._rect.row : p._rect.column;
      const end = start + (axis === 'row' ? p._rect.numRows : p._rect.numColumns) - 1;
      const hit = kind === 'insert' ? at > start && at <= end : at <= end && at + count - 1 >= start;
      if (hit) throw new GasException(PROTECTED_CELL_MESSAGE);
    }
  }

  // --- appearance ---
  hideSheet(): FakeSheet {
    if (this._book._sheets.filter((s) => !s._hidden && s !== this).length === 0) {
      throw new GasException("You can't hide all the sheets in a document.");
    }
    this._hidden = true;
    return this.self();
  }
  showSheet(): FakeSheet {
    this._hidden = false;
    return this.self();
  }
  isSheetHidden(): boolean {
    return this._hidden;
  }
  setFrozenRows(rows: number): void {
    this._frozenRows = Number(rows);
  }
  getFrozenRows(): number {
    return this._frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this._frozenColumns = Number(columns);
  }
  getFrozenColumns(): number {
    return this._frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): FakeSheet {
    this._columnWidths.set(columnPosition, Number(width));
    return this.self();
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): FakeSheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this._columnWidths.set(c, Number(width));
    return this.self();
  }
  getColumnWidth(columnPosition: number): number {
    return this._columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  setRowHeight(rowPosition: number, height: number): FakeSheet {
    this._rowHeights.set(rowPosition, Number(height));
    return this.self();
  }
  setRowHeights(startRow: number, numRows: number, height: number): FakeSheet {
    for (let r = startRow; r < startRow + numRows; r++) this._rowHeights.set(r, Number(height));
    return this.self();
  }
  getRowHeight(rowPosition: number): number {
    return this._rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }
  autoResizeColumns(): FakeSheet {
    return this.self();
  }
  autoResizeColumn(): FakeSheet {
    return this.self();
  }
  setTabColor(color: string | null): FakeSheet {
    this._tabColor = color === null ? null : String(color);
    return this.self();
  }
  getTabColor(): string | null {
    return this._tabColor;
  }

  // --- clearing ---
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): FakeSheet {
    new FakeRange(this, { row: 1, column: 1, numRows: this._maxRows, numColumns: this._maxColumns }).clear(options);
    return this.self();
  }
  clearContents(): FakeSheet {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): FakeSheet {
    return this.clear({ formatOnly: true });
  }

  // --- selection ---
  activate(): FakeSheet {
    this._book._activate(this, null);
    return this.self();
  }
  setActiveRange(range: FakeRange): FakeRange {
    const r = unwrap(range);
    if (!(r instanceof FakeRange) || r._sheet !== this) throw signatureError([range], 'SpreadsheetApp.Sheet.setActiveRange');
    this._book._activate(this, r._rect);
    return rangeApi(this, r._rect);
  }
  setActiveSelection(rangeOrA1: FakeRange | string): FakeRange {
    const r = typeof rangeOrA1 === 'string' ? unwrap(this.getRange(rangeOrA1)) : unwrap(rangeOrA1);
    return this.setActiveRange(r);
  }
  getActiveRange(): FakeRange {
    return rangeApi(this, this._activeRect);
  }
  getActiveCell(): FakeRange {
    return rangeApi(this, { row: this._activeRect.row, column: this._activeRect.column, numRows: 1, numColumns: 1 });
  }

  // --- protection ---
  /** The sheet's protection: the existing one if the sheet is already protected. */
  protect(): FakeProtection {
    let p = this._protections.find((x) => x._type === 'SHEET');
    if (!p) {
      p = new FakeProtection(this, 'SHEET', null);
      this._protections.push(p);
    }
    return counted(p, 'Protection', this._book.counter);
  }
  getProtections(type: string): FakeProtection[] {
    if (type !== 'RANGE' && type !== 'SHEET') throw signatureError([type], 'SpreadsheetApp.Sheet.getProtections');
    return this._protections.filter((p) => p._type === type).map((p) => counted(p, 'Protection', this._book.counter));
  }

  // --- developer metadata ---
  addDeveloperMetadata(key: string, value?: string, visibility?: string): FakeSheet {
    this._book._addMetadata(key, value, visibility, this, null, 0, 0);
    return this.self();
  }
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return this._book._metadata.filter((m) => m.sheet === this && m.axis === null).map((m) => metadataApi(m, this._book));
  }
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return counted(new FakeDeveloperMetadataFinder(this._book, (m) => m.sheet === this), 'DeveloperMetadataFinder', this._book.counter);
  }

  toString(): string {
    return 'Sheet';
  }
}

// ---------------------------------------------------------------------------------------------
// Spreadsheet
// ---------------------------------------------------------------------------------------------

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
}

export interface SpreadsheetOptions {
  counter?: CallCounter;
  /** Where the spreadsheet lives as a file (owner, editors). A new Drive fake when omitted. */
  drive?: FakeDrive;
  id?: string;
  name?: string;
  ownerEmail?: string;
  /** Other editors of the file. */
  editors?: string[];
  /** The user the script runs as (Session.getEffectiveUser); read on every check. */
  currentUser?: () => string;
  timeZone?: string;
  locale?: string;
  /** Names of the sheets it starts with; ["Sheet1"] by default. */
  sheetNames?: string[];
}

export class FakeSpreadsheet {
  readonly counter: CallCounter;
  readonly _api: FakeSpreadsheet;
  readonly _file: FileRecord;
  _sheets: FakeSheet[] = [];
  _active: FakeSheet;
  _timeZone: string;
  _locale: string;
  _metadata: MetadataRecord[] = [];
  _namedRanges: NamedRangeRecord[] = [];
  readonly _toasts: Toast[] = [];
  private nextSheetId = 0;
  private nextMetadataId = 1;
  private readonly currentUserOf: () => string;

  constructor(options: SpreadsheetOptions & { counter: CallCounter; drive: FakeDrive }) {
    this.counter = options.counter;
    const id = options.id ?? 'fake-spreadsheet-id';
    this._file = options.drive.files.get(id) ?? options.drive.registerFile({ id, name: options.name ?? 'Untitled spreadsheet', ownerEmail: options.ownerEmail, editors: options.editors });
    this.currentUserOf = options.currentUser ?? (() => this._file.ownerEmail);
    this._timeZone = options.timeZone ?? 'Asia/Ho_Chi_Minh';
    this._locale = options.locale ?? 'vi_VN';
    this._api = counted(this, 'Spreadsheet', this.counter);
    for (const name of options.sheetNames ?? ['Sheet1']) this._sheets.push(this.newSheet(name));
    this._active = this._sheets[0];
  }

  // --- plumbing ---
  _currentUser(): string {
    return this.currentUserOf();
  }
  _ownerEmail(): string {
    return this._file.ownerEmail;
  }
  /** Owner, editors of the file, and the user running the script (who must be able to edit). */
  _spreadsheetEditors(): string[] {
    const out: string[] = [];
    for (const e of [this._file.ownerEmail, ...this._file.editors, this._currentUser()]) if (e && !out.some((x) => sameEmail(x, e))) out.push(e);
    return out;
  }
  _localeContext(): LocaleContext {
    return { locale: this._locale, timeZone: this._timeZone };
  }
  private newSheet(name: string): FakeSheet {
    const id = this.nextSheetId === 0 ? 0 : 100000000 + this.nextSheetId * 7919;
    this.nextSheetId += 1;
    return new FakeSheet(this, name, id);
  }
  _findSheet(name: string): FakeSheet | undefined {
    return this._sheets.find((s) => s._name.toLowerCase() === String(name).toLowerCase());
  }
  /** Google's rules for a new sheet name: not empty, at most 100 characters, not taken (any case). */
  _checkNewName(name: string, renaming: FakeSheet | null): void {
    if (name.trim() === '') throw new GasException('Invalid argument: sheetName. Sheet names cannot be empty.');
    if (name.length > 100) throw new GasException('Invalid argument: sheetName. Sheet names cannot be longer than 100 characters.');
    const existing = this._findSheet(name);
    if (existing && existing !== renaming) throw new GasException(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }
  _renameInFormulas(oldName: string, newName: string): void {
    const quoted = (n: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(n) ? n : `'${n.replace(/'/g, "''")}'`);
    const pattern = new RegExp(`(^|[^A-Za-z0-9_'])(${escapeRegExp(quoted(oldName))}|'${escapeRegExp(oldName.replace(/'/g, "''"))}')!`, 'gi');
    for (const sheet of this._sheets) for (const cell of sheet._grid.formulaCells()) cell.formula = cell.formula.replace(pattern, `$1${quoted(newName)}!`);
  }
  /** A structural change of `sheet`: every formula of the spreadsheet and the sheet's own objects follow. */
  _shift(shift: Shift, sheet: FakeSheet): void {
    for (const s of this._sheets) for (const cell of s._grid.formulaCells()) cell.formula = shiftFormula(cell.formula, s._name, shift);
    sheet._applyShift(shift);
    this._metadata = this._metadata.filter((m) => {
      if (m.sheet !== sheet || m.axis !== shift.axis) return true;
      const span = shiftSpan(m.start, m.end, shift);
      if (!span) return false;
      [m.start, m.end] = span;
      return true;
    });
    this._namedRanges = this._namedRanges.filter((r) => {
      if (r.sheet !== sheet || (shift.axis === 'row' ? r.wholeColumns : r.wholeRows)) return true;
      const rect = shiftRect(r.rect, shift);
      if (rect) r.rect = rect;
      return rect !== null;
    });
  }
  _checkRangeNameFree(name: string, except: NamedRangeRecord | null): void {
    if (this._namedRanges.some((r) => r !== except && r.name.toLowerCase() === name.toLowerCase())) throw new GasException(`A named range called "${name}" already exists.`);
  }
  _namedRangeTarget(range: FakeRange, method: string): Pick<NamedRangeRecord, 'sheet' | 'rect' | 'wholeRows' | 'wholeColumns'> {
    const r = unwrap(range);
    if (!(r instanceof FakeRange) || !this._sheets.includes(r._sheet)) throw signatureError([range], method);
    return { sheet: r._sheet, rect: { ...r._rect }, wholeRows: r._wholeRows, wholeColumns: r._wholeColumns };
  }
  /** Evaluated cells of a reference inside a formula on `host`. */
  _readForFormula(host: FakeSheet, sheetName: string | null, rect: GridRect, visiting: Set<string>): EvalValue[][] | FormulaError {
    const sheet = sheetName === null ? host : this._findSheet(sheetName);
    if (!sheet) return new FormulaError('#REF!');
    const out: EvalValue[][] = [];
    for (let r = rect.row; r < rect.row + rect.numRows; r++) {
      const line: EvalValue[] = [];
      for (let c = rect.column; c < rect.column + rect.numColumns; c++) {
        const v = sheet._computed(r, c, visiting);
        if (v === '') line.push(hasContent(sheet._grid.get(r, c)) ? '' : null);
        else if (isDate(v)) line.push(dateToSerial(v, this._timeZone));
        else if (typeof v === 'string' && /^#(REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!|ERROR!)$/.test(v)) line.push(new FormulaError(v));
        else line.push(v);
      }
      out.push(line);
    }
    return out;
  }
  _activate(sheet: FakeSheet, rect: GridRect | null): void {
    this._active = sheet;
    if (rect) sheet._activeRect = { ...rect };
  }
  _addMetadata(key: string, value: string | undefined, visibility: string | undefined, sheet: FakeSheet | null, axis: Axis | null, start: number, end: number): void {
    this._metadata.push({
      id: this.nextMetadataId++,
      key: String(key),
      value: value === undefined || value === null ? null : String(value),
      visibility: visibility ?? 'DOCUMENT',
      sheet,
      axis,
      start,
      end,
    });
  }
  private self(): FakeSpreadsheet {
    return this._api;
  }

  // --- identity ---
  getId(): string {
    return this._file.id;
  }
  getName(): string {
    return this._file.name;
  }
  rename(newName: string): void {
    this._file.name = String(newName);
  }
  getUrl(): string {
    return this._file.url;
  }
  getOwner(): FakeUser {
    return userApi(this._file.ownerEmail, this.counter);
  }
  /** Editors of the file, the owner first. */
  getEditors(): FakeUser[] {
    return [this._file.ownerEmail, ...this._file.editors].map((e) => userApi(e, this.counter));
  }
  addEditor(emailAddressOrUser: string | FakeUser): FakeSpreadsheet {
    this.fileApi().addEditor(emailOf(emailAddressOrUser, 'SpreadsheetApp.Spreadsheet.addEditor'));
    return this.self();
  }
  addEditors(emailAddresses: string[]): FakeSpreadsheet {
    this.fileApi().addEditors(emailList(emailAddresses, 'SpreadsheetApp.Spreadsheet.addEditors'));
    return this.self();
  }
  removeEditor(emailAddressOrUser: string | FakeUser): FakeSpreadsheet {
    this.fileApi().removeEditor(emailOf(emailAddressOrUser, 'SpreadsheetApp.Spreadsheet.removeEditor'));
    return this.self();
  }
  addViewer(emailAddressOrUser: string | FakeUser): FakeSpreadsheet {
    this.fileApi().addViewer(emailOf(emailAddressOrUser, 'SpreadsheetApp.Spreadsheet.addViewer'));
    return this.self();
  }
  addViewers(emailAddresses: string[]): FakeSpreadsheet {
    this.fileApi().addViewers(emailList(emailAddresses, 'SpreadsheetApp.Spreadsheet.addViewers'));
    return this.self();
  }
  getViewers(): FakeUser[] {
    return [...this._file.viewers, ...this._file.commenters].map((e) => userApi(e, this.counter));
  }
  /** The Drive file behind the spreadsheet, uncounted (sharing is recorded by the Drive fake). */
  private fileApi(): FakeFile {
    return unwrap(unwrap(this._drive.service).getFileById(this._file.id));
  }
  /** Set by the factory. */
  _drive!: FakeDrive;

  getSpreadsheetTimeZone(): string {
    return this._timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: String(timezone) });
    } catch {
      throw new GasException(`Invalid argument: timezone`);
    }
    this._timeZone = String(timezone);
  }
  getSpreadsheetLocale(): string {
    return this._locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this._locale = String(locale);
  }
  /** Recorded in toasts; timeoutSeconds defaults to 5 as in Google. */
  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    this._toasts.push({ message: String(msg), title: title === undefined ? '' : String(title), timeoutSeconds: timeoutSeconds ?? 5 });
  }

  // --- sheets ---
  getSheets(): FakeSheet[] {
    return this._sheets.map((s) => s._api);
  }
  getNumSheets(): number {
    return this._sheets.length;
  }
  /** Null when there is none; the name is matched ignoring case, as sheet names are unique that way. */
  getSheetByName(name: string): FakeSheet | null {
    return this._findSheet(name)?._api ?? null;
  }
  getSheetById(id: number): FakeSheet | null {
    return this._sheets.find((s) => s._sheetId === id)?._api ?? null;
  }
  /**
   * insertSheet(), insertSheet(index), insertSheet(name), insertSheet(name, index). Without an index
   * the new sheet goes right after the active sheet. The new sheet becomes the active sheet.
   */
  insertSheet(...args: unknown[]): FakeSheet {
    let name: string | null = null;
    let index: number | null = null;
    if (typeof args[0] === 'string') {
      name = args[0];
      if (typeof args[1] === 'number') index = args[1];
    } else if (typeof args[0] === 'number') {
      index = args[0];
    } else if (args.length > 0 && !(args[0] !== null && typeof args[0] === 'object')) {
      throw signatureError(args, 'SpreadsheetApp.Spreadsheet.insertSheet');
    }
    if (name === null) {
      let n = this._sheets.length + 1;
      while (this._findSheet(`Sheet${n}`)) n += 1;
      name = `Sheet${n}`;
    }
    this._checkNewName(name, null);
    const position = index === null ? this._sheets.indexOf(this._active) + 1 : index;
    if (position < 0 || position > this._sheets.length) throw new GasException(`The sheet index ${position} is out of range.`);
    const sheet = this.newSheet(name);
    this._sheets.splice(position, 0, sheet);
    this._active = sheet;
    return sheet._api;
  }
  /** Refuses to delete the only visible sheet, like Google. */
  deleteSheet(sheet: FakeSheet): void {
    const s = unwrap(sheet);
    if (!(s instanceof FakeSheet) || !this._sheets.includes(s)) throw signatureError([sheet], 'SpreadsheetApp.Spreadsheet.deleteSheet');
    if (this._sheets.filter((x) => x !== s && !x._hidden).length === 0) {
      throw new GasException("You can't remove all the visible sheets in a document.");
    }
    if (s._protections.some((p) => p._type === 'SHEET' && !p._canEdit(this._currentUser()))) throw new GasException(PROTECTED_CELL_MESSAGE);
    this._sheets = this._sheets.filter((x) => x !== s);
    this._metadata = this._metadata.filter((m) => m.sheet !== s);
    this._namedRanges = this._namedRanges.filter((r) => r.sheet !== s);
    if (this._active === s) this._active = this._sheets.find((x) => !x._hidden) ?? this._sheets[0];
  }
  getActiveSheet(): FakeSheet {
    return this._active._api;
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    const s = unwrap(sheet);
    if (!(s instanceof FakeSheet) || !this._sheets.includes(s)) throw signatureError([sheet], 'SpreadsheetApp.Spreadsheet.setActiveSheet');
    this._active = s;
    return s._api;
  }
  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    const s = this._active;
    this._sheets = this._sheets.filter((x) => x !== s);
    this._sheets.splice(Math.max(0, Math.min(this._sheets.length, pos - 1)), 0, s);
  }
  getActiveRange(): FakeRange {
    return this._active.getActiveRange();
  }
  getActiveCell(): FakeRange {
    return this._active.getActiveCell();
  }
  getCurrentCell(): FakeRange {
    return this._active.getActiveCell();
  }
  setActiveRange(range: FakeRange): FakeRange {
    const r = unwrap(range);
    if (!(r instanceof FakeRange)) throw signatureError([range], 'SpreadsheetApp.Spreadsheet.setActiveRange');
    return r._sheet.setActiveRange(r);
  }
  setActiveSelection(rangeOrA1: FakeRange | string): FakeRange {
    if (typeof rangeOrA1 === 'string') return this.setActiveRange(unwrap(this.getRange(rangeOrA1)));
    return this.setActiveRange(rangeOrA1);
  }
  /** "Sheet1!A1:B2", or an A1 range of the active sheet. */
  getRange(a1Notation: string): FakeRange {
    const parsed = parseA1Notation(String(a1Notation), DEFAULT_MAX_ROWS, DEFAULT_MAX_COLUMNS);
    if (!parsed) throw new GasException('Range not found');
    const sheet = parsed.sheetName === null ? this._active : this._findSheet(parsed.sheetName);
    if (!sheet) throw new GasException('Range not found');
    const local = String(a1Notation).slice(String(a1Notation).lastIndexOf('!') + 1);
    return sheet.getRange(local);
  }
  getProtections(type: string): FakeProtection[] {
    if (type !== 'RANGE' && type !== 'SHEET') throw signatureError([type], 'SpreadsheetApp.Spreadsheet.getProtections');
    return this._sheets.flatMap((s) => s._protections.filter((p) => p._type === type).map((p) => counted(p, 'Protection', this.counter)));
  }
  /** Names a range; a name already taken (any case) is refused. */
  setNamedRange(name: string, range: FakeRange): void {
    const text = checkRangeName(name, 'SpreadsheetApp.Spreadsheet.setNamedRange');
    this._checkRangeNameFree(text, null);
    this._namedRanges.push({ name: text, ...this._namedRangeTarget(range, 'SpreadsheetApp.Spreadsheet.setNamedRange') });
  }
  /** The named range's cells where they are now, or null when there is no such name (names ignore case). */
  getRangeByName(name: string): FakeRange | null {
    const record = this._namedRanges.find((r) => r.name.toLowerCase() === String(name).toLowerCase());
    return record ? rangeApi(record.sheet, namedRangeRect(record), record.wholeRows, record.wholeColumns) : null;
  }
  getNamedRanges(): FakeNamedRange[] {
    return this._namedRanges.map((r) => counted(new FakeNamedRange(r, this), 'NamedRange', this.counter));
  }
  /** Removes the named range (not its cells); an unknown name is an error, as in Google. */
  removeNamedRange(name: string): void {
    const before = this._namedRanges.length;
    this._namedRanges = this._namedRanges.filter((r) => r.name.toLowerCase() !== String(name).toLowerCase());
    if (this._namedRanges.length === before) throw new GasException(`Named range "${name}" not found.`);
  }
  addDeveloperMetadata(key: string, value?: string, visibility?: string): FakeSpreadsheet {
    this._addMetadata(key, value, visibility, null, null, 0, 0);
    return this.self();
  }
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return this._metadata.filter((m) => m.sheet === null).map((m) => metadataApi(m, this));
  }
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return counted(new FakeDeveloperMetadataFinder(this, () => true), 'DeveloperMetadataFinder', this.counter);
  }
  toString(): string {
    return 'Spreadsheet';
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------
// SpreadsheetApp and the factory
// ---------------------------------------------------------------------------------------------

export const WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' } as const;
export const BorderStyle = {
  DOTTED: 'DOTTED',
  DASHED: 'DASHED',
  SOLID: 'SOLID',
  SOLID_MEDIUM: 'SOLID_MEDIUM',
  SOLID_THICK: 'SOLID_THICK',
  DOUBLE: 'DOUBLE',
} as const;
export const Dimension = { COLUMNS: 'COLUMNS', ROWS: 'ROWS' } as const;

export class FakeSpreadsheetApp {
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly WrapStrategy = WrapStrategy;
  readonly BorderStyle = BorderStyle;
  readonly Dimension = Dimension;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;

  constructor(private readonly state: FakeSpreadsheetService) {}

  getActive(): FakeSpreadsheet {
    return this.state.spreadsheet._api;
  }
  getActiveSpreadsheet(): FakeSpreadsheet {
    return this.state.spreadsheet._api;
  }
  getActiveSheet(): FakeSheet {
    return this.state.spreadsheet._active._api;
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    return this.state.spreadsheet.setActiveSheet(sheet);
  }
  getActiveRange(): FakeRange {
    return this.state.spreadsheet.getActiveRange();
  }
  setActiveRange(range: FakeRange): FakeRange {
    return this.state.spreadsheet.setActiveRange(range);
  }
  getCurrentCell(): FakeRange {
    return this.state.spreadsheet.getCurrentCell();
  }
  openById(id: string): FakeSpreadsheet {
    if (String(id) !== this.state.spreadsheet._file.id) throw new GasException('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    return this.state.spreadsheet._api;
  }
  /** Throws like Google outside a context with a user interface (e.g. a time-driven trigger). */
  getUi(): FakeUi {
    if (!this.state.uiAvailable) throw new GasException('Cannot call SpreadsheetApp.getUi() from this context.');
    return this.state.ui;
  }
  newDataValidation(): FakeDataValidationBuilder {
    return builderApi({ criteria: null, values: [], allowInvalid: true, helpText: null }, this.state.counter);
  }
  /** Counted; the fake applies every change at once, so there is nothing pending. */
  flush(): void {
    this.state.flushes += 1;
  }
}

export interface SpreadsheetAppOptions extends SpreadsheetOptions {
  /** The log the Ui writes to; a new one when omitted. */
  uiLog?: UiLog;
  /** False to make getUi() throw as in a trigger. */
  uiAvailable?: boolean;
}

export interface FakeSpreadsheetService {
  /** The SpreadsheetApp global. */
  service: FakeSpreadsheetApp;
  /** The active spreadsheet (the object the script gets; calls through it are counted). */
  spreadsheet: FakeSpreadsheet;
  drive: FakeDrive;
  counter: CallCounter;
  ui: FakeUi;
  uiLog: UiLog;
  uiAvailable: boolean;
  /** Toasts shown, in order. */
  toasts: Toast[];
  /** How many times SpreadsheetApp.flush() ran. */
  flushes: number;
}

export function createSpreadsheetApp(options: SpreadsheetAppOptions = {}): FakeSpreadsheetService {
  const counter = options.counter ?? createCallCounter();
  const drive = options.drive ?? createDriveApp({ counter, ownerEmail: options.ownerEmail });
  const book = new FakeSpreadsheet({ ...options, counter, drive });
  book._drive = drive;
  const uiLog = options.uiLog ?? createUiLog();
  const state: FakeSpreadsheetService = {
    service: undefined as unknown as FakeSpreadsheetApp,
    spreadsheet: book,
    drive,
    counter,
    ui: createUi(uiLog, counter),
    uiLog,
    uiAvailable: options.uiAvailable ?? true,
    toasts: book._toasts,
    flushes: 0,
  };
  state.service = counted(new FakeSpreadsheetApp(state), 'SpreadsheetApp', counter);
  return state;
}

// ---------------------------------------------------------------------------------------------
// RangeList: the same change applied to several ranges of one sheet, in one call.
// ---------------------------------------------------------------------------------------------

export class FakeRangeList {
  constructor(
    readonly _ranges: FakeRange[],
    private readonly sheet: FakeSheet,
  ) {}
  private each(apply: (r: FakeRange) => unknown): FakeRangeList {
    for (const r of this._ranges) apply(r);
    return counted(this, 'RangeList', this.sheet._book.counter);
  }
  getRanges(): FakeRange[] {
    return this._ranges.map((r) => counted(r, 'Range', this.sheet._book.counter));
  }
  setFontWeight(v: string | null): FakeRangeList {
    return this.each((r) => r.setFontWeight(v));
  }
  setFontStyle(v: string | null): FakeRangeList {
    return this.each((r) => r.setFontStyle(v));
  }
  setFontColor(v: string | null): FakeRangeList {
    return this.each((r) => r.setFontColor(v));
  }
  setFontSize(v: number): FakeRangeList {
    return this.each((r) => r.setFontSize(v));
  }
  setBackground(v: string | null): FakeRangeList {
    return this.each((r) => r.setBackground(v));
  }
  setWrap(v: boolean): FakeRangeList {
    return this.each((r) => r.setWrap(v));
  }
  setHorizontalAlignment(v: string | null): FakeRangeList {
    return this.each((r) => r.setHorizontalAlignment(v));
  }
  setVerticalAlignment(v: string | null): FakeRangeList {
    return this.each((r) => r.setVerticalAlignment(v));
  }
  setNumberFormat(v: string): FakeRangeList {
    return this.each((r) => r.setNumberFormat(v));
  }
}
