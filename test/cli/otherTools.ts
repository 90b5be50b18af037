/**
 * .xlsx files as other programs write them, built by hand with jszip so that no library under test shapes them:
 * openpyxl (absolute relationship targets, inline strings, comments under xl/comments/, no app.xml),
 * LibreOffice (shared strings, relative targets, comments beside the workbook), Google Sheets' download
 * (bare styles without cellStyleXfs, no document properties, so no save time), WPS Office (Excel's layout,
 * relationships in another order and an app.xml of its own), .NET's Open XML SDK (every element under an "x:"
 * prefix, relationships under "rel:", rows and cells without their address) and Strict Open XML (ISO dates, t="d",
 * and the purl.oclc.org namespaces).
 */
import JSZip from 'jszip';
import type { CellValue } from '../../src/core/grid';

export type Tool = 'openpyxl' | 'libreoffice' | 'googleSheets' | 'wps' | 'openXmlSdk' | 'strict';
export const TOOLS: Tool[] = ['openpyxl', 'libreoffice', 'googleSheets', 'wps', 'openXmlSdk', 'strict'];

export interface ToolSheet {
  name: string;
  rows: CellValue[][];
  /** Notes on cells, as the form's column headers carry them: A1 → text. */
  comments?: Record<string, string>;
  hidden?: boolean;
}

