/**
 * The measurable rules of Decree 30 (nd30-format.md), checked on a .docx read back with docxReader:
 * shared by the renderer's tests and the tests of what Apps Script uploads to Drive.
 */
import { ND30 } from '../../src/core/summary/format';
import type { Element } from '@xmldom/xmldom';
import { ReadDocx, all, attr, bodyElements, child, children, headerOf, paragraphs, runProperty, sectionContents, sections, styleById, text } from './docxReader';

export const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

const isLandscape = (sectPr: Element) => attr(child(sectPr, 'pgSz'), 'orient') === 'landscape';

/**
 * A4 with the margins of Decree 30 on every page; the body opens portrait; the appendix is a section of its own, landscape
 * when `landscape`. A body page is landscape only for a data table too wide for portrait (section I), never for text alone.
 */
export function expectNd30Pages(read: ReadDocx, landscape: boolean): void {
  const parts = sectionContents(read);
  expect(parts.map((p) => p.sectPr)).toEqual(sections(read));
  expect(parts.length).toBeGreaterThanOrEqual(2);
  const body = parts[0].sectPr;
  const appendix = parts[parts.length - 1].sectPr;
  const size = child(body, 'pgSz')!;
  expect([attr(size, 'w'), attr(size, 'h')]).toEqual(['11906', '16838']);
  expect(attr(size, 'orient')).not.toBe('landscape');
  for (const { sectPr } of parts) {
    const margin = child(sectPr, 'pgMar')!;
    expect(['top', 'bottom', 'left', 'right'].map((k) => Number(attr(margin, k)))).toEqual([twips(20), twips(20), twips(30), twips(15)]);
    const page = child(sectPr, 'pgSz')!;
    expect([attr(page, 'w'), attr(page, 'h')]).toEqual(isLandscape(sectPr) ? ['16838', '11906'] : ['11906', '16838']);
  }
  const second = child(appendix, 'pgSz')!;
  expect([attr(second, 'w'), attr(second, 'h'), attr(second, 'orient')]).toEqual(landscape ? ['16838', '11906', 'landscape'] : ['11906', '16838', 'portrait']);
  expect(parts[parts.length - 1].elements.some((e) => text(e).includes('Phụ lục'))).toBe(true);
  for (const part of parts.slice(0, -1).filter((p) => isLandscape(p.sectPr))) {
    expect(part.elements.some((e) => e.localName === 'tbl' && all(e, 'tblHeader').length > 0)).toBe(true);
  }
}

/** Page numbers: a lone PAGE field centred in the header, 13 pt, from page 2 (a different, empty first page), on through every later section. */
export function expectPageNumbersFromPage2(read: ReadDocx): void {
  const [body, ...later] = sections(read);
  expect(later.length).toBeGreaterThan(0);
  expect(child(body, 'titlePg')).not.toBeNull();
  const first = headerOf(read, body, 'first')!;
  expect(all(first, 'instrText').length + all(first, 'fldSimple').length).toBe(0);
  for (const section of [body, ...later]) {
    const header = headerOf(read, section, 'default')!;
    const instructions = [...all(header, 'instrText').map((n) => (n.textContent ?? '').trim()), ...all(header, 'fldSimple').map((n) => attr(n, 'instr'))];
    expect(instructions).toEqual(['PAGE']);
    expect(paragraphs(header)).toHaveLength(1);
    expect(attr(child(child(paragraphs(header)[0], 'pPr')!, 'jc'), 'val')).toBe('center');
    expect(all(header, 'sz').map((s) => attr(s, 'val'))).toContain(String(ND30.pageNumberPt * 2));
    // Numbering runs on: no section restarts it.
    expect(all(section, 'pgNumType').every((n) => attr(n, 'start') === null)).toBe(true);
  }
  // Only the report's first page goes unnumbered: a later section's first page has its number.
  for (const section of later) {
    const titlePg = child(section, 'titlePg');
    expect(titlePg === null || ['false', '0'].includes(attr(titlePg, 'val') ?? 'on')).toBe(true);
  }
}

/** Times New Roman named on the document defaults (what Google's import keeps), 14 pt, and no other font anywhere. */
export function expectTimesNewRoman(read: ReadDocx): void {
  const defaults = all(read.styles, 'docDefaults')[0];
  const fonts = all(defaults, 'rFonts')[0];
  for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(attr(fonts, slot)).toBe('Times New Roman');
  expect(attr(all(defaults, 'sz')[0], 'val')).toBe('28');
  const others = [read.document, read.styles, ...read.headers.values()].flatMap((root) => all(root, 'rFonts')).filter((f) => attr(f, 'ascii') !== 'Times New Roman');
  expect(others).toHaveLength(0);
}

