/**
 * Reads a .docx back with jszip and @xmldom/xmldom, independently of the docx package that wrote it:
 * what Word and LibreOffice will see (section properties, styles, paragraphs and their runs).
 */
import JSZip from 'jszip';
import { DOMParser, Element } from '@xmldom/xmldom';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface ReadDocx {
  zip: JSZip;
  document: Element;
  styles: Element;
  /** Header XML roots by relationship id. */
  headers: Map<string, Element>;
}

async function xml(zip: JSZip, name: string): Promise<Element> {
  const file = zip.file(name);
  if (!file) throw new Error(`${name} is missing from the .docx`);
  return new DOMParser().parseFromString(await file.async('string'), 'text/xml').documentElement as unknown as Element;
}

export async function readDocx(bytes: Buffer | Uint8Array): Promise<ReadDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const document = await xml(zip, 'word/document.xml');
  const styles = await xml(zip, 'word/styles.xml');
  const rels = await xml(zip, 'word/_rels/document.xml.rels');
  const headers = new Map<string, Element>();
  for (const rel of all(rels, 'Relationship', null)) {
    if ((rel.getAttribute('Type') ?? '').endsWith('/header')) headers.set(rel.getAttribute('Id')!, await xml(zip, `word/${rel.getAttribute('Target')}`));
  }
  return { zip, document, styles, headers };
}

/** Descendants by local name in the w: namespace (or any namespace when ns is null). */
export function all(node: Element, localName: string, ns: string | null = W): Element[] {
  const list = ns ? node.getElementsByTagNameNS(ns, localName) : node.getElementsByTagName(localName);
  const out: Element[] = [];
  for (let i = 0; i < list.length; i++) out.push(list.item(i) as Element);
  return out;
}

export function child(node: Element, localName: string): Element | null {
  for (let n = node.firstChild; n; n = n.nextSibling) {
    if ((n as Element).localName === localName && (n as Element).namespaceURI === W) return n as Element;
  }
  return null;
}

export function children(node: Element, localName: string): Element[] {
  const out: Element[] = [];
  for (let n = node.firstChild; n; n = n.nextSibling) if ((n as Element).localName === localName && (n as Element).namespaceURI === W) out.push(n as Element);
  return out;
}

export function attr(node: Element | null, name: string): string | null {
  return node ? node.getAttributeNS(W, name) || node.getAttribute(`w:${name}`) || null : null;
}

/** The text of a paragraph (or any element): its w:t, with w:br as line breaks. */
export function text(node: Element): string {
  let out = '';
  const walk = (n: Element) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      const e = c as Element;
      if (e.namespaceURI === W && e.localName === 't') out += e.textContent ?? '';
      else if (e.namespaceURI === W && e.localName === 'br') out += '\n';
      else if (e.nodeType === 1) walk(e);
    }
  };
  walk(node);
  return out;
}

/** Body paragraphs and tables in order, top level only. */
export function bodyElements(doc: ReadDocx): Element[] {
  const body = all(doc.document, 'body')[0];
  const out: Element[] = [];
  for (let n = body.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

export function paragraphs(node: Element): Element[] {
  return all(node, 'p');
}

/** The first paragraph whose text, as a reader sees it (a no-break space is a space), holds `needle`. */
export function paragraphWith(doc: ReadDocx, needle: string): Element {
  const found = paragraphs(doc.document).find((p) =>
    text(p)
      .replace(/\u00a0/g, ' ')
      .includes(needle),
  );
  if (!found) throw new Error(`No paragraph with «${needle}»`);
  return found;
}

/** The style a paragraph refers to, or null. */
export function styleOf(p: Element): string | null {
  const pPr = child(p, 'pPr');
  return attr(pPr && child(pPr, 'pStyle'), 'val');
}

export function styleById(doc: ReadDocx, id: string): Element {
  const found = all(doc.styles, 'style').find((s) => attr(s, 'styleId') === id);
  if (!found) throw new Error(`No style ${id}`);
  return found;
}

/** A run property of the first run with text ("sz", "b", "i"…): its w:val, "on" when present without a value, null when absent. */
export function runProperty(p: Element, name: string): string | null {
  const run = all(p, 'r').find((r) => child(r, 't'));
  const rPr = run && child(run, 'rPr');
  const prop = rPr && child(rPr, name);
  if (!prop) return null;
  return attr(prop, 'val') ?? 'on';
}

export function sections(doc: ReadDocx): Element[] {
  return all(doc.document, 'sectPr');
}

/** Each section's properties with the body elements on its pages, in order (a paragraph holding a w:sectPr ends its section). */
export function sectionContents(doc: ReadDocx): { sectPr: Element; elements: Element[] }[] {
  const out: { sectPr: Element; elements: Element[] }[] = [];
  let elements: Element[] = [];
  for (const e of bodyElements(doc)) {
    const pPr = e.localName === 'p' ? child(e, 'pPr') : null;
    const ends = e.localName === 'sectPr' ? e : pPr && child(pPr, 'sectPr');
    if (e.localName !== 'sectPr') elements.push(e);
    if (ends) {
      out.push({ sectPr: ends, elements });
      elements = [];
    }
  }
  return out;
}

export function headerOf(doc: ReadDocx, sectPr: Element, type: 'default' | 'first'): Element | null {
  const ref = children(sectPr, 'headerReference').find((h) => attr(h, 'type') === type);
  const id = ref ? ref.getAttributeNS(R, 'id') || ref.getAttribute('r:id') : null;
  return id ? (doc.headers.get(id) ?? null) : null;
}

/** Every table row of the document as a reader sees it: its cells' text joined by " | " (a no-break space is a space). */
export function tableRows(doc: ReadDocx): string[] {
  return all(doc.document, 'tr').map((tr) =>
    children(tr, 'tc')
      .map((tc) =>
        paragraphs(tc)
          .map(text)
          .join('\n')
          .replace(/\u00a0/g, ' '),
      )
      .join(' | '),
  );
}
