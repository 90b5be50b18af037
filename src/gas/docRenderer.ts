/**
 * Renders the summary report (core SummaryDocument) into a new Google Doc, in the format of
 * Decree 30/2020/NĐ-CP: A4 page and margins, heading block, title, body blocks, closing, appendix.
 *
 * Call budget: DocumentApp calls grow with the number of blocks (paragraphs, tables, charts), never
 * with the number of table rows or cells: each table is one appendTable with all its rows and a
 * fixed number of styling calls; cell alignment, which DocumentApp can only do per paragraph, is one
 * Docs.Documents.get + one batchUpdate for the whole document (one per 500 cells to align).
 *
 * The document is saved and closed when this returns (the Docs service only sees saved changes).
 * To change it afterwards, reopen it: DocumentApp.openById(stats.documentId).
 */
import type { SummaryDocument } from '../core/summary/model';
import { appendAppendix } from './docAppendix';
import { appendBlocks } from './docBlocks';
import { alignTableCells } from './docCellAlignment';
import { type DocContext, addNote } from './docContext';
import { appendClosing, appendHeadingBlock } from './docLayoutTables';
import { nd30Page, setUpPage } from './docPage';
import type { DocRenderStats, DocServices } from './docServices';
import { appendTitle } from './docTitle';

export type { DocRenderStats, DocServices } from './docServices';

/** The empty paragraph a new document starts with (a Body always holds at least one paragraph). */
function startingParagraph(body: GoogleAppsScript.Document.Body): GoogleAppsScript.Document.Element {
  if (body.getNumChildren() !== 1 || body.getText() !== '') throw new Error('renderSummaryDoc needs a new, empty Document (from DocumentApp.create).');
  return body.getChild(0);
}

/**
 * Removes the starting paragraph once there is content after it (removing the last paragraph of a
 * body throws). Should Docs refuse, because a table may not open a document, it is shrunk to nothing.
 */
function removeStartingParagraph(ctx: DocContext, paragraph: GoogleAppsScript.Document.Element): void {
  try {
    paragraph.removeFromParent();
  } catch (e) {
    const A = ctx.app.Attribute;
    const tiny: Record<string, unknown> = {};
    tiny[A.FONT_SIZE] = 1;
    tiny[A.SPACING_BEFORE] = 0;
    tiny[A.SPACING_AFTER] = 0;
    tiny[A.LINE_SPACING] = 1;
    paragraph.setAttributes(tiny);
    addNote(ctx, 'placeholderKept', `the empty first paragraph could not be removed (${String(e)}); it was shrunk`);
  }
}

export function renderSummaryDoc(doc: GoogleAppsScript.Document.Document, summary: SummaryDocument, services: DocServices): DocRenderStats {
  const body = doc.getBody();
  const starting = startingParagraph(body);
  const stats: DocRenderStats = { documentId: doc.getId(), url: doc.getUrl(), paragraphs: 0, tables: 0, charts: 0, alignedCells: 0, notes: [] };
  const page = nd30Page();
  const ctx: DocContext = { app: services.DocumentApp, body, charts: services.Charts, page, stats, tables: [] };

  setUpPage(body, ctx.app, page);
  appendHeadingBlock(ctx, summary.heading);
  appendTitle(ctx, summary.documentType, summary.subject);
  appendBlocks(ctx, summary.body);
  appendClosing(ctx, summary.closing);
  appendAppendix(ctx, summary.appendix);
  removeStartingParagraph(ctx, starting);
  doc.saveAndClose();

  if (services.Docs) {
    const result = alignTableCells(services.Docs, stats.documentId, ctx.tables);
    stats.alignedCells = result.alignedCells;
    if (result.note) stats.notes.push(result.note);
  } else if (ctx.tables.some((t) => t)) {
    addNote(ctx, 'cellAlignmentSkipped', 'the Docs advanced service is not enabled: table headers and numbers keep the default left alignment');
  }
  return stats;
}
