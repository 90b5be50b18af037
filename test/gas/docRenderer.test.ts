/**
 * The summary report as the Office opens it in Google Docs: rendered from a hand-made
 * SummaryDocument (every kind of block) into the DocumentApp, Docs and Charts fakes, then read back
 * the way a reader sees it — page, heading block, title, sections, tables, closing, appendix — and
 * the number of service calls, which must not grow with the rows of a table.
 */
import type { SummaryDocument, TableBlock } from '../../src/core/summary/model';
import { renderSummaryDoc } from '../../src/gas/docRenderer';
import { RULE_FONT, RULE_FONT_PT, estimateTextWidthPt } from '../../src/gas/docRules';
import { createCallCounter } from '../fakes/callCounter';
import { createChartsFake } from '../fakes/charts';
import { createDocsApiFake } from '../fakes/docsApi';
import {
  CellNode,
  DocState,
  ParagraphNode,
  TableNode,
  cellAt,
  createDocumentAppFake,
  findParagraph,
  paragraphsIn,
  tablesIn,
  textOf,
  textStyle,
} from '../fakes/documentApp';

const DIVISIONS = 30;
const ROWS_PER_DIVISION = 50;

/** The table of indicators: 2 text columns, 3 number columns, `rows` rows. */
function indicatorTable(rows: number): TableBlock {
  return {
    kind: 'table',
    columns: [
      { header: 'Chỉ tiêu', align: 'left', width: 40 },
      { header: 'Đơn vị tính', align: 'left', width: 15 },
      { header: 'Thực hiện 2023', align: 'right', width: 15 },
      { header: 'Ước thực hiện 2024', align: 'right', width: 15 },
      { header: 'So sánh (%)', align: 'right', width: 15 },
    ],
    rows: Array.from({ length: rows }, (_, i) => [
      `Phòng ${Math.floor(i / ROWS_PER_DIVISION) + 1}: chỉ tiêu ${(i % ROWS_PER_DIVISION) + 1}`,
      'hồ sơ',
      `1.${String(100 + (i % 900)).padStart(3, '0')}`,
      `1.${String(250 + (i % 700)).padStart(3, '0')}`,
      '112,5%',
    ]),
  };
}

