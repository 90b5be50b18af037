/**
 * The summary .docx as Word and LibreOffice read it: a hand-made SummaryDocument with every kind of block,
 * rendered, then read back with jszip + xmldom and held against nd30-format.md and core ND30.
 */
import type { SummaryDocument } from '../../src/core/summary/model';
import { ND30 } from '../../src/core/summary/format';
import { balancedLines, fitColumns, renderDocx } from '../../src/render/renderDocx';
import { all, attr, bodyElements, child, children, paragraphWith, paragraphs, ReadDocx, readDocx, runProperty, sections, styleById, styleOf, text } from './docxReader';
import { expectNd30Pages, expectPageNumbersFromPage2, twips } from './nd30Checks';

const doc: SummaryDocument = {
  fileName: 'Báo cáo tổng hợp KT-XH 6 tháng đầu năm 2024 (bản 1, 16:05 27/06/2024)',
  heading: {
    parentAgency: 'UBND TỈNH BẮC GIANG',
    agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    number: 'Số:       /BC-SKHCN',
    nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    placeDate: 'Bắc Giang, ngày 27 tháng 6 năm 2024',
  },
  documentType: 'BÁO CÁO',
  subject: 'Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội 6 tháng đầu năm 2024',
  body: [
    { kind: 'paragraph', runs: [{ text: 'Thực hiện Công văn số 3148/UBND-TH; ' }, { text: 'Sở báo cáo', bold: true }, { text: ' như sau:', italic: true }] },
    { kind: 'heading', level: 1, text: 'I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024' },
    { kind: 'heading', level: 2, text: '1. Văn phòng Sở' },
    {
      kind: 'table',
      columns: [
        { header: 'STT', align: 'center', width: 6 },
        { header: 'Chỉ tiêu, nhiệm vụ', align: 'left', width: 54 },
        { header: 'Ước thực hiện năm 2024', align: 'right', width: 20 },
        { header: 'So với kế hoạch (%)', align: 'right', width: 20 },
      ],
      rows: [
        ['1', 'Số hồ sơ thủ tục hành chính tiếp nhận, giải quyết', '1.250', '104,2%'],
        ['2', 'Tỷ lệ hồ sơ giải quyết đúng hạn\ntheo quy định', '99', ''],
      ],
    },
    { kind: 'paragraph', runs: [{ text: '- Số hồ sơ: ước cả năm đạt 1.250 hồ sơ, tăng 12,5% so với năm 2023.' }] },
    { kind: 'heading', level: 3, text: 'a) Nguyên nhân chủ quan' },
    { kind: 'paragraph', runs: [{ text: 'Dòng căn giữa, không thụt đầu dòng.' }], align: 'center', indent: false },
    {
      kind: 'chart',
      title: 'Số mục tiêu theo mức đánh giá',
      bars: [
        { label: 'Đã hoàn thành', value: 8 },
        { label: 'Khó hoàn thành', value: 2 },
        { label: 'Không hoàn thành', value: 0 },
      ],
      fallback: 'Số mục tiêu theo mức đánh giá: Đã hoàn thành 8; Khó hoàn thành 2; Không hoàn thành 0.',
    },
    { kind: 'chart', title: 'Biểu đồ rỗng', bars: [], fallback: 'Biểu đồ rỗng: không có số liệu.' },
  ],
  closing: {
    recipientsLabel: 'Nơi nhận:',
    recipients: ['- Giám đốc Sở (để b/c);', '- Lưu: VT, VP.'],
    authority: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
    signerName: 'Triệu Ngọc Trung',
  },
  appendix: {
    label: 'Phụ lục',
    title: 'TÌNH HÌNH BÁO CÁO CỦA CÁC PHÒNG, ĐƠN VỊ',
    subtitle: '(Kèm theo Báo cáo số /BC-SKHCN ngày 27 tháng 6 năm 2024)',
    blocks: [
      {
        kind: 'table',
        columns: [
          { header: 'STT', align: 'center', width: 5 },
          { header: 'Phòng, đơn vị', align: 'left', width: 45 },
          { header: 'Tình trạng', align: 'center', width: 20 },
          { header: 'Số lỗi còn lại', align: 'right', width: 30 },
        ],
        rows: [['1', 'Thanh tra Sở', 'Đang nhập', '5']],
      },
      { kind: 'paragraph', runs: [{ text: '- Thanh tra Sở: Không có tệp của phòng, đơn vị này.' }] },
    ],
    landscape: true,
  },
};

