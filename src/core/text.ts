/**
 * Text as people type it, made comparable. Vietnamese keyboard tools in "Unicode tổ hợp" mode write
 * decomposed letters (a + combining hook), copy-paste brings invisible characters (zero-width space,
 * word joiner, BOM, soft hyphen) and unusual spaces. Everything read from a cell goes through
 * `cleanText`; every comparison of what a person typed with what the form expects uses `textKey`.
 */

/** Characters that show nothing: zero-width space/joiners, word joiner and invisible operators, BOM, soft hyphen, Mongolian vowel separator. */
const INVISIBLE = /[\u200b-\u200d\u2060-\u2064\ufeff\u00ad\u180e]/g;
/** Spaces other than the plain one: no-break, figure, narrow, en/em and the like, tab. */
const OTHER_SPACES = /[\u00a0\u1680\u2000-\u200a\u2007\u202f\u205f\u3000\t]/g;

/** NFC, invisible characters removed, unusual spaces made plain, runs collapsed, trimmed. Newlines are kept. */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(OTHER_SPACES, ' ')
    .replace(/ +/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}

/** The key two texts are compared by: clean, one line, Vietnamese lower case. */
export function textKey(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

/** True when a person would say the two texts are the same word. */
export function sameText(a: string, b: string): boolean {
  return textKey(a) === textKey(b);
}

/** Every dash a keyboard or a copy-paste brings (hyphen, no-break hyphen, figure, en and em dash, minus, full-width) as "-". */
export function plainDashes(text: string): string {
  return text.replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-');
}

/** Đ/đ as D/d: "QD" is how "QĐ" is typed without a Vietnamese keyboard. */
export function foldD(text: string): string {
  return text.replace(/[đĐ]/g, 'd');
}
