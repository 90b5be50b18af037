/**
 * Aligns the cells of the data tables through the Docs advanced service, after DocumentApp has
 * saved the document (the REST API only sees saved changes): one Documents.get to find where each
 * cell's paragraphs are, then Documents.batchUpdate with an updateParagraphStyle per cell whose
 * alignment has to change (header cells centred, right-aligned number columns…). Left cells already
 * are left: new cells start at the default START alignment, which the JSON shows, so they cost no
 * request.
 *
 * A report's tables usually need one batchUpdate. Tools that use the Docs API heavily cap a batch at
 * 500 requests (the API refuses more), so a very large table is sent in batches of 500: paragraph
 * styles do not move any index, so the ranges read once stay right for every batch. Each batch is
 * atomic (all of it or none).
 */
import type { Alignment } from '../core/summary/model';
import type { CellAlignmentPlan } from './docContext';
import type { DocNote } from './docServices';

type Schema = GoogleAppsScript.Docs.Schema.Document;
type StructuralElement = GoogleAppsScript.Docs.Schema.StructuralElement;
type Request = GoogleAppsScript.Docs.Schema.Request;

const DOCS_ALIGNMENT: Record<Alignment, string> = { left: 'START', center: 'CENTER', right: 'END', justify: 'JUSTIFIED' };
/** What a paragraph without an alignment of its own shows (Normal text, left to right). */
const DEFAULT_ALIGNMENT = 'START';

/** Requests per batchUpdate. */
export const MAX_REQUESTS_PER_BATCH = 500;

export interface CellAlignmentResult {
  alignedCells: number;
  note?: DocNote;
}

/** The requests that give every cell of the planned tables its alignment; `plans` has one entry per top-level table. */
export function cellAlignmentRequests(document: Schema, plans: readonly (CellAlignmentPlan | null)[]): Request[] | DocNote {
  const tables = (document.body?.content ?? []).filter((e: StructuralElement) => e.table);
  if (tables.length !== plans.length) {
    return { code: 'cellAlignmentMismatch', detail: `the saved document has ${tables.length} tables where ${plans.length} were written` };
  }
  const requests: Request[] = [];
  for (let t = 0; t < tables.length; t++) {
    const plan = plans[t];
    if (!plan) continue;
    const rows = tables[t].table?.tableRows ?? [];
    if (rows.length !== plan.rows || rows.some((r) => (r.tableCells ?? []).length !== plan.columns)) {
      return { code: 'cellAlignmentMismatch', detail: `table ${t + 1} of the saved document is not ${plan.rows} × ${plan.columns}` };
    }
    rows.forEach((row, r) => {
      (row.tableCells ?? []).forEach((cell, c) => {
        const wanted = DOCS_ALIGNMENT[r === 0 ? plan.header : plan.columnAlign[c]];
        const paragraphs = (cell.content ?? []).filter((e) => e.paragraph);
        const first = paragraphs[0];
        const last = paragraphs[paragraphs.length - 1];
        if (!first || !last || first.startIndex === undefined || last.endIndex === undefined) return;
        if (paragraphs.every((p) => (p.paragraph?.paragraphStyle?.alignment ?? DEFAULT_ALIGNMENT) === wanted)) return;
        requests.push({
          updateParagraphStyle: {
            range: { startIndex: first.startIndex, endIndex: last.endIndex },
            paragraphStyle: { alignment: wanted },
            fields: 'alignment',
          },
        });
      });
    });
  }
  return requests;
}

/**
 * One get, then a batchUpdate per 500 cells that need it. The document is complete and saved by
 * now, so a failure here (quota, service error) is reported as a note rather than thrown: the
 * Office still gets its report, with the cells not yet aligned left as they are.
 */
export function alignTableCells(docs: GoogleAppsScript.Docs, documentId: string, plans: readonly (CellAlignmentPlan | null)[]): CellAlignmentResult {
  if (!plans.some((p) => p)) return { alignedCells: 0 };
  let aligned = 0;
  try {
    const planned = cellAlignmentRequests(docs.Documents.get(documentId), plans);
    if (!Array.isArray(planned)) return { alignedCells: 0, note: planned };
    for (let i = 0; i < planned.length; i += MAX_REQUESTS_PER_BATCH) {
      const requests = planned.slice(i, i + MAX_REQUESTS_PER_BATCH);
      docs.Documents.batchUpdate({ requests }, documentId);
      aligned += requests.length;
    }
    return { alignedCells: aligned };
  } catch (e) {
    const message = e !== null && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string' ? (e as { message: string }).message : String(e);
    return { alignedCells: aligned, note: { code: 'cellAlignmentFailed', detail: `the Docs service failed after ${aligned} cells: ${message}` } };
  }
}
