/**
 * The Office sets up the shared Sheet from the menu; divisions type; the period changes; setup runs again.
 * Runs the built Code.js over the fakes.
 */
import { loadAppsScript, AppsScriptRun, OFFICE, setDivisionEmails, setSetting } from './harness';

const QLKH = 'QLKH';

function setUp(run: AppsScriptRun): string {
  run.call('menuSetUp');
  return run.g.ui.alerts[run.g.ui.alerts.length - 1].prompt;
}

function rowWhere(values: unknown[][], test: (row: unknown[]) => boolean): number {
  return values.findIndex(test) + 1;
}

/** Sets values as a person typing would (uncounted, as the division, not the Office). */
function type(run: AppsScriptRun, sheetName: string, row: number, column: number, values: unknown[][]): void {
  run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName(sheetName)!.getRange(row, column, values.length, values[0].length).setValues(values));
}

test('on a blank Sheet: the settings tab and one tab per division with the seven sections', () => {
  const run = loadAppsScript();
  const message = setUp(run);
  expect(message).toMatch(/^Đã thiết lập xong biểu mẫu\./);
  expect(message).toMatch(/chỉ hiện cảnh báo khi sửa/);
  const names = run.g.calls.uncounted(() => run.g.spreadsheet.getSheets().map((s) => s.getName()));
  expect(names).toEqual(expect.arrayContaining(['Cấu hình', 'Văn phòng', 'Thanh tra', 'KH-TC', 'QLKH', 'QLCN&TT', 'QLCN', 'Chi cục TĐC', 'TT Ứng dụng', 'TT Thông tin']));
  const tab = run.values(QLKH);
  expect(tab[0][0]).toBe('BÁO CÁO 6 THÁNG ĐẦU NĂM 2024 — PHÒNG QUẢN LÝ KHOA HỌC');
  expect(tab[1][0]).toMatch(/^Hạn nộp: 28\/06\/2024\./);
  const titles = tab.map((r) => r[0]).filter((t) => typeof t === 'string' && /^(I|II|III|IV|V|VI|VII)\. /.test(t as string));
  expect(titles).toEqual([
    'I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024, ƯỚC THỰC HIỆN CẢ NĂM 2024',
    'II. TỒN TẠI, HẠN CHẾ; NGUYÊN NHÂN; BÀI HỌC KINH NGHIỆM',
    'III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM NHỮNG THÁNG CUỐI NĂM 2024',
    'IV. KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO',
    'V. ĐỀ XUẤT KẾ HOẠCH PHÁT TRIỂN KT-XH VÀ KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2025',
    'VI. ĐÁNH GIÁ KHẢ NĂNG HOÀN THÀNH MỤC TIÊU GIAI ĐOẠN 2021–2025',
    'VII. KIẾN NGHỊ, ĐỀ XUẤT',
  ]);
  const header = tab[rowWhere(tab, (r) => String(r[0]).startsWith('I. '))];
  expect(header).toEqual([
    'STT',
    'Chỉ tiêu, nhiệm vụ *',
    'Đơn vị tính',
    'Thực hiện năm 2023',
    'Kế hoạch năm 2024',
    'Thực hiện 6 tháng đầu năm 2024 *',
    'Ước thực hiện năm 2024 *',
    'So với năm 2023 (%)',
    'So với kế hoạch (%)',
    'Đánh giá, ghi chú',
  ]);
});

