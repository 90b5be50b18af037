/**
 * What Apps Script's V8 lacks and the `docx` package may reach for, in one place.
 *
 * Apps Script has no `TextEncoder`, `setTimeout` or `setImmediate` (nor `Buffer`, `btoa`, `process`,
 * `require`). The report is packed synchronously (src/render/packDocx.ts: docx's compiler, then fflate's
 * `zipSync`), which needs none of the timers; docx turns text into UTF-8 with `new TextEncoder()` when it
 * hashes or measures parts, so that one is given here. The timers queue a microtask, which is what they
 * would amount to in an execution that cannot wait: they are here so that a docx path that does reach for
 * them (toStream, a later version) settles within the execution instead of throwing.
 *
 * Installed by `installRuntimeShims()` right before the report is packed, never at import (modules of the
 * bundle have no side effects when loaded), and only where the global is missing.
 */

/** UTF-8 encoding of a string, surrogate pairs joined and lone surrogates written as U+FFFD, as TextEncoder does. */
export function encodeUtf8(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) out[n++] = code;
    else if (code < 0x800) {
      out[n++] = 0xc0 | (code >> 6);
      out[n++] = 0x80 | (code & 63);
    } else if (code < 0x10000) {
      out[n++] = 0xe0 | (code >> 12);
      out[n++] = 0x80 | ((code >> 6) & 63);
      out[n++] = 0x80 | (code & 63);
    } else {
      out[n++] = 0xf0 | (code >> 18);
      out[n++] = 0x80 | ((code >> 12) & 63);
      out[n++] = 0x80 | ((code >> 6) & 63);
      out[n++] = 0x80 | (code & 63);
    }
  }
  return out.slice(0, n);
}

class Utf8Encoder {
  readonly encoding = 'utf-8';
  encode(text = ''): Uint8Array {
    return encodeUtf8(String(text));
  }
}

type Callback = (...args: unknown[]) => void;

function queueMicrotaskTimer(callback: Callback, ...args: unknown[]): number {
  void Promise.resolve().then(() => callback(...args));
  return 0;
}

/** Gives the global object what it lacks of TextEncoder, setTimeout and setImmediate. Safe to call twice. */
export function installRuntimeShims(global: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): void {
  if (typeof global.TextEncoder === 'undefined') global.TextEncoder = Utf8Encoder;
  if (typeof global.setTimeout === 'undefined') global.setTimeout = (callback: Callback, _ms?: number, ...args: unknown[]) => queueMicrotaskTimer(callback, ...args);
  if (typeof global.setImmediate === 'undefined') global.setImmediate = (callback: Callback, ...args: unknown[]) => queueMicrotaskTimer(callback, ...args);
}
