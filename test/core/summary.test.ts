import { buildDivisionReport } from '../../src/core/divisionReport';
import { filledDivisionGrid, sampleData, sampleFor } from '../../src/core/sampleData';
import { buildSummary } from '../../src/core/summary/build';
import { missingInWords } from '../../src/core/summary/appendix';
import { blockText, sectionTexts, today } from './reportText';
import { form, settings } from './tabs';

const reports = settings.divisions.map((d) => buildDivisionReport(d, filledDivisionGrid(form, settings, d, sampleFor(d)), form, { today }));
const summary = buildSummary(reports, settings, form, { now: '2024-06-27T16:05', version: 3 });
const sections = sectionTexts;

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
  const where: [string, string, string][] = [
    ['I', 'I', 'indicator'],
    ['II', 'II', 'shortcoming'],
    ['III', 'III', 'task'],
    ['VI', 'V', 'task'],
    ['V', 'VI', 'target'],
    ['VII', 'VII', 'content'],
  ];
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
  expect(results).toContain('| 1.085.420 | 1.200.000 | 642.318 | 1.250.000 | 115,2% | 104,2% |');
  expect(results).toMatch(/So với năm 2023, \d+ chỉ tiêu tăng, nhiều nhất là [^.]+ \(tăng \d+,\d%\)/);
});

test('the opening says how many divisions reported and who is incomplete', () => {
  expect(blockText(summary.body[1])).toBe('8/9 phòng, đơn vị đã báo cáo đầy đủ; báo cáo chưa đầy đủ: Thanh tra Sở.');
});

test('an incomplete division is still included, marked as such', () => {
  expect(bySection.get('I')).toContain('Thanh tra Sở (báo cáo chưa đầy đủ)');
});

test('assigned tasks are counted by status per document, late ones listed with their division', () => {
  const text = bySection.get('IV')!;
  expect(text).toContain(
    '1. Nhiệm vụ được giao tại Quyết định số 1400/QĐ-UBND của UBND tỉnh\nTổng số 11 nhiệm vụ: hoàn thành 3 (trong đó quá hạn 2), đang thực hiện trong hạn 5, đang thực hiện quá hạn 1, chưa thực hiện 2.\nCác nhiệm vụ đang thực hiện quá hạn, chưa thực hiện:',
  );
  const of184 = text.slice(text.indexOf('2. Nhiệm vụ được giao tại Quyết định số 184/QĐ-UBND'));
  expect(of184).toMatch(/\n- Phòng Quản lý khoa học: Tham mưu ban hành [^\n]+, thời hạn ngày 30 tháng 4 năm 2024: đang thực hiện, quá hạn;/);
});

test('targets: counts by rating, at-risk first with explanation, a chart', () => {
  const text = bySection.get('V')!;
  expect(text).toMatch(/Tổng số \d+ mục tiêu: /);
  const chart = summary.body.find((b) => b.kind === 'chart');
  expect(chart && chart.kind === 'chart' && chart.bars.map((b) => b.label)).toEqual(['Đã hoàn thành', 'Có khả năng hoàn thành', 'Khó hoàn thành', 'Không hoàn thành']);
});

test('proposals: budget summed by funding source', () => {
  expect(bySection.get('VI')).toContain('Tổng kinh phí đề xuất 129.900 triệu đồng, trong đó: ngân sách tỉnh 111.950 triệu đồng; ngân sách trung ương 8.000 triệu đồng; CTMTQG 5.600 triệu đồng; khác 4.350 triệu đồng.');
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
  expect(blockText(doc.body[1])).toBe('7/9 phòng, đơn vị đã báo cáo đầy đủ; báo cáo chưa đầy đủ: Thanh tra Sở; chưa báo cáo: Trung tâm Thông tin và Thống kê KH&CN.');
  const appendix = doc.appendix.blocks.map(blockText).join('\n');
  expect(appendix).toContain('Trung tâm Thông tin và Thống kê KH&CN | Chưa báo cáo | Chưa báo cáo mục nào |  | Không có tệp của đơn vị trong thư mục');
  // Said once, in the division's row: no list under the table repeating its column.
  expect(appendix.split('Không có tệp của đơn vị trong thư mục')).toHaveLength(2);
  expect(appendix).not.toContain('Những nội dung còn thiếu');
});

test('the closing follows Decree 30', () => {
  expect(summary.closing).toEqual({
    recipientsLabel: 'Nơi nhận:',
    recipients: ['- UBND tỉnh (b/c);', '- Sở Kế hoạch và Đầu tư;', '- Giám đốc, các Phó Giám đốc Sở;', '- Lưu: VT, VP.'],
    authority: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
    signerName: 'Triệu Ngọc Trung',
  });
});