export interface ToolOptions {
  /** The save time written in docProps/core.xml (Google Sheets writes none). */
  modified?: Date;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STRICT_NS = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

/** The part's XML as the tool spells it: the Open XML SDK prefixes every element; Strict uses other namespaces. */
function spelled(tool: Tool, xml: string): string {
  if (tool === 'strict') return xml.split(NS).join(STRICT_NS).split(REL).join(STRICT_REL);
  if (tool !== 'openXmlSdk') return xml;
  return xml
    .replace(/<(\/?)([A-Za-z]\w*)(?=[\s/>])/g, '<$1x:$2')
    .replace(` xmlns="${NS}"`, ` xmlns:x="${NS}"`)
    .replace(` xmlns:r="${REL}"`, ` xmlns:rel="${REL}"`)
    .replace(/ r:id=/g, ' rel:id=');
}
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function columnLetters(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Excel's serial day number of an ISO day. */
function serial(iso: string): number {
  const [, y, m, d] = ISO_DAY.exec(iso)!.map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
}

function sheetXml(tool: Tool, rows: CellValue[][], strings: string[], withNotes: boolean): string {
  const out: string[] = [];
  // The Open XML SDK writes no addresses: every cell up to the last one of its row, and every row, in order.
  const positional = tool === 'openXmlSdk';
  rows.forEach((row, r) => {
    const cells: string[] = [];
    const last = row.reduce<number>((l, v, i) => (v === '' || v === null || v === undefined ? l : i), -1);
    row.forEach((cell, c) => {
      const value = cell instanceof Date ? cell.toISOString().slice(0, 10) : cell;
      const ref = positional ? '' : ` r="${columnLetters(c + 1)}${r + 1}"`;
      if (value === '' || value === null || value === undefined) {
        if (positional && c < last) cells.push('<c/>');
        return;
      }
      if (typeof value === 'number') cells.push(`<c${ref}${tool === 'libreoffice' ? ' s="0" t="n"' : ''}><v>${value}</v></c>`);
      else if (typeof value === 'boolean') cells.push(`<c${ref} t="b"><v>${value ? 1 : 0}</v></c>`);
      else if (ISO_DAY.test(value) && tool === 'strict') cells.push(`<c${ref} s="1" t="d"><v>${value}T00:00:00</v></c>`);
      else if (ISO_DAY.test(value)) cells.push(`<c${ref} s="1"><v>${serial(value)}</v></c>`);
      else if (tool === 'openpyxl') cells.push(`<c${ref} t="inlineStr"><is><t xml:space="preserve">${esc(value)}</t></is></c>`);
      else {
        let i = strings.indexOf(value);
        if (i < 0) i = strings.push(value) - 1;
        cells.push(`<c${ref} t="s"><v>${i}</v></c>`);
      }
    });
    if (cells.length) out.push(`<row${positional ? '' : ` r="${r + 1}"`}>${cells.join('')}</row>`);
    else if (positional) out.push('<row/>');
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${REL}"><sheetPr><outlinePr summaryBelow="1" summaryRight="1"/></sheetPr><sheetData>${out.join('')}</sheetData><pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/>${withNotes ? '<legacyDrawing r:id="anysvml"/>' : ''}</worksheet>`;
}

function commentsXml(comments: Record<string, string>): string {
  const list = Object.entries(comments)
    .map(([ref, text]) => `<comment ref="${ref}" authorId="0"><text><t>${esc(text)}</t></text></comment>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${NS}"><authors><author>Văn phòng</author></authors><commentList>${list}</commentList></comments>`;
}

function vmlXml(comments: Record<string, string>): string {
  const shapes = Object.keys(comments)
    .map((ref) => {
      const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
      const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      return `<v:shape type="#_x0000_t202" style="visibility:hidden"><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>1, 15, 0, 2, 3, 15, 3, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${Number(m[2]) - 1}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;
    })
    .join('');
  return `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">${shapes}</xml>`;
}

function relsXml(tool: Tool, rels: { id: string; type: string; target: string }[]): string {
  const base = tool === 'strict' ? STRICT_REL : REL;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}">${rels.map((r) => `<Relationship Id="${r.id}" Type="${base}/${r.type}" Target="${r.target}"/>`).join('')}</Relationships>`;
}

function stylesXml(tool: Tool): string {
  const fonts =
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>';
  if (tool === 'googleSheets') {
    // Google's download: a custom date format, no cellStyleXfs, no cellStyles.
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>${fonts}<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS}">${fonts}<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
}

function coreXml(modified: Date): string {
  const at = modified.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>openpyxl</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified></cp:coreProperties>`;
}

/** Bytes of an .xlsx laid out as `tool` lays it out. */
export async function toolXlsx(tool: Tool, sheets: ToolSheet[], options: ToolOptions = {}): Promise<Buffer> {
  const zip = new JSZip();
  const strings: string[] = [];
  // openpyxl writes absolute targets ("/xl/worksheets/sheet1.xml"); the others relative ones.
  const abs = tool === 'openpyxl';
  const overrides: string[] = [];
  const workbookRels: { id: string; type: string; target: string }[] = [];
  sheets.forEach((sheet, i) => {
    const n = i + 1;
    zip.file(`xl/worksheets/sheet${n}.xml`, spelled(tool, sheetXml(tool, sheet.rows, strings, Boolean(sheet.comments && Object.keys(sheet.comments).length))));
    overrides.push(`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
    workbookRels.push({ id: `rId${n}`, type: 'worksheet', target: abs ? `/xl/worksheets/sheet${n}.xml` : `worksheets/sheet${n}.xml` });
    const sheetRels = [];
    if (sheet.comments && Object.keys(sheet.comments).length) {
      const commentsPart = tool === 'openpyxl' ? `xl/comments/comment${n}.xml` : `xl/comments${n}.xml`;
      const vmlPart = tool === 'openpyxl' ? `xl/drawings/commentsDrawing${n}.vml` : `xl/drawings/vmlDrawing${n}.vml`;
      zip.file(commentsPart, commentsXml(sheet.comments));
      zip.file(vmlPart, vmlXml(sheet.comments));
      sheetRels.push({ id: 'anysvml', type: 'vmlDrawing', target: abs ? `/${vmlPart}` : `../${vmlPart.slice(3)}` });
      sheetRels.push({ id: 'comments', type: 'comments', target: abs ? `/${commentsPart}` : `../${commentsPart.slice(3)}` });
    }
    if (sheetRels.length) zip.file(`xl/worksheets/_rels/sheet${n}.xml.rels`, relsXml(tool, sheetRels));
  });
  const sheetList = sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`).join('');
  zip.file(
    'xl/workbook.xml',
    spelled(
      tool,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS}" xmlns:r="${REL}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheetList}</sheets><calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>`,
    ),
  );
  const k = sheets.length;
  workbookRels.push({ id: `rId${k + 1}`, type: 'styles', target: abs ? '/xl/styles.xml' : 'styles.xml' });
  zip.file('xl/styles.xml', spelled(tool, stylesXml(tool)));
  if (strings.length) {
    workbookRels.push({ id: `rId${k + 2}`, type: 'sharedStrings', target: 'sharedStrings.xml' });
    zip.file(
      'xl/sharedStrings.xml',
      spelled(
        tool,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`,
      ),
    );
  }
  // WPS lists the relationships in another order than Excel.
  zip.file('xl/_rels/workbook.xml.rels', relsXml(tool, tool === 'wps' ? [...workbookRels].reverse() : workbookRels));
  const rootRels = [{ id: 'rId1', type: 'officeDocument', target: abs ? '/xl/workbook.xml' : 'xl/workbook.xml' }];
  if (tool !== 'googleSheets' && options.modified) {
    zip.file('docProps/core.xml', coreXml(options.modified));
    rootRels.push({ id: 'rId2', type: 'metadata/core-properties', target: abs ? '/docProps/core.xml' : 'docProps/core.xml' });
  }
  if (tool === 'wps') {
    zip.file(
      'docProps/app.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>WPS Spreadsheets</Application></Properties>',
    );
    rootRels.push({ id: 'rId3', type: 'extended-properties', target: 'docProps/app.xml' });
  }
  zip.file('_rels/.rels', relsXml(tool, rootRels).replace(`${tool === 'strict' ? STRICT_REL : REL}/metadata/core-properties`, 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties'));
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides.join('')}</Types>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