function summaryWith(indicatorRows: number): SummaryDocument {
  return {
    fileName: 'Báo cáo tổng hợp 6 tháng đầu năm 2024 (bản 1, 27/06/2024 16:05)',
    heading: {
      parentAgency: 'UBND TỈNH BẮC GIANG',
      agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      number: 'Số: 05/BC-SKHCN',
      nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      placeDate: 'Bắc Giang, ngày 27 tháng 06 năm 2024',
    },
    documentType: 'Báo cáo',
    subject: 'Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội 6 tháng đầu năm 2024, ước thực hiện cả năm 2024 và xây dựng kế hoạch năm 2025',
    body: [
      {
        kind: 'paragraph',
        runs: [
          { text: 'Thực hiện Văn bản số 1234/UBND-KTN của UBND tỉnh, ' },
          { text: '8/9 phòng, đơn vị đã báo cáo', bold: true },
          { text: '; chưa báo cáo: ' },
          { text: 'Thanh tra Sở', italic: true },
          { text: '.' },
        ],
      },
      { kind: 'heading', level: 1, text: 'I. Kết quả thực hiện 6 tháng đầu năm 2024, ước thực hiện cả năm 2024' },
      { kind: 'heading', level: 2, text: '1. Văn phòng Sở' },
      indicatorTable(5),
      { kind: 'paragraph', runs: [{ text: 'Ước cả năm đạt 1.250 hồ sơ, tăng 12,5% so với năm 2023, đạt 104,2% kế hoạch.' }] },
      { kind: 'heading', level: 2, text: '2. Các phòng, đơn vị' },
      indicatorTable(indicatorRows),
      { kind: 'heading', level: 1, text: 'V. Đánh giá khả năng hoàn thành mục tiêu giai đoạn 2021–2025' },
      { kind: 'heading', level: 3, text: 'a) Theo Nghị quyết Đại hội' },
      {
        kind: 'chart',
        title: 'Số mục tiêu theo mức đánh giá',
        bars: [
          { label: 'Hoàn thành', value: 12 },
          { label: 'Khó hoàn thành', value: 3 },
          { label: 'Không hoàn thành', value: 1 },
        ],
        fallback: 'Hoàn thành: 12 mục tiêu; khó hoàn thành: 3; không hoàn thành: 1.',
      },
      { kind: 'heading', level: 1, text: 'VII. Kiến nghị, đề xuất' },
      { kind: 'paragraph', runs: [{ text: 'Không có kiến nghị.' }], align: 'left', indent: false },
    ],
    closing: {
      recipientsLabel: 'Nơi nhận:',
      recipients: ['- UBND tỉnh (b/c);', '- Sở Kế hoạch và Đầu tư;', '- Lưu: VT, VP.'],
      authority: ['KT. Giám đốc', 'Phó Giám đốc'],
      signerName: 'Nguyễn Văn A',
    },
    appendix: {
      label: 'Phụ lục',
      title: 'Tình hình báo cáo của các phòng, đơn vị',
      subtitle: '(Số liệu tại thời điểm 16:05 ngày 27/06/2024)',
      landscape: true,
      blocks: [
        {
          kind: 'table',
          columns: [
            { header: 'Phòng, đơn vị', align: 'left', width: 50 },
            { header: 'Trạng thái', align: 'center', width: 25 },
            { header: 'Số lỗi', align: 'right', width: 25 },
          ],
          rows: [
            ['Văn phòng Sở', 'Đã nộp', '0'],
            ['Thanh tra Sở', 'Chưa nộp', '3'],
          ],
        },
      ],
    },
  };
}

interface Rendered {
  state: DocState;
  stats: ReturnType<typeof renderSummaryDoc>;
  /** DocumentApp calls made by renderSummaryDoc. */
  documentAppCalls: number;
  docsCalls: ReturnType<typeof createCallCounter>;
  charts: ReturnType<typeof createChartsFake>;
  docs: ReturnType<typeof createDocsApiFake>;
  app: ReturnType<typeof createDocumentAppFake>;
  doc: GoogleAppsScript.Document.Document;
}

function render(summary: SummaryDocument, options: { docs?: boolean; charts?: 'working' | 'failing' | 'absent' } = {}): Rendered {
  const calls = createCallCounter();
  const docsCalls = createCallCounter();
  const app = createDocumentAppFake({ calls });
  const docs = createDocsApiFake(app, { calls: docsCalls });
  const charts = createChartsFake({ failRendering: options.charts === 'failing' });
  const doc = app.DocumentApp.create(summary.fileName);
  const before = calls.total;
  const stats = renderSummaryDoc(doc, summary, {
    DocumentApp: app.DocumentApp,
    Docs: options.docs === false ? undefined : docs.Docs,
    Charts: options.charts === 'absent' ? undefined : charts.Charts,
  });
  return { state: app.lastDocument(), stats, documentAppCalls: calls.total - before, docsCalls, charts, docs, app, doc };
}

const big = render(summaryWith(DIVISIONS * ROWS_PER_DIVISION));
const state = big.state;

function cellParagraphs(cell: CellNode): string[] {
  return cell.children.map((c) => textOf(c));
}

function alignmentOf(p: ParagraphNode): string {
  return String(p.attrs.HORIZONTAL_ALIGNMENT ?? 'LEFT');
}

/** The paragraph right after `p` in the body. */
function nextInBody(p: ParagraphNode): ParagraphNode | TableNode {
  const i = state.body.children.indexOf(p);
  return state.body.children[i + 1];
}