let read: ReadDocx;

beforeAll(async () => {
  read = await readDocx(await renderDocx(doc));
});

test('the page is A4 portrait with the margins of Decree 30, and the appendix is a landscape section of its own', () => expectNd30Pages(read, true));

test('page numbers are centred in the top margin at 13 pt, not on the first page, and go on in the appendix', () => {
  expectPageNumbersFromPage2(read);
  const [, appendix] = sections(read);
  expect(child(appendix, 'pgNumType') && attr(child(appendix, 'pgNumType'), 'start')).toBeFalsy();
});

test('Times New Roman everywhere: the document defaults name it, and no run names another font', () => {
  const defaults = all(read.styles, 'docDefaults')[0];
  const fonts = all(defaults, 'rFonts')[0];
  for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(attr(fonts, slot)).toBe('Times New Roman');
  expect(attr(all(defaults, 'sz')[0], 'val')).toBe('28');
  const others = [read.document, ...read.headers.values()].flatMap((root) => all(root, 'rFonts')).filter((f) => attr(f, 'ascii') !== 'Times New Roman');
  expect(others).toHaveLength(0);
});

test('body text: 14 pt, justified, first line indented 1.27 cm, 6 pt after, 1.15 lines', () => {
  const defaults = all(read.styles, 'docDefaults')[0];
  const pPr = all(defaults, 'pPr')[0];
  expect(attr(child(pPr, 'jc'), 'val')).toBe('both');
  expect(attr(child(pPr, 'ind'), 'firstLine')).toBe(String(twips(12.7)));
  const spacing = child(pPr, 'spacing')!;
  expect([attr(spacing, 'after'), attr(spacing, 'line'), attr(spacing, 'lineRule')]).toEqual(['120', '276', 'auto']);
  const opening = paragraphWith(read, 'Thực hiện Công văn số 3148');
  expect(styleOf(opening)).toBeNull();
  expect(all(opening, 'r').map((r) => [text(r), Boolean(child(child(r, 'rPr') ?? r, 'b')), Boolean(child(child(r, 'rPr') ?? r, 'i'))])).toEqual([
    ['Thực hiện Công văn số 3148/UBND-TH; ', false, false],
    ['Sở báo cáo', true, false],
    [' như sau:', false, true],
  ]);
  const centred = paragraphWith(read, 'Dòng căn giữa');
  expect(attr(child(child(centred, 'pPr')!, 'jc'), 'val')).toBe('center');
  expect(attr(child(child(centred, 'pPr')!, 'ind'), 'firstLine')).toBe('0');
});

