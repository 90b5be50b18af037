/** What every part of the Doc renderer works with while it writes one document. */
import type { Alignment } from '../core/summary/model';
import type { DocNote, DocNoteCode, DocRenderStats } from './docServices';
import type { PageGeometry } from './docPage';

/** How the cells of one data table should be aligned (done later, through the Docs service). */
export interface CellAlignmentPlan {
  /** Rows including the header row. */
  rows: number;
  columns: number;
  /** Alignment of the header row's cells. */
  header: Alignment;
  /** Alignment of each column's body cells. */
  columnAlign: readonly Alignment[];
}

export interface DocContext {
  readonly app: GoogleAppsScript.Document.DocumentApp;
  readonly body: GoogleAppsScript.Document.Body;
  readonly charts: GoogleAppsScript.Charts.Charts | undefined;
  readonly page: PageGeometry;
  readonly stats: DocRenderStats;
  /** One entry per table appended, in document order: its plan, or null for a layout table. */
  readonly tables: (CellAlignmentPlan | null)[];
}

export function addNote(ctx: { stats: DocRenderStats }, code: DocNoteCode, detail: string): void {
  const note: DocNote = { code, detail };
  ctx.stats.notes.push(note);
}
