/**
 * Stories of a tester who typed the form as divisions do: an empty main cell, names with capitals, bullets and line
 * breaks in a cell, punctuation at the end, one addressee typed five ways. The report's sentences say what was typed.
 */
import { renderDocx } from '../../src/render/renderDocx';
import { readDocx } from '../render/docxReader';
import { sectionTexts, summaryOf } from './reportText';

const vp = 'Văn phòng Sở';

test('a row whose main cell was left empty is still said, as a whole sentence naming what is missing', () => {
  const doc = summaryOf({
    [vp]: {
      II: [{ shortcoming: '', cause: 'Nguyên nhân không có tồn tại.', causeType: 'Chủ quan', lesson: '' }],
      III: [{ task: '', dueBy: 'Quý IV/2024', remark: 'Phối hợp.' }],
      IV: [{ task: '', document: '1400/QĐ-UBND', deadline: '2024-03-31', result: 'Chưa làm', status: 'Chưa thực hiện' }],
      VI: [{ target: '', document: '43/NQ-HĐND', goal: '100%', estimate: '60%', rating: 'Không hoàn thành', explanation: 'Thiếu kinh phí' }],
    },
  });
  const s = sectionTexts(doc);
  expect(s.get('II')).toContain('- Văn phòng Sở (báo cáo chưa đầy đủ): Tồn tại, hạn chế chưa nêu cụ thể. Nguyên nhân: nguyên nhân không có tồn tại.');
  expect(s.get('III')).toContain('- Văn phòng Sở: Nhiệm vụ, giải pháp chưa nêu cụ thể; thời gian hoàn thành: quý IV/2024; phối hợp.');
  expect(s.get('IV')).toContain('- Văn phòng Sở: Nhiệm vụ chưa nêu cụ thể, thời hạn ngày 31 tháng 3 năm 2024: chưa thực hiện; chưa làm.');
  expect(s.get('V')).toContain('- Văn phòng Sở: Mục tiêu chưa nêu cụ thể: không hoàn thành; thiếu kinh phí.');
  expect(s.get('V')).toContain('1 | Mục tiêu chưa nêu cụ thể | 100% | 60% | Không hoàn thành | Văn phòng Sở');
  for (const text of s.values()) expect(text).not.toMatch(/: [.;,:]|: $|[-+] [:;,.]|; ;|\| \|.*Không hoàn thành/m);
});

test('names keep their capitals mid-sentence; an ordinary first word is lowered; a typed "a)" stays "a)"', () => {
  const s = sectionTexts(
    summaryOf({
      [vp]: {
        II: [
          { shortcoming: 'Kinh phí cấp chậm', cause: 'Sở Tài chính chậm cấp kinh phí', causeType: 'Khách quan', lesson: 'Thường xuyên rà soát tiến độ' },
          { shortcoming: 'Dự án chậm', cause: 'Hà Nội chậm phê duyệt', causeType: 'Khách quan', lesson: 'Trung tâm Thông tin thực hiện báo cáo hằng tháng' },
        ],
        III: [
          { task: 'a) Đẩy mạnh chuyển đổi số', dueBy: '', remark: 'Bộ Khoa học và Công nghệ hỗ trợ' },
          { task: 'b) Diễn tập ứng phó sự cố bức xạ', dueBy: '', remark: 'Phối hợp Bộ Chỉ huy quân sự tỉnh' },
        ],
      },
    }),
  );
  expect(s.get('II')).toContain('+ Kinh phí cấp chậm. Nguyên nhân: Sở Tài chính chậm cấp kinh phí. Bài học kinh nghiệm: thường xuyên rà soát tiến độ.');
  expect(s.get('II')).toContain('+ Dự án chậm. Nguyên nhân: Hà Nội chậm phê duyệt. Bài học kinh nghiệm: Trung tâm Thông tin thực hiện báo cáo hằng tháng.');
  expect(s.get('III')).toContain('+ a) Đẩy mạnh chuyển đổi số; Bộ Khoa học và Công nghệ hỗ trợ.');
  expect(s.get('III')).toContain('+ b) Diễn tập ứng phó sự cố bức xạ; phối hợp Bộ Chỉ huy quân sự tỉnh.');
});

test('a cell typed as several bulleted lines reads as one flowing sentence, and the .docx has no manual break in the body', async () => {
  const doc = summaryOf({
    [vp]: {
      VII: [{ content: '- Đề nghị UBND tỉnh bố trí kinh phí số hóa tài liệu lưu trữ;\n- Đề nghị bổ sung biên chế văn thư.', addressee: 'UBND tỉnh' }],
      III: [{ task: '• Hoàn thiện quy chế\n+ Tập huấn nghiệp vụ\n\n', dueBy: '', remark: '' }],
    },
  });
  const s = sectionTexts(doc);
  expect(s.get('VII')).toContain('- Văn phòng Sở: Đề nghị UBND tỉnh bố trí kinh phí số hóa tài liệu lưu trữ; đề nghị bổ sung biên chế văn thư.');
  expect(s.get('III')).toContain('- Văn phòng Sở (báo cáo chưa đầy đủ): Hoàn thiện quy chế; tập huấn nghiệp vụ.');
  for (const b of doc.body) if (b.kind === 'paragraph') for (const r of b.runs) expect(r.text).not.toMatch(/[\n\r\u2028\u2029]/);
  const { zip } = await readDocx(renderDocx(doc));
  const xml = await zip.file('word/document.xml')!.async('string');
  // The body, from section I to the closing sentence (the letterhead's centred lines may break as Decree 30 sets them).
  const body = xml.slice(xml.indexOf('Nd30Heading1'), xml.indexOf('Trên đây là báo cáo'));
  expect(body).toContain('tập huấn nghiệp vụ.');
  // And should a break ever reach a justified line, Word and LibreOffice do not stretch the line before it.
  expect(await zip.file('word/settings.xml')!.async('string')).toContain('<w:doNotExpandShiftReturn/>');
  expect(body).not.toContain('<w:br/>');
  expect(body).not.toMatch(/<w:t[^>]*>[-+] (Văn phòng Sở[^<]*: )?[-+•] /);
});

