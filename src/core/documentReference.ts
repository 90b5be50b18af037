/**
 * A document reference (số, ký hiệu văn bản) as divisions type it, read as the document it names. The same decision
 * arrives as "1400/QĐ-UBND", "1400/QD-UBND", "1400/QĐ–UBND" (en dash), "Quyết định số 1400/QĐ-UBND", "Số 1400/QĐ-UBND",
 * "1400/QĐ-UBND ngày 15/3/2024" or "QĐ 1400". The check, the report and the move to the next period all read
 * references through here, so one decision is one document everywhere. A reference is matched to a listed document
 * only when the match is certain; anything else keeps its own spelling.
 */
import { cleanText, foldD, plainDashes, textKey } from './text';

/** Kinds by the abbreviation Decree 30 (Appendix III) gives them, the abbreviation folded (Đ → D, lower case). */
export const DOCUMENT_KINDS: [string, string][] = [
  ['nq', 'Nghị quyết'],
  ['qd', 'Quyết định'],
  ['ct', 'Chỉ thị'],
  ['kh', 'Kế hoạch'],
  ['tb', 'Thông báo'],
  ['bc', 'Báo cáo'],
  ['ttr', 'Tờ trình'],
  ['hd', 'Hướng dẫn'],
  ['ctr', 'Chương trình'],
  ['tt', 'Thông tư'],
  ['nd', 'Nghị định'],
  ['cv', 'Công văn'],
];

/** A kind's name folded as keys are: "Quyết định" → "quyết dịnh". */
const KIND_WORDS = [...DOCUMENT_KINDS.map(([abbr, name]) => [abbr, foldD(textKey(name))] as const), ['', 'văn bản'] as const].sort((a, b) => b[1].length - a[1].length);

/** The abbreviation of a kind's name: "Quyết định" → "qd"; '' when the name is no kind. */
export function kindAbbreviation(name: string): string {
  const folded = foldD(textKey(name));
  return KIND_WORDS.find(([, w]) => w === folded)?.[0] ?? '';
}

/** What a reference says once its spelling is set aside. */
export interface Reference {
  /** The comparison key: "1400/qd-ubnd" for every spelling of 1400/QĐ-UBND. */
  key: string;
  /** The number, when the reference gives one: "1400". */
  number: string;
  /** The kind's folded abbreviation ("qd"), from the symbol, the short form or a kind written in front; '' when none says. */
  kind: string;
  /** The symbol has its issuer part ("-UBND"): it names one document, not a number of a kind. */
  complete: boolean;
  /** The kind written in front of the symbol ("Quyết định số …"), as a kind's name; '' when none. */
  writtenKind: string;
  /** The symbol as typed, without the kind, «số» and date written around it: "1400/QĐ-UBND". */
  symbol: string;
  /** The year of the date written after the symbol ("ngày 15/3/2024" → "2024"); '' when none. Numbers restart each year. */
  year: string;
}

/** The part of a reference after the symbol a clerk may add: a date, the issuer. */
const TRAILING = /\s+(ngày\b.*|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\b.*|của\s.*)$/;
const NUMBER_WORD = /^(số|so|no\.?)(\s*[:.]\s*|\s+)/;

/** References already read: a report reads the same few symbols for every item. Bounded, so a long run never grows it without end. */
const readings = new Map<string, Reference>();

/** Reads a typed reference. */
export function readReference(typed: string): Reference {
  let ref = readings.get(typed);
  if (!ref) {
    if (readings.size > 5000) readings.clear();
    ref = readUncached(typed);
    readings.set(typed, ref);
  }
  return ref;
}

