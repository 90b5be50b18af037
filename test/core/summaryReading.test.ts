/**
 * The sample report read as a department head reads it: the words on the page, not the model's structure.
 * The same assertions run on the document model and on the .docx the command line writes.
 */
import { buildDivisionReport } from '../../src/core/divisionReport';
import { filledDivisionGrid, sampleFor } from '../../src/core/sampleData';
import { buildSummary } from '../../src/core/summary/build';
import type { SummaryDocument, TableBlock } from '../../src/core/summary/model';
import { renderDocx } from '../../src/render/renderDocx';
import { all, readDocx, text } from '../render/docxReader';
import { blockText, seen } from './reportText';
import { form, settings } from './tabs';

const reports = settings.divisions.map((d) => buildDivisionReport(d, filledDivisionGrid(form, settings, d, sampleFor(d)), form, { today: '2024-06-27' }));
const summary = buildSummary(reports, settings, form, { now: '2024-06-27T16:05', version: 3 });

function modelText(doc: SummaryDocument): string {
  return seen([doc.heading.number, doc.heading.placeDate, doc.subject, ...doc.body.map(blockText), ...doc.closing.recipients, doc.appendix.subtitle, ...doc.appendix.blocks.map(blockText)].join('\n'));
}

let docxText = '';
beforeAll(async () => {
  const doc = await readDocx(await renderDocx(summary));
  const rows = all(doc.document, 'tr').map((tr) => all(tr, 'tc').map(text).join(' | '));
  docxText = seen([...all(doc.document, 'p').map(text), ...rows].join('\n'));
});

const readers: [string, () => string][] = [
  ['the document model', () => modelText(summary)],
  ['the .docx', () => docxText],
];

