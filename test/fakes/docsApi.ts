/**
 * Fake of the Docs advanced service (`Docs.Documents.get` / `batchUpdate`) over the documents of
 * the DocumentApp fake. `get` returns the Docs API JSON of a document: body.content with a leading
 * sectionBreak, paragraphs (elements, paragraphStyle) and tables (tableRows → tableCells → content)
 * with startIndex/endIndex in UTF-16 code units as the Docs API counts them (a paragraph ends with
 * its "\n"; a table, a row and a cell each take one index before their content, a table one after:
 * a 2×2 table of empty cells starting at S ends at S + 12).
 * `batchUpdate` validates every request before applying any (the API is atomic), accepts at most
 * 500 requests per batch (configurable), and applies
 * updateParagraphStyle / updateTextStyle to the DocumentApp model, so a test reads the result the
 * same way it reads anything DocumentApp wrote (e.g. a cell paragraph's HORIZONTAL_ALIGNMENT).
 *
 * Like the real service, it reads what was saved: a document with DocumentApp changes not yet saved
 * (no saveAndClose() since) is refused here with an explanation, where the real API would silently
 * return the older version.
 */
import { CallCounter, GasException, counted, createCallCounter } from './callCounter';
import type { Attrs, DocState, DocumentAppFake, ParagraphNode, TableNode } from './documentApp';

type Json = GoogleAppsScript.Docs.Schema.Document;
type StructuralElement = GoogleAppsScript.Docs.Schema.StructuralElement;
type Request = GoogleAppsScript.Docs.Schema.Request;

/** One batchUpdate call as received. */
export interface BatchRecord {
  documentId: string;
  requests: Request[];
}

export interface DocsApiFakeOptions {
  /** Share a counter with other fakes (calls are named "Docs.Documents.get" / ".batchUpdate"). */
  calls?: CallCounter;
  /**
   * Requests one batchUpdate accepts (500 by default: the cap tools built on the Docs API enforce;
   * Google's limits page lists none, so this is the conservative reading).
   */
  maxRequestsPerBatch?: number;
}

export interface DocsApiFake {
  /** The Docs global (advanced service). */
  Docs: GoogleAppsScript.Docs;
  calls: CallCounter;
  /** Every batchUpdate, in order. */
  batches: BatchRecord[];
  /** The Docs API JSON of a document now, without counting a call. */
  documentJson(documentId: string): Json;
}

const ALIGN_TO_DOCS: Record<string, string> = { LEFT: 'START', CENTER: 'CENTER', RIGHT: 'END', JUSTIFY: 'JUSTIFIED' };
const ALIGN_FROM_DOCS: Record<string, string> = { START: 'LEFT', CENTER: 'CENTER', END: 'RIGHT', JUSTIFIED: 'JUSTIFY' };
const HEADING_TO_DOCS: Record<string, string> = {
  NORMAL: 'NORMAL_TEXT',
  HEADING1: 'HEADING_1',
  HEADING2: 'HEADING_2',
  HEADING3: 'HEADING_3',
  HEADING4: 'HEADING_4',
  HEADING5: 'HEADING_5',
  HEADING6: 'HEADING_6',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
};
const HEADING_FROM_DOCS: Record<string, string> = Object.fromEntries(Object.entries(HEADING_TO_DOCS).map(([k, v]) => [v, k]));
const PARAGRAPH_FIELDS = ['alignment', 'namedStyleType', 'lineSpacing', 'spaceAbove', 'spaceBelow', 'indentFirstLine', 'indentStart', 'indentEnd', 'direction'];
const TEXT_FIELDS = ['bold', 'italic', 'underline', 'strikethrough', 'fontSize', 'weightedFontFamily'];

interface Layout {
  json: Json;
  paragraphs: { start: number; end: number; node: ParagraphNode }[];
  /** endIndex of the body's last element: no range may pass it. */
  end: number;
}

function pt(magnitude: unknown): GoogleAppsScript.Docs.Schema.Dimension | undefined {
  return typeof magnitude === 'number' ? { magnitude, unit: 'PT' } : undefined;
}

