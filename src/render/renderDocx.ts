/**
 * The summary document model as a .docx, in the format of Decree 30/2020/NĐ-CP (nd30-format.md), with the
 * figures of core ND30: A4, margins, Times New Roman, the heading block, page numbers at the top from page 2,
 * and the appendix in a section of its own, landscape when its table is wide.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  IBorderOptions,
  IParagraphStyleOptions,
  ISectionOptions,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  ParagraphChild,
  SectionType,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { formatNumber } from '../core/numbers';
import { ND30 } from '../core/summary/format';
import type { Alignment, Block, ChartBlock, ParagraphBlock, SummaryDocument, TableBlock } from '../core/summary/model';
import { packDocx } from './packDocx';
import { bodyParagraphXml, headingXml, isBodyText } from './paragraphXml';
import { tableXml } from './tableXml';
import { foldSectionBreaks } from './sectionBreaks';
import { textLines } from '../core/textLines';
import { XmlSlots, slotParagraph } from './xmlSlots';
import { CELL_PAD, PAGE, balancedLines, fitColumns, minimumWidths, mmToTwips, ptToTwips, split, textWidthTwips } from './docxMeasure';
import { bindFigures } from './columnSizing';
import { GroupLayout, bodyParts, groupLayouts } from './pageLayout';

export { balancedLines, fitColumns } from './docxMeasure';

const PORTRAIT_TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
const LANDSCAPE_TEXT_WIDTH = PAGE.height - PAGE.margin.left - PAGE.margin.right;
/** Line spacing of body text: 240 is single. */
const BODY_LINE = Math.round(240 * ND30.lineSpacing);
const SINGLE_LINE = 240;
const SPACE_AFTER = ptToTwips(ND30.spaceAfterPt);
const FIRST_LINE_INDENT = mmToTwips(ND30.firstLineIndentCm * 10);
/** The bar of the largest value spans this many grid columns of the chart table. */
const BAR_STEPS = 24;
/** Bars are dark grey: they print the same on a black-and-white printer. */
const BAR_FILL = '595959';
const BAR_GAP: IBorderOptions = { style: BorderStyle.SINGLE, size: 24, color: 'FFFFFF' };

const SOLID: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

interface RunStyle {
  /** Omitted: the size of the paragraph's style. */
  sizePt?: number;
  bold?: boolean;
  italic?: boolean;
}

/**
 * Runs of a text; line breaks typed in a cell (Alt+Enter) stay line breaks. The font and language come from
 * the document defaults and sizes from the paragraph styles, so a long report stays small and quick to write.
 */
function runs(text: string, style: RunStyle = {}): TextRun[] {
  return textLines(text).map(
    (line, i) =>
      new TextRun({
        text: line,
        break: i > 0 ? 1 : undefined,
        size: style.sizePt === undefined ? undefined : style.sizePt * 2,
        bold: style.bold || undefined,
        italics: style.italic || undefined,
      }),
  );
}

/**
 * Paragraph styles: what every heading and table cell shares is said once, in styles.xml. Body text is the
 * document's default paragraph (justified, first-line indent, 6 pt after, 1.15 lines), so a new paragraph a
 * reader types in Word is body text too, and the thousands of body paragraphs of a long report carry no properties.
 */
export const STYLE = {
  heading1: 'Nd30Heading1',
  heading2: 'Nd30Heading2',
  heading3: 'Nd30Heading3',
  cell: 'Nd30TableText',
  cellCenter: 'Nd30TableTextCenter',
  cellRight: 'Nd30TableTextRight',
  headerCell: 'Nd30TableHeader',
} as const;

const BODY_PARAGRAPH = {
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: FIRST_LINE_INDENT },
  spacing: { before: 0, after: SPACE_AFTER, line: BODY_LINE, lineRule: LineRuleType.AUTO },
};