test('the formats, dropdowns, notes and formulas a division sees in its tab', () => {
  const run = loadAppsScript();
  setUp(run);
  run.g.calls.uncounted(() => {
    const sheet = run.g.spreadsheet.getSheetByName(QLKH)!;
    const values = sheet.getDataRange().getValues();
    const h1 = rowWhere(values, (r) => String(r[0]).startsWith('I. ')) + 1;
    expect(sheet.getRange(h1, 4).getNote()).toMatch(/Số thực hiện cả năm 2023/);
    expect(sheet.getRange(h1 + 1, 4).getNumberFormat()).toBe('#,##0.0#');
    expect(sheet.getRange(h1 + 1, 8).getFormula()).toBe(`=IF(AND(ISNUMBER(G${h1 + 1}),ISNUMBER(D${h1 + 1})),IF(D${h1 + 1}<>0,G${h1 + 1}/D${h1 + 1},""),"")`);
    expect(sheet.getRange(h1 + 1, 8).getNumberFormat()).toBe('0.0%');
    expect(sheet.getRange(h1 + 1, 8).getValue()).toBe('');
    // The formula shows the ratio once the figures are there, and nothing (not an error) when the base is zero.
    sheet.getRange(h1 + 1, 4, 1, 4).setValues([[1000, 0, 600, 1250]]);
    expect(sheet.getRange(h1 + 1, 8).getValue()).toBeCloseTo(1.25);
    expect(sheet.getRange(h1 + 1, 9).getValue()).toBe('');
    const h4 = rowWhere(values, (r) => String(r[0]).startsWith('IV. ')) + 1;
    const status = sheet.getRange(h4 + 1, 6).getDataValidation()!;
    expect(status.getCriteriaValues()[0]).toEqual(['Hoàn thành đúng hạn', 'Hoàn thành quá hạn', 'Đang thực hiện trong hạn', 'Đang thực hiện, quá hạn', 'Chưa thực hiện']);
    const doc = sheet.getRange(h4 + 1, 3).getDataValidation()!;
    expect(doc.getCriteriaValues()[0]).toEqual(['1400/QĐ-UBND', '184/QĐ-UBND']);
    expect(
      String(
        sheet
          .getRange(h4 + 1, 4)
          .getDataValidation()!
          .getCriteriaType(),
      ),
    ).toMatch(/DATE/);
    expect(sheet.getFrozenRows()).toBe(2);
  });
});

test('protection: a division tab only its people and the Office; the settings tab only the Office; titles nobody', () => {
  const run = loadAppsScript();
  setUp(run);
  setSetting(run, 'E-mail Văn phòng Sở', OFFICE);
  setDivisionEmails(run, QLKH, 'nguyenvana@skhcn.bacgiang.gov.vn, tranthib@skhcn.bacgiang.gov.vn');
  const message = setUp(run);
  expect(message).toMatch(/Cập nhật \(giữ nguyên số liệu đã nhập\)/);
  run.g.calls.uncounted(() => {
    const sheet = run.g.spreadsheet.getSheetByName(QLKH)!;
    const [protection] = sheet.getProtections(SpreadsheetAppProtection.SHEET);
    expect(protection.isWarningOnly()).toBe(false);
    expect(
      protection
        .getEditors()
        .map((u) => u.getEmail())
        .sort(),
    ).toEqual([OFFICE, 'nguyenvana@skhcn.bacgiang.gov.vn', 'tranthib@skhcn.bacgiang.gov.vn'].sort());
    const other = run.g.spreadsheet.getSheetByName('KH-TC')!.getProtections(SpreadsheetAppProtection.SHEET)[0];
    expect(other.isWarningOnly()).toBe(true);
    const locked = sheet.getProtections(SpreadsheetAppProtection.RANGE).map((p) => p.getRange().getA1Notation());
    const values = sheet.getDataRange().getValues();
    const t2 = rowWhere(values, (r) => String(r[0]).startsWith('II. '));
    expect(locked).toEqual(expect.arrayContaining(['A1:J2', `A${t2}:J${t2 + 1}`]));
    for (const p of sheet.getProtections(SpreadsheetAppProtection.RANGE)) expect(p.getEditors().map((u) => u.getEmail())).toEqual([OFFICE]);
    const settingsProtection = run.g.spreadsheet.getSheetByName('Cấu hình')!.getProtections(SpreadsheetAppProtection.SHEET)[0];
    expect(settingsProtection.getEditors().map((u) => u.getEmail())).toEqual([OFFICE]);
  });
});

const SpreadsheetAppProtection = { SHEET: 'SHEET', RANGE: 'RANGE' } as const;

