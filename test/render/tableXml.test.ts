/** Data tables written as text are the tables docx itself would write, and they survive any text typed in a cell. */
/* eslint-disable no-control-regex */
import { BorderStyle, Document, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import fc from 'fast-check';
import { DOMParser } from '@xmldom/xmldom';
import { docxParts } from '../../src/render/packDocx';
import { tableXml } from '../../src/render/tableXml';
import { XmlSlots, escapeXml, slotParagraph } from '../../src/render/xmlSlots';

const SOLID = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const MARGINS = { left: 57, right: 57, top: 28, bottom: 28 };
const widths = [600, 3000, 1500];
const header = ['STT', 'Chỉ tiêu, nhiệm vụ', 'Ước thực hiện'];
const rows = [
  ['1', 'Tỷ lệ hồ sơ giải quyết đúng hạn\ntheo quy định', '99,2%'],
  ['2', 'A & B <c>', ''],
];
const styles = ['Nd30TableTextCenter', 'Nd30TableText', 'Nd30TableTextRight'];

function documentXml(children: (Table | Paragraph)[]): string {
  return new TextDecoder().decode(docxParts(new Document({ sections: [{ children }] })).get('word/document.xml'));
}

function docxTable(): Table {
  const runs = (text: string) => text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined }));
  const cell = (text: string, style: string, width: number, centred: boolean) =>
    new TableCell({ children: [new Paragraph({ style, children: text === '' ? [] : runs(text) })], width: { size: width, type: WidthType.DXA }, verticalAlign: centred ? VerticalAlignTable.CENTER : undefined });
  return new Table({
    width: { size: 5100, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: SOLID, bottom: SOLID, left: SOLID, right: SOLID, insideHorizontal: SOLID, insideVertical: SOLID },
    margins: MARGINS,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, 'Nd30TableHeader', widths[i], true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((t, i) => cell(t, styles[i], widths[i], false)) })),
    ],
  });
}

test('a table written as text is, to the character, the table docx writes from its objects', () => {
  const slots = new XmlSlots();
  const ours = tableXml({ widths, borderSize: 4, margins: MARGINS, header: header.map((text) => ({ text, style: 'Nd30TableHeader' })), rows: rows.map((r) => r.map((text, i) => ({ text, style: styles[i] }))) });
  const placed = slots.fill(documentXml([slotParagraph(slots, ours)]));
  expect(placed).toBe(documentXml([docxTable()]));
});

test('whatever a division types in a cell, the table stays well-formed XML and keeps the text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (typed) => {
      const xml = `<w:document xmlns:w="w">${tableXml({ widths: [1000], borderSize: 4, margins: MARGINS, header: [{ text: 'STT', style: 's' }], rows: [[{ text: typed, style: 's' }]] })}</w:document>`;
      const errors: string[] = [];
      const parsed = new DOMParser({ onError: (level, message) => void errors.push(`${level}: ${message}`) }).parseFromString(xml, 'text/xml');
      expect(errors).toEqual([]);
      const texts = Array.from({ length: parsed.getElementsByTagName('w:t').length }, (_, i) => parsed.getElementsByTagName('w:t').item(i)!.textContent).slice(1);
      expect(texts.join('\n')).toBe(typed.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/\r\n?|[\u2028\u2029]/g, '\n'));
    }),
  );
  expect(escapeXml('a & <b>')).toBe('a &amp; &lt;b&gt;');
});

test('a line or paragraph separator pasted from the web starts a new line, as Alt+Enter does', () => {
  const xml = tableXml({ widths: [1000], borderSize: 4, margins: MARGINS, header: [{ text: 'STT', style: 's' }], rows: [[{ text: 'Dòng một\u2028Dòng hai\u2029Dòng ba', style: 's' }]] });
  expect(xml).toContain('<w:t xml:space="preserve">Dòng một</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">Dòng hai</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">Dòng ba</w:t>');
  expect(xml).not.toMatch(/[\u2028\u2029]/);
});

test('a placeholder that went missing is an error, not a report without its table', () => {
  const slots = new XmlSlots();
  slots.add('<w:tbl/>');
  expect(() => slots.fill('<w:body></w:body>')).toThrow('The .docx lost parts of the report: 0 of 1 placed.');
});