function paragraphStyles(): IParagraphStyleOptions[] {
  const body = BODY_PARAGRAPH;
  const headingRun = { size: ND30.headingPt * 2 };
  const cell = { spacing: { before: 0, after: 0, line: SINGLE_LINE, lineRule: LineRuleType.AUTO }, indent: { firstLine: 0 } };
  return [
    {
      id: STYLE.heading1,
      name: 'ND30 Heading 1',
      quickFormat: true,
      run: { ...headingRun, bold: true },
      paragraph: { ...body, alignment: AlignmentType.LEFT, keepNext: true, spacing: { ...body.spacing, before: ptToTwips(6) }, outlineLevel: 0 },
    },
    { id: STYLE.heading2, name: 'ND30 Heading 2', quickFormat: true, run: { ...headingRun, bold: true }, paragraph: { ...body, alignment: AlignmentType.LEFT, keepNext: true, outlineLevel: 1 } },
    { id: STYLE.heading3, name: 'ND30 Heading 3', quickFormat: true, run: { ...headingRun, italics: true }, paragraph: { ...body, alignment: AlignmentType.LEFT, keepNext: true, outlineLevel: 2 } },
    { id: STYLE.cell, name: 'ND30 Table Text', quickFormat: true, run: { size: ND30.tablePt * 2 }, paragraph: { ...cell, alignment: AlignmentType.LEFT } },
    { id: STYLE.cellCenter, name: 'ND30 Table Text Centred', basedOn: STYLE.cell, quickFormat: true, run: { size: ND30.tablePt * 2 }, paragraph: { ...cell, alignment: AlignmentType.CENTER } },
    { id: STYLE.cellRight, name: 'ND30 Table Text Right', basedOn: STYLE.cell, quickFormat: true, run: { size: ND30.tablePt * 2 }, paragraph: { ...cell, alignment: AlignmentType.RIGHT } },
    { id: STYLE.headerCell, name: 'ND30 Table Header', basedOn: STYLE.cell, quickFormat: true, run: { size: ND30.tablePt * 2, bold: true }, paragraph: { ...cell, alignment: AlignmentType.CENTER, keepNext: true } },
  ];
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

interface LineOptions {
  align?: Alignment;
  before?: number;
  after?: number;
  line?: number;
  keepNext?: boolean;
  indentFirstLine?: boolean;
}

function paragraph(children: ParagraphChild[], options: LineOptions = {}): Paragraph {
  return new Paragraph({
    children,
    alignment: ALIGN[options.align ?? 'center'],
    spacing: { before: options.before ?? 0, after: options.after ?? 0, line: options.line ?? SINGLE_LINE, lineRule: LineRuleType.AUTO },
    indent: { firstLine: options.indentFirstLine ? FIRST_LINE_INDENT : 0 },
    keepNext: options.keepNext,
  });
}

/** A solid rule `length` twips long, centred in a space `room` twips wide: a bordered empty paragraph. */
function rule(length: number, room: number, before = 0): Paragraph {
  const side = Math.max(0, Math.round((room - length) / 2));
  return new Paragraph({
    children: [],
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side, firstLine: 0 },
    spacing: { before, after: 0, line: SINGLE_LINE, lineRule: LineRuleType.AUTO },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 4, font: ND30.font },
  });
}

/** Cell padding is set once per table (w:tblCellMar), not per cell: reports have tens of thousands of cells. */
const CELL_MARGINS = { left: CELL_PAD, right: CELL_PAD, top: 28, bottom: 28 };
const NO_MARGINS = { left: 0, right: 0, top: 0, bottom: 0 };

function cell(children: Paragraph[], width: number, verticalAlign?: (typeof VerticalAlignTable)[keyof typeof VerticalAlignTable]): TableCell {
  return new TableCell({
    children: children.length ? children : [new Paragraph({ style: STYLE.cell, children: [] })],
    width: { size: width, type: WidthType.DXA },
    verticalAlign,
  });
}