describe.each(readers)('read from %s', (_name, read) => {
  test('the closing sentence comes before Nơi nhận', () => {
    const t = read();
    const closing = 'Trên đây là báo cáo tình hình thực hiện kế hoạch phát triển kinh tế - xã hội 6 tháng đầu năm 2024, ước thực hiện cả năm 2024 và xây dựng kế hoạch năm 2025 của Sở Khoa học và Công nghệ./.';
    expect(t).toContain(closing);
    expect(t.indexOf(closing)).toBeLessThan(t.indexOf('- UBND tỉnh (b/c);'));
  });

  test('no software words: no cell address, no "lỗi", no «», no data-entry instruction', () => {
    const t = read();
    expect(t).not.toMatch(/\bô [A-Z]{1,2}\d+/);
    expect(t).not.toMatch(/(còn|\d+) lỗi|số lỗi|cảnh báo/i);
    expect(t).not.toMatch(/[«»]/);
    expect(t).not.toMatch(/nhập ít nhất|không tính tỷ lệ/);
  });

  test('documents are named officially, never "Văn bản số"', () => {
    const t = read();
    expect(t).not.toMatch(/[Vv]ăn bản số \d/);
    expect(t).toContain('Nhiệm vụ được giao tại Quyết định số 1400/QĐ-UBND của UBND tỉnh');
    expect(t).toContain('Các mục tiêu theo Nghị quyết số 43/NQ-HĐND ngày 09/12/2020 của HĐND tỉnh');
    expect(t).toContain('Thực hiện Công văn số 3148/UBND-TH ngày 14/06/2024 của UBND tỉnh về việc');
  });

  test('an incomplete division is marked at most once', () => {
    expect(read().match(/Thanh tra Sở[,]? \(?báo cáo chưa đầy đủ/g) ?? []).toHaveLength(1);
    expect(read()).not.toContain('Thanh tra Sở, báo cáo chưa đầy đủ');
  });

  test('no two brackets in a row, no addressee named twice', () => {
    expect(read()).not.toMatch(/\) \(/);
    expect(read()).not.toMatch(/\(kiến nghị /);
  });

  test('a rate is compared in points, never as a ratio of rates', () => {
    const t = read();
    expect(t).toContain('Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn | % | 98,5 | 100,0 | 99,2 | 99,0 | +0,5 điểm % | -1,0 điểm %');
    expect(t).toContain('tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn (ước đạt 99,0%, thấp hơn kế hoạch 1,0 điểm phần trăm;');
    expect(t).not.toContain('100,5%');
  });

  test('a plan figure is not said to reach its plan', () => {
    expect(read()).toContain('1 chỉ tiêu là số kế hoạch được giao (kế hoạch vốn đầu tư công được giao 18.500 triệu đồng), không so sánh với kế hoạch');
    expect(read()).toMatch(/Kế hoạch vốn đầu tư công được giao \| triệu đồng \| 25\.000 \| 18\.500 \| 18\.500 \| 18\.500 \| 74,0% \| {2}\|/);
  });

  test('dates in running text are written out; list values mid-sentence in sentence case', () => {
    const t = read();
    expect(t).toContain('thời hạn ngày 31 tháng 5 năm 2024: đang thực hiện, quá hạn;');
    expect(t).toContain('thời gian hoàn thành: thường xuyên.');
    expect(t).toContain('thời gian hoàn thành: tháng 7/2024;');
    expect(t).toContain('thời gian hoàn thành: ngày 30 tháng 9 năm 2024.');
  });

  test('the notes of section I, III and VI stand beside what they qualify', () => {
    const t = read();
    expect(t).toContain('| 2.130 | 2.200 | 1.086 | 2.150 | 100,9% | 97,7% | 100% văn bản đi (trừ văn bản mật) được ký số');
    expect(t).toContain('xây dựng chương trình công tác năm 2025 của Sở; thời gian hoàn thành: ngày 15 tháng 12 năm 2024; phối hợp các phòng, đơn vị thuộc Sở.');
    expect(t).toContain('| 6.500 | Ngân sách trung ương | Phòng Quản lý khoa học | Bộ KH&CN hỗ trợ, tỉnh đối ứng');
  });

  test('section II keeps each shortcoming with its cause and lesson, grouped by the kind of cause', () => {
    const t = read();
    expect(t).toContain('1. Tồn tại, hạn chế do nguyên nhân chủ quan');
    expect(t).toContain(
      '- Văn phòng Sở: Việc số hóa tài liệu lưu trữ và kết quả giải quyết thủ tục hành chính còn chậm so với yêu cầu. Nguyên nhân: công chức làm công tác văn thư, lưu trữ còn kiêm nhiệm; thiết bị quét chuyên dụng chưa đáp ứng. Bài học kinh nghiệm:',
    );
  });

  test('section VII is grouped by addressee', () => {
    expect(read()).toMatch(/1\. Đối với UBND tỉnh\n- Phòng Kế hoạch - Tài chính: Đề nghị UBND tỉnh xem xét bố trí/);
  });

  test('the appendix tells leadership in words what is missing, with the same number gap as the heading', () => {
    const t = read();
    expect(t).toContain('Thanh tra Sở | Chưa đầy đủ | chưa có ước thực hiện năm 2024 của 1 chỉ tiêu; chưa có nguyên nhân của 1 tồn tại, hạn chế; chưa có giải thích, giải pháp của 1 mục tiêu; chưa báo cáo mục III, VI |');
    // Said once, in the table: no list under it repeats its column.
    expect(t).not.toContain('- Thanh tra Sở: chưa có');
    expect(t).not.toContain('Những nội dung còn thiếu');
    expect(t).toContain(`(Kèm theo Báo cáo số ${summary.heading.number.replace(/^Số: /, '')} ngày 27 tháng 6 năm 2024;`);
  });
});

/** Section I's tables by division, and the paragraph after each. */
function sectionOne(doc: SummaryDocument): { table: TableBlock; said: string }[] {
  const out: { table: TableBlock; said: string }[] = [];
  const end = doc.body.findIndex((b) => b.kind === 'heading' && b.level === 1 && b.text.startsWith('II.'));
  doc.body.slice(0, end).forEach((b, i, list) => {
    const next = list[i + 1];
    if (b.kind === 'table' && next && next.kind === 'paragraph') out.push({ table: b, said: blockText(next) });
  });
  return out;
}

test('section I: one paragraph per division and one for the Department, whose numbers are the table’s', () => {
  const divisions = sectionOne(summary);
  expect(divisions).toHaveLength(9);
  let short = 0;
  let compared = 0;
  for (const { table, said } of divisions) {
    const vsPlan = table.columns.findIndex((c) => c.header === 'So với kế hoạch');
    const rows = table.rows.map((r) => r.map(seen)).filter((r) => r[vsPlan] !== '');
    const behind = rows.filter((r) => (r[vsPlan].includes('điểm') ? r[vsPlan].startsWith('-') : parseFloat(r[vsPlan].replace(',', '.')) < 100));
    short += behind.length;
    compared += rows.length;
    expect(said).toContain(`${rows.length - behind.length}/${rows.length} chỉ tiêu có kế hoạch ước đạt hoặc vượt kế hoạch`);
    if (behind.length) expect(said).toContain(`${behind.length} chỉ tiêu chưa đạt: `);
    for (const r of behind) {
      const gap = r[vsPlan].includes('điểm') ? `thấp hơn kế hoạch ${r[vsPlan].replace(/^-/, '').replace(' điểm %', ' điểm phần trăm')}` : `bằng ${r[vsPlan]} kế hoạch`;
      expect(said).toContain(seen(gap));
    }
  }
  // The Department's paragraph is the first one under the heading of section I.
  const department = blockText(summary.body[summary.body.findIndex((b) => b.kind === 'heading' && b.text.startsWith('I. ')) + 1]);
  expect(department).toMatch(
    new RegExp(`^Tổng hợp 50 chỉ tiêu của 9 phòng, đơn vị: ước thực hiện cả năm 2024, ${compared - short}/${compared} chỉ tiêu có kế hoạch ước đạt hoặc vượt kế hoạch \\(vượt \\d+\\); ${short} chỉ tiêu chưa đạt;`),
  );
  // No sentence per row: the text under a table is one paragraph.
  expect(summary.body.filter((b) => b.kind === 'paragraph' && blockText(b).startsWith('- Số ')).length).toBe(0);
});

test('the report date and closing sentence are settings', () => {
  const doc = buildSummary(reports, { ...settings, letterhead: { ...settings.letterhead, reportDate: '2024-06-28', documentNumber: '5' }, closingSentence: 'Trên đây là báo cáo {subject}./.' }, form, {
    now: '2024-06-27T16:05',
  });
  expect(doc.heading.placeDate).toBe('Bắc Giang, ngày 28 tháng 6 năm 2024');
  expect(doc.appendix.subtitle).toContain('Kèm theo Báo cáo số 05/BC-SKHCN ngày 28 tháng 6 năm 2024');
  expect(blockText(doc.body[doc.body.length - 1])).toMatch(/^Trên đây là báo cáo tình hình thực hiện .* năm 2025\.\/\.$/);
});
