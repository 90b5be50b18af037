/**
 * Apps Script's Blob and MimeType, as far as the add-on uses them. Utilities.newBlob takes a string or
 * Java bytes: a plain array of integers -128 … 127 (a Uint8Array or a byte above 127 is refused, as the
 * Java conversion refuses it); getBytes() gives them back signed. Tests read a blob's bytes with `_bytes()`.
 */
import { GasException } from './callCounter';

export const FAKE_MIME_TYPES = {
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  GOOGLE_DRIVE_FOLDER: 'application/vnd.google-apps.folder',
  MICROSOFT_WORD: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  MICROSOFT_EXCEL: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  PDF: 'application/pdf',
  PLAIN_TEXT: 'text/plain',
  HTML: 'text/html',
  ZIP: 'application/zip',
} as const;

export class FakeBlob {
  constructor(
    private data: Uint8Array,
    private contentType: string | null,
    private name: string | null,
  ) {}
  getBytes(): number[] {
    return Array.from(this.data, (b) => (b << 24) >> 24);
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(contentType: string): FakeBlob {
    this.contentType = contentType;
    return this;
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): FakeBlob {
    this.name = name;
    return this;
  }
  getDataAsString(): string {
    return new TextDecoder().decode(this.data);
  }
  copyBlob(): FakeBlob {
    return new FakeBlob(this.data.slice(), this.contentType, this.name);
  }
  /** The bytes, unsigned (for tests and the other fakes). */
  _bytes(): Uint8Array {
    return this.data;
  }
}

/** Utilities.newBlob(data, contentType?, name?). */
export function newBlob(data: unknown, contentType?: unknown, name?: unknown): FakeBlob {
  let bytes: Uint8Array;
  if (typeof data === 'string') bytes = new TextEncoder().encode(data);
  else if (Array.isArray(data)) {
    bytes = new Uint8Array(data.length);
    for (let i = 0; i < data.length; i++) {
      const b = data[i] as unknown;
      if (typeof b !== 'number' || !Number.isInteger(b) || b < -128 || b > 127) throw new GasException(`Cannot convert ${String(b)} to byte.`);
      bytes[i] = b & 0xff;
    }
  } else throw new GasException(`The parameters (${Object.prototype.toString.call(data).slice(8, -1)}) don't match the method signature for Utilities.newBlob.`);
  if (contentType !== undefined && contentType !== null && typeof contentType !== 'string') throw new GasException("The parameters don't match the method signature for Utilities.newBlob.");
  if (name !== undefined && name !== null && typeof name !== 'string') throw new GasException("The parameters don't match the method signature for Utilities.newBlob.");
  return new FakeBlob(bytes, (contentType as string | undefined) ?? null, (name as string | undefined) ?? null);
}
