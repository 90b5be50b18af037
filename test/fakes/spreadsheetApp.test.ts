import { GasException } from './callCounter';
import { PROTECTED_CELL_MESSAGE, a1Notation, createSpreadsheetApp, parseA1Notation, shiftFormula } from './spreadsheetApp';

const RATIO = '=IF(AND(ISNUMBER(G9),ISNUMBER(D9)),IF(D9<>0,G9/D9,""),"")';

function setup(options: Parameters<typeof createSpreadsheetApp>[0] = {}) {
  const fake = createSpreadsheetApp({ ownerEmail: 'owner@x.vn', currentUser: () => user, ...options });
  let user = 'owner@x.vn';
  const ss = fake.service.getActive();
  const sheet = ss.getSheets()[0];
  return { fake, ss, sheet, as: (email: string) => (user = email) };
}

describe('A1 notation', () => {
  it('parses cells, ranges, reversed corners, whole rows and columns, sheet prefixes', () => {
    expect(parseA1Notation('B3', 1000, 26)?.rect).toEqual({ row: 3, column: 2, numRows: 1, numColumns: 1 });
    expect(parseA1Notation('A1:C4', 1000, 26)?.rect).toEqual({ row: 1, column: 1, numRows: 4, numColumns: 3 });
    expect(parseA1Notation('C4:A1', 1000, 26)?.rect).toEqual({ row: 1, column: 1, numRows: 4, numColumns: 3 });
    expect(parseA1Notation('$AA$10', 1000, 26)?.rect).toEqual({ row: 10, column: 27, numRows: 1, numColumns: 1 });
    expect(parseA1Notation('B:C', 1000, 26)?.rect).toEqual({ row: 1, column: 2, numRows: 1000, numColumns: 2 });
    expect(parseA1Notation('3:5', 1000, 26)?.rect).toEqual({ row: 3, column: 1, numRows: 3, numColumns: 26 });
    const q = parseA1Notation("'Đơn vị A''s'!B2:C3", 1000, 26);
    expect(q?.sheetName).toBe("Đơn vị A's");
    expect(q?.rect).toEqual({ row: 2, column: 2, numRows: 2, numColumns: 2 });
    expect(parseA1Notation('A0', 1000, 26)).toBeNull();
    expect(parseA1Notation('hello', 1000, 26)).toBeNull();
    expect(a1Notation({ row: 2, column: 2, numRows: 2, numColumns: 2 })).toBe('B2:C3');
  });

  it('gives ranges by A1 or by 1-based row and column, and refuses what Google refuses', () => {
    const { sheet } = setup();
    const r = sheet.getRange('B3:D7');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow(), r.getLastColumn()]).toEqual([3, 2, 5, 3, 7, 4]);
    expect(sheet.getRange(1, 1).getA1Notation()).toBe('A1');
    expect(sheet.getRange(3, 2, 5, 3).getA1Notation()).toBe('B3:D7');
    expect(sheet.getRange('3:4').getA1Notation()).toBe('3:4');
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('nonsense')).toThrow('Range not found');
    expect(() => sheet.getRange('1', 2 as never)).toThrow(/don't match the method signature for SpreadsheetApp.Sheet.getRange/);
  });
});