test('the story: set up → a division types and inserts rows → the Office adds a division and changes the year → set up again → nothing typed is lost, and the filled tab is not relabelled as the new year', () => {
  const run = loadAppsScript();
  setUp(run);
  // The division types into every section, inserting rows inside sections as it needs them.
  const typed: { section: string; cells: unknown[] }[] = [
    { section: 'I', cells: ['1', 'Số nhiệm vụ KH&CN cấp tỉnh', 'nhiệm vụ', 32, 35, 34, 36] },
    { section: 'II', cells: ['1', 'Nhiệm vụ chậm tiến độ', 'Thời tiết', 'Khách quan', 'Kiểm tra định kỳ'] },
    { section: 'III', cells: ['1', 'Nghiệm thu nhiệm vụ đến hạn', 'Quý IV/2024', ''] },
    { section: 'IV', cells: ['1', 'Ban hành quy định quản lý nhiệm vụ', '184/QĐ-UBND', '30/09/2024', 'Đã trình dự thảo', 'Đang thực hiện trong hạn'] },
    { section: 'V', cells: ['1', 'Hỗ trợ doanh nghiệp đổi mới công nghệ', '10 doanh nghiệp', 2500, 'Ngân sách tỉnh', ''] },
    { section: 'VI', cells: ['1', 'Tỷ lệ kết quả được ứng dụng', '64/KH-KHCN', '≥ 60%', '52%', 'Khó hoàn thành', 'Thiếu đơn vị tiếp nhận'] },
    { section: 'VII', cells: ['1', 'Tăng dự toán chi KH&CN', 'UBND tỉnh'] },
  ];
  for (const t of typed) {
    const values = run.values(QLKH);
    const header = rowWhere(values, (r) => String(r[0]).startsWith(`${t.section}. `)) + 1;
    type(run, QLKH, header + 1, 1, [t.cells]);
  }
  // Two rows inserted inside section II, one filled.
  run.g.calls.uncounted(() => {
    const sheet = run.g.spreadsheet.getSheetByName(QLKH)!;
    const header = rowWhere(sheet.getDataRange().getValues(), (r) => String(r[0]).startsWith('II. ')) + 1;
    sheet.insertRowsAfter(header + 1, 2);
    sheet.getRange(header + 2, 1, 1, 5).setValues([['2', 'Đặt hàng còn ít', 'Hướng dẫn chưa sâu', 'Chủ quan', '']]);
  });
  const before = run.values(QLKH);
  // The Office adds a division and moves the period on.
  setSetting(run, 'Năm báo cáo', 2025);
  setSetting(run, 'Năm so sánh', 2024);
  setSetting(run, 'Năm kế hoạch', 2026);
  setSetting(run, 'Hạn nộp', '28/06/2025');
  const settings = run.values('Cấu hình');
  run.g.calls.uncounted(() =>
    run.g.spreadsheet
      .getSheetByName('Cấu hình')!
      .getRange(settings.length + 1, 1, 1, 3)
      .setValues([['Phòng Chuyển đổi số', 'CĐS', '']]),
  );
  const message = setUp(run);
  expect(message).toMatch(/Tạo mới: CĐS\./);
  // The tab holds the 2024 figures: relabelling it would present them as 2025's, so setup leaves it as it is and says so.
  expect(message).toContain('Chưa cập nhật (để nguyên, không đổi số liệu): «QLKH»: tab vẫn là biểu mẫu 6 tháng đầu năm 2024 (ô F');
  expect(message).toContain('đưa Cấu hình về kỳ 6 tháng đầu năm 2024 rồi chạy «Sang kỳ báo cáo mới»');
  const after = run.values(QLKH);
  // Every typed cell is still where the division left it.
  for (let r = 0; r < before.length; r++) {
    for (let c = 0; c < before[r].length; c++) {
      const isOurs = r < 2 || /^(I|II|III|IV|V|VI|VII)\. /.test(String(before[r][0])) || before[r][0] === 'STT' || c === 7 || c === 8;
      if (!isOurs) expect({ cell: `${r + 1}:${c + 1}`, value: after[r][c] }).toEqual({ cell: `${r + 1}:${c + 1}`, value: before[r][c] });
    }
  }
  // The filled tab keeps its period's headers; a tab nobody typed in, and the new one, show the new year.
  expect(after).toEqual(before);
  const empty = run.values('KH-TC');
  expect(empty[0][0]).toBe('BÁO CÁO 6 THÁNG ĐẦU NĂM 2025 — PHÒNG KẾ HOẠCH - TÀI CHÍNH');
  const h1 = empty[rowWhere(empty, (r) => String(r[0]).startsWith('I. '))];
  expect(h1[3]).toBe('Thực hiện năm 2024');
  expect(empty.find((r) => String(r[0]).startsWith('I. '))![0]).toBe('I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2025, ƯỚC THỰC HIỆN CẢ NĂM 2025');
  expect(run.values('CĐS')[0][0]).toBe('BÁO CÁO 6 THÁNG ĐẦU NĂM 2025 — PHÒNG CHUYỂN ĐỔI SỐ');
});

