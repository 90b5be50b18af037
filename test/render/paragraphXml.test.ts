/** Headings and body text written as text are the paragraphs docx itself would write. */
import { Document, Paragraph, TextRun } from 'docx';
import type { ParagraphBlock } from '../../src/core/summary/model';
import { docxParts } from '../../src/render/packDocx';
import { bodyParagraphXml, headingXml, isBodyText } from '../../src/render/paragraphXml';
import { XmlSlots, slotParagraph } from '../../src/render/xmlSlots';

function documentXml(children: Paragraph[]): string {
  return new TextDecoder().decode(docxParts(new Document({ sections: [{ children }] })).get('word/document.xml'));
}

const runs = (text: string, bold?: boolean, italics?: boolean) => text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, bold, italics }));

test('a body paragraph and a heading written as text are, to the character, what docx writes from its objects', () => {
  const body: ParagraphBlock = {
    kind: 'paragraph',
    runs: [{ text: 'Thực hiện Công văn số 3148 & <CV>; ' }, { text: 'Sở báo cáo', bold: true }, { text: ' như\nsau:', italic: true }, { text: 'x', bold: true, italic: true }, { text: '' }],
  };
  const slots = new XmlSlots();
  const ours = slots.fill(documentXml([slotParagraph(slots, bodyParagraphXml(body) + headingXml({ kind: 'heading', level: 2, text: '1. Văn phòng Sở' }, 'Nd30Heading2'))]));
  const theirs = documentXml([
    new Paragraph({ children: [...runs('Thực hiện Công văn số 3148 & <CV>; '), ...runs('Sở báo cáo', true), ...runs(' như\nsau:', undefined, true), ...runs('x', true, true), ...runs('')] }),
    new Paragraph({ style: 'Nd30Heading2', children: runs('1. Văn phòng Sở') }),
  ]);
  expect(ours).toBe(theirs);
});

test('only paragraphs in the default form (justified, first-line indent) are written as text', () => {
  expect(isBodyText({ kind: 'paragraph', runs: [] })).toBe(true);
  expect(isBodyText({ kind: 'paragraph', runs: [], align: 'justify' })).toBe(true);
  expect(isBodyText({ kind: 'paragraph', runs: [], align: 'center' })).toBe(false);
  expect(isBodyText({ kind: 'paragraph', runs: [], indent: false })).toBe(false);
});
