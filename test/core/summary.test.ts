import { buildDivisionReport } from '../../src/core/divisionReport';
import { filledDivisionGrid, sampleData, sampleFor } from '../../src/core/sampleData';
import type { Block, SummaryDocument } from '../../src/core/summary/model';
import { buildSummary } from '../../src/core/summary/build';
import { form, settings } from './tabs';

const today = '2024-06-27';
const reports = settings.divisions.map((d) => buildDivisionReport(d, filledDivisionGrid(form, settings, d, sampleFor(d)), form, { today }));
const summary = buildSummary(reports, settings, form, { now: '2024-06-27T16:05', version: 3 });

function blockText(b: Block): string {
  if (b.kind === 'heading') return b.text;
  if (b.kind === 'paragraph') return b.runs.map((r) => r.text).join('');
  if (b.kind === 'table') return [b.columns.map((c) => c.header).join(' | '), ...b.rows.map((r) => r.join(' | '))].join('\n');
  return b.fallback;
}

/** The body split at its level-1 headings: "I." → the text under it. */
function sections(doc: SummaryDocument): Map<string, string> {
  const map = new Map<string, string>();
  let current = '';
  for (const b of doc.body) {
    if (b.kind === 'heading' && b.level === 1) current = b.text.split('.')[0];
    map.set(current, `${map.get(current) ?? ''}\n${blockText(b)}`);
  }
  return map;
}

const bySection = sections(summary);

test('the heading block, title and file name follow the settings', () => {
  expect(summary.heading).toEqual({
    parentAgency: 'UBND TỈNH BẮC GIANG',
    agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    number: 'Số:        /BC-SKHCN',
    nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    placeDate: 'Bắc Giang, ngày 27 tháng 6 năm 2024',
  });
  expect(summary.documentType).toBe('BÁO CÁO');
  expect(summary.subject).toBe('Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội 6 tháng đầu năm 2024, ước thực hiện cả năm 2024 và xây dựng kế hoạch năm 2025');
  expect(summary.fileName).toBe('Báo cáo tổng hợp KT-XH 6 tháng đầu năm 2024 (bản 3, 16:05 27/06/2024)');
});

test('the outline has sections I–VII in order', () => {
  const headings = summary.body.filter((b) => b.kind === 'heading' && b.level === 1).map((b) => blockText(b));
  expect(headings).toEqual([
    'I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024, ƯỚC THỰC HIỆN CẢ NĂM 2024',
    'II. TỒN TẠI, HẠN CHẾ, NGUYÊN NHÂN VÀ BÀI HỌC KINH NGHIỆM',
    'III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM NHỮNG THÁNG CUỐI NĂM 2024',
    'IV. KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO',
    'V. ĐÁNH GIÁ KHẢ NĂNG HOÀN THÀNH MỤC TIÊU GIAI ĐOẠN 2021–2025',
    'VI. ĐỀ XUẤT KẾ HOẠCH PHÁT TRIỂN KT-XH VÀ KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2025',
    'VII. KIẾN NGHỊ, ĐỀ XUẤT',
  ]);
});

test("every division's items are in the right section", () => {
  const where: [string, string, string][] = [['I', 'I', 'indicator'], ['II', 'II', 'shortcoming'], ['III', 'III', 'task'], ['VI', 'V', 'task'], ['V', 'VI', 'target'], ['VII', 'VII', 'content']];
  for (const [reportSection, formSection, key] of where) {
    for (const [division, sample] of Object.entries(sampleData)) {
      for (const row of (sample as Record<string, Record<string, string>[]>)[formSection] || []) {
        expect({ division, formSection, found: bySection.get(reportSection)!.includes(String(row[key]).replace(/[.;,]+$/, '')) }).toEqual({ division, formSection, found: true });
      }
    }
  }
});

test('numbers are written the Vietnamese way in tables and sentences', () => {
  const results = bySection.get('I')!;
  expect(results).toContain('35.860,5');
  expect(results).toContain('1.250.000 lượt');
  expect(results).toMatch(/tăng \d+,\d% so với năm 2023/);
});

test('the opening says how many divisions reported and who is incomplete', () => {
  expect(blockText(summary.body[1])).toBe('9/9 phòng, đơn vị đã báo cáo; báo cáo chưa đầy đủ: Thanh tra Sở (còn 5 lỗi).');
});

