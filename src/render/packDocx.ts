/**
 * A docx `Document` as the bytes of a .docx file, synchronously.
 *
 * `Packer.toArrayBuffer` does its work synchronously too (docx compiles the parts, then zips them with
 * fflate's `zipSync`), but hands the bytes over through a Promise, and an Apps Script entry function is
 * synchronous: it cannot wait for a Promise. So this takes the two steps itself: docx's own compiler for
 * the parts (the one `Packer` uses; docx is pinned to an exact version, and test/render/packDocx.test.ts
 * checks that the parts are the ones `Packer` writes), then `zipSync`, as `Packer` does.
 */
import { Document, Packer } from 'docx';
import { strToU8, zipSync } from 'fflate';

type Part = string | Uint8Array | ArrayBuffer;

interface DocxCompiler {
  compile(file: Document, prettify?: string, overrides?: unknown[]): Map<string, Part>;
}

function compiler(): DocxCompiler {
  const found = (Packer as unknown as { compiler?: DocxCompiler }).compiler;
  if (!found || typeof found.compile !== 'function') throw new Error('This version of the docx package has no Packer.compiler: packDocx must follow its Packer.');
  return found;
}

function bytesOf(part: Part): Uint8Array {
  if (typeof part === 'string') return strToU8(part);
  return ArrayBuffer.isView(part) ? new Uint8Array(part.buffer, part.byteOffset, part.byteLength) : new Uint8Array(part);
}

/** Rewrites of XML parts by path, applied to the text docx wrote before it is encoded. */
export type PartRewrites = Partial<Record<string, (xml: string) => string>>;

/** The package's parts by path, in the order they are zipped (what Packer zips). */
export function docxParts(document: Document, rewrites: PartRewrites = {}): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  for (const [path, data] of compiler().compile(document)) {
    const rewrite = rewrites[path];
    if (rewrite && typeof data !== 'string') throw new Error(`${path} is not text: it cannot be rewritten`);
    parts.set(path, bytesOf(rewrite ? rewrite(data as string) : data));
  }
  for (const path of Object.keys(rewrites)) if (!parts.has(path)) throw new Error(`The .docx has no ${path} to rewrite`);
  return parts;
}

/** The .docx file: every part compressed with DEFLATE. */
export function packDocx(document: Document, rewrites: PartRewrites = {}): Uint8Array {
  return zipSync(Object.fromEntries(docxParts(document, rewrites)));
}
