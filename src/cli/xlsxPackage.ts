/**
 * An .xlsx package rewritten into the one layout exceljs expects (Excel's own), before exceljs reads it.
 * Other programs write well-formed packages laid out differently: openpyxl gives absolute relationship targets
 * and keeps comments under xl/comments/, others name or order their parts their own way. exceljs finds parts by
 * fixed names, and a note it cannot find makes it throw ("reading 'comments'"). Here every part is found the way
 * the format says — through the relationships — and copied under Excel's names, their XML in Excel's spelling
 * (partXml.ts); what the reading does not need
 * (notes, drawings, tables, printer settings) is left out, so a part nobody needs can never stop the reading.
 */
import * as path from 'path';
import JSZip from 'jszip';
import { canonicalSheetXml, unprefixed } from './partXml';

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

const TYPE_END = {
  officeDocument: '/officeDocument',
  coreProperties: '/core-properties',
  worksheet: '/worksheet',
  styles: '/styles',
  sharedStrings: '/sharedStrings',
  hyperlink: '/hyperlink',
};

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

function encode(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** The relationships of a .rels part, whatever the order or quoting of their attributes. */
export function parseRelationships(xml: string): Relationship[] {
  const out: Relationship[] = [];
  for (const m of xml.matchAll(/<(?:[\w-]+:)?Relationship\b([^>]*?)\/?>/g)) {
    const attributes: Record<string, string> = {};
    for (const a of m[1].matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attributes[a[1]] = decode(a[2] ?? a[3] ?? '');
    if (!attributes.Id || !attributes.Type) continue;
    out.push({ id: attributes.Id, type: attributes.Type, target: attributes.Target ?? '', external: /^external$/i.test(attributes.TargetMode ?? '') });
  }
  return out;
}

/** A relationship's target as a part name: absolute ("/xl/…") from the root, else relative to the source's folder. */
export function resolveTarget(sourcePart: string, target: string): string {
  const clean = decodeURIComponent(target.trim().replace(/\\/g, '/'));
  const joined = clean.startsWith('/') ? clean : path.posix.join(path.posix.dirname(sourcePart), clean);
  return path.posix.normalize(joined).replace(/^(\.\.\/|\/)+/, '');
}

/** The .rels part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
function relsPartOf(part: string): string {
  const dir = path.posix.dirname(part);
  return `${dir === '.' ? '' : `${dir}/`}_rels/${path.posix.basename(part)}.rels`;
}

/** Parts by name, case-insensitively as the format says, without a leading slash. */
function partIndex(zip: JSZip): Map<string, JSZip.JSZipObject> {
  const index = new Map<string, JSZip.JSZipObject>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) index.set(entry.name.replace(/^\/+/, '').toLowerCase(), entry);
  return index;
}

function relsXml(rels: Relationship[]): string {
  const items = rels.map((r) => `<Relationship Id="${encode(r.id)}" Type="${encode(r.type)}" Target="${encode(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export class PackageProblem extends Error {}

/**
 * The package laid out as Excel lays it out, holding only what the reading uses: the workbook, its sheets
 * (with their hyperlinks), styles, shared strings and the document properties (the save time).
 * Throws PackageProblem (in English, the technical detail) when the package has no workbook at all.
 */
export async function canonicalXlsx(zip: JSZip): Promise<Buffer> {
  const parts = partIndex(zip);
  const text = async (name: string): Promise<string | null> => {
    const entry = parts.get(name.toLowerCase());
    return entry ? entry.async('string') : null;
  };
  const relsOf = async (part: string): Promise<Relationship[]> => {
    const xml = await text(relsPartOf(part));
    return xml ? parseRelationships(xml) : [];
  };
  const ofType = (rels: Relationship[], end: string) => rels.filter((r) => !r.external && r.type.endsWith(end));

  const root = await relsOf('');
  const workbookPart = ofType(root, TYPE_END.officeDocument).map((r) => resolveTarget('', r.target))[0] ?? 'xl/workbook.xml';
  const workbookXml = await text(workbookPart);
  if (workbookXml === null) throw new PackageProblem(`no workbook part (${workbookPart})`);
  const corePart = ofType(root, TYPE_END.coreProperties).map((r) => resolveTarget('', r.target))[0] ?? 'docProps/core.xml';

  const out = new JSZip();
  out.file(
    '_rels/.rels',
    relsXml([
      { id: 'rId1', type: `${REL}/officeDocument`, target: 'xl/workbook.xml', external: false },
      { id: 'rId2', type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', target: 'docProps/core.xml', external: false },
    ]),
  );
  out.file('xl/workbook.xml', unprefixed(workbookXml));
  const core = await text(corePart);
  if (core !== null) out.file('docProps/core.xml', core);

  const workbookRels: Relationship[] = [];
  let sheetNumber = 0;
  for (const rel of await relsOf(workbookPart)) {
    if (rel.external) continue;
    const source = resolveTarget(workbookPart, rel.target);
    const content = await text(source);
    if (content === null) continue;
    if (rel.type.endsWith(TYPE_END.worksheet)) {
      sheetNumber++;
      const name = `worksheets/sheet${sheetNumber}.xml`;
      out.file(`xl/${name}`, canonicalSheetXml(content));
      workbookRels.push({ ...rel, target: name });
      // A sheet keeps only its hyperlinks: the cell's text is read through them.
      const links = (await relsOf(source)).filter((r) => r.type.endsWith(TYPE_END.hyperlink));
      if (links.length) out.file(`xl/worksheets/_rels/sheet${sheetNumber}.xml.rels`, relsXml(links));
    } else if (rel.type.endsWith(TYPE_END.styles)) {
      out.file('xl/styles.xml', unprefixed(content));
      workbookRels.push({ ...rel, target: 'styles.xml' });
    } else if (rel.type.endsWith(TYPE_END.sharedStrings)) {
      out.file('xl/sharedStrings.xml', unprefixed(content));
      workbookRels.push({ ...rel, target: 'sharedStrings.xml' });
    }
  }
  out.file('xl/_rels/workbook.xml.rels', relsXml(workbookRels));
  return out.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}
