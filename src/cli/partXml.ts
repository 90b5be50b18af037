/**
 * The XML of a workbook's parts rewritten in Excel's own spelling, which is all exceljs understands.
 * Each rewrite keeps the meaning the format gives the XML; each is a no-op on what Excel writes:
 * - the spreadsheet namespace under a prefix (<x:row>, as .NET's Open XML SDK writes) becomes the default one,
 *   and the relationships namespace under another prefix becomes r: (exceljs reads "r:id" literally);
 * - rows and cells without their optional address (r="…") get the one their position gives;
 * - ISO dates (t="d", Strict Open XML and some writers) become the day as text, which is what a date cell
 *   reads as — exceljs would otherwise read "2024-06-28" as the number 2024;
 * - a formula's saved empty-text result is marked, so that it is not taken for a formula never calculated.
 */

const MAIN = ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'];
const RELATIONSHIPS = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The prefix a namespace is declared under in the root element, or null. */
function prefixOf(xml: string, namespaces: string[]): string | null {
  const root = /<(?!\?|!)[^>]*>/.exec(xml)?.[0] ?? '';
  for (const ns of namespaces) {
    const m = new RegExp(`\\sxmlns:([\\w.-]+)\\s*=\\s*["']${escapeRegExp(ns)}["']`).exec(root);
    if (m) return m[1];
  }
  return null;
}

export function unprefixed(xml: string): string {
  let out = xml;
  const main = prefixOf(out, MAIN);
  if (main) {
    const p = escapeRegExp(main);
    out = out
      .replace(new RegExp(`<(/?)${p}:`, 'g'), '<$1')
      .replace(/\sxmlns\s*=\s*("[^"]*"|'[^']*')/, '')
      .replace(new RegExp(`\\sxmlns:${p}\\s*=`), ' xmlns=');
  }
  const rel = prefixOf(out, RELATIONSHIPS);
  if (rel && rel !== 'r') {
    const p = escapeRegExp(rel);
    out = out.replace(new RegExp(`(\\s)${p}:(id|embed|link|pict)\\s*=`, 'g'), '$1r:$2=').replace(new RegExp(`\\sxmlns:${p}\\s*=`), ' xmlns:r=');
  }
  return out;
}

function columnNumber(letters: string): number {
  return letters.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function columnLetters(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

const ROW_OR_CELL = /<(row|c)(?=[\s/>])([^>]*?)(\/?)>/g;
const ADDRESS = /\sr\s*=\s*["']([A-Z]*)(\d+)["']/;

/** Every <row> and <c> with its r: a row after the one before (or the row its first addressed cell names), a cell after the one before. */
export function addressed(xml: string): string {
  if (!/<(row|c)(?=[\s/>])(?![^>]*\sr\s*=)/.test(xml)) return xml;
  let row = 0;
  let column = 0;
  return xml.replace(ROW_OR_CELL, (tag: string, name: string, attributes: string, selfClosing: string, offset: number) => {
    const address = ADDRESS.exec(attributes);
    if (name === 'row') {
      column = 0;
      if (address) {
        row = Number(address[2]);
        return tag;
      }
      const end = selfClosing ? -1 : xml.indexOf('</row>', offset);
      const firstCell = end > offset ? /<c(?=[\s/>])[^>]*?\sr\s*=\s*["'][A-Z]+(\d+)["']/.exec(xml.slice(offset, end)) : null;
      row = firstCell ? Number(firstCell[1]) : row + 1;
      return `<row r="${row}"${attributes}${selfClosing}>`;
    }
    if (address) {
      column = columnNumber(address[1]);
      return tag;
    }
    column++;
    return `<c r="${columnLetters(column)}${row}"${attributes}${selfClosing}>`;
  });
}

/** Cells of type "d" (an ISO 8601 date) as the day's text, with or without a formula. */
export function isoDatesAsText(xml: string): string {
  if (!/\st\s*=\s*["']d["']/.test(xml)) return xml;
  return xml.replace(/<c(?=[\s>])([^>]*?)\st\s*=\s*["']d["']([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g, (_all, before: string, after: string, end: string, body: string | undefined) => {
    if (body === undefined) return `<c${before} t="str"${after}${end}`;
    const day = body.replace(/<v>\s*(\d{4}-\d{2}-\d{2})[^<]*<\/v>/, '<v>$1</v>');
    return `<c${before} t="str"${after}>${day}</c>`;
  });
}

/**
 * What a formula cell holds when its saved result is the empty text (t="str" and an empty <v>, as Excel, LibreOffice
 * and Google Sheets write =IF(…;"";…)). exceljs reads an empty <v> as no result at all, the same as a formula that was
 * never calculated (openpyxl, exceljs: no <v>, or an empty one without t="str"); this keeps the two apart.
 */
export const EMPTY_TEXT_RESULT = '\u200b';

/** Formula cells whose saved result is the empty text get EMPTY_TEXT_RESULT as their result. */
export function emptyTextResults(xml: string): string {
  if (!/<v\s*\/>|<v>\s*<\/v>/.test(xml)) return xml;
  return xml.replace(/<c(?=[\s>])([^>]*?)(?<!\/)>([\s\S]*?)<\/c>/g, (cell: string, attributes: string, body: string) => {
    if (!/\st\s*=\s*["']str["']/.test(attributes) || !/<f[\s>/]/.test(body)) return cell;
    return `<c${attributes}>${body.replace(/<v\s*\/>|<v>\s*<\/v>/, `<v>${EMPTY_TEXT_RESULT}</v>`)}</c>`;
  });
}

/** A worksheet part as exceljs reads it. */
export function canonicalSheetXml(xml: string): string {
  return emptyTextResults(isoDatesAsText(addressed(unprefixed(xml))));
}