test('the Office may leave incomplete divisions out of the body; the appendix still lists them', () => {
  const doc = buildSummary(reports, { ...settings, includeIncomplete: false }, form, { now: '2024-06-27T16:05' });
  const text = doc.body.map(blockText).join('\n');
  expect(text).not.toContain('Thanh tra Sở (báo cáo chưa đầy đủ)');
  expect(text).not.toContain('Thanh tra Sở, báo cáo chưa đầy đủ');
  expect(blockText(doc.body[1])).toBe('8/9 phòng, đơn vị đã báo cáo đầy đủ; báo cáo chưa đầy đủ (chưa đưa vào báo cáo này): Thanh tra Sở.');
  expect(doc.appendix.blocks.map(blockText).join('\n')).toContain('Thanh tra Sở | Chưa đầy đủ | chưa có ước thực hiện năm 2024 của 1 chỉ tiêu; chưa có nguyên nhân của 1 tồn tại, hạn chế;');
});

test('a recommendation row with an addressee but no text is not an empty item of section VII', () => {
  const division = settings.divisions.find((d) => d.name === 'Phòng Kế hoạch - Tài chính')!;
  const data = sampleFor(division);
  const withBlank = { ...data, VII: [...(data.VII ?? []), { content: '', addressee: 'UBND tỉnh' }] };
  const report = buildDivisionReport(division, filledDivisionGrid(form, settings, division, withBlank), form, { today });
  const doc = buildSummary([report], settings, form, { now: '2024-06-27T16:05' });
  const text = sections(doc).get('VII')!;
  expect(text).toContain('Đề nghị UBND tỉnh xem xét bố trí tăng dự toán');
  expect(text).not.toMatch(/[-+] \.|: \.$/m);
  expect(report.status).not.toBe('complete');
});

test('a task past its deadline typed "trong hạn" is reported as overdue, not as in time', () => {
  const division = settings.divisions.find((d) => d.name === 'Văn phòng Sở')!;
  const data = sampleFor(division);
  const late = { task: 'Triển khai hệ thống quản lý văn bản mới', document: '1400/QĐ-UBND', deadline: '2024-05-31', result: 'Đã lắp đặt máy chủ', status: 'Đang thực hiện trong hạn' };
  const report = buildDivisionReport(division, filledDivisionGrid(form, settings, division, { ...data, IV: [...(data.IV ?? []), late] }), form, { today });
  expect(report.check!.findings.map((f) => f.message)).toContainEqual(expect.stringContaining('Nhiệm vụ đã quá thời hạn 31/05/2024'));
  const text = sections(buildSummary([report], settings, form, { now: '2024-06-27T16:05' })).get('IV')!;
  expect(text).toContain('Tổng số 3 nhiệm vụ: hoàn thành 1 (trong đó quá hạn 1), đang thực hiện trong hạn 1, đang thực hiện quá hạn 1.');
  expect(text).toContain('- Văn phòng Sở: Triển khai hệ thống quản lý văn bản mới, thời hạn ngày 31 tháng 5 năm 2024: đang thực hiện, quá hạn; đã lắp đặt máy chủ.');
  // Judged on the period's deadline, not on the day the report is rebuilt: the task due 31/12/2024 stays in time.
  const later = sections(buildSummary([report], settings, form, { now: '2025-03-01T09:00' })).get('IV')!;
  expect(later).toBe(text);
});

test("section I's tables name the period with its year, as the form does", () => {
  const text = sections(summary).get('I')!;
  expect(text).toContain('STT | Chỉ tiêu, nhiệm vụ | Đơn vị tính | Thực hiện năm 2023 | Kế hoạch năm 2024 | Thực hiện 6 tháng đầu năm 2024 | Ước thực hiện năm 2024');
});

test('the appendix tells a value typed wrong from one not typed: "ghi chưa đúng", not "chưa có"', () => {
  const division = settings.divisions.find((d) => d.name === 'Văn phòng Sở')!;
  const data = sampleFor(division);
  const IV = (data.IV ?? []).map((t, i) => (i === 0 ? { ...t, status: 'Đang làm' } : i === 1 ? { ...t, result: '' } : t));
  const report = buildDivisionReport(division, filledDivisionGrid(form, settings, division, { ...data, IV }), form, { today });
  expect(missingInWords(report, form)).toBe('tình trạng của 1 nhiệm vụ ghi chưa đúng; chưa có kết quả thực hiện của 1 nhiệm vụ');
});

test('a required cell holding only a dash says nothing: it is "Chưa nhập", and the report words the row as such', () => {
  const division = settings.divisions.find((d) => d.name === 'Văn phòng Sở')!;
  const data = sampleFor(division);
  const II = (data.II ?? []).map((t, i) => (i === 0 ? { ...t, shortcoming: '-' } : t));
  const report = buildDivisionReport(division, filledDivisionGrid(form, settings, division, { ...data, II }), form, { today });
  expect(report.check!.findings.filter((f) => f.columnKey === 'shortcoming').map((f) => f.message)).toEqual([expect.stringMatching(/^Chưa nhập «Tồn tại, hạn chế»/)]);
  expect(missingInWords(report, form)).toBe('chưa có tồn tại, hạn chế của 1 tồn tại, hạn chế');
});
