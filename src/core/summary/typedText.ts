/**
 * How a text a division typed in a cell enters a sentence of the report: its lines and typed bullets flow as one
 * sentence, its trailing punctuation gives way to the report's, and its capitals stay as typed unless the first word is
 * clearly an ordinary word (summary-report.md, writing rules: what divisions wrote reaches the report).
 */
import { textLines } from '../textLines';

/** Bullets a person types at the start of a line in a cell: "- ", "+ ", "• ", "– ", "* ". */
// A sign stuck to a figure ("-2,5%", "+4,1%") is the figure's, not a bullet: a bullet is followed by a space or a word.
const TYPED_BULLET = /^\s*[-+•–—*·∙◦▪]+(?!\d)\s*/u;
/** Punctuation at the end of a typed text that the report's own punctuation replaces. */
const TRAILING = /[\s.;,:!?…]+$/u;

/** The typed lines of a cell, each without its typed bullet and trailing punctuation; empty lines left out. */
export function typedParts(text: string): string[] {
  return textLines(text)
    .map((line) => line.replace(TYPED_BULLET, '').replace(TRAILING, '').replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

/** True when the word is an acronym or a symbol that keeps its capitals ("UBND", "KH&CN", "QĐ"). */
function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toLocaleUpperCase('vi') && /\p{L}/u.test(word.slice(1));
}

/** A word that starts with a capital as names do; a Roman numeral ("Quý IV/2024") is a number, not a name. */
const startsUpper = (word: string) => /^\p{Lu}/u.test(word) && !/^[IVXLC]+(?![\p{L}])/u.test(word);

/**
 * Names of bodies whose words after the first are lowercase by Vietnamese spelling ("Ủy ban nhân dân tỉnh",
 * "Chính phủ"): their capital is kept although the next word is lowercase.
 */
const LOWERCASE_TAIL_NAMES = ['ủy ban', 'uỷ ban', 'hội đồng nhân dân', 'chính phủ', 'quốc hội', 'tỉnh ủy', 'tỉnh uỷ', 'thành ủy', 'thành uỷ', 'huyện ủy', 'huyện uỷ', 'đảng ủy', 'đảng uỷ', 'nhà nước'];

/**
 * Two-word heads of a body's name, whose own name follows with a capital ("Trung tâm Thông tin", "Chi cục Tiêu chuẩn",
 * "Văn phòng Sở"). Any other name shows itself by a capital in its second word ("Sở Tài chính", "Hà Nội", "Bộ Khoa
 * học"), so this list stays short; and "Phối hợp Bộ Chỉ huy", "Đề nghị UBND tỉnh" are ordinary words before a name.
 */
const TWO_WORD_HEADS = ['trung tâm', 'chi cục', 'tổng cục', 'văn phòng', 'thanh tra', 'kho bạc', 'ngân hàng', 'bảo hiểm', 'công an', 'hiệp hội', 'liên minh', 'liên đoàn', 'học viện', 'bệnh viện'];

/**
 * True when the text's first capital is only the capital of a sentence start: the first word has just its first letter
 * capital, the second word does not start with a capital, and the text does not start with the head of a body's name.
 */
export function capitalIsSentenceStart(text: string): boolean {
  // Only the first words decide (the longest name above has three): a long cell is not split or lowercased whole.
  const words = text.trim().split(/\s+/, 4);
  const first = words[0] ?? '';
  if (!startsUpper(first) || isAcronym(first.replace(/[^\p{L}&]/gu, '')) || /\p{Lu}/u.test(first.slice(1))) return false;
  if (words.length > 1 && startsUpper(words[1])) return false;
  const start = words.join(' ').toLocaleLowerCase('vi');
  if (LOWERCASE_TAIL_NAMES.some((name) => start === name || start.startsWith(`${name} `))) return false;
  const head = words.slice(0, 2).join(' ').toLocaleLowerCase('vi');
  return !(TWO_WORD_HEADS.includes(head) && words.length > 2 && startsUpper(words[2]));
}

/** A typed text placed mid-sentence: its first letter lowered only when it is the capital of a sentence start. */
export function lowerStart(text: string): string {
  const t = text.trim();
  return capitalIsSentenceStart(t) ? `${t.charAt(0).toLocaleLowerCase('vi')}${t.slice(1)}` : t;
}

/**
 * A text starting with a typed list marker ("a) …", "b. …", "1) …", "I. …") is written as typed: its marker is the
 * division's own numbering, and "a)" must not become "A)".
 */
function startsWithMarker(text: string): boolean {
  return /^(\p{L}|\d+|[IVXLC]+)[).]\s/u.test(text);
}

/** A typed text as the start of a sentence: capital first letter unless it starts with a typed marker. */
export function upperStart(text: string): string {
  const t = text.trim();
  if (!t || startsWithMarker(t)) return t;
  return `${t.charAt(0).toLocaleUpperCase('vi')}${t.slice(1)}`;
}

/**
 * A typed text as the start of an item: its lines joined as one flowing sentence with "; " (the first as a sentence
 * start, the others mid-sentence), without its typed bullets or trailing punctuation (the caller adds the report's).
 */
export function typedSentence(text: string): string {
  return typedParts(text)
    .map((part, i) => (i === 0 ? upperStart(part) : lowerStart(part)))
    .join('; ');
}

/** A typed text placed after "Nguyên nhân: ", "; " or ": ": as typedSentence, but mid-sentence from its first word. */
export function typedClause(text: string): string {
  return typedParts(text).map(lowerStart).join('; ');
}
