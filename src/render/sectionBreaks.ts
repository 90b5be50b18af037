/**
 * Section breaks carried by the paragraph they end, as Word writes them. docx puts each section's properties in an
 * empty paragraph of its own after the section's last block; when that block fills its page to the bottom, the empty
 * paragraph goes on to a page of its own and the report gets a blank page before the next section (seen on the sample:
 * section I's overview ends page 1 and page 2 was empty). Where the section ends with a paragraph, its properties are
 * moved into that paragraph; after a table (which a paragraph must follow anyway) the empty paragraph stays.
 */
const BREAK = /<w:p><w:pPr>(<w:sectPr>(?:(?!<\/w:sectPr>)[\s\S])*<\/w:sectPr>)<\/w:pPr><\/w:p>/g;

/** The start of the paragraph that ends at `end` (exclusive), or -1 when the XML before `end` does not end a paragraph. */
function paragraphStart(xml: string, end: number): number {
  if (!xml.startsWith('</w:p>', end - '</w:p>'.length)) return -1;
  return Math.max(xml.lastIndexOf('<w:p>', end - 1), xml.lastIndexOf('<w:p ', end - 1));
}

/** The paragraph `p` with the section properties `sectPr` as the last of its paragraph properties. */
function withSectionProperties(p: string, sectPr: string): string {
  const open = p.startsWith('<w:p>') ? '<w:p>'.length : p.indexOf('>') + 1;
  if (p.startsWith('<w:pPr>', open)) {
    const close = p.indexOf('</w:pPr>', open);
    return `${p.slice(0, close)}${sectPr}${p.slice(close)}`;
  }
  if (p.startsWith('<w:pPr/>', open)) return `${p.slice(0, open)}<w:pPr>${sectPr}</w:pPr>${p.slice(open + '<w:pPr/>'.length)}`;
  return `${p.slice(0, open)}<w:pPr>${sectPr}</w:pPr>${p.slice(open)}`;
}

export function foldSectionBreaks(documentXml: string): string {
  let out = '';
  let last = 0;
  for (const m of documentXml.matchAll(BREAK)) {
    const at = m.index!;
    const start = paragraphStart(documentXml, at);
    if (start < last) continue;
    out += documentXml.slice(last, start) + withSectionProperties(documentXml.slice(start, at), m[1]);
    last = at + m[0].length;
  }
  return out + documentXml.slice(last);
}
