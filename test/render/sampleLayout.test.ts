/**
 * The sample report's layout as a department head sees it printed: section I's tables with one layout for every
 * division, indicator names with room to read, no figure broken across lines, headers wrapped between words;
 * headings that never leave a word alone on their last line.
 */
import { buildDivisionReport } from '../../src/core/divisionReport';
import { filledDivisionGrid, sampleFor } from '../../src/core/sampleData';
import { buildSummary } from '../../src/core/summary/build';
import type { SummaryDocument } from '../../src/core/summary/model';
import { renderDocx } from '../../src/render/renderDocx';
import { ND30 } from '../../src/core/summary/format';
import { timesTextWidthPt } from '../../src/render/timesWidth';
import { form, settings } from '../core/tabs';
import { ReadDocx, attr, child, paragraphs, readDocx, sectionContents, styleOf, text } from './docxReader';
import { expectNd30Pages, expectPageNumbersFromPage2 } from './nd30Checks';
import { CM, ReadTable, linesIn, tablesHeaded, twipsOf, values, words } from './sectionOneTables';

const reports = settings.divisions.map((d) => buildDivisionReport(d, filledDivisionGrid(form, settings, d, sampleFor(d)), form, { today: '2024-06-27' }));
const summary = buildSummary(reports, settings, form, { now: '2024-06-27T16:05', version: 3 });

let read: ReadDocx;
let tables: ReadTable[];

beforeAll(async () => {
  read = await readDocx(await renderDocx(summary));
  tables = tablesHeaded(read, 'STT', 'Chỉ tiêu, nhiệm vụ', 'Đơn vị tính');
});

const FIGURES = [3, 4, 5, 6, 7, 8];
const NAME = 1;
const NOTE = 9;

test('every division of section I has its table, and all of them have the same column widths, cell by cell', () => {
  expect(tables).toHaveLength(summary.body.filter((b) => b.kind === 'table' && b.widthGroup === 'results').length);
  expect(tables.length).toBeGreaterThan(5);
  for (const t of tables) {
    expect(t.widths).toEqual(tables[0].widths);
    for (const row of t.cellWidths) expect(row).toEqual(t.widths);
  }
});

test('the tables of section I fill the width of their page: landscape pages, as Decree 30 allows for wide tables', () => {
  for (const t of tables) {
    expect(t.landscape).toBe(true);
    expect(t.widths.reduce((s, w) => s + w, 0)).toBe(t.pageWidth);
  }
});

test('the indicator names get at least 5 cm, and no name wraps to more than 4 lines', () => {
  // Measured on the sample: 6.4 cm for the names (2.4–3.6 cm before, on portrait), 3.9 cm for the notes.
  const [column] = [tables[0].widths[NAME]];
  expect(column).toBeGreaterThanOrEqual(5 * CM);
  expect(tables[0].widths[NOTE]).toBeGreaterThanOrEqual(2.5 * CM);
  const most = Math.max(...tables.flatMap((t) => t.rows.map((r) => linesIn(r[NAME], column, t.padding))));
  expect(most).toBeLessThanOrEqual(4);
});

test('no number, rate or date is wider than its column, and a figure breaks only before its unit ("+12,6 | điểm %")', () => {
  for (const t of tables) {
    for (const row of t.rows) {
      for (const i of FIGURES) {
        for (const v of values(row[i])) expect(twipsOf(v) + t.padding).toBeLessThanOrEqual(t.widths[i]);
        // Only a space before a word is a plain space in a figure cell: "điểm %" never leaves the % alone.
        expect(row[i]).not.toMatch(/ [^\p{L}]/u);
        for (const w of words(row[i])) expect(twipsOf(w) + t.padding).toBeLessThanOrEqual(t.widths[i]);
      }
    }
  }
  const rateRow = tables.flatMap((t) => t.rows).find((r) => r[7].includes('điểm'))!;
  expect(rateRow[7]).toMatch(/^[-+]?\d+,\d điểm\u00a0%$/);
});

test('headers wrap only at their spaces, and no word of a name, unit or note is cut', () => {
  for (const t of tables) {
    t.header.forEach((h, i) => {
      for (const w of words(h)) expect(twipsOf(w, true) + t.padding).toBeLessThanOrEqual(t.widths[i]);
    });
    for (const row of t.rows) row.forEach((cell, i) => words(cell).forEach((w) => expect(twipsOf(w) + t.padding).toBeLessThanOrEqual(t.widths[i])));
  }
});

