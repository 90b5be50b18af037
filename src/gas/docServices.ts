/**
 * What the Google Doc renderer needs from Apps Script, and what it reports back. The services are
 * passed in (not read from globals) so tests and the vm run can hand it fakes.
 */

export interface DocServices {
  /** DocumentApp: the renderer uses its enums (Attribute, HorizontalAlignment, ParagraphHeading). */
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  /**
   * The Docs advanced service (userSymbol "Docs", serviceId "docs", v1 in appsscript.json). It aligns
   * the cells of data tables (header centred, numbers right): one get and one batchUpdate per 500
   * cells; without it they stay left-aligned and the stats say so.
   */
  Docs?: GoogleAppsScript.Docs;
  /** The Charts service; without it a chart block is written as its fallback sentence. */
  Charts?: GoogleAppsScript.Charts.Charts;
}

export type DocNoteCode =
  /** No Docs service: data table cells keep the default (left) alignment. */
  | 'cellAlignmentSkipped'
  /** The saved document did not have the tables the renderer wrote: cells left as they were. */
  | 'cellAlignmentMismatch'
  /** The Docs service failed while aligning cells (the document itself is complete). */
  | 'cellAlignmentFailed'
  /** A chart was written as its fallback sentence (no Charts service, or it failed). */
  | 'chartAsText'
  /** Docs refused to remove the empty paragraph a new document starts with: it was shrunk instead. */
  | 'placeholderKept';

export interface DocNote {
  code: DocNoteCode;
  detail: string;
}

export interface DocRenderStats {
  documentId: string;
  url: string;
  /** Paragraphs written: headings, body paragraphs, lines, those of the heading block and the closing. */
  paragraphs: number;
  /** Tables appended: the data tables and the two layout tables (heading block, closing). */
  tables: number;
  /** Charts drawn as images. */
  charts: number;
  /** Table cells whose alignment was set through the Docs service. */
  alignedCells: number;
  notes: DocNote[];
}

/** The services as Apps Script provides them; `Docs` exists only when the advanced service is enabled. */
export function docServicesFromGlobals(): DocServices {
  return {
    DocumentApp,
    Docs: typeof Docs === 'undefined' ? undefined : Docs,
    Charts: typeof Charts === 'undefined' ? undefined : Charts,
  };
}