function borderlessTable(widths: number[], rows: TableCell[][], padded: boolean): Table {
  return new Table({
    width: { size: widths.reduce((s, x) => s + x, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: padded ? CELL_MARGINS : NO_MARGINS,
    rows: rows.map((cells) => new TableRow({ children: cells, cantSplit: true })),
  });
}

/** Heading block: agency left (about 40 %), national title and motto right, each with its rule; then Số and place-date. */
function headingBlock(doc: SummaryDocument, width: number): Table {
  const h = ND30.heading;
  const widths = split(width, [h.leftColumnPercent, 100 - h.leftColumnPercent]);
  const parentLines = balancedLines(doc.heading.parentAgency, h.parentAgencyPt, false, widths[0]);
  const agencyLines = balancedLines(doc.heading.agency, h.agencyPt, true, widths[0]);
  // The rule under the agency: 1/3 to 1/2 of its text; under the motto: as long as the motto.
  const agencyRule = Math.min(widths[0], Math.max(...agencyLines.map((l) => textWidthTwips(l, h.agencyPt, true)))) * 0.4;
  const mottoRule = Math.min(widths[1], textWidthTwips(doc.heading.motto, h.mottoPt, true));
  const left = [paragraph(runs(parentLines.join('\n'), { sizePt: h.parentAgencyPt })), paragraph(runs(agencyLines.join('\n'), { sizePt: h.agencyPt, bold: true })), rule(agencyRule, widths[0], ptToTwips(1))];
  const right = [paragraph(runs(doc.heading.nationalTitle, { sizePt: h.nationalTitlePt, bold: true })), paragraph(runs(doc.heading.motto, { sizePt: h.mottoPt, bold: true })), rule(mottoRule, widths[1], ptToTwips(1))];
  const numberLine = [paragraph(runs(doc.heading.number, { sizePt: h.numberPt }), { before: ptToTwips(6) })];
  const placeDate = [paragraph(runs(doc.heading.placeDate, { sizePt: h.placeDatePt, italic: true }), { before: ptToTwips(6) })];
  return borderlessTable(
    widths,
    [
      [cell(left, widths[0]), cell(right, widths[1])],
      [cell(numberLine, widths[0]), cell(placeDate, widths[1])],
    ],
    false,
  );
}

/** BÁO CÁO, the subject line, and the short rule under it. */
function title(doc: SummaryDocument, width: number): Paragraph[] {
  const subjectWidth = Math.min(width, textWidthTwips(doc.subject, ND30.subjectPt, true));
  return [
    paragraph(runs(doc.documentType, { sizePt: ND30.documentTypePt, bold: true }), { before: ptToTwips(18), keepNext: true }),
    paragraph(runs(doc.subject, { sizePt: ND30.subjectPt, bold: true }), { keepNext: true }),
    rule(Math.round(Math.min(subjectWidth, width) / 3), width, ptToTwips(3)),
    paragraph([], { after: ptToTwips(12) }),
  ];
}

function bodyParagraph(block: ParagraphBlock, keepNext?: boolean): Paragraph {
  const align = block.align ?? 'justify';
  return new Paragraph({
    children: block.runs.flatMap((r) => runs(r.text, { bold: r.bold, italic: r.italic })),
    alignment: align === 'justify' ? undefined : ALIGN[align],
    indent: block.indent === false ? { firstLine: 0 } : undefined,
    keepNext,
  });
}

/** The body's last part, its closing sentence kept on the page of Nơi nhận and the signature (never a signature alone on a page). */
function closingPart(blocks: Block[], width: number, slots: XmlSlots, layouts: Map<string, GroupLayout>): (Table | Paragraph)[] {
  const last = blocks[blocks.length - 1];
  if (!last || last.kind !== 'paragraph') return renderBlocks(blocks, width, slots, layouts);
  return [...renderBlocks(blocks.slice(0, -1), width, slots, layouts), bodyParagraph(last, true)];
}

function cellStyle(align: Alignment): string {
  return align === 'right' ? STYLE.cellRight : align === 'center' ? STYLE.cellCenter : STYLE.cell;
}

function tableCellParagraph(text: string, align: Alignment, header: boolean): Paragraph {
  return new Paragraph({ style: header ? STYLE.headerCell : cellStyle(align), children: text === '' ? [] : runs(text) });
}

/**
 * A data table: written as XML text (tableXml.ts), a placeholder paragraph where it goes. A table of a width group
 * takes the group's widths, and its figures are bound so that they never break inside a value (columnSizing.ts).
 */
function table(block: TableBlock, width: number, slots: XmlSlots, group?: GroupLayout): (Table | Paragraph)[] {
  const widths =
    group?.widths ??
    fitColumns(
      block.columns.map((c) => c.width),
      minimumWidths(block, width),
      width,
    );
  const cellText = (text: string, i: number) => (group ? bindFigures(text, block.columns[i].align) : text);
  const xml = tableXml({
    widths,
    borderSize: SOLID.size!,
    margins: CELL_MARGINS,
    header: block.columns.map((c) => ({ text: c.header, style: STYLE.headerCell })),
    rows: block.rows.map((row) => block.columns.map((c, i) => ({ text: cellText(row[i] ?? '', i), style: cellStyle(c.align) }))),
  });
  return [slotParagraph(slots, xml), paragraph([], { after: SPACE_AFTER })];
}

/**
 * A bar chart drawn as a table, which Google's import keeps as it is (an image would need a drawing it may
 * move): label | the bar: shaded cells spanning as many of BAR_STEPS equal grid columns as the value's share
 * of the largest | the value. No bar for a zero.
 */
function chart(block: ChartBlock, width: number): (Table | Paragraph)[] {
  const max = Math.max(0, ...block.bars.map((b) => b.value));
  if (block.bars.length === 0 || max <= 0) return [bodyParagraph({ kind: 'paragraph', runs: [{ text: block.fallback }] })];
  const [labelWidth, barWidth, valueWidth] = split(width, [35, 52, 13]);
  const steps = split(barWidth, Array(BAR_STEPS).fill(1));
  const span = (from: number, count: number) => steps.slice(from, from + count).reduce((s, w) => s + w, 0);
  const rows = block.bars.map((bar) => {
    const filled = bar.value > 0 ? Math.max(1, Math.round((bar.value / max) * BAR_STEPS)) : 0;
    const bar_: TableCell[] = [];
    if (filled > 0) bar_.push(barCell(span(0, filled), filled, true));
    if (filled < BAR_STEPS) bar_.push(barCell(span(filled, BAR_STEPS - filled), BAR_STEPS - filled, false));
    return [
      cell([tableCellParagraph(bar.label, 'left', false)], labelWidth, VerticalAlignTable.CENTER),
      ...bar_,
      cell([tableCellParagraph(formatNumber(bar.value), 'right', false)], valueWidth, VerticalAlignTable.CENTER),
    ];
  });
  return [
    new Paragraph({ style: STYLE.headerCell, children: runs(block.title), spacing: { after: ptToTwips(3) } }),
    borderlessTable([labelWidth, ...steps, valueWidth], rows, true),
    paragraph([], { after: SPACE_AFTER }),
  ];
}

/** A piece of a bar: `columns` grid columns wide, shaded when `filled`. */
function barCell(width: number, columns: number, filled: boolean): TableCell {
  return new TableCell({
    children: [new Paragraph({ style: STYLE.cell, children: [] })],
    width: { size: width, type: WidthType.DXA },
    columnSpan: columns > 1 ? columns : undefined,
    shading: filled ? { type: ShadingType.CLEAR, color: 'auto', fill: BAR_FILL } : undefined,
    // A white rule above and below keeps the bars of adjacent rows apart.
    borders: filled ? { top: BAR_GAP, bottom: BAR_GAP } : undefined,
    margins: { top: 57, bottom: 57, left: 0, right: 0 },
  });
}

const HEADING_STYLES = [STYLE.heading1, STYLE.heading2, STYLE.heading3] as const;

/** The blocks in order; runs of headings and body text go as XML text (paragraphXml.ts), one placeholder per run. */
export function renderBlocks(blocks: Block[], width: number, slots: XmlSlots, groups = groupLayouts(blocks, width, null)): (Table | Paragraph)[] {
  const out: (Table | Paragraph)[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push(slotParagraph(slots, text));
    text = '';
  };
  for (const block of blocks) {
    if (block.kind === 'heading') text += headingXml(block, HEADING_STYLES[block.level - 1], width - FIRST_LINE_INDENT);
    else if (block.kind === 'paragraph' && isBodyText(block)) text += bodyParagraphXml(block);
    else {
      flush();
      if (block.kind === 'paragraph') out.push(bodyParagraph(block));
      else if (block.kind === 'table') {
        // A table whose columns differ from its group's (pageLayout.ts leaves it out of the group) is sized on its own.
        const group = block.widthGroup ? groups.get(block.widthGroup) : undefined;
        out.push(...table(block, width, slots, group?.widths.length === block.columns.length ? group : undefined));
      } else out.push(...chart(block, width));
    }
  }
  flush();
  return out;
}

/** Nơi nhận on the left, the signature on the right, in a borderless table. */
function closing(doc: SummaryDocument, width: number): (Table | Paragraph)[] {
  const widths = split(width, [ND30.heading.leftColumnPercent, 100 - ND30.heading.leftColumnPercent]);
  const c = doc.closing;
  const left = [
    paragraph(runs(c.recipientsLabel, { sizePt: ND30.recipientsLabelPt, bold: true, italic: true }), { align: 'left' }),
    ...c.recipients.map((line) => paragraph(runs(line, { sizePt: ND30.recipientsPt }), { align: 'left' })),
  ];
  const right = [
    ...c.authority.map((line) => paragraph(runs(line.toLocaleUpperCase('vi'), { sizePt: ND30.signaturePt, bold: true }))),
    paragraph(runs(c.signerName, { sizePt: ND30.signaturePt, bold: true }), { before: mmToTwips(25) }),
  ];
  return [paragraph([], { after: ptToTwips(6), keepNext: true }), borderlessTable(widths, [[cell(left, widths[0]), cell(right, widths[1])]], false)];
}

function appendix(doc: SummaryDocument, width: number, slots: XmlSlots): (Table | Paragraph)[] {
  const a = doc.appendix;
  return [
    paragraph(runs(a.label, { sizePt: ND30.appendixLabelPt, bold: true }), { keepNext: true }),
    paragraph(runs(a.title.toLocaleUpperCase('vi'), { sizePt: ND30.appendixLabelPt, bold: true }), { keepNext: true }),
    paragraph(runs(a.subtitle, { sizePt: ND30.appendixLabelPt, italic: true }), { after: ptToTwips(12), keepNext: true }),
    ...renderBlocks(a.blocks, width, slots),
  ];
}

/** Page numbers: Arabic, centred in the top margin. */
function pageNumberHeader(): Header {
  return new Header({
    children: [paragraph([new TextRun({ children: [PageNumber.CURRENT], size: ND30.pageNumberPt * 2 })])],
  });
}

const PORTRAIT_PAGE = { size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT }, margin: PAGE.margin };
const LANDSCAPE_PAGE = { size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE }, margin: PAGE.margin };

