/** The rewrites that let exceljs read other programs' XML leave Excel's own XML exactly as it is. */
import path from 'path';
import { readFileSync } from 'fs';
import JSZip from 'jszip';
import { EMPTY_TEXT_RESULT, addressed, canonicalSheetXml, emptyTextResults, isoDatesAsText, unprefixed } from '../../src/cli/partXml';
import { division, tempDir, writeDivisionFile } from './helpers';

const tmp = tempDir('bao-cao-partxml-');
afterAll(() => tmp.remove());

test('a sheet exceljs wrote (the form, filled) is left byte for byte as it is', async () => {
  const file = path.join(tmp.dir, 'QLKH.xlsx');
  await writeDivisionFile(file, division('QLKH'));
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  expect(canonicalSheetXml(xml)).toBe(xml);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  expect(unprefixed(workbook)).toBe(workbook);
});

test("rows and cells without an address get the one their position gives; a row takes its first addressed cell's row", () => {
  expect(addressed('<sheetData><row><c><v>1</v></c><c/><c t="s"><v>0</v></c></row><row/><row><c r="C9"><v>2</v></c><c><v>3</v></c></row></sheetData>')).toBe(
    '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"/><c r="C1" t="s"><v>0</v></c></row><row r="2"/><row r="9"><c r="C9"><v>2</v></c><c r="D9"><v>3</v></c></row></sheetData>',
  );
  // <cols>, <col> and <cfRule> are not cells.
  const other = '<cols><col min="1" max="2"/></cols><conditionalFormatting><cfRule type="x"/></conditionalFormatting>';
  expect(addressed(other)).toBe(other);
});

test('ISO dates become the day as text, with or without a time, a formula, or a value', () => {
  expect(isoDatesAsText('<c r="A1" s="1" t="d"><v>2024-06-28T00:00:00</v></c><c r="B1" t="d"/><c r="C1" t="d"><f>A1+1</f><v>2024-06-29T10:30:00Z</v></c>')).toBe(
    '<c r="A1" s="1" t="str"><v>2024-06-28</v></c><c r="B1" t="str"/><c r="C1" t="str"><f>A1+1</f><v>2024-06-29</v></c>',
  );
});

test('the spreadsheet namespace under a prefix becomes the default one; the relationships prefix becomes r:', () => {
  const xml =
    '<?xml version="1.0"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="QLKH" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>';
  expect(unprefixed(xml)).toBe(
    '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="QLKH" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
});

test('a formula saved with the empty text as its result is told apart from a formula never calculated', () => {
  // Excel, LibreOffice, Google Sheets: =IF(…;"";…) saved as t="str" and an empty <v>; a self-closing cell before it changes nothing.
  expect(emptyTextResults('<row r="7"><c r="D7" s="1"/><c r="E7" s="2" t="str"><f>IF(A1="","",A1)</f><v></v></c><c r="F7" t="str"><f>B7</f><v/></c></row>')).toBe(
    `<row r="7"><c r="D7" s="1"/><c r="E7" s="2" t="str"><f>IF(A1="","",A1)</f><v>${EMPTY_TEXT_RESULT}</v></c><c r="F7" t="str"><f>B7</f><v>${EMPTY_TEXT_RESULT}</v></c></row>`,
  );
  // openpyxl: a formula and an empty <v>, no type; exceljs: no <v>; an empty text typed as a value: all left as they are.
  for (const xml of ['<c r="E7"><f>2000+200</f><v></v></c>', '<c r="E7"><f>2000+200</f></c>', '<c r="E7" t="str"><v></v></c>']) expect(emptyTextResults(xml)).toBe(xml);
});