test("section I's heading and overview fill the first page; its tables are one landscape part, up to section II back on portrait pages", () => {
  const parts = sectionContents(read);
  const landscape = parts.filter((p) => attr(child(p.sectPr, 'pgSz'), 'orient') === 'landscape');
  expect(landscape).toHaveLength(2);
  const [sectionOne, appendix] = landscape;
  const first = parts[parts.indexOf(sectionOne) - 1];
  expect(attr(child(first.sectPr, 'pgSz'), 'orient')).not.toBe('landscape');
  expect(first.elements.map(text)).toContainEqual(expect.stringMatching(/^I\. KẾT QUẢ/));
  expect(first.elements.map(text)).toContainEqual(expect.stringMatching(/^Tổng hợp 50 chỉ tiêu của 9 phòng, đơn vị/));
  expect(text(sectionOne.elements[0])).toMatch(/^Cột so sánh của các bảng/);
  expect(text(sectionOne.elements[1])).toBe('1. Văn phòng Sở');
  expect(appendix).toBe(parts[parts.length - 1]);
  const after = parts[parts.indexOf(sectionOne) + 1];
  expect(attr(child(after.sectPr, 'pgSz'), 'orient')).not.toBe('landscape');
  expect(text(after.elements[0])).toMatch(/^II\. /);
  expect(after.elements.some((e) => text(e).startsWith('Nơi nhận:'))).toBe(true);
});

test('the sample report keeps every Decree 30 page rule across its four sections', () => {
  expect(sectionContents(read)).toHaveLength(4);
  expectNd30Pages(read, true);
  expectPageNumbersFromPage2(read);
});

test('a no-break space is measured as a space: "18,75 triệu đồng" kept together is no wider than typed', () => {
  expect(timesTextWidthPt('18,75\u00a0triệu\u00a0đồng', 12, false)).toBe(timesTextWidthPt('18,75 triệu đồng', 12, false));
  expect(timesTextWidthPt('1400/QĐ\u2011UBND', 13, true)).toBe(timesTextWidthPt('1400/QĐ-UBND', 13, true));
});

test('a width group that leaves its names room on a portrait page stays on the portrait page', async () => {
  const columns = [
    { header: 'STT', align: 'center' as const, width: 10 },
    { header: 'Chỉ tiêu', align: 'left' as const, width: 60 },
    { header: 'Số', align: 'right' as const, width: 30 },
  ];
  const narrow: SummaryDocument = {
    ...summary,
    body: [
      { kind: 'heading', level: 1, text: 'I. KẾT QUẢ' },
      { kind: 'table', columns, rows: [['1', 'Số hồ sơ thủ tục hành chính tiếp nhận, giải quyết', '1.250']], widthGroup: 'results' },
      { kind: 'table', columns, rows: [['1', 'Ngắn', '12.500.000']], widthGroup: 'results' },
      { kind: 'paragraph', runs: [{ text: 'Trên đây là báo cáo./.' }] },
    ],
  };
  const readBack = await readDocx(await renderDocx(narrow));
  expect(sectionContents(readBack)).toHaveLength(2);
  const grouped = tablesHeaded(readBack, 'STT', 'Chỉ tiêu');
  expect(grouped.map((t) => t.landscape)).toEqual([false, false]);
  expect(grouped[1].widths).toEqual(grouped[0].widths);
  expect(grouped[0].widths.reduce((s, w) => s + w, 0)).toBe(grouped[0].pageWidth);
  // The figure column is as wide as its widest value, the names take the rest.
  expect(twipsOf('12.500.000') + grouped[0].padding).toBeLessThanOrEqual(grouped[0].widths[2]);
  expect(grouped[0].widths[1]).toBeGreaterThan(10 * CM);
});

test('a heading that wraps never leaves one word alone on its last line', () => {
  const heading = (p: Parameters<typeof styleOf>[0]) => /^Nd30Heading[12]$/.test(styleOf(p) ?? '');
  let wrapped = 0;
  for (const { sectPr, elements } of sectionContents(read)) {
    const size = child(sectPr, 'pgSz')!;
    const margin = child(sectPr, 'pgMar')!;
    const width = Number(attr(size, 'w')) - Number(attr(margin, 'left')) - Number(attr(margin, 'right'));
    const indent = (12.7 * 1440) / 25.4;
    for (const p of elements.flatMap((e) => (e.localName === 'p' ? [e] : [])).filter(heading)) {
      // Lines as a word processor fills them: the first after the indent; only plain spaces separate words.
      const lines: string[][] = [[]];
      let used = 0;
      for (const word of text(p).split(' ')) {
        const w = (timesTextWidthPt(word, ND30.headingPt, true) + (lines[lines.length - 1].length ? timesTextWidthPt(' ', ND30.headingPt, true) : 0)) * 20;
        const room = lines.length === 1 ? width - indent : width;
        if (used + w > room && lines[lines.length - 1].length) {
          lines.push([word]);
          used = timesTextWidthPt(word, ND30.headingPt, true) * 20;
        } else {
          lines[lines.length - 1].push(word);
          used += w;
        }
      }
      if (lines.length > 1) wrapped++;
      expect(lines.length === 1 || lines[lines.length - 1].length > 1 || lines[lines.length - 1][0].includes('\u00a0')).toBe(true);
    }
  }
  // The sample has long headings that wrap (I., II. …), so the rule is exercised.
  expect(wrapped).toBeGreaterThan(0);
  expect(paragraphs(read.document).filter(heading).length).toBeGreaterThan(10);
});