function readUncached(typed: string): Reference {
  // Worked on with its case kept (the symbol of an unlisted document is shown as typed), compared in lower case.
  let t = plainDashes(cleanText(typed).replace(/\s+/g, ' '));
  const lower = (x: string) => foldD(x.toLocaleLowerCase('vi'));
  let writtenKind = '';
  let kindInFront = '';
  // "Quyết định số Số 1400/…", "Số: 1400/…": kinds and «số» in front, as often as they were written.
  for (;;) {
    const before = t;
    const n = NUMBER_WORD.exec(lower(t));
    if (n) t = t.slice(n[0].length);
    const folded = lower(t);
    const word = KIND_WORDS.find(([, w]) => folded.startsWith(w) && /^(\s|$|[:.])/.test(folded.slice(w.length)));
    if (word) {
      t = t.slice(word[1].length).replace(/^[\s:.]+/, '');
      if (word[0] && !kindInFront) {
        kindInFront = word[0];
        writtenKind = DOCUMENT_KINDS.find(([a]) => a === word[0])![1];
      }
    }
    if (t === before) break;
  }
  const trailing = TRAILING.exec(lower(t));
  const year = trailing ? (/(?:^|\D)(\d{4})(?!\d)/.exec(trailing[1])?.[1] ?? '') : '';
  if (trailing) t = t.slice(0, trailing.index);
  const symbol = t
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/[\s.,;:]+$/, '')
    .trim();
  const key = lower(symbol);
  const full = /^(\d+[a-z]?)\/(?:\d{4}\/)?([a-z&]+)(?:-(.+))?$/.exec(key);
  if (full) {
    const part = DOCUMENT_KINDS.find(([a]) => a === full[2])?.[0] ?? '';
    return { key, number: full[1], kind: part || kindInFront, complete: full[3] !== undefined || !part, writtenKind, symbol, year };
  }
  const short = /^([a-z]+)\s*(\d+[a-z]?)$/.exec(key) ?? /^(\d+[a-z]?)\s*([a-z]+)$/.exec(key);
  if (short) {
    const [abbr, number] = /^\d/.test(short[1]) ? [short[2], short[1]] : [short[1], short[2]];
    const part = DOCUMENT_KINDS.find(([a]) => a === abbr)?.[0];
    if (part) return { key, number, kind: part, complete: false, writtenKind, symbol, year };
  }
  if (/^\d+[a-z]?$/.test(key)) return { key, number: key, kind: kindInFront, complete: false, writtenKind, symbol, year };
  return { key, number: '', kind: kindInFront, complete: false, writtenKind, symbol, year };
}

/**
 * The listed document a typed reference certainly names, or undefined. Certain: the same symbol however spelled, or a
 * short form ("QĐ 1400", "Quyết định 1400", "1400/QĐ") when exactly one listed document has that number and kind.
 */
export function listedDocument(typed: string, listed: readonly string[]): string | undefined {
  const ref = readReference(typed);
  if (ref.key === '') return undefined;
  // A year written with both that differs: another year's decision of the same number, never the listed one.
  const sameYear = (l: string) => !ref.year || !readReference(l).year || readReference(l).year === ref.year;
  const candidates = listed.filter(sameYear);
  const same = [...new Set(candidates.filter((l) => readReference(l).key === ref.key))];
  if (same.length === 1) return same[0];
  if (same.length > 1 || ref.complete || !ref.number || !ref.kind) return undefined;
  const byNumber = [...new Set(candidates.filter((l) => readReference(l).number === ref.number && readReference(l).kind === ref.kind))];
  return byNumber.length === 1 ? byNumber[0] : undefined;
}

/** The document a reference stands for in the report: the listed one it certainly names, or its own symbol. */
export function documentOf(typed: string, listed: readonly string[]): string {
  return listedDocument(typed, listed) ?? unlistedName(readReference(typed));
}

/** An unlisted reference as one text: its symbol, and the kind written in front when the symbol does not tell it ("Kế hoạch 12/SKHCN-VP"). */
function unlistedName(ref: Reference): string {
  return ref.writtenKind && ref.symbol && readReference(ref.symbol).kind === '' ? `${ref.writtenKind} ${ref.symbol}` : ref.symbol;
}

/**
 * The documents of one report's items: each reference as the listed document it certainly names; references of no
 * listed document grouped by their key, under the spelling met first, so one unlisted document is one heading.
 */
export function documentGrouper(listed: readonly string[]): (typed: string) => string {
  const first = new Map<string, string>();
  return (typed) => {
    const found = listedDocument(typed, listed);
    if (found !== undefined) return found;
    const ref = readReference(typed);
    // By the symbol alone: "12/UBND-VP" and "Công văn 12/UBND-VP" are one document, whether or not a kind was written.
    const key = ref.key;
    if (!first.has(key)) first.set(key, unlistedName(ref) || typed.trim());
    return first.get(key)!;
  };
}

/** The kind a reference names, as a kind's name: told by the symbol, else written in front; '' when nothing tells. */
export function kindOfReference(typed: string): string {
  const ref = readReference(typed);
  if (ref.kind) return DOCUMENT_KINDS.find(([a]) => a === ref.kind)![1];
  // "3148/UBND-TH": a number, then the issuer and its unit with no kind part, is how Decree 30 numbers a letter.
  return ref.complete && ref.number ? 'Công văn' : '';
}