/** A section after the first: a new page, portrait or landscape, numbered on from the one before. */
function nextSection(landscape: boolean, children: (Table | Paragraph)[]): ISectionOptions {
  return {
    properties: { type: SectionType.NEXT_PAGE, titlePage: false, page: landscape ? LANDSCAPE_PAGE : PORTRAIT_PAGE },
    headers: { default: pageNumberHeader() },
    children,
  };
}

/**
 * The body's sections: the first opens with the heading block and the title, the last closes with Nơi nhận and the
 * signature; a width group too wide for the portrait page (the tables of section I) is a landscape section between.
 */
function bodySections(doc: SummaryDocument, slots: XmlSlots): ISectionOptions[] {
  const layouts = groupLayouts(doc.body, PORTRAIT_TEXT_WIDTH, LANDSCAPE_TEXT_WIDTH);
  const parts = bodyParts(doc.body, layouts);
  return parts.map((part, i) => {
    const width = part.landscape ? LANDSCAPE_TEXT_WIDTH : PORTRAIT_TEXT_WIDTH;
    const last = i === parts.length - 1;
    const children = [
      ...(i === 0 ? [headingBlock(doc, width), ...title(doc, width)] : []),
      ...(last ? closingPart(part.blocks, width, slots, layouts) : renderBlocks(part.blocks, width, slots, layouts)),
      ...(last ? closing(doc, width) : []),
    ];
    if (i > 0) return nextSection(part.landscape, children);
    return {
      properties: { titlePage: true, page: PORTRAIT_PAGE },
      // The first page carries no number (Decree 30): an empty first-page header.
      headers: { default: pageNumberHeader(), first: new Header({ children: [paragraph([])] }) },
      children,
    };
  });
}