/** Body text: justified, first line 1.27 cm, 6 pt after, 1.15 lines (the document's default paragraph). */
export function expectBodyText(read: ReadDocx): void {
  const pPr = all(all(read.styles, 'docDefaults')[0], 'pPr')[0];
  expect(attr(child(pPr, 'jc'), 'val')).toBe('both');
  expect(attr(child(pPr, 'ind'), 'firstLine')).toBe(String(twips(12.7)));
  const spacing = child(pPr, 'spacing')!;
  expect([attr(spacing, 'after'), attr(spacing, 'line'), attr(spacing, 'lineRule')]).toEqual(['120', '276', 'auto']);
}

/** No table leans on a table style: Google's import keeps explicit borders, not styles. */
export function expectNoTableStyles(read: ReadDocx): void {
  expect(all(read.document, 'tblStyle')).toHaveLength(0);
  expect(all(read.document, 'tbl').every((t) => all(t, 'tblBorders').length > 0)).toBe(true);
}

/** The heading block: a borderless two-column table, agency 40 %, agency 13 pt bold, national title 12 pt, motto 13 pt, each with its rule. */
export function expectHeadingBlock(read: ReadDocx): void {
  const table = bodyElements(read)[0];
  expect(table.localName).toBe('tbl');
  expect(children(all(table, 'tblBorders')[0], 'top').every((b) => attr(b, 'val') === 'none')).toBe(true);
  const grid = all(table, 'gridCol').map((g) => Number(attr(g, 'w')));
  expect(Math.round((grid[0] / (grid[0] + grid[1])) * 100)).toBe(ND30.heading.leftColumnPercent);
  const [left, right] = children(children(table, 'tr')[0], 'tc');
  expect([runProperty(paragraphs(left)[1], 'b'), runProperty(paragraphs(left)[1], 'sz')]).toEqual(['on', String(ND30.heading.agencyPt * 2)]);
  expect(runProperty(paragraphs(right)[0], 'sz')).toBe(String(ND30.heading.nationalTitlePt * 2));
  expect(runProperty(paragraphs(right)[1], 'sz')).toBe(String(ND30.heading.mottoPt * 2));
  for (const cell of [left, right]) expect(paragraphs(cell).filter((p) => all(p, 'pBdr').length > 0)).toHaveLength(1);
}

/** Headings I. and 1. bold, a) italic, 14 pt, kept with what follows; table text 12 pt, the header row bold and repeated. */
export function expectHeadingsAndTables(read: ReadDocx): void {
  for (const [id, mark] of [
    ['Nd30Heading1', 'b'],
    ['Nd30Heading2', 'b'],
    ['Nd30Heading3', 'i'],
  ] as const) {
    const s = styleById(read, id);
    expect(child(child(s, 'rPr')!, mark)).not.toBeNull();
    expect(attr(child(child(s, 'rPr')!, 'sz'), 'val')).toBe(String(ND30.headingPt * 2));
    expect(child(child(s, 'pPr')!, 'keepNext')).not.toBeNull();
  }
  for (const id of ['Nd30TableText', 'Nd30TableTextCenter', 'Nd30TableTextRight', 'Nd30TableHeader']) expect(attr(child(child(styleById(read, id), 'rPr')!, 'sz'), 'val')).toBe(String(ND30.tablePt * 2));
  const data = bodyElements(read).filter((e) => e.localName === 'tbl' && all(e, 'tblHeader').length > 0);
  expect(data.length).toBeGreaterThan(0);
  for (const t of data) expect(all(children(t, 'tr')[0], 'pStyle').every((s) => attr(s, 'val') === 'Nd30TableHeader')).toBe(true);
}

/** The closing: "Nơi nhận:" 12 pt bold italic, its lines 11 pt; the authority and the signer 14 pt bold. */
export function expectClosing(read: ReadDocx): void {
  const closing = bodyElements(read).find((e) => e.localName === 'tbl' && text(e).startsWith('Nơi nhận:'))!;
  const [left, right] = children(children(closing, 'tr')[0], 'tc');
  const [label, ...lines] = paragraphs(left);
  expect([runProperty(label, 'b'), runProperty(label, 'i'), runProperty(label, 'sz')]).toEqual(['on', 'on', String(ND30.recipientsLabelPt * 2)]);
  expect(lines.every((p) => runProperty(p, 'sz') === String(ND30.recipientsPt * 2))).toBe(true);
  expect(paragraphs(right).every((p) => runProperty(p, 'b') === 'on' && runProperty(p, 'sz') === String(ND30.signaturePt * 2))).toBe(true);
}