test('an incomplete division is still included, marked as such', () => {
  expect(bySection.get('I')).toContain('Thanh tra Sở (báo cáo chưa đầy đủ)');
});

test('assigned tasks are counted by status per document, late ones listed with their division', () => {
  const text = bySection.get('IV')!;
  expect(text).toMatch(/Văn bản số 1400\/QĐ-UBND: \d+ nhiệm vụ, hoàn thành \d+/);
  expect(text).toContain('Các nhiệm vụ quá hạn, chưa thực hiện:');
  expect(text).toMatch(/\(184\/QĐ-UBND; Phòng Quản lý khoa học; thời hạn 30\/04\/2024\): đang thực hiện, quá hạn/);
});

test('targets: counts by rating, at-risk first with explanation, a chart', () => {
  const text = bySection.get('V')!;
  expect(text).toMatch(/Tổng số \d+ mục tiêu: /);
  const chart = summary.body.find((b) => b.kind === 'chart');
  expect(chart && chart.kind === 'chart' && chart.bars.map((b) => b.label)).toEqual(['Đã hoàn thành', 'Có khả năng hoàn thành', 'Khó hoàn thành', 'Không hoàn thành']);
});

test('proposals: budget summed by funding source', () => {
  expect(bySection.get('VI')).toMatch(/Tổng kinh phí đề xuất [\d.]+ triệu đồng, trong đó: Ngân sách tỉnh [\d.]+ triệu đồng; Ngân sách trung ương/);
  expect(bySection.get('VI')).toContain('Tổng cộng');
});

test('an empty section says so in one line', () => {
  const empty = settings.divisions.map((d) => buildDivisionReport(d, filledDivisionGrid(form, settings, d, { ...sampleFor(d), VII: [] }), form, { today }));
  const text = sections(buildSummary(empty, settings, form, { now: '2024-06-27T16:05' })).get('VII')!;
  expect(text.trim()).toBe('VII. KIẾN NGHỊ, ĐỀ XUẤT\nKhông có kiến nghị.');
});

test('a division with no tab is named in the opening and in the appendix', () => {
  const withMissing = [...reports.slice(0, 8), buildDivisionReport(settings.divisions[8], null, form, { today }, {}, 'Không có tệp của đơn vị trong thư mục.')];
  const doc = buildSummary(withMissing, settings, form, { now: '2024-06-27T16:05' });
  expect(blockText(doc.body[1])).toMatch(/^8\/9 phòng, đơn vị đã báo cáo; chưa báo cáo: Trung tâm Thông tin và Thống kê KH&CN/);
  const appendix = doc.appendix.blocks.map(blockText).join('\n');
  expect(appendix).toContain('Trung tâm Thông tin và Thống kê KH&CN | Chưa nhập | 0 | 0 |  | Không có tệp của đơn vị trong thư mục.');
});

test('the closing follows Decree 30', () => {
  expect(summary.closing).toEqual({
    recipientsLabel: 'Nơi nhận:',
    recipients: ['- Giám đốc Sở (để b/c);', '- Các Phó Giám đốc Sở;', '- Các phòng, đơn vị thuộc Sở;', '- Lưu: VT, VP.'],
    authority: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
    signerName: 'Triệu Ngọc Trung',
  });
});

test('the Office may leave incomplete divisions out of the body; the appendix still lists them', () => {
  const doc = buildSummary(reports, { ...settings, includeIncomplete: false }, form, { now: '2024-06-27T16:05' });
  const text = doc.body.map(blockText).join('\n');
  expect(text).not.toContain('Thanh tra Sở (báo cáo chưa đầy đủ)');
  expect(text).not.toContain('Thanh tra Sở, báo cáo chưa đầy đủ');
  expect(blockText(doc.body[1])).toBe('9/9 phòng, đơn vị đã báo cáo; báo cáo chưa đầy đủ (chưa đưa vào báo cáo này): Thanh tra Sở (còn 5 lỗi).');
  expect(doc.appendix.blocks.map(blockText).join('\n')).toContain('Thanh tra Sở | Đang nhập | 5');
});
