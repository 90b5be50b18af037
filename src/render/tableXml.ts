/**
 * The report's data tables as WordprocessingML, written directly as text.
 *
 * A report of 30 divisions × 50 rows has some 60,000 table cells; built as docx objects (cell, properties,
 * width, paragraph, properties, style, run, text: a dozen objects each) they cost most of the time of
 * packing the .docx, nearly all of it garbage collection, in Node and in Apps Script alike. The cells of a
 * data table are all alike, so they are written here as strings, in exactly the form docx writes them:
 * explicit borders on the table (Google's import keeps those, not table styles), fixed column widths in
 * the grid and on every cell, the header row repeated, rows kept whole, each cell one paragraph in one of
 * the table paragraph styles. The renderer puts a placeholder where each table goes (xmlSlots.ts).
 */
import { textLines } from '../core/textLines';
import { escapeXml } from './xmlSlots';

export interface TableXmlOptions {
  /** Column widths in twips (the grid); the table is as wide as their sum. */
  widths: number[];
  /** Border width in eighths of a point (w:sz), black, single. */
  borderSize: number;
  /** Cell margins in twips. */
  margins: { top: number; left: number; bottom: number; right: number };
  header: { text: string; style: string }[];
  rows: { text: string; style: string }[][];
}

/** A cell's runs, as runs() in renderDocx writes them: line breaks typed in a cell stay line breaks; none for ''. */
function runsXml(text: string): string {
  if (text === '') return '';
  return textLines(text)
    .map((line, i) => `<w:r>${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`)
    .join('');
}

function cellXml(text: string, style: string, width: number, centred: boolean): string {
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${centred ? '<w:vAlign w:val="center"/>' : ''}</w:tcPr>` + `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${runsXml(text)}</w:p></w:tc>`;
}

export function tableXml(t: TableXmlOptions): string {
  const border = (side: string) => `<w:${side} w:val="single" w:color="000000" w:sz="${t.borderSize}"/>`;
  const total = t.widths.reduce((s, w) => s + w, 0);
  const m = t.margins;
  const parts: string[] = [
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/>`,
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`,
    '<w:tblLayout w:type="fixed"/>',
    `<w:tblCellMar><w:top w:type="dxa" w:w="${m.top}"/><w:left w:type="dxa" w:w="${m.left}"/><w:bottom w:type="dxa" w:w="${m.bottom}"/><w:right w:type="dxa" w:w="${m.right}"/></w:tblCellMar></w:tblPr>`,
    `<w:tblGrid>${t.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
    `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${t.header.map((c, i) => cellXml(c.text, c.style, t.widths[i], true)).join('')}</w:tr>`,
  ];
  for (const row of t.rows) parts.push(`<w:tr><w:trPr><w:cantSplit/></w:trPr>${row.map((c, i) => cellXml(c.text, c.style, t.widths[i], false)).join('')}</w:tr>`);
  parts.push('</w:tbl>');
  return parts.join('');
}