describe('values', () => {
  it("reads '' for empty cells, numbers as numbers, dates as Date, in a grid of the range's shape", () => {
    const { sheet } = setup();
    const day = new Date('2024-06-30T00:00:00+07:00');
    sheet.getRange('A1:C1').setValues([['text', 42, day]]);
    const values = sheet.getRange('A1:D2').getValues();
    expect(values).toEqual([
      ['text', 42, day, ''],
      ['', '', '', ''],
    ]);
    expect(values[0][2]).toBeInstanceOf(Date);
    expect(values[0][2]).not.toBe(day);
    expect(sheet.getRange('B1').getValue()).toBe(42);
  });

  it('throws like Google when the data does not have the shape of the range', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:C2').setValues([[1, 2, 3]])).toThrow(new GasException('The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.'));
    expect(() =>
      sheet.getRange('A1:B2').setValues([
        [1, 2],
        [3, 4, 5],
      ]),
    ).toThrow('The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.');
    let error: unknown;
    try {
      sheet.getRange('A1').setValues([]);
    } catch (e) {
      error = e;
    }
    expect((error as Error).name).toBe('Exception');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });

  it('reads strings as typed in: numbers, booleans, formulas, quoted text, and keeps text in @ cells', () => {
    const { sheet } = setup();
    sheet.getRange('B1').setNumberFormat('@');
    sheet.getRange('A1:E1').setValues([['123', '0123', "'0123", 'TRUE', '1.234,5']]);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([[123, '0123', '0123', true, 1234.5]]);
    sheet.getRange('A2').setValue('30/11');
    expect(sheet.getRange('A2').getValue()).toBeInstanceOf(Date);
    sheet.getRange('B2').setNumberFormat('@').setValue('30/11');
    expect(sheet.getRange('B2').getValue()).toBe('30/11');
    sheet.getRange('C2').setValue('=A1*2');
    expect(sheet.getRange('C2').getFormula()).toBe('=A1*2');
    expect(sheet.getRange('C2').getValue()).toBe(246);
  });

  it('shows display values with the number format and the spreadsheet locale', () => {
    const { sheet, ss } = setup();
    sheet.getRange('A1:D1').setValues([[1234.5, 0.256, 5, new Date('2024-06-30T08:00:00+07:00')]]);
    sheet.getRange('A1:D1').setNumberFormats([['#,##0.##', '0.0%', '#,##0.##', 'dd/mm/yyyy']]);
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['1.234,5', '25,6%', '5,', '30/06/2024']]);
    ss.setSpreadsheetLocale('en_US');
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['1,234.5', '25.6%']]);
    expect(sheet.getRange('E1').getDisplayValue()).toBe('');
  });

  it('shows dates with Sheets date formats: mm is minutes after h or before s, months otherwise', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1').setValue(new Date('2024-06-30T08:05:09+07:00'));
    const shown = (format: string) => r.setNumberFormat(format).getDisplayValue();
    expect(shown('dd/mm/yyyy')).toBe('30/06/2024');
    expect(shown('hh:mm dd/mm/yyyy')).toBe('08:05 30/06/2024');
    expect(shown('mm:ss')).toBe('05:09');
    expect(shown('mmm d, yyyy h:mm am/pm')).toBe('Jun 30, 2024 8:05 AM');
    expect(shown('"Ngày "d')).toBe('Ngày 30');
    expect(shown('0.###############')).toBe('30/06/2024 8:05:09');
  });

  it('knows the last row and column with content, not with formats', () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('C5').setValue('x');
    sheet.getRange('F9').setBackground('#ff0000').setNote('a note');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C5');
  });

  it('keeps notes, formats and validations per cell', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B1');
    r.setNotes([['n1', null]])
      .setBackgrounds([['#d9e2f3', null]])
      .setFontWeight('bold')
      .setWrap(true)
      .setHorizontalAlignment('center');
    expect(r.getNotes()).toEqual([['n1', '']]);
    expect(r.getBackgrounds()).toEqual([['#d9e2f3', '#ffffff']]);
    expect(r.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(r.getWrapStrategies()).toEqual([['WRAP', 'WRAP']]);
    expect(sheet.getRange('C1').getNumberFormat()).toBe('0.###############');
    expect(sheet.getRange('C1').getDataValidation()).toBeNull();
  });
});