test('the heading block: a borderless two-column table, agency 40 %, with the rules under the agency and the motto', () => {
  const table = bodyElements(read)[0];
  expect(table.localName).toBe('tbl');
  const borders = all(table, 'tblBorders')[0];
  expect(
    children(borders, 'top')
      .concat(children(borders, 'insideV'))
      .every((b) => attr(b, 'val') === 'none'),
  ).toBe(true);
  const grid = all(table, 'gridCol').map((g) => Number(attr(g, 'w')));
  expect(Math.round((grid[0] / (grid[0] + grid[1])) * 100)).toBe(ND30.heading.leftColumnPercent);
  const [row1, row2] = children(table, 'tr');
  const [left, right] = children(row1, 'tc');
  const leftTexts = paragraphs(left).map(text);
  expect(leftTexts[0]).toBe('UBND TỈNH BẮC GIANG');
  expect(leftTexts[1].replace(/\n/g, ' ')).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
  expect(runProperty(paragraphs(left)[0], 'sz')).toBe('26');
  expect(runProperty(paragraphs(left)[0], 'b')).toBeNull();
  expect(runProperty(paragraphs(left)[1], 'sz')).toBe('26');
  expect(runProperty(paragraphs(left)[1], 'b')).toBe('on');
  const ruled = (cell: typeof left) => paragraphs(cell).filter((p) => all(p, 'pBdr').length > 0);
  expect(ruled(left)).toHaveLength(1);
  expect(paragraphs(right).map(text).slice(0, 2)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
  expect(runProperty(paragraphs(right)[0], 'sz')).toBe('24');
  expect(runProperty(paragraphs(right)[1], 'sz')).toBe('26');
  expect(ruled(right)).toHaveLength(1);
  // The motto's rule is about as long as the motto: the indents leave the rest of the column.
  const ind = child(child(ruled(right)[0], 'pPr')!, 'ind')!;
  const ruleLength = grid[1] - Number(attr(ind, 'left')) - Number(attr(ind, 'right'));
  expect(ruleLength).toBeGreaterThan(twips(45));
  expect(ruleLength).toBeLessThan(twips(70));
  const [numberCell, dateCell] = children(row2, 'tc');
  expect(text(numberCell)).toBe('Số:       /BC-SKHCN');
  expect(runProperty(paragraphs(numberCell)[0], 'sz')).toBe('26');
  expect(text(dateCell)).toBe('Bắc Giang, ngày 27 tháng 6 năm 2024');
  expect(runProperty(paragraphs(dateCell)[0], 'i')).toBe('on');
  expect(runProperty(paragraphs(dateCell)[0], 'sz')).toBe('28');
});

test('BÁO CÁO and the subject line: centred, bold, 14 pt, a short rule under the subject', () => {
  for (const needle of ['BÁO CÁO', 'Tình hình thực hiện kế hoạch']) {
    const p = paragraphWith(read, needle);
    expect(attr(child(child(p, 'pPr')!, 'jc'), 'val')).toBe('center');
    expect(runProperty(p, 'b')).toBe('on');
    expect(runProperty(p, 'sz')).toBe('28');
  }
  const elements = bodyElements(read);
  const subjectAt = elements.findIndex((e) => text(e).startsWith('Tình hình thực hiện kế hoạch'));
  expect(all(elements[subjectAt + 1], 'pBdr')).toHaveLength(1);
});

test('headings: I. bold, 1. bold, a) italic, kept with what follows', () => {
  const expectations: [string, string, string][] = [
    ['I. KẾT QUẢ', 'Nd30Heading1', 'b'],
    ['1. Văn phòng Sở', 'Nd30Heading2', 'b'],
    ['a) Nguyên nhân chủ quan', 'Nd30Heading3', 'i'],
  ];
  for (const [needle, style, mark] of expectations) {
    expect(styleOf(paragraphWith(read, needle))).toBe(style);
    const s = styleById(read, style);
    expect(child(child(s, 'rPr')!, mark)).not.toBeNull();
    expect(attr(child(child(s, 'rPr')!, 'sz'), 'val')).toBe('28');
    expect(child(child(s, 'pPr')!, 'keepNext')).not.toBeNull();
  }
});

test('tables: 12 pt, bordered, header row bold, centred and repeated, numbers right-aligned, line breaks kept', () => {
  const table = bodyElements(read).find((e) => e.localName === 'tbl' && text(e).includes('Chỉ tiêu, nhiệm vụ'))!;
  expect(attr(all(table, 'tblBorders')[0].getElementsByTagNameNS('http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'top').item(0) as never, 'val')).toBe('single');
  const [header, first, second] = children(table, 'tr');
  expect(child(child(header, 'trPr')!, 'tblHeader')).not.toBeNull();
  expect(paragraphs(header).map(styleOf)).toEqual(Array(4).fill('Nd30TableHeader'));
  const headerStyle = styleById(read, 'Nd30TableHeader');
  expect(child(child(headerStyle, 'rPr')!, 'b')).not.toBeNull();
  expect(attr(child(child(headerStyle, 'pPr')!, 'jc'), 'val')).toBe('center');
  expect(paragraphs(first).map(styleOf)).toEqual(['Nd30TableTextCenter', 'Nd30TableText', 'Nd30TableTextRight', 'Nd30TableTextRight']);
  for (const id of ['Nd30TableText', 'Nd30TableTextCenter', 'Nd30TableTextRight', 'Nd30TableHeader']) {
    expect(attr(child(child(styleById(read, id), 'rPr')!, 'sz'), 'val')).toBe(String(ND30.tablePt * 2));
  }
  expect(attr(child(child(styleById(read, 'Nd30TableTextRight'), 'pPr')!, 'jc'), 'val')).toBe('right');
  expect(paragraphs(first).map(text)).toEqual(['1', 'Số hồ sơ thủ tục hành chính tiếp nhận, giải quyết', '1.250', '104,2%']);
  expect(text(children(second, 'tc')[1])).toBe('Tỷ lệ hồ sơ giải quyết đúng hạn\ntheo quy định');
  // "STT" and "104,2%" are never cut: the columns are at least as wide as their longest word.
  const grid = all(table, 'gridCol').map((g) => Number(attr(g, 'w')));
  expect(grid.reduce((s, w) => s + w, 0)).toBe(11906 - twips(30) - twips(15));
  expect(grid[0]).toBeGreaterThanOrEqual(twips(8));
});

test("a chart is a table of bars: shaded cells as wide as their values, which Google's import keeps; an empty chart is its fallback sentence", () => {
  const chart = bodyElements(read).find((e) => e.localName === 'tbl' && text(e).includes('Đã hoàn thành'))!;
  const rows = children(chart, 'tr').map((tr) => children(tr, 'tc'));
  expect(rows.map((cells) => text(cells[0]))).toEqual(['Đã hoàn thành', 'Khó hoàn thành', 'Không hoàn thành']);
  expect(rows.map((cells) => text(cells[cells.length - 1]))).toEqual(['8', '2', '0']);
  // The bar: the shaded cells of a row, their width in twips (tcW) and in grid columns (gridSpan).
  const shaded = (cells: (typeof rows)[number]) => cells.filter((c) => all(c, 'shd').some((s) => (attr(s, 'fill') ?? 'auto') !== 'auto'));
  const width = (cells: (typeof rows)[number]) => cells.reduce((sum, c) => sum + Number(attr(all(c, 'tcW')[0], 'w')), 0);
  const bars = rows.map((cells) => width(shaded(cells)));
  expect(bars[0]).toBeGreaterThan(0);
  expect(bars[0] / bars[1]).toBeCloseTo(4, 1);
  expect(shaded(rows[2])).toHaveLength(0);
  // Every row spans the whole grid, the bar and the rest of its room together.
  const grid = all(chart, 'gridCol').length;
  for (const cells of rows) expect(cells.reduce((n, c) => n + Number(attr(child(child(c, 'tcPr')!, 'gridSpan'), 'val') ?? 1), 0)).toBe(grid);
  expect(text(chart)).not.toContain('█');
  expect(paragraphWith(read, 'Số mục tiêu theo mức đánh giá')).toBeTruthy();
  expect(paragraphWith(read, 'Biểu đồ rỗng: không có số liệu.')).toBeTruthy();
});

test('the closing: Nơi nhận 12 pt bold italic and its lines 11 pt on the left; authority bold 14 pt and the signer on the right', () => {
  const closing = bodyElements(read).find((e) => e.localName === 'tbl' && text(e).startsWith('Nơi nhận:'))!;
  const [left, right] = children(children(closing, 'tr')[0], 'tc');
  const [label, ...lines] = paragraphs(left);
  expect(text(label)).toBe('Nơi nhận:');
  expect([runProperty(label, 'b'), runProperty(label, 'i'), runProperty(label, 'sz')]).toEqual(['on', 'on', '24']);
  expect(lines.map(text)).toEqual(['- Giám đốc Sở (để b/c);', '- Lưu: VT, VP.']);
  expect(lines.map((p) => runProperty(p, 'sz'))).toEqual(['22', '22']);
  const signature = paragraphs(right);
  expect(signature.map(text)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Triệu Ngọc Trung']);
  expect(signature.map((p) => [runProperty(p, 'b'), runProperty(p, 'sz')])).toEqual(Array(3).fill(['on', '28']));
  expect(Number(attr(child(child(signature[2], 'pPr')!, 'spacing'), 'before'))).toBeGreaterThan(1000);
});

test('the appendix: label and title bold 14 pt, its table as wide as the landscape page', () => {
  const label = paragraphWith(read, 'Phụ lục');
  expect([runProperty(label, 'b'), runProperty(label, 'sz')]).toEqual(['on', '28']);
  expect(runProperty(paragraphWith(read, 'TÌNH HÌNH BÁO CÁO'), 'b')).toBe('on');
  expect(runProperty(paragraphWith(read, '(Kèm theo Báo cáo'), 'i')).toBe('on');
  const table = bodyElements(read).find((e) => e.localName === 'tbl' && text(e).includes('Số lỗi còn lại'))!;
  const grid = all(table, 'gridCol').map((g) => Number(attr(g, 'w')));
  expect(grid.reduce((s, w) => s + w, 0)).toBe(16838 - twips(30) - twips(15));
});

test('a portrait appendix when its table is narrow', async () => {
  const portrait = await readDocx(await renderDocx({ ...doc, appendix: { ...doc.appendix, landscape: false } }));
  const size = child(sections(portrait)[1], 'pgSz')!;
  expect([attr(size, 'w'), attr(size, 'h'), attr(size, 'orient')]).toEqual(['11906', '16838', 'portrait']);
});

test('a heading-block line too long for its column breaks where its lines come out even', () => {
  expect(balancedLines('SỞ KHOA HỌC VÀ CÔNG NGHỆ', 13, true, twips(66))).toEqual(['SỞ KHOA HỌC', 'VÀ CÔNG NGHỆ']);
  expect(balancedLines('UBND TỈNH BẮC GIANG', 13, false, twips(66))).toEqual(['UBND TỈNH BẮC GIANG']);
});

test('columns too narrow for their longest word take room from the others, in proportion to what they can spare', () => {
  // Shares give 500 / 4500 / 5000; the first needs 800; the others can spare 3500 and 4000.
  expect(fitColumns([5, 45, 50], [800, 1000, 1000], 10000)).toEqual([800, 4360, 4840]);
  expect(fitColumns([50, 50], [100, 100], 1000)).toEqual([500, 500]);
});

test('headings are aligned left, never justified', () => {
  for (const needle of ['I. KẾT QUẢ', '1. Văn phòng Sở', 'a) Nguyên nhân chủ quan']) {
    // The alignment in force: the paragraph's own, else its style's (Word and Google's import resolve it so).
    const p = paragraphWith(read, needle);
    const own = attr(child(child(p, 'pPr')!, 'jc'), 'val');
    const ofStyle = attr(child(child(styleById(read, styleOf(p)!), 'pPr')!, 'jc'), 'val');
    expect(own ?? ofStyle).toBe('left');
  }
});

test('tables of one width group get the same column widths, sized from the content of all of them', async () => {
  const columns = [
    { header: 'STT', align: 'center' as const, width: 10 },
    { header: 'Chỉ tiêu', align: 'left' as const, width: 60 },
    { header: 'Số', align: 'right' as const, width: 30 },
  ];
  const grouped: SummaryDocument = {
    ...doc,
    body: [
      { kind: 'table', columns, rows: [['1', 'Ngắn', '5']], widthGroup: 'results' },
      { kind: 'table', columns, rows: [['1', 'Ngắn', '1.234.567.890.123.456.789.000']], widthGroup: 'results' },
    ],
  };
  const tables = all((await readDocx(await renderDocx(grouped))).document, 'tbl').filter((t) => text(t).includes('Chỉ tiêu'));
  const grids = tables.map((t) => all(t, 'gridCol').map((g) => Number(attr(g, 'w'))));
  expect(grids).toHaveLength(2);
  expect(grids[0]).toEqual(grids[1]);
});

test('the closing sentence stays on the page of Nơi nhận and the signature: it and the gap after it keep with the next', async () => {
  const closed = await readDocx(await renderDocx({ ...doc, body: [...doc.body, { kind: 'paragraph', runs: [{ text: 'Trên đây là báo cáo của Sở Khoa học và Công nghệ./.' }] }] }));
  const elements = bodyElements(closed);
  const at = elements.findIndex((e) => text(e).includes('Trên đây là báo cáo'));
  const [closing, gap, table] = elements.slice(at, at + 3);
  expect(child(child(closing, 'pPr')!, 'keepNext')).not.toBeNull();
  expect(gap.localName).toBe('p');
  expect(child(child(gap, 'pPr')!, 'keepNext')).not.toBeNull();
  expect(table.localName).toBe('tbl');
});
