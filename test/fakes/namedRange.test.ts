import { createSpreadsheetApp } from './spreadsheetApp';

function setup() {
  const fake = createSpreadsheetApp({ ownerEmail: 'owner@x.vn' });
  const ss = fake.service.getActive();
  const sheet = ss.getSheets()[0];
  return { fake, ss, sheet };
}

describe('named ranges', () => {
  it('gives the named cells back as a range, by a name that ignores case; null for an unknown name', () => {
    const { ss, sheet } = setup();
    ss.setNamedRange('Bang_QLKH', sheet.getRange('B2:D5'));
    expect(ss.getRangeByName('bang_qlkh')!.getA1Notation()).toBe('B2:D5');
    expect(ss.getRangeByName('Khac')).toBeNull();
    expect(ss.getNamedRanges().map((n) => [n.getName(), n.getRange().getA1Notation()])).toEqual([['Bang_QLKH', 'B2:D5']]);
  });

  it('refuses names Google refuses and a name already taken', () => {
    const { ss, sheet } = setup();
    const range = sheet.getRange('A1');
    for (const bad of ['A1', 'R1C1', '1abc', 'có dấu', 'a b', 'true', '']) expect(() => ss.setNamedRange(bad, range)).toThrow(/Invalid argument: name/);
    ss.setNamedRange('Bang', range);
    expect(() => ss.setNamedRange('BANG', range)).toThrow('A named range called "BANG" already exists.');
    expect(() => ss.removeNamedRange('Khac')).toThrow('Named range "Khac" not found.');
    ss.removeNamedRange('bang');
    expect(ss.getRangeByName('Bang')).toBeNull();
  });

  it('whole columns keep every row the sheet gets, and widen with a column inserted inside them', () => {
    const { ss, sheet } = setup();
    ss.setNamedRange('Tab', sheet.getRange('A:C'));
    sheet.insertRowsAfter(sheet.getMaxRows(), 500);
    sheet.insertRowsBefore(1, 2);
    const range = ss.getRangeByName('Tab')!;
    expect(range.getA1Notation()).toBe('A:C');
    expect(range.getNumRows()).toBe(1502);
    sheet.insertColumnAfter(2);
    expect(ss.getRangeByName('Tab')!.getA1Notation()).toBe('A:D');
    // Right after its last column: outside, as in Google.
    sheet.insertColumnAfter(4);
    expect(ss.getRangeByName('Tab')!.getA1Notation()).toBe('A:D');
  });

  it('moves with rows and columns inserted before it, shrinks with deleted ones, and goes with its cells or its sheet', () => {
    const { ss, sheet } = setup();
    ss.setNamedRange('Khoi', sheet.getRange('B2:C3'));
    sheet.insertRowsBefore(1, 1);
    sheet.insertColumnBefore(1);
    expect(ss.getRangeByName('Khoi')!.getA1Notation()).toBe('C3:D4');
    sheet.deleteRow(3);
    expect(ss.getRangeByName('Khoi')!.getA1Notation()).toBe('C3:D3');
    sheet.deleteColumns(3, 2);
    expect(ss.getRangeByName('Khoi')).toBeNull();

    const other = ss.insertSheet('Khác');
    ss.setNamedRange('Tab', other.getRange('A:B'));
    other.setName('Đổi tên');
    expect(ss.getRangeByName('Tab')!.getSheet().getName()).toBe('Đổi tên');
    ss.deleteSheet(other);
    expect(ss.getRangeByName('Tab')).toBeNull();
  });

  it('a NamedRange from getNamedRanges renames, moves and removes itself', () => {
    const { ss, sheet } = setup();
    ss.setNamedRange('Cu', sheet.getRange('A1:B2'));
    const named = ss.getNamedRanges()[0];
    named.setName('Moi').setRange(sheet.getRange('C:D'));
    expect(ss.getRangeByName('Cu')).toBeNull();
    expect(ss.getRangeByName('Moi')!.getA1Notation()).toBe('C:D');
    ss.setNamedRange('Khac', sheet.getRange('A1'));
    expect(() => named.setName('khac')).toThrow('A named range called "khac" already exists.');
    named.remove();
    expect(ss.getNamedRanges().map((n) => n.getName())).toEqual(['Khac']);
  });

  it('counts each call, like every service method', () => {
    const { fake, ss, sheet } = setup();
    ss.setNamedRange('Tab', sheet.getRange('A:B'));
    fake.counter.reset();
    ss.getRangeByName('Tab')!.getValues();
    expect(fake.counter.byMethod).toEqual({ 'Spreadsheet.getRangeByName': 1, 'Range.getValues': 1 });
  });
});