/** The report as a docx Document whose data tables are placeholders filled from `slots` (see renderDocx). */
export function summaryDocx(doc: SummaryDocument, slots: XmlSlots): Document {
  const landscape = doc.appendix.landscape;
  const appendixWidth = landscape ? LANDSCAPE_TEXT_WIDTH : PORTRAIT_TEXT_WIDTH;
  return new Document({
    title: doc.fileName,
    // A line ending in a manual break inside a justified paragraph is not stretched (Word, LibreOffice).
    compatibility: { doNotExpandShiftReturn: true },
    creator: doc.heading.agency,
    description: doc.subject,
    styles: {
      default: {
        document: {
          run: { font: ND30.font, size: ND30.bodyPt * 2, language: { value: 'vi-VN' } },
          paragraph: BODY_PARAGRAPH,
        },
      },
      paragraphStyles: paragraphStyles(),
    },
    sections: [...bodySections(doc, slots), nextSection(landscape, appendix(doc, appendixWidth, slots))],
  });
}

/** The report as the bytes of a .docx file: what the command line writes and what Apps Script uploads to Drive. */
export function renderDocx(doc: SummaryDocument): Uint8Array {
  const slots = new XmlSlots();
  return packDocx(summaryDocx(doc, slots), { 'word/document.xml': (xml) => foldSectionBreaks(slots.fill(xml)) });
}
