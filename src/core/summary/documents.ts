/**
 * Official documents (văn bản) by their official name: "Quyết định số 1400/QĐ-UBND ngày 15/3/2024 của UBND tỉnh"
 * at first mention, "Quyết định số 1400/QĐ-UBND" after. The settings hold one document a line:
 * "1400/QĐ-UBND | 15/03/2024 | UBND tỉnh | trích yếu", the kind proposed from the symbol unless written before it.
 */
import { readDate } from '../dates';
import type { DocumentDetails } from '../settings';
import { keepSymbol } from './wording';
import { DOCUMENT_KINDS, kindOfReference, listedDocument, readReference } from '../documentReference';

/**
 * The kind proposed from a symbol: "1400/QĐ-UBND", "1400/QD-UBND", "QĐ 1400" → "Quyết định"; "3148/UBND-TH" (no kind
 * part: a letter) → "Công văn"; '' when nothing tells the kind (the report then says "văn bản", never "Công văn").
 */
export function kindFromSymbol(symbol: string): string {
  return kindOfReference(symbol);
}

export interface DocumentLine {
  symbol: string;
  details: DocumentDetails;
}

export type DocumentLineReading = { ok: true; line: DocumentLine } | { ok: false; message: string };

/** The kind names Decree 30 (Appendix III) abbreviates, a settings line may write before its symbol. */
const KIND_NAMES = DOCUMENT_KINDS.map(([, k]) => k);

/** "Quyết định số 1400/QĐ-UBND" → kind and symbol; "1400/QĐ-UBND" → symbol only. */
function splitKind(first: string): { kind: string; symbol: string } {
  const t = first.trim();
  const kind = KIND_NAMES.find((k) => t.toLocaleLowerCase('vi').startsWith(`${k.toLocaleLowerCase('vi')} `));
  if (!kind) return { kind: '', symbol: t };
  return {
    kind,
    symbol: t
      .slice(kind.length)
      .trim()
      .replace(/^số\s+/i, '')
      .trim(),
  };
}

/** Reads one settings line: "1400/QĐ-UBND", or "1400/QĐ-UBND | 15/03/2024 | UBND tỉnh | trích yếu" (date, issuer, subject optional). */
export function readDocumentLine(text: string): DocumentLineReading {
  const parts = text.split('|').map((p) => p.trim());
  const { kind, symbol } = splitKind(parts[0]);
  if (symbol === '') return { ok: false, message: `dòng «${text}» thiếu số, ký hiệu văn bản ở đầu dòng (ví dụ 1400/QĐ-UBND | 15/03/2024 | UBND tỉnh)` };
  let date = '';
  if (parts[1]) {
    const reading = readDate(parts[1]);
    if (reading.kind !== 'date') return { ok: false, message: `văn bản ${symbol}: «${parts[1]}» không phải là ngày ban hành; ghi ngày/tháng/năm, ví dụ 15/03/2024` };
    date = reading.iso;
  }
  const details: DocumentDetails = { kind: kind || kindFromSymbol(symbol), date, issuer: parts[2] ?? '' };
  const subject = parts.slice(3).join(' | ');
  if (subject) details.subject = subject;
  return { ok: true, line: { symbol, details } };
}

/** The settings line of a document, as the tab shows it: "1400/QĐ-UBND | 15/03/2024 | UBND tỉnh". */
export function documentLineText(symbol: string, details: DocumentDetails | undefined): string {
  if (!details) return symbol;
  const kindPart = details.kind && details.kind !== kindFromSymbol(symbol) ? `${details.kind} ` : '';
  const [y, m, d] = details.date ? details.date.split('-') : [];
  const parts = [`${kindPart}${symbol}`, details.date ? `${d}/${m}/${y}` : '', details.issuer, details.subject ?? ''];
  while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts.join(' | ');
}

/** A citation date, as official letters write it: "2020-12-09" → "09/12/2020". */
function citationDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** "Quyết định số 1400/QĐ-UBND"; a reference whose kind nothing tells is "văn bản số …", or its own text when it has no number. */
export function shortName(symbol: string, details: DocumentDetails | undefined): string {
  const kind = details?.kind || kindFromSymbol(symbol);
  const shown = details ? symbol : readReference(symbol).symbol || symbol;
  if (kind) return `${kind} số ${keepSymbol(shown)}`;
  return /^\d/.test(shown) ? `văn bản số ${keepSymbol(shown)}` : shown;
}

/** "Quyết định số 1400/QĐ-UBND ngày 15/03/2024 của UBND tỉnh"; without date or issuer when the settings do not give them. */
export function fullName(symbol: string, details: DocumentDetails | undefined, withSubject = false): string {
  const date = details?.date ? ` ngày ${citationDate(details.date)}` : '';
  const issuer = details?.issuer ? ` của ${details.issuer}` : '';
  const subject = withSubject && details?.subject ? ` ${details.subject}` : '';
  return `${shortName(symbol, details)}${date}${issuer}${subject}`;
}

/** Names documents through one report: the full name the first time, the short form after. */
export class DocumentNames {
  private readonly mentioned = new Set<string>();

  constructor(private readonly details: Record<string, DocumentDetails>) {}

  /** A basis letter cited in full with its subject: later mentions of it take the short form. */
  cite(symbol: string, details: DocumentDetails): string {
    this.mentioned.add(readReference(symbol).key || symbol);
    return fullName(symbol, details, true);
  }

  /** A document by its name, however the reference was spelled: the settings' details of the document it is, if listed. */
  name(symbol: string): string {
    const listed = this.details[symbol] ? symbol : listedDocument(symbol, Object.keys(this.details));
    const key = readReference(listed ?? symbol).key || symbol;
    const details = listed === undefined ? undefined : this.details[listed];
    const first = !this.mentioned.has(key);
    this.mentioned.add(key);
    return first ? fullName(listed ?? symbol, details) : shortName(listed ?? symbol, details);
  }
}