test('a damaged header is restored, and a deleted header row put back, without touching typed rows', () => {
  const run = loadAppsScript();
  setUp(run);
  const values = run.values(QLKH);
  const h5 = rowWhere(values, (r) => String(r[0]).startsWith('V. ')) + 1;
  const h3 = rowWhere(values, (r) => String(r[0]).startsWith('III. ')) + 1;
  type(run, QLKH, h5 + 1, 1, [[1, 'Đề xuất A', '', 100, 'Khác', '']]);
  type(run, QLKH, h3 + 1, 1, [[1, 'Nhiệm vụ B', 'Quý IV', '']]);
  run.g.calls.uncounted(() => {
    const sheet = run.g.spreadsheet.getSheetByName(QLKH)!;
    sheet.getRange(h5, 4).setValue('Tiền');
    sheet.deleteRows(h3, 1);
  });
  setUp(run);
  const after = run.values(QLKH);
  const n3 = rowWhere(after, (r) => String(r[0]).startsWith('III. ')) + 1;
  expect(after[n3 - 1].slice(0, 4)).toEqual(['STT', 'Nhiệm vụ, giải pháp *', 'Thời gian hoàn thành', 'Ghi chú']);
  expect(after[n3].slice(0, 3)).toEqual([1, 'Nhiệm vụ B', 'Quý IV']);
  const n5 = rowWhere(after, (r) => String(r[0]).startsWith('V. ')) + 1;
  expect(after[n5 - 1][3]).toBe('Kinh phí đề xuất (triệu đồng)');
  expect(after[n5].slice(0, 5)).toEqual([1, 'Đề xuất A', '', 100, 'Khác']);
});

test('a division removed from the settings keeps its tab, hidden', () => {
  const run = loadAppsScript();
  setUp(run);
  type(run, 'Thanh tra', 8, 2, [['Số cuộc thanh tra']]);
  const settings = run.values('Cấu hình');
  const row = rowWhere(settings, (r) => r[1] === 'Thanh tra');
  run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName('Cấu hình')!.deleteRows(row, 1));
  expect(setUp(run)).toMatch(/Ẩn \(không còn trong cấu hình, dữ liệu vẫn giữ\): Thanh tra\./);
  run.g.calls.uncounted(() => {
    const sheet = run.g.spreadsheet.getSheetByName('Thanh tra')!;
    expect(sheet.isSheetHidden()).toBe(true);
    expect(sheet.getRange(8, 2).getValue()).toBe('Số cuộc thanh tra');
  });
});

test('bad settings stop setup before anything changes, naming the cell', () => {
  const run = loadAppsScript();
  setUp(run);
  setSetting(run, 'Năm báo cáo', '20x5');
  setSetting(run, 'Hạn nộp', 'cuối tháng 6');
  const settings = run.values('Cấu hình');
  const row = rowWhere(settings, (r) => r[1] === 'QLKH');
  run.g.calls.uncounted(() =>
    run.g.spreadsheet
      .getSheetByName('Cấu hình')!
      .getRange(row, 2, 1, 2)
      .setValues([['KH-TC', 'not-an-email']]),
  );
  const before = JSON.stringify(run.g.calls.uncounted(() => run.g.spreadsheet.getSheets().map((s) => [s.getName(), s.getDataRange().getValues()])));
  run.g.calls.reset();
  const message = setUp(run);
  expect(message).toMatch(/^Chưa thiết lập được vì cấu hình có lỗi \(chưa thay đổi gì trong bảng tính\)/);
  const year = rowWhere(settings, (r) => r[0] === 'Năm báo cáo');
  expect(message).toContain(`Cấu hình!B${year} («Năm báo cáo»): «20x5» không phải là một năm.`);
  expect(message).toContain('«cuối tháng 6» không phải là ngày');
  expect(message).toContain(`Cấu hình!B${row}: tên tab «KH-TC» trùng với`);
  expect(message).toContain(`Cấu hình!C${row}: «not-an-email» không phải là địa chỉ e-mail.`);
  const writes = Object.keys(run.g.calls.byMethod).filter((m) => /\.(set|insert|delete|protect|hide|remove|add)/.test(m) && !m.startsWith('Menu') && !m.startsWith('Ui'));
  expect(writes).toEqual([]);
  expect(JSON.stringify(run.g.calls.uncounted(() => run.g.spreadsheet.getSheets().map((s) => [s.getName(), s.getDataRange().getValues()])))).toBe(before);
});

test('a tab name that clashes with an existing tab holding other data stops setup', () => {
  const run = loadAppsScript({ sheetNames: ['Sheet1', 'Số liệu cũ'] });
  run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName('Số liệu cũ')!.getRange(1, 1).setValue('dữ liệu riêng'));
  setUp(run);
  const settings = run.values('Cấu hình');
  const row = rowWhere(settings, (r) => r[1] === 'QLKH');
  run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName('Cấu hình')!.getRange(row, 2).setValue('Số liệu cũ'));
  expect(setUp(run)).toMatch(/đã có tab «Số liệu cũ» chứa dữ liệu khác/);
  expect(run.values('Số liệu cũ')[0][0]).toBe('dữ liệu riêng');
});

