/** The bench's bundle for a bare V8 context: the Apps Script shims and the one renderer, nothing else. */
import { installRuntimeShims } from '../../src/gas/summary/runtimeShims';
import { renderDocx } from '../../src/render/renderDocx';
import type { SummaryDocument } from '../../src/core/summary/model';

/** Packs the report given as JSON; returns the size of the .docx in bytes. */
export function pack(json: string): number {
  installRuntimeShims();
  return renderDocx(JSON.parse(json) as SummaryDocument).length;
}