test('punctuation typed at the end gives way to the report\'s: a dated "31/12/2024." is a date, "?" does not meet ";"', () => {
  const s = sectionTexts(
    summaryOf({
      [vp]: {
        III: [
          { task: 'Tập huấn nghiệp vụ?', dueBy: '31/12/2024.', remark: 'Phối hợp với Thanh tra Sở.' },
          { task: 'Rà soát quy trình nội bộ;', dueBy: 'Tháng 9/2024;', remark: '' },
        ],
      },
    }),
  );
  expect(s.get('III')).toContain('+ Tập huấn nghiệp vụ; thời gian hoàn thành: ngày 31 tháng 12 năm 2024; phối hợp với Thanh tra Sở.');
  expect(s.get('III')).toContain('+ Rà soát quy trình nội bộ; thời gian hoàn thành: tháng 9/2024.');
  expect(s.get('III')).not.toMatch(/[.?!;,:];|\.\./);
});

test('one addressee typed five ways is one group of section VII, headed as most divisions typed it (the name written out on a tie)', () => {
  const doc = summaryOf({
    'Phòng Kế hoạch - Tài chính': { VII: [{ content: 'Bố trí kinh phí sự nghiệp KH&CN', addressee: 'UBND tỉnh' }] },
    'Phòng Quản lý khoa học': { VII: [{ content: 'Phê duyệt danh mục nhiệm vụ năm 2025', addressee: 'UBND Tỉnh' }] },
    'Phòng Quản lý chuyên ngành': { VII: [{ content: 'Ban hành quy định quản lý an toàn bức xạ', addressee: 'ubnd tỉnh' }] },
    'Thanh tra Sở': {
      VII: [
        { content: 'Bổ sung biên chế thanh tra', addressee: 'Ủy ban nhân dân tỉnh' },
        { content: 'Cấp kinh phí kịp thời', addressee: 'Sở Tài chính.' },
      ],
    },
    [vp]: {
      VII: [
        { content: 'Hỗ trợ số hóa tài liệu lưu trữ', addressee: '"UBND tỉnh"' },
        { content: 'Tạm ứng kinh phí', addressee: 'Sở Tài chính' },
        { content: 'Bố trí vốn đầu tư công', addressee: 'Sở KH&ĐT' },
        { content: 'Hướng dẫn lập kế hoạch', addressee: 'Sở Kế hoạch và Đầu tư' },
      ],
    },
  });
  const headings = doc.body.filter((b) => b.kind === 'heading' && b.level === 2 && /^\d+\. Đối với/.test(b.text)).map((b) => (b.kind === 'heading' ? b.text : ''));
  expect(headings).toEqual(['1. Đối với UBND tỉnh', '2. Đối với Sở Tài chính', '3. Đối với Sở Kế hoạch và Đầu tư']);
  const vii = sectionTexts(doc).get('VII')!;
  for (const said of ['Bố trí kinh phí sự nghiệp KH&CN', 'Phê duyệt danh mục nhiệm vụ năm 2025', 'Ban hành quy định quản lý an toàn bức xạ', 'Bổ sung biên chế thanh tra', 'Hỗ trợ số hóa tài liệu lưu trữ']) {
    expect(vii.indexOf(said)).toBeGreaterThan(vii.indexOf('1. Đối với UBND tỉnh'));
    expect(vii.indexOf(said)).toBeLessThan(vii.indexOf('2. Đối với Sở Tài chính'));
  }
  expect(vii.indexOf('Hướng dẫn lập kế hoạch')).toBeGreaterThan(vii.indexOf('3. Đối với Sở Kế hoạch và Đầu tư'));
});

test('a note typed as bulleted lines beside a figure is said on one line in the sentences of section I', () => {
  const doc = summaryOf({
    [vp]: { I: [{ indicator: 'Số hồ sơ thủ tục hành chính giải quyết.', unit: 'hồ sơ', prevYear: 1000, plan: 1200, firstPeriod: 500, estimate: 900, remark: '- Thiếu nhân lực\n- Phần mềm lỗi' }] },
  });
  expect(sectionTexts(doc).get('I')).toContain('số hồ sơ thủ tục hành chính giải quyết (ước đạt 900 hồ sơ, bằng 75,0% kế hoạch; thiếu nhân lực; phần mềm lỗi)');
  for (const b of doc.body) if (b.kind === 'paragraph') for (const r of b.runs) expect(r.text).not.toMatch(/[\n\r]/);
});