function paragraphStyleOf(p: ParagraphNode): GoogleAppsScript.Docs.Schema.ParagraphStyle {
  const a = p.attrs;
  const style: GoogleAppsScript.Docs.Schema.ParagraphStyle = { namedStyleType: HEADING_TO_DOCS[String(a.HEADING ?? 'NORMAL')], direction: 'LEFT_TO_RIGHT' };
  if (a.HORIZONTAL_ALIGNMENT) style.alignment = ALIGN_TO_DOCS[String(a.HORIZONTAL_ALIGNMENT)];
  if (typeof a.LINE_SPACING === 'number') style.lineSpacing = a.LINE_SPACING * 100;
  if (pt(a.SPACING_BEFORE)) style.spaceAbove = pt(a.SPACING_BEFORE);
  if (pt(a.SPACING_AFTER)) style.spaceBelow = pt(a.SPACING_AFTER);
  if (pt(a.INDENT_FIRST_LINE)) style.indentFirstLine = pt(a.INDENT_FIRST_LINE);
  if (pt(a.INDENT_START)) style.indentStart = pt(a.INDENT_START);
  if (pt(a.INDENT_END)) style.indentEnd = pt(a.INDENT_END);
  return style;
}

function textStyleOf(c: Attrs | undefined): GoogleAppsScript.Docs.Schema.TextStyle {
  const style: GoogleAppsScript.Docs.Schema.TextStyle = {};
  if (!c) return style;
  if (typeof c.BOLD === 'boolean') style.bold = c.BOLD;
  if (typeof c.ITALIC === 'boolean') style.italic = c.ITALIC;
  if (typeof c.UNDERLINE === 'boolean') style.underline = c.UNDERLINE;
  if (pt(c.FONT_SIZE)) style.fontSize = pt(c.FONT_SIZE);
  if (typeof c.FONT_FAMILY === 'string') style.weightedFontFamily = { fontFamily: c.FONT_FAMILY, weight: 400 };
  return style;
}

/** The Docs API JSON of a document and where each paragraph sits. */
function layoutOf(state: DocState): Layout {
  let index = 1;
  let imageCount = 0;
  const paragraphs: Layout['paragraphs'] = [];
  const inlineObjects: Record<string, object> = {};

  const paragraph = (p: ParagraphNode): StructuralElement => {
    const start = index;
    const elements: GoogleAppsScript.Docs.Schema.ParagraphElement[] = [];
    // Runs of characters that look the same, as the API splits them.
    let runStart = 0;
    for (let i = 1; i <= p.text.length; i++) {
      if (i === p.text.length || JSON.stringify(p.chars[i]) !== JSON.stringify(p.chars[runStart])) {
        elements.push({ startIndex: index + runStart, endIndex: index + i, textRun: { content: p.text.slice(runStart, i), textStyle: textStyleOf(p.chars[runStart]) } });
        runStart = i;
      }
    }
    index += p.text.length;
    for (const inline of p.inlines) {
      if (inline.kind === 'INLINE_IMAGE') {
        const id = `kix.fakeimage${++imageCount}`;
        inlineObjects[id] = {
          objectId: id,
          inlineObjectProperties: { embeddedObject: { size: { width: { magnitude: inline.width * 0.75, unit: 'PT' }, height: { magnitude: inline.height * 0.75, unit: 'PT' } }, imageProperties: {} } },
        };
        elements.push({ startIndex: index, endIndex: index + 1, inlineObjectElement: { inlineObjectId: id, textStyle: {} } });
      } else {
        elements.push({ startIndex: index, endIndex: index + 1, pageBreak: { textStyle: {} } });
      }
      index += 1;
    }
    // The paragraph's "\n": part of its last text run when it ends with text.
    const last = elements[elements.length - 1];
    if (last?.textRun && p.inlines.length === 0) {
      last.textRun.content += '\n';
      last.endIndex = (last.endIndex ?? index) + 1;
    } else {
      elements.push({ startIndex: index, endIndex: index + 1, textRun: { content: '\n', textStyle: {} } });
    }
    index += 1;
    paragraphs.push({ start, end: index, node: p });
    return { startIndex: start, endIndex: index, paragraph: { elements, paragraphStyle: paragraphStyleOf(p) } };
  };

  const table = (t: TableNode): StructuralElement => {
    const start = index;
    index += 1;
    const tableRows = t.rows.map((row) => {
      const rowStart = index;
      index += 1;
      const tableCells = row.cells.map((cell) => {
        const cellStart = index;
        index += 1;
        const content = cell.children.map((child) => (child.kind === 'TABLE' ? table(child) : paragraph(child)));
        return {
          startIndex: cellStart,
          endIndex: index,
          content,
          tableCellStyle: {
            rowSpan: 1,
            columnSpan: 1,
            paddingTop: pt(cell.attrs.PADDING_TOP),
            paddingBottom: pt(cell.attrs.PADDING_BOTTOM),
            paddingLeft: pt(cell.attrs.PADDING_LEFT),
            paddingRight: pt(cell.attrs.PADDING_RIGHT),
          },
        };
      });
      return { startIndex: rowStart, endIndex: index, tableCells, tableRowStyle: { minRowHeight: { unit: 'PT' } } };
    });
    index += 1;
    const columns = t.rows[0]?.cells.length ?? 0;
    return {
      startIndex: start,
      endIndex: index,
      table: {
        rows: t.rows.length,
        columns,
        tableRows,
        tableStyle: {
          tableColumnProperties: Array.from({ length: columns }, (_, c) =>
            t.columnWidths[c] === undefined ? { widthType: 'EVENLY_DISTRIBUTED' } : { widthType: 'FIXED_WIDTH', width: pt(t.columnWidths[c]) },
          ),
        },
      },
    };
  };

  const content: StructuralElement[] = [{ endIndex: 1, sectionBreak: { sectionStyle: { columnSeparatorStyle: 'NONE', contentDirection: 'LEFT_TO_RIGHT' } } }];
  for (const child of state.body.children) content.push(child.kind === 'TABLE' ? table(child) : paragraph(child));
  const page = state.body.page;
  const json: Json = {
    documentId: state.id,
    title: state.name,
    revisionId: `rev-${index}`,
    body: { content },
    documentStyle: {
      pageSize: { width: pt(page.width), height: pt(page.height) },
      marginTop: pt(page.marginTop),
      marginBottom: pt(page.marginBottom),
      marginLeft: pt(page.marginLeft),
      marginRight: pt(page.marginRight),
    },
    inlineObjects,
  };
  return { json, paragraphs, end: index };
}