describe('the summary in Google Docs, as a reader sees it', () => {
  it('is an A4 page with the margins of Decree 30, in points', () => {
    const page = state.body.page;
    expect(page.width).toBeCloseTo(595.3, 1);
    expect(page.height).toBeCloseTo(841.9, 1);
    expect(page.marginTop).toBeCloseTo(56.7, 1);
    expect(page.marginBottom).toBeCloseTo(56.7, 1);
    expect(page.marginLeft).toBeCloseTo(85.0, 1);
    expect(page.marginRight).toBeCloseTo(42.5, 1);
  });

  it('starts with the heading block, not with the empty paragraph a new Doc has', () => {
    expect(state.body.children[0].kind).toBe('TABLE');
  });

  it('has a borderless two-column heading block: agency on the left (40 %), national title on the right', () => {
    const block = state.body.children[0] as TableNode;
    expect(block.attrs.BORDER_WIDTH).toBe(0);
    const textWidth = 595.28 - 85.04 - 42.52;
    expect(block.columnWidths[0]).toBeCloseTo(textWidth * 0.4, 0);
    expect(block.columnWidths[1]).toBeCloseTo(textWidth * 0.6, 0);

    const [parent, agency, agencyLine] = cellAt(block, 0, 0).children as ParagraphNode[];
    expect([parent.text, agency.text]).toEqual(['UBND TỈNH BẮC GIANG', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ']);
    expect(textStyle(parent)).toMatchObject({ FONT_SIZE: 13, BOLD: false, FONT_FAMILY: 'Times New Roman' });
    expect(textStyle(agency)).toMatchObject({ FONT_SIZE: 13, BOLD: true });
    expect(cellParagraphs(cellAt(block, 1, 0))).toEqual(['Số: 05/BC-SKHCN']);
    expect(textStyle(cellAt(block, 1, 0).children[0] as ParagraphNode)).toMatchObject({ FONT_SIZE: 13, BOLD: false });

    const [nation, motto, mottoLine] = cellAt(block, 0, 1).children as ParagraphNode[];
    expect(textStyle(nation)).toMatchObject({ FONT_SIZE: 12, BOLD: true });
    expect(textStyle(motto)).toMatchObject({ FONT_SIZE: 13, BOLD: true });
    const placeDate = cellAt(block, 1, 1).children[0] as ParagraphNode;
    expect(placeDate.text).toBe('Bắc Giang, ngày 27 tháng 06 năm 2024');
    expect(textStyle(placeDate)).toMatchObject({ FONT_SIZE: 14, ITALIC: true, BOLD: false });

    for (const p of paragraphsIn(block)) expect(alignmentOf(p)).toBe('CENTER');

    // Short solid lines: under the agency 1/3 to 1/2 of its width, under the motto about as long as it.
    const lineWidth = (p: ParagraphNode) => p.text.length * 0.6 * RULE_FONT_PT;
    for (const line of [agencyLine, mottoLine]) {
      expect(line.text).toMatch(/^─+$/);
      expect(textStyle(line)).toMatchObject({ FONT_FAMILY: RULE_FONT, BOLD: false });
    }
    const agencyWidth = estimateTextWidthPt(agency.text, 13, true);
    expect(lineWidth(agencyLine)).toBeGreaterThanOrEqual(agencyWidth / 3);
    expect(lineWidth(agencyLine)).toBeLessThanOrEqual(agencyWidth / 2);
    expect(lineWidth(mottoLine) / estimateTextWidthPt(motto.text, 13, true)).toBeCloseTo(1, 1);
  });

  it('has "BÁO CÁO" and the subject bold, centred, 14 pt, with a short line under the subject', () => {
    const title = findParagraph(state, 'BÁO CÁO');
    expect(textStyle(title)).toMatchObject({ FONT_SIZE: 14, BOLD: true, FONT_FAMILY: 'Times New Roman', FOREGROUND_COLOR: '#000000' });
    expect(alignmentOf(title)).toBe('CENTER');
    const subject = nextInBody(title) as ParagraphNode;
    expect(subject.text).toMatch(/^Tình hình thực hiện kế hoạch/);
    expect(textStyle(subject)).toMatchObject({ FONT_SIZE: 14, BOLD: true });
    expect(alignmentOf(subject)).toBe('CENTER');
    const line = nextInBody(subject) as ParagraphNode;
    expect(line.text).toMatch(/^─{5,}$/);
    expect(alignmentOf(line)).toBe('CENTER');
  });

  it('writes section headings as Decree 30 does: I. UPPERCASE bold, 1. bold, a) italic', () => {
    const one = findParagraph(state, /^I\. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024/);
    expect(textStyle(one)).toMatchObject({ BOLD: true, ITALIC: false, FONT_SIZE: 14 });
    expect(one.attrs.HEADING).toBe('HEADING1');
    const two = findParagraph(state, '1. Văn phòng Sở');
    expect(textStyle(two)).toMatchObject({ BOLD: true, ITALIC: false });
    const three = findParagraph(state, 'a) Theo Nghị quyết Đại hội');
    expect(textStyle(three)).toMatchObject({ BOLD: false, ITALIC: true });
  });

  it('justifies body paragraphs with a 1.27 cm first-line indent, 6 pt after, line spacing 1.15, and keeps their bold and italic words', () => {
    const p = findParagraph(state, /^Thực hiện Văn bản số 1234/);
    expect(p.text).toBe('Thực hiện Văn bản số 1234/UBND-KTN của UBND tỉnh, 8/9 phòng, đơn vị đã báo cáo; chưa báo cáo: Thanh tra Sở.');
    expect(alignmentOf(p)).toBe('JUSTIFY');
    expect(p.attrs.INDENT_FIRST_LINE).toBeCloseTo(36, 1);
    expect(p.attrs.SPACING_AFTER).toBe(6);
    expect(p.attrs.LINE_SPACING).toBe(1.15);
    expect(textStyle(p, '8/9 phòng, đơn vị đã báo cáo')).toMatchObject({ BOLD: true, ITALIC: false, FONT_SIZE: 14 });
    expect(textStyle(p, 'Thanh tra Sở')).toMatchObject({ ITALIC: true, BOLD: false });
    expect(textStyle(p, 'Thực hiện Văn bản')).toMatchObject({ BOLD: false, ITALIC: false });
    const plain = findParagraph(state, 'Không có kiến nghị.');
    expect(alignmentOf(plain)).toBe('LEFT');
    expect(plain.attrs.INDENT_FIRST_LINE).toBe(0);
  });

  it('sets tables in 12 pt with the header bold and centred, text left and numbers right-aligned', () => {
    const table = tablesIn(state.body)[1];
    expect(textOf(table.rows[0])).toBe(['Chỉ tiêu', 'Đơn vị tính', 'Thực hiện 2023', 'Ước thực hiện 2024', 'So sánh (%)'].join('\n'));
    expect(table.rows).toHaveLength(6);
    for (const p of paragraphsIn(table)) expect(textStyle(p).FONT_SIZE).toBe(12);
    for (const p of paragraphsIn(table.rows[0])) {
      expect(textStyle(p).BOLD).toBe(true);
      expect(alignmentOf(p)).toBe('CENTER');
    }
    for (const row of table.rows.slice(1)) {
      const [name, unit, ...numbers] = row.cells.map((c) => c.children[0] as ParagraphNode);
      expect(textStyle(name).BOLD).toBe(false);
      expect([alignmentOf(name), alignmentOf(unit)]).toEqual(['LEFT', 'LEFT']);
      expect(numbers.map(alignmentOf)).toEqual(['RIGHT', 'RIGHT', 'RIGHT']);
    }
    const textWidth = 595.28 - 85.04 - 42.52;
    expect(table.columnWidths.map((w) => Math.round(((w ?? 0) / textWidth) * 100))).toEqual([40, 15, 15, 15, 15]);
  });

  it('aligns every cell of a 30 × 50-row table: one Docs read, and writes of at most 500 cells each', () => {
    const table = tablesIn(state.body)[2];
    expect(table.rows).toHaveLength(DIVISIONS * ROWS_PER_DIVISION + 1);
    const misaligned = table.rows.slice(1).filter((row) => row.cells.map((c) => alignmentOf(c.children[0] as ParagraphNode)).join() !== 'LEFT,LEFT,RIGHT,RIGHT,RIGHT');
    expect(misaligned).toHaveLength(0);
    // Only cells that are not already left cost a request: 3 number cells a row, and the headers.
    const cellsToAlign = big.stats.alignedCells;
    expect(big.docs.batches.flatMap((b) => b.requests)).toHaveLength(cellsToAlign);
    expect(big.docs.batches.every((b) => b.requests.length <= 500)).toBe(true);
    expect(big.docsCalls.byMethod).toEqual({ 'Docs.Documents.get': 1, 'Docs.Documents.batchUpdate': Math.ceil(cellsToAlign / 500) });
    expect(big.stats.notes).toEqual([]);
  });

  it('draws the chart as a centred image', () => {
    const images = paragraphsIn(state.body).filter((p) => p.inlines.some((i) => i.kind === 'INLINE_IMAGE'));
    expect(images).toHaveLength(1);
    expect(alignmentOf(images[0])).toBe('CENTER');
    expect(big.charts.charts).toHaveLength(1);
    expect(big.charts.charts[0]).toMatchObject({ type: 'BAR', title: 'Số mục tiêu theo mức đánh giá', rows: [['Hoàn thành', 12], ['Khó hoàn thành', 3], ['Không hoàn thành', 1]] });
    expect(big.stats.charts).toBe(1);
  });

  it('closes with "Nơi nhận" on the left and the signature on the right', () => {
    const closing = tablesIn(state.body).find((t) => textOf(t).startsWith('Nơi nhận:'));
    if (!closing) throw new Error('no closing table');
    expect(closing.attrs.BORDER_WIDTH).toBe(0);
    const [label, ...recipients] = cellAt(closing, 0, 0).children as ParagraphNode[];
    expect(textStyle(label)).toMatchObject({ FONT_SIZE: 12, BOLD: true, ITALIC: true });
    expect(recipients.map((r) => r.text)).toEqual(['- UBND tỉnh (b/c);', '- Sở Kế hoạch và Đầu tư;', '- Lưu: VT, VP.']);
    for (const r of recipients) expect(textStyle(r)).toMatchObject({ FONT_SIZE: 11, BOLD: false });

    const signature = cellAt(closing, 0, 1).children as ParagraphNode[];
    expect(signature.map((p) => p.text)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', '', '', 'Nguyễn Văn A']);
    for (const p of [signature[0], signature[1], signature[6]]) expect(textStyle(p)).toMatchObject({ FONT_SIZE: 14, BOLD: true });
    for (const p of signature) expect(alignmentOf(p)).toBe('CENTER');
  });

  it('puts the appendix on a new page: "Phụ lục", its UPPERCASE title, its italic subtitle, its table', () => {
    const label = findParagraph(state, 'Phụ lục');
    const before = state.body.children[state.body.children.indexOf(label) - 1] as ParagraphNode;
    expect(before.inlines.map((i) => i.kind)).toEqual(['PAGE_BREAK']);
    expect(textStyle(label)).toMatchObject({ FONT_SIZE: 14, BOLD: true });
    expect(alignmentOf(label)).toBe('CENTER');
    const title = nextInBody(label) as ParagraphNode;
    expect(title.text).toBe('TÌNH HÌNH BÁO CÁO CỦA CÁC PHÒNG, ĐƠN VỊ');
    expect(textStyle(title)).toMatchObject({ BOLD: true });
    expect(alignmentOf(title)).toBe('CENTER');
    const subtitle = nextInBody(title) as ParagraphNode;
    expect(textStyle(subtitle)).toMatchObject({ ITALIC: true, BOLD: false });
    expect(alignmentOf(subtitle)).toBe('CENTER');
    const table = nextInBody(subtitle) as TableNode;
    expect(table.kind).toBe('TABLE');
    expect(table.rows.slice(1).map((r) => r.cells.map((c) => alignmentOf(c.children[0] as ParagraphNode)))).toEqual([
      ['LEFT', 'CENTER', 'RIGHT'],
      ['LEFT', 'CENTER', 'RIGHT'],
    ]);
  });

  it('reports what it wrote, and leaves the Doc saved and closed', () => {
    expect(big.stats).toMatchObject({ documentId: state.id, url: `https://docs.google.com/open?id=${state.id}`, tables: 5, charts: 1 });
    expect(big.stats.paragraphs).toBeGreaterThan(20);
    expect(() => big.doc.getBody()).toThrow('Document is closed, its content cannot be updated.');
    expect(big.app.DocumentApp.openById(state.id).getBody().getText()).toContain('BÁO CÁO');
  });
});

describe('the call budget', () => {
  it('is the same for a 5-row table and a 1,500-row table', () => {
    const small = render(summaryWith(5));
    expect(small.documentAppCalls).toBe(big.documentAppCalls);
    // A report of ordinary size: one Docs read, one Docs write.
    expect(small.docsCalls.byMethod).toEqual({ 'Docs.Documents.get': 1, 'Docs.Documents.batchUpdate': 1 });
    // A few hundred calls for the whole report, whatever its tables hold.
    expect(big.documentAppCalls).toBeLessThan(300);
  });

  it('keeps the report when the Docs service fails while aligning, and says so', () => {
    const failing = render(summaryWith(5));
    const app = createDocumentAppFake();
    const docs = createDocsApiFake(app);
    const doc = app.DocumentApp.create('x');
    const stats = renderSummaryDoc(doc, summaryWith(5), {
      DocumentApp: app.DocumentApp,
      Charts: createChartsFake().Charts,
      Docs: {
        Documents: {
          get: (id: string) => docs.Docs.Documents.get(id),
          batchUpdate: () => {
            throw new Error('API call to docs.documents.batchUpdate failed with error: Quota exceeded');
          },
        },
      } as unknown as GoogleAppsScript.Docs,
    });
    expect(stats.notes).toEqual([{ code: 'cellAlignmentFailed', detail: expect.stringContaining('Quota exceeded') }]);
    expect(textOf(app.lastDocument().body)).toBe(textOf(failing.state.body));
  });

  it('without the Docs service, leaves cells left-aligned (says so) and still makes no call per cell', () => {
    const noDocs = render(summaryWith(DIVISIONS * ROWS_PER_DIVISION), { docs: false });
    expect(noDocs.documentAppCalls).toBe(big.documentAppCalls);
    expect(noDocs.docsCalls.total).toBe(0);
    expect(noDocs.stats.notes.map((n) => n.code)).toEqual(['cellAlignmentSkipped']);
    const header = tablesIn(noDocs.state.body)[1].rows[0].cells[0].children[0] as ParagraphNode;
    expect(alignmentOf(header)).toBe('LEFT');
    expect(textStyle(header).BOLD).toBe(true);
  });
});

describe('charts where the medium does not allow them', () => {
  it.each([['absent', 'the Charts service is not available'], ['failing', 'the Charts service failed']] as const)('with Charts %s, writes the fallback sentence', (charts, why) => {
    const r = render(summaryWith(5), { charts });
    const fallback = findParagraph(r.state, 'Hoàn thành: 12 mục tiêu; khó hoàn thành: 3; không hoàn thành: 1.');
    expect(alignmentOf(fallback)).toBe('JUSTIFY');
    expect(r.stats.charts).toBe(0);
    expect(r.stats.notes).toEqual([{ code: 'chartAsText', detail: expect.stringContaining(why) }]);
  });
});

describe('the fakes behave like Apps Script where the renderer relies on it', () => {
  function newDoc() {
    const app = createDocumentAppFake();
    const docs = createDocsApiFake(app);
    const doc = app.DocumentApp.create('x');
    return { app, docs, doc, body: doc.getBody() };
  }

  it('checks text offsets', () => {
    const { body } = newDoc();
    const text = body.appendParagraph('Hai').editAsText();
    expect(() => text.setBold(0, 3, true)).toThrow('Index (3) must be less than the content length (3).');
    text.setBold(0, 2, true);
    expect(text.isBold(2)).toBe(true);
  });

  it('wants a rectangular array of strings in appendTable', () => {
    const { body } = newDoc();
    expect(() => body.appendTable([['a', 'b'], ['c']])).toThrow(/not rectangular/);
    expect(() => body.appendTable([[1, 2]] as unknown as string[][])).toThrow("The parameters (number[][]) don't match the method signature for DocumentApp.Body.appendTable.");
  });

  it('never lets the body lose its last paragraph, and keeps a paragraph after a table', () => {
    const { app, body } = newDoc();
    expect(() => body.getChild(0).removeFromParent()).toThrow("Can't remove the last paragraph in a document section.");
    body.appendTable([['a']]);
    expect(body.getNumChildren()).toBe(3);
    expect(body.getChild(2).getType()).toBe(app.DocumentApp.ElementType.PARAGRAPH);
  });

  it('lets the Docs service read only saved changes, and indexes a 2 × 2 table as the Docs API does', () => {
    const { app, docs, doc, body } = newDoc();
    body.appendTable([['', ''], ['', '']]);
    expect(() => docs.Docs.Documents.get(doc.getId())).toThrow(/not saved/);
    doc.saveAndClose();
    const json = docs.Docs.Documents.get(app.lastDocument().id);
    const table = (json.body?.content ?? []).find((e) => e.table);
    const S = table?.startIndex ?? NaN;
    expect(table?.endIndex).toBe(S + 12);
    expect(table?.table?.tableRows?.[1].startIndex).toBe(S + 6);
    expect(table?.table?.tableRows?.[0].tableCells?.[1].content?.[0].startIndex).toBe(S + 5);
  });

  it('refuses a batch of more than 500 requests', () => {
    const { app, docs, doc, body } = newDoc();
    body.appendParagraph('Một');
    doc.saveAndClose();
    const request = { updateParagraphStyle: { range: { startIndex: 1, endIndex: 2 }, paragraphStyle: { alignment: 'END' }, fields: 'alignment' } };
    expect(() => docs.Docs.Documents.batchUpdate({ requests: Array(501).fill(request) }, app.lastDocument().id)).toThrow(/at most 500/);
  });

  it('applies a batch completely or not at all', () => {
    const { app, docs, doc, body } = newDoc();
    body.appendParagraph('Một');
    doc.saveAndClose();
    const id = app.lastDocument().id;
    const end = docs.documentJson(id).body?.content?.slice(-1)[0].endIndex ?? 0;
    const style = (startIndex: number, endIndex: number) => ({ updateParagraphStyle: { range: { startIndex, endIndex }, paragraphStyle: { alignment: 'CENTER' }, fields: 'alignment' } });
    expect(() => docs.Docs.Documents.batchUpdate({ requests: [style(1, 2), style(1, end + 1)] }, id)).toThrow(/end index of the referenced segment/);
    expect(paragraphsIn(app.lastDocument().body).every((p) => p.attrs.HORIZONTAL_ALIGNMENT === undefined)).toBe(true);
    docs.Docs.Documents.batchUpdate({ requests: [style(1, end)] }, id);
    expect(paragraphsIn(app.lastDocument().body).every((p) => p.attrs.HORIZONTAL_ALIGNMENT === 'CENTER')).toBe(true);
  });
});