describe('formulas', () => {
  it('computes the product ratio formula and plain references; unknown formulas read as ""', () => {
    const { sheet } = setup();
    sheet.getRange('D9').setValue(4);
    sheet.getRange('G9').setValue(3);
    sheet.getRange('H9').setFormula(RATIO);
    sheet.getRange('I9').setFormula('=G9');
    sheet.getRange('J9').setFormula('=VLOOKUP(A1,B:C,2,FALSE)');
    expect(sheet.getRange('H9:J9').getValues()).toEqual([[0.75, 3, '']]);
    sheet.getRange('D9').setValue(0);
    expect(sheet.getRange('H9').getValue()).toBe('');
    sheet.getRange('D9').setValue('');
    expect(sheet.getRange('H9').getValue()).toBe('');
    sheet.getRange('D9').setValue('n/a');
    expect(sheet.getRange('H9').getValue()).toBe('');
    expect(sheet.getRange('G1:H9').getFormulas()[8]).toEqual(['', RATIO]);
    expect(sheet.getRange('A1').setFormula('=1/0').getValue()).toBe('#DIV/0!');
  });

  it('rewrites references when rows move, and gives #REF! for deleted cells', () => {
    expect(shiftFormula(RATIO, 'S', { sheetName: 'S', axis: 'row', kind: 'insert', at: 5, count: 2 })).toBe('=IF(AND(ISNUMBER(G11),ISNUMBER(D11)),IF(D11<>0,G11/D11,""),"")');
    expect(shiftFormula('=SUM(A1:A10)&"A9"', 'S', { sheetName: 'S', axis: 'row', kind: 'insert', at: 5, count: 1 })).toBe('=SUM(A1:A11)&"A9"');
    expect(shiftFormula('=LOG10(A9)+Other!A9', 'S', { sheetName: 'S', axis: 'row', kind: 'insert', at: 1, count: 1 })).toBe('=LOG10(A10)+Other!A9');
    expect(shiftFormula("='Tab B'!A9", 'S', { sheetName: 'Tab B', axis: 'row', kind: 'delete', at: 9, count: 1 })).toBe("='Tab B'!#REF!");
    const { sheet } = setup();
    sheet.getRange('A2').setValue(5);
    sheet.getRange('B1').setFormula('=A2');
    sheet.deleteRows(2, 1);
    expect(sheet.getRange('B1').getFormula()).toBe('=#REF!');
    expect(sheet.getRange('B1').getValue()).toBe('#REF!');
  });
});