function apiError(method: string, message: string): GasException {
  return new GasException(`API call to docs.documents.${method} failed with error: ${message}`);
}

function checkRange(range: GoogleAppsScript.Docs.Schema.Range | undefined, where: string, layout: Layout): { start: number; end: number } {
  if (!range) throw new Error(`${where}: range is required`);
  if (range.segmentId) throw new Error(`${where}: only the body is supported by the fake (segmentId ${range.segmentId})`);
  const { startIndex: s, endIndex: e } = range;
  if (typeof s !== 'number' || typeof e !== 'number' || !Number.isInteger(s) || !Number.isInteger(e)) throw new Error(`${where}: the range needs integer startIndex and endIndex`);
  if (s < 1) throw new Error(`${where}: the range startIndex ${s} must be at least 1`);
  if (e <= s) throw new Error(`${where}: the range must not be empty (startIndex ${s}, endIndex ${e})`);
  if (e > layout.end) throw new Error(`${where}: Index ${e - 1} must be less than the end index of the referenced segment, ${layout.end}.`);
  return { start: s, end: e };
}

function checkFields(fields: string | undefined, allowed: readonly string[], where: string): string[] {
  const list = (fields ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  if (!list.length) throw new Error(`${where}: At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)`);
  for (const f of list) if (f !== '*' && !allowed.includes(f)) throw new Error(`${where}: unknown field "${f}" in 'fields'`);
  return list.includes('*') ? [...allowed] : list;
}

/** A validated request, ready to apply. */
type Change = () => void;

function planParagraphStyle(r: GoogleAppsScript.Docs.Schema.UpdateParagraphStyleRequest, where: string, layout: Layout): Change {
  const { start, end } = checkRange(r.range, where, layout);
  const fields = checkFields(r.fields, PARAGRAPH_FIELDS, where);
  const style = r.paragraphStyle ?? {};
  if (fields.includes('alignment') && style.alignment !== undefined && !(style.alignment in ALIGN_FROM_DOCS)) throw new Error(`${where}: invalid alignment "${style.alignment}"`);
  if (fields.includes('namedStyleType') && style.namedStyleType !== undefined && !(style.namedStyleType in HEADING_FROM_DOCS)) throw new Error(`${where}: invalid namedStyleType "${style.namedStyleType}"`);
  const targets = layout.paragraphs.filter((p) => p.start < end && p.end > start).map((p) => p.node);
  return () => {
    for (const p of targets) {
      const a = p.attrs;
      if (fields.includes('alignment')) a.HORIZONTAL_ALIGNMENT = style.alignment ? ALIGN_FROM_DOCS[style.alignment] : undefined;
      if (fields.includes('namedStyleType')) a.HEADING = style.namedStyleType ? HEADING_FROM_DOCS[style.namedStyleType] : 'NORMAL';
      if (fields.includes('lineSpacing')) a.LINE_SPACING = style.lineSpacing === undefined ? undefined : style.lineSpacing / 100;
      if (fields.includes('spaceAbove')) a.SPACING_BEFORE = style.spaceAbove?.magnitude;
      if (fields.includes('spaceBelow')) a.SPACING_AFTER = style.spaceBelow?.magnitude;
      if (fields.includes('indentFirstLine')) a.INDENT_FIRST_LINE = style.indentFirstLine?.magnitude;
      if (fields.includes('indentStart')) a.INDENT_START = style.indentStart?.magnitude;
      if (fields.includes('indentEnd')) a.INDENT_END = style.indentEnd?.magnitude;
    }
  };
}

function planTextStyle(r: GoogleAppsScript.Docs.Schema.UpdateTextStyleRequest, where: string, layout: Layout): Change {
  const { start, end } = checkRange(r.range, where, layout);
  const fields = checkFields(r.fields, TEXT_FIELDS, where);
  const style = r.textStyle ?? {};
  const patch: Attrs = {};
  if (fields.includes('bold')) patch.BOLD = style.bold ?? null;
  if (fields.includes('italic')) patch.ITALIC = style.italic ?? null;
  if (fields.includes('underline')) patch.UNDERLINE = style.underline ?? null;
  if (fields.includes('strikethrough')) patch.STRIKETHROUGH = style.strikethrough ?? null;
  if (fields.includes('fontSize')) patch.FONT_SIZE = style.fontSize?.magnitude ?? null;
  if (fields.includes('weightedFontFamily')) patch.FONT_FAMILY = style.weightedFontFamily?.fontFamily ?? null;
  const targets = layout.paragraphs.filter((p) => p.start < end && p.end > start);
  return () => {
    for (const { start: ps, node } of targets) {
      for (let i = Math.max(0, start - ps); i < Math.min(node.text.length, end - ps); i++) node.chars[i] = { ...node.chars[i], ...patch };
    }
  };
}

export function createDocsApiFake(documentApp: DocumentAppFake, options: DocsApiFakeOptions = {}): DocsApiFake {
  const calls = options.calls ?? createCallCounter();
  const maxRequests = options.maxRequestsPerBatch ?? 500;
  const batches: BatchRecord[] = [];

  const stateFor = (documentId: unknown, method: string): DocState => {
    const state = typeof documentId === 'string' ? documentApp.documents.get(documentId) : undefined;
    if (!state) throw apiError(method, 'Requested entity was not found.');
    if (state.dirty) {
      throw apiError(
        method,
        `(fake) document ${state.id} has DocumentApp changes that were not saved: call saveAndClose() first; the real API would read the version saved before them.`,
      );
    }
    return state;
  };

  const documents = {
    get(documentId: unknown): Json {
      return JSON.parse(JSON.stringify(layoutOf(stateFor(documentId, 'get')).json)) as Json;
    },
    batchUpdate(resource: unknown, documentId: unknown): GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse {
      const state = stateFor(documentId, 'batchUpdate');
      const requests = (resource as { requests?: unknown } | null)?.requests;
      if (!Array.isArray(requests) || requests.length === 0) throw apiError('batchUpdate', 'Invalid JSON payload: requests must be a non-empty list.');
      if (requests.length > maxRequests) throw apiError('batchUpdate', `(fake) ${requests.length} requests in one batch; at most ${maxRequests} are accepted.`);
      const layout = layoutOf(state);
      let changes: Change[];
      try {
        // Every request is validated before any is applied: one bad request fails the whole batch.
        changes = (requests as Request[]).map((r, i) => {
          const kinds = Object.keys(r ?? {});
          if (kinds.length !== 1) throw new Error(`Invalid requests[${i}]: exactly one kind of request expected, got ${kinds.join(', ') || 'none'}`);
          if (r.updateParagraphStyle) return planParagraphStyle(r.updateParagraphStyle, `Invalid requests[${i}].updateParagraphStyle`, layout);
          if (r.updateTextStyle) return planTextStyle(r.updateTextStyle, `Invalid requests[${i}].updateTextStyle`, layout);
          throw new Error(`(fake) requests[${i}].${kinds[0]} is not supported by the Docs fake`);
        });
      } catch (e) {
        throw apiError('batchUpdate', (e as Error).message);
      }
      batches.push({ documentId: state.id, requests: JSON.parse(JSON.stringify(requests)) as Request[] });
      changes.forEach((apply) => apply());
      return { documentId: state.id, replies: requests.map(() => ({})), writeControl: { requiredRevisionId: `rev-${layout.end}` } };
    },
    create(): never {
      throw new Error('(fake) Docs.Documents.create is not supported: create documents with DocumentApp.create');
    },
  };

  const Docs = { Documents: counted(documents, 'Docs.Documents', calls) } as unknown as GoogleAppsScript.Docs;
  return {
    Docs,
    calls,
    batches,
    documentJson(documentId: string) {
      const state = documentApp.documents.get(documentId);
      if (!state) throw new Error(`No document ${documentId}`);
      return layoutOf(state).json;
    },
  };
}