test('two setups at once run one after the other', () => {
  const run = loadAppsScript();
  run.g.lock.startRun('first');
  setUp(run);
  run.g.lock.startRun('second');
  setUp(run);
  run.g.lock.endRun();
  const events = run.g.lock.events.filter((e: { type: string }) => e.type === 'acquire' || e.type === 'release').map((e: { type: string; run: string }) => `${e.run}:${e.type}`);
  expect(events).toEqual(['first:acquire', 'first:release', 'second:acquire', 'second:release']);
  run.g.lock.holdByOther('document');
  expect(setUp(run)).toMatch(/Đang có người khác thiết lập hoặc tổng hợp/);
});

test('service calls grow with divisions, not with rows typed', () => {
  const withRows = (rows: number) => {
    const run = loadAppsScript();
    setUp(run);
    const values = run.values(QLKH);
    const h2 = rowWhere(values, (r) => String(r[0]).startsWith('II. ')) + 1;
    run.g.calls.uncounted(() => {
      const sheet = run.g.spreadsheet.getSheetByName(QLKH)!;
      sheet.insertRowsAfter(h2 + 1, rows);
      sheet.getRange(h2 + 1, 1, rows, 5).setValues(Array.from({ length: rows }, (_, i) => [i + 1, `Tồn tại ${i}`, 'Nguyên nhân', 'Chủ quan', '']));
    });
    run.g.calls.reset();
    setUp(run);
    const first = run.g.calls.total;
    run.g.calls.reset();
    setUp(run);
    return { first, again: run.g.calls.total, rows: run.values(QLKH).length };
  };
  const few = withRows(5);
  const many = withRows(200);
  expect(many.first).toBe(few.first);
  expect(many.again).toBe(few.again);
  // Setting up again adds no rows of its own.
  expect(many.rows - few.rows).toBe(195);
});

test('a Sheet set up by an earlier version gets the settings rows added since, above the divisions table', () => {
  const run = loadAppsScript();
  setUp(run);
  const label = 'Đưa phòng, đơn vị chưa đủ vào báo cáo';
  run.g.calls.uncounted(() => {
    const sheet = run.g.spreadsheet.getSheetByName('Cấu hình')!;
    sheet.deleteRows(
      rowWhere(sheet.getDataRange().getValues(), (r) => r[0] === label),
      1,
    );
  });
  setSetting(run, 'Năm báo cáo', 2025);
  setSetting(run, 'Năm so sánh', 2024);
  setSetting(run, 'Năm kế hoạch', 2026);
  setSetting(run, 'Hạn nộp', '28/06/2025');
  expect(setUp(run)).toMatch(/^Đã thiết lập xong biểu mẫu\./);
  const values = run.values('Cấu hình');
  const added = rowWhere(values, (r) => r[0] === label);
  const header = rowWhere(values, (r) => r[0] === 'Tên phòng, đơn vị');
  expect(values[added - 1][1]).toBe('Có');
  expect(added).toBeLessThan(header);
  expect(values.slice(header).map((r) => r[1])).toEqual(['Văn phòng', 'Thanh tra', 'KH-TC', 'QLKH', 'QLCN&TT', 'QLCN', 'Chi cục TĐC', 'TT Ứng dụng', 'TT Thông tin']);
  expect(run.values('QLKH')[0][0]).toBe('BÁO CÁO 6 THÁNG ĐẦU NĂM 2025 — PHÒNG QUẢN LÝ KHOA HỌC');
});

test("renaming a division's tab in the settings renames its tab and keeps what it typed", () => {
  const run = loadAppsScript();
  setUp(run);
  const values = run.values(QLKH);
  const h1 = rowWhere(values, (r) => String(r[0]).startsWith('I. ')) + 1;
  type(run, QLKH, h1 + 1, 2, [['Số nhiệm vụ KH&CN cấp tỉnh']]);
  const settings = run.values('Cấu hình');
  run.g.calls.uncounted(() =>
    run.g.spreadsheet
      .getSheetByName('Cấu hình')!
      .getRange(
        rowWhere(settings, (r) => r[1] === QLKH),
        2,
      )
      .setValue('P. QLKH'),
  );
  expect(setUp(run)).toMatch(/Cập nhật \(giữ nguyên số liệu đã nhập\): .*P\. QLKH/);
  expect(run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName(QLKH))).toBeNull();
  expect(run.values('P. QLKH')[h1][1]).toBe('Số nhiệm vụ KH&CN cấp tỉnh');
});