describe('inserting and deleting rows', () => {
  it('moves contents, formulas, notes, formats and validations down, and refers formulas to their new rows', () => {
    const { fake, sheet } = setup();
    const rule = fake.service.newDataValidation().requireValueInList(['Có', 'Không'], true).build();
    sheet.getRange('D9:G9').setValues([[4, '', '', 3]]);
    sheet.getRange('H9').setFormula(RATIO).setNumberFormat('0.0%').setNote('tự tính').setDataValidation(rule);
    sheet.getRange('A20').setFormula('=H9');
    sheet.insertRowsBefore(5, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('H9').getValue()).toBe('');
    expect(sheet.getRange('H11').getFormula()).toBe('=IF(AND(ISNUMBER(G11),ISNUMBER(D11)),IF(D11<>0,G11/D11,""),"")');
    expect(sheet.getRange('H11').getValue()).toBe(0.75);
    expect(sheet.getRange('H11').getNote()).toBe('tự tính');
    expect(sheet.getRange('H11').getNumberFormat()).toBe('0.0%');
    expect(sheet.getRange('H11').getDataValidation()?.getCriteriaValues()).toEqual([['Có', 'Không'], true]);
    expect(sheet.getRange('A22').getFormula()).toBe('=H11');
  });

  it('gives new rows the formats and validations of the row they were inserted before (insertRowsAfter: after)', () => {
    const { sheet } = setup();
    sheet.getRange('A3').setValue('x').setBackground('#fff2cc').setNote('note');
    sheet.insertRowsBefore(3, 1);
    expect(sheet.getRange('A3').getBackground()).toBe('#fff2cc');
    expect(sheet.getRange('A3').getValue()).toBe('');
    expect(sheet.getRange('A3').getNote()).toBe('');
    sheet.insertRowsAfter(4, 1);
    expect(sheet.getRange('A5').getBackground()).toBe('#fff2cc');
    sheet.insertRowAfter(1);
    expect(sheet.getRange('A2').getBackground()).toBe('#ffffff');
  });

  it("moves a protected range's rows: shifted when rows go above it, grown when they go inside it", () => {
    const { sheet } = setup();
    const p = sheet.getRange('A5:C10').protect();
    sheet.insertRowsBefore(5, 2);
    expect(p.getRange().getA1Notation()).toBe('A7:C12');
    sheet.insertRowsBefore(9, 3);
    expect(p.getRange().getA1Notation()).toBe('A7:C15');
    sheet.insertRowsAfter(15, 1);
    expect(p.getRange().getA1Notation()).toBe('A7:C15');
    sheet.deleteRows(1, 2);
    expect(sheet.getProtections('RANGE')[0].getRange().getA1Notation()).toBe('A5:C13');
    sheet.deleteRows(5, 9);
    expect(sheet.getProtections('RANGE')).toEqual([]);
  });

  it('refuses to delete every row, or rows out of bounds', () => {
    const { sheet } = setup();
    expect(() => sheet.deleteRows(1, 1000)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
    expect(() => sheet.deleteRows(999, 5)).toThrow('Those rows are out of bounds.');
  });
});

describe('protection', () => {
  it('starts with the editors of the spreadsheet and never removes the owner or the current user', () => {
    const { fake, sheet, as } = setup({ editors: ['office@x.vn', 'div-a@x.vn'] });
    as('office@x.vn');
    const p = sheet.getRange('A1:B2').protect().setDescription('Đơn vị A');
    const emails = () => p.getEditors().map((u) => u.getEmail());
    expect(emails()).toEqual(['owner@x.vn', 'office@x.vn', 'div-a@x.vn']);
    p.removeEditors(p.getEditors());
    expect(emails()).toEqual(['owner@x.vn', 'office@x.vn']);
    p.addEditor('div-a@x.vn').addEditors(['div-b@x.vn']);
    expect(emails()).toEqual(['owner@x.vn', 'office@x.vn', 'div-a@x.vn', 'div-b@x.vn']);
    p.removeEditor(fake.service.getActive().getOwner());
    expect(emails()).toContain('owner@x.vn');
    expect(p.getDescription()).toBe('Đơn vị A');
    expect(p.getProtectionType()).toBe('RANGE');
    expect(p.getUnprotectedRanges()).toEqual([]);
    expect(p.canEdit()).toBe(true);
  });

  it('stops a user who is not an editor from writing, unless the protection only warns', () => {
    const { sheet, as } = setup({ editors: ['office@x.vn', 'div-a@x.vn'] });
    const p = sheet.getRange('A1:B2').protect();
    p.removeEditors(['div-a@x.vn', 'office@x.vn']);
    as('div-a@x.vn');
    expect(() => sheet.getRange('B2:C2').setValues([[1, 2]])).toThrow(PROTECTED_CELL_MESSAGE);
    expect(sheet.getRange('C2').getValue()).toBe('');
    expect(() => sheet.getRange('A1').setBackground('#000000')).toThrow(PROTECTED_CELL_MESSAGE);
    expect(() => sheet.insertRowsBefore(2, 1)).toThrow(PROTECTED_CELL_MESSAGE);
    sheet.insertRowsBefore(1, 1);
    sheet.getRange('C3').setValue('outside');
    expect(p.canEdit()).toBe(false);
    expect(() => p.getEditors()).toThrow(PROTECTED_CELL_MESSAGE);
    as('owner@x.vn');
    p.setWarningOnly(true);
    expect(p.isWarningOnly()).toBe(true);
    as('div-a@x.vn');
    sheet.getRange('A2').setValue('ok');
    expect(sheet.getRange('A2').getValue()).toBe('ok');
  });

  it('protects a sheet once (protect() returns the existing one), with unprotected ranges that move with rows', () => {
    const { sheet, ss, as } = setup({ editors: ['div-a@x.vn'] });
    const p = sheet.protect();
    expect(sheet.protect()).toBe(p);
    expect(p.getRange().getA1Notation()).toBe('A1:Z1000');
    p.setUnprotectedRanges([sheet.getRange('B5:D8')]);
    p.removeEditor('div-a@x.vn');
    sheet.insertRowsBefore(6, 1);
    expect(p.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['B5:D9']);
    as('div-a@x.vn');
    sheet.getRange('C9').setValue('typed');
    expect(() => sheet.getRange('A1').setValue('x')).toThrow(PROTECTED_CELL_MESSAGE);
    expect(ss.getProtections('SHEET')).toHaveLength(1);
    expect(() => sheet.getRange('A1:B1').protect().setUnprotectedRanges([])).toThrow();
    as('owner@x.vn');
    p.remove();
    expect(sheet.getProtections('SHEET')).toEqual([]);
  });

  it('refuses domain edit on a gmail.com spreadsheet', () => {
    const { sheet } = setup({ ownerEmail: 'someone@gmail.com', currentUser: () => 'someone@gmail.com' });
    expect(() => sheet.protect().setDomainEdit(false)).toThrow('Domain protection is only supported on documents within a domain.');
  });
});

describe('data validation', () => {
  it('builds rules like Google: criteria values, allowInvalid true by default, help text', () => {
    const { fake } = setup();
    const b = fake.service.newDataValidation();
    expect(b.getAllowInvalid()).toBe(true);
    const list = b.requireValueInList(['Đạt', 'Không đạt'], false).setHelpText('Chọn').build();
    expect(list.getCriteriaType()).toBe(fake.service.DataValidationCriteria.VALUE_IN_LIST);
    expect(list.getCriteriaValues()).toEqual([['Đạt', 'Không đạt'], false]);
    expect(list.getHelpText()).toBe('Chọn');
    const after = new Date('2024-01-01T00:00:00Z');
    const date = fake.service.newDataValidation().requireDateAfter(after).setAllowInvalid(false).build();
    expect(date.getCriteriaType()).toBe('DATE_AFTER');
    expect(date.getCriteriaValues()).toEqual([after]);
    expect(date.getAllowInvalid()).toBe(false);
    expect(fake.service.newDataValidation().requireDate().build().getCriteriaValues()).toEqual([]);
    expect(() => fake.service.newDataValidation().build()).toThrow();
  });

  it('rejects invalid input only when the rule says so', () => {
    const { fake, sheet } = setup();
    const strict = fake.service.newDataValidation().requireValueInList(['Có', 'Không']).setAllowInvalid(false).build();
    const loose = fake.service.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build();
    sheet.getRange('A1:A2').setDataValidation(strict);
    sheet.getRange('B1').setDataValidation(loose);
    expect(() => sheet.getRange('A1:A2').setValues([['Có'], ['Maybe']])).toThrow('The data you entered in cell A2 violates the data validation rules set on this cell.');
    expect(sheet.getRange('A1').getValue()).toBe('');
    sheet.getRange('A1:B1').setValues([['Không', -5]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['Không', -5]]);
    sheet.getRange('A1:A2').clearDataValidations();
    expect(sheet.getRange('A1:A2').getDataValidations()).toEqual([[null], [null]]);
  });
});

describe('spreadsheet and sheets', () => {
  it('inserts sheets like Google: after the active sheet, made active, names unique ignoring case', () => {
    const { ss } = setup({ sheetNames: ['Cài đặt', 'Tổng hợp'] });
    const a = ss.insertSheet('Đơn vị A');
    expect(ss.getActiveSheet()).toBe(a);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Cài đặt', 'Đơn vị A', 'Tổng hợp']);
    expect(a.getIndex()).toBe(2);
    ss.insertSheet('Cuối', 3);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Cài đặt', 'Đơn vị A', 'Tổng hợp', 'Cuối']);
    expect(() => ss.insertSheet('đơn vị a')).toThrow('A sheet with the name "đơn vị a" already exists. Please enter another name.');
    expect(() => ss.insertSheet('   ')).toThrow(/Invalid argument/);
    expect(() => a.setName('Tổng hợp')).toThrow('A sheet with the name "Tổng hợp" already exists. Please enter another name.');
    expect(ss.getSheetByName('ĐƠN VỊ A')).toBe(a);
    expect(ss.getSheetByName('nope')).toBeNull();
    expect(ss.getSheetById(a.getSheetId())).toBe(a);
    ss.deleteSheet(a);
    expect(ss.getSheetByName('Đơn vị A')).toBeNull();
  });

  it('follows a renamed sheet in formulas of other sheets', () => {
    const { ss, sheet } = setup();
    const other = ss.insertSheet('Số liệu');
    other.getRange('A1').setValue(7);
    sheet.getRange('A1').setFormula("='Số liệu'!A1*2");
    other.setName('Data');
    expect(sheet.getRange('A1').getFormula()).toBe('=Data!A1*2');
    expect(sheet.getRange('A1').getValue()).toBe(14);
  });

  it('keeps time zone, locale, owner, editors, toasts and the active range', () => {
    const { fake, ss, sheet } = setup({ editors: ['a@x.vn'] });
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(ss.getSpreadsheetLocale()).toBe('vi_VN');
    expect(ss.getOwner().getEmail()).toBe('owner@x.vn');
    ss.addEditors(['b@x.vn']);
    expect(ss.getEditors().map((u) => u.getEmail())).toEqual(['owner@x.vn', 'a@x.vn', 'b@x.vn']);
    expect(fake.drive.sharing).toEqual([{ fileId: ss.getId(), action: 'add', role: 'editor', email: 'b@x.vn' }]);
    ss.toast('Đã lưu', 'Báo cáo', 3);
    expect(fake.toasts).toEqual([{ message: 'Đã lưu', title: 'Báo cáo', timeoutSeconds: 3 }]);
    sheet.getRange('C4').activate();
    expect(ss.getActiveRange().getA1Notation()).toBe('C4');
    sheet.setActiveSelection('B2:C3');
    expect(fake.service.getActiveRange().getA1Notation()).toBe('B2:C3');
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
  });

  it('keeps developer metadata on whole rows moving with them', () => {
    const { ss, sheet } = setup();
    sheet.getRange('5:5').addDeveloperMetadata('section', 'II');
    sheet.addDeveloperMetadata('division', 'A');
    expect(() => sheet.getRange('A1:B1').addDeveloperMetadata('x')).toThrow(/arbitrary ranges/);
    sheet.insertRowsBefore(2, 3);
    const found = ss.createDeveloperMetadataFinder().withKey('section').find();
    expect(found.map((m) => [m.getValue(), m.getLocation().getRow()?.getA1Notation()])).toEqual([['II', '8:8']]);
    expect(sheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['division']);
  });
});

describe('Ui', () => {
  it('records menus and alerts (answering with the first button, or a queued answer)', () => {
    const { fake } = setup();
    const ui = fake.service.getUi();
    ui.createAddonMenu().addItem('Mở bảng', 'openSidebar').addSeparator().addSubMenu(ui.createMenu('Khác').addItem('Tổng hợp', 'run')).addToUi();
    expect(fake.uiLog.menus).toEqual([
      {
        caption: null,
        addon: true,
        entries: [{ kind: 'item', caption: 'Mở bảng', functionName: 'openSidebar' }, { kind: 'separator' }, { kind: 'subMenu', caption: 'Khác', entries: [{ kind: 'item', caption: 'Tổng hợp', functionName: 'run' }] }],
      },
    ]);
    expect(ui.alert('Xong')).toBe(ui.Button.OK);
    fake.uiLog.responses.push({ button: 'NO' });
    expect(ui.alert('Chắc chưa?', 'Nộp báo cáo', ui.ButtonSet.YES_NO)).toBe('NO');
    expect(ui.alert('Tiếp?', ui.ButtonSet.YES_NO)).toBe('YES');
    expect(fake.uiLog.alerts.map((a) => a.response)).toEqual(['OK', 'NO', 'YES']);
    expect(() => ui.alert(1 as never)).toThrow(/don't match the method signature/);
  });

  it('throws from getUi() where there is no user interface', () => {
    const { fake } = setup({ uiAvailable: false });
    expect(() => fake.service.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });
});

describe('call counting', () => {
  it('counts each service call by Type.method, not the work behind it', () => {
    const { fake } = setup();
    fake.counter.reset();
    const sheet = fake.service.getActive().getSheetByName('Sheet1')!;
    sheet.getRange(1, 1, 500, 5).setValues(Array.from({ length: 500 }, (_, i) => [i, i, i, i, i]));
    sheet.getRange(1, 1, 500, 5).getValues();
    expect(fake.counter.byMethod).toEqual({
      'SpreadsheetApp.getActive': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getRange': 2,
      'Range.setValues': 1,
      'Range.getValues': 1,
    });
    expect(fake.counter.total).toBe(6);
    expect(fake.counter.totalFor('Range.')).toBe(2);
    fake.counter.uncounted(() => sheet.getRange('A1').getValue());
    expect(fake.counter.total).toBe(6);
  });
});

describe('RangeList', () => {
  test('one call styles every range of the list; bad A1 is refused like Google', () => {
    const { createGoogleServices } = jest.requireActual('./services') as typeof import('./services');
    const g = createGoogleServices();
    const sheet = g.spreadsheet.getSheets()[0];
    g.calls.reset();
    sheet.getRangeList(['A1:C1', 'A5:B5']).setFontWeight('bold').setBackground('#d9e2f3');
    expect(g.calls.total).toBe(3);
    expect(g.calls.uncounted(() => sheet.getRange('B5').getFontWeight())).toBe('bold');
    expect(g.calls.uncounted(() => sheet.getRange('B4').getFontWeight())).toBe('normal');
    expect(() => sheet.getRangeList(['A1:nope'])).toThrow('Range not found');
  });
});
