/**
 * DocumentApp fake: documents with a Body of Paragraphs, ListItems and Tables (rows, cells, their
 * paragraphs), InlineImages and PageBreaks; rich text with attributes per character; page size and
 * margins; save and close. Every method call is counted ("Body.appendTable", "Text.setBold", …) so
 * tests can assert call budgets, and the model behind the objects (`documents`) lets a test read
 * what a reader of the Doc would see without counting calls.
 *
 * Behaviour copied from Apps Script (see the notes by each rule):
 * - A new document has one empty paragraph; a Body always ends with a paragraph, so removing the
 *   last one throws "Can't remove the last paragraph in a document section.", and appending a table
 *   at the end also appends an empty paragraph after it (a table is never the last element).
 * - Text offsets are checked: an offset past the end throws "Index (n) must be less than the
 *   content length (m)." like Apps Script; an element's text is its paragraphs joined with "\n".
 * - Paragraph text cannot hold "\n": it becomes "\r" (a line break inside the paragraph).
 * - appendTable(string[][]) needs strings in a rectangular array (the message for a ragged one is
 *   ours: the rule, not the wording, is what matters); appendTable() makes a table with no rows.
 * - After saveAndClose() every object of that session throws "Document is closed, its content
 *   cannot be updated."; DocumentApp.openById() opens a new session.
 * - The Docs advanced service (docsApi.ts) reads what was saved: it refuses a document with unsaved
 *   DocumentApp changes, as the real API would silently return the version before them.
 * - Defaults of a new Google Doc: US Letter 612 × 792 pt, margins 72 pt, table borders 1 pt.
 */
import { CallCounter, GasException, counted, createCallCounter, signatureError, unwrap } from './callCounter';
import type { RegisterFileOptions } from './driveApp';

// ---------------------------------------------------------------------------------------------
// Enums: in Apps Script an enum value prints as its name and works as an attribute key.

function enumOf<K extends string>(names: readonly K[]): Readonly<Record<K, K>> {
  const out = {} as Record<K, K>;
  for (const n of names) out[n] = n;
  return Object.freeze(out);
}

export const Attribute = enumOf([
  'BACKGROUND_COLOR', 'BOLD', 'BORDER_COLOR', 'BORDER_WIDTH', 'CODE', 'FONT_FAMILY', 'FONT_SIZE', 'FOREGROUND_COLOR',
  'HEADING', 'HEIGHT', 'HORIZONTAL_ALIGNMENT', 'INDENT_END', 'INDENT_FIRST_LINE', 'INDENT_START', 'ITALIC', 'GLYPH_TYPE',
  'LEFT_TO_RIGHT', 'LINE_SPACING', 'LINK_URL', 'LIST_ID', 'MARGIN_BOTTOM', 'MARGIN_LEFT', 'MARGIN_RIGHT', 'MARGIN_TOP',
  'NESTING_LEVEL', 'MINIMUM_HEIGHT', 'PADDING_BOTTOM', 'PADDING_LEFT', 'PADDING_RIGHT', 'PADDING_TOP', 'PAGE_HEIGHT',
  'PAGE_WIDTH', 'SPACING_AFTER', 'SPACING_BEFORE', 'STRIKETHROUGH', 'UNDERLINE', 'VERTICAL_ALIGNMENT', 'WIDTH',
] as const);
export const ElementType = enumOf([
  'BODY_SECTION', 'COMMENT_SECTION', 'DATE', 'DOCUMENT', 'EQUATION', 'EQUATION_FUNCTION', 'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
  'EQUATION_SYMBOL', 'FOOTER_SECTION', 'FOOTNOTE', 'FOOTNOTE_SECTION', 'HEADER_SECTION', 'HORIZONTAL_RULE', 'INLINE_DRAWING',
  'INLINE_IMAGE', 'LIST_ITEM', 'PAGE_BREAK', 'PARAGRAPH', 'PERSON', 'RICH_LINK', 'TABLE', 'TABLE_CELL', 'TABLE_OF_CONTENTS',
  'TABLE_ROW', 'TEXT', 'UNSUPPORTED',
] as const);
export const HorizontalAlignment = enumOf(['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'] as const);
export const ParagraphHeading = enumOf(['NORMAL', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6', 'TITLE', 'SUBTITLE'] as const);
export const TextAlignment = enumOf(['NORMAL', 'SUPERSCRIPT', 'SUBSCRIPT'] as const);
export const VerticalAlignment = enumOf(['BOTTOM', 'CENTER', 'TOP'] as const);
export const GlyphType = enumOf(['BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET', 'NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER'] as const);
export const PositionedLayout = enumOf(['ABOVE_TEXT', 'BREAK_BOTH', 'BREAK_LEFT', 'BREAK_RIGHT', 'WRAP_TEXT'] as const);

export type AttributeName = keyof typeof Attribute;
export type Attrs = Partial<Record<AttributeName, unknown>>;

const TEXT_ATTRIBUTES: ReadonlySet<string> = new Set([
  'BACKGROUND_COLOR', 'BOLD', 'FONT_FAMILY', 'FONT_SIZE', 'FOREGROUND_COLOR', 'ITALIC', 'LINK_URL', 'STRIKETHROUGH', 'UNDERLINE',
]);
const PARAGRAPH_ATTRIBUTES: ReadonlySet<string> = new Set([
  'HEADING', 'HORIZONTAL_ALIGNMENT', 'INDENT_END', 'INDENT_FIRST_LINE', 'INDENT_START', 'LEFT_TO_RIGHT', 'LINE_SPACING', 'SPACING_AFTER', 'SPACING_BEFORE',
]);
const CELL_ATTRIBUTES: ReadonlySet<string> = new Set(['PADDING_BOTTOM', 'PADDING_LEFT', 'PADDING_RIGHT', 'PADDING_TOP', 'VERTICAL_ALIGNMENT', 'WIDTH']);

const CLOSED = 'Document is closed, its content cannot be updated.';
const LAST_PARAGRAPH = "Can't remove the last paragraph in a document section.";
const DOC_MIME = 'application/vnd.google-apps.document';

// ---------------------------------------------------------------------------------------------
// The model: what is in the document. Tests read it directly (reading it counts no calls).

export class ParagraphNode {
  readonly kind: 'PARAGRAPH' | 'LIST_ITEM';
  parent: ContainerNode | null = null;
  text = '';
  /** Text attributes of each character of `text`. */
  chars: Attrs[] = [];
  /** Text attributes set while the paragraph had no text (what new text would look like). */
  emptyTextAttrs: Attrs = {};
  /** Paragraph attributes: HEADING, HORIZONTAL_ALIGNMENT, INDENT_*, SPACING_*, LINE_SPACING. */
  attrs: Attrs = {};
  /** Inline images and page breaks, after the text. */
  inlines: (InlineImageNode | PageBreakNode)[] = [];
  constructor(kind: 'PARAGRAPH' | 'LIST_ITEM', text: string) {
    this.kind = kind;
    setParagraphText(this, text);
  }
}

export class TableNode {
  readonly kind = 'TABLE';
  parent: ContainerNode | null = null;
  rows: RowNode[] = [];
  attrs: Attrs = { BORDER_WIDTH: 1, BORDER_COLOR: '#000000' };
  /** Width of each column in points, when set with setColumnWidth. */
  columnWidths: (number | undefined)[] = [];
}

export class RowNode {
  readonly kind = 'TABLE_ROW';
  constructor(public parent: TableNode) {}
  cells: CellNode[] = [];
  attrs: Attrs = {};
}

export class CellNode {
  readonly kind = 'TABLE_CELL';
  constructor(public parent: RowNode) {}
  children: (ParagraphNode | TableNode)[] = [];
  attrs: Attrs = { PADDING_TOP: 5, PADDING_BOTTOM: 5, PADDING_LEFT: 5, PADDING_RIGHT: 5 };
}

export class BodyNode {
  readonly kind = 'BODY_SECTION';
  readonly parent = null;
  children: (ParagraphNode | TableNode)[] = [];
  attrs: Attrs = {};
  page = { width: 612, height: 792, marginTop: 72, marginBottom: 72, marginLeft: 72, marginRight: 72 };
}

export interface FakeBlobLike {
  getContentType(): string | null;
  getBytes(): number[];
  getName?(): string | null;
}

export class InlineImageNode {
  readonly kind = 'INLINE_IMAGE';
  constructor(public parent: ParagraphNode, public blob: FakeBlobLike, public width: number, public height: number) {}
  altTitle = '';
  altDescription = '';
}

export class PageBreakNode {
  readonly kind = 'PAGE_BREAK';
  constructor(public parent: ParagraphNode) {}
}

export type ContainerNode = BodyNode | CellNode;
export type DocNode = BodyNode | ParagraphNode | TableNode | RowNode | CellNode | InlineImageNode | PageBreakNode;

export interface DocState {
  id: string;
  name: string;
  url: string;
  body: BodyNode;
  /** DocumentApp changes not yet saved (the Docs API cannot see them). */
  dirty: boolean;
  editors: string[];
  viewers: string[];
  /** The same file as Drive sees it, when a Drive fake was given: renames and sharing show there too. */
  driveFile?: () => { name: string; editors: string[]; viewers: string[] } | undefined;
}

// ---------------------------------------------------------------------------------------------
// Reading the model (for the fakes and for tests).

function setParagraphText(p: ParagraphNode, text: string): void {
  const clean = text.replace(/\n/g, '\r');
  const look = p.chars[0] ?? p.emptyTextAttrs;
  p.text = clean;
  p.chars = Array.from({ length: clean.length }, () => ({ ...look }));
}

/** Every paragraph in a node, in document order (table cells included). */
export function paragraphsIn(node: DocNode): ParagraphNode[] {
  switch (node.kind) {
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return [node];
    case 'BODY_SECTION':
    case 'TABLE_CELL':
      return node.children.flatMap(paragraphsIn);
    case 'TABLE':
      return node.rows.flatMap(paragraphsIn);
    case 'TABLE_ROW':
      return node.cells.flatMap(paragraphsIn);
    default:
      return [];
  }
}

/** An element's text as Apps Script gives it: its paragraphs joined with "\n". */
export function textOf(node: DocNode): string {
  return paragraphsIn(node)
    .map((p) => p.text)
    .join('\n');
}

/** Every table in a node (nested ones included), in document order. */
export function tablesIn(node: BodyNode | CellNode | TableNode): TableNode[] {
  const out: TableNode[] = [];
  const visit = (n: DocNode): void => {
    if (n.kind === 'TABLE') {
      out.push(n);
      n.rows.forEach((r) => r.cells.forEach(visit));
    } else if (n.kind === 'BODY_SECTION' || n.kind === 'TABLE_CELL') n.children.forEach(visit);
  };
  visit(node);
  return out;
}

/** The first paragraph whose text equals `text` (or matches it), anywhere in the document. */
export function findParagraph(state: DocState, text: string | RegExp): ParagraphNode {
  const found = paragraphsIn(state.body).find((p) => (typeof text === 'string' ? p.text === text : text.test(p.text)));
  if (!found) throw new Error(`No paragraph ${String(text)} in document ${state.id}`);
  return found;
}

/**
 * The text attributes of a stretch of a paragraph: its first occurrence of `substring` (the whole
 * text when omitted). An attribute that differs inside the stretch is reported as 'mixed'; one
 * never set is absent.
 */
export function textStyle(p: ParagraphNode, substring?: string): Attrs {
  const start = substring === undefined ? 0 : p.text.indexOf(substring);
  if (start < 0) throw new Error(`"${substring}" is not in paragraph "${p.text}"`);
  const chars = p.text.length ? p.chars.slice(start, start + (substring ?? p.text).length) : [p.emptyTextAttrs];
  const out: Attrs = {};
  const keys = new Set(chars.flatMap((c) => Object.keys(c))) as Set<AttributeName>;
  for (const key of keys) {
    const values = new Set(chars.map((c) => c[key]));
    out[key] = values.size === 1 ? [...values][0] : 'mixed';
  }
  return out;
}

/** The cell at row r, column c. */
export function cellAt(table: TableNode, r: number, c: number): CellNode {
  const cell = table.rows[r]?.cells[c];
  if (!cell) throw new Error(`No cell (${r}, ${c}) in a table of ${table.rows.length} rows`);
  return cell;
}

// ---------------------------------------------------------------------------------------------
// Writing text attributes over an element's text.

interface Segment {
  para: ParagraphNode;
  start: number;
}

function segmentsOf(node: DocNode): { segments: Segment[]; length: number } {
  const paras = paragraphsIn(node);
  const segments: Segment[] = [];
  let at = 0;
  paras.forEach((para, i) => {
    segments.push({ para, start: at });
    at += para.text.length + (i < paras.length - 1 ? 1 : 0);
  });
  return { segments, length: at };
}

function checkOffset(offset: unknown, length: number): number {
  if (typeof offset !== 'number' || !Number.isInteger(offset)) throw new GasException(`Invalid argument: offset ${String(offset)}`);
  if (offset < 0 || offset >= length) throw new GasException(`Index (${offset}) must be less than the content length (${length}).`);
  return offset;
}

function checkTextAttrs(attrs: Attrs): void {
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'FONT_SIZE' && value !== null && (typeof value !== 'number' || value <= 0)) throw new GasException(`Invalid argument: FONT_SIZE ${String(value)}`);
    if ((key === 'BOLD' || key === 'ITALIC' || key === 'UNDERLINE' || key === 'STRIKETHROUGH') && value !== null && typeof value !== 'boolean') {
      throw new GasException(`Invalid argument: ${key} ${String(value)}`);
    }
  }
}

/** Text attributes over [start, endInclusive] of a window of the element's text (the whole text when range is null). */
function applyTextAttrs(node: DocNode, window: TextWindow | null, range: [number, number] | null, attrs: Attrs): void {
  checkTextAttrs(attrs);
  const { segments, length } = segmentsOf(node);
  const from = window?.from ?? 0;
  const windowLength = window ? window.length : length;
  let lo = from;
  let hi = from + windowLength - 1;
  if (range) {
    checkOffset(range[0], windowLength);
    checkOffset(range[1], windowLength);
    if (range[1] < range[0]) throw new GasException(`Invalid argument: endOffsetInclusive (${range[1]}) is before startOffset (${range[0]})`);
    lo = from + range[0];
    hi = from + range[1];
  } else if (windowLength === 0) {
    for (const s of segments) Object.assign(s.para.emptyTextAttrs, attrs);
    return;
  }
  for (const s of segments) {
    const a = Math.max(lo, s.start);
    const b = Math.min(hi, s.start + s.para.text.length - 1);
    for (let i = a; i <= b; i++) s.para.chars[i - s.start] = { ...s.para.chars[i - s.start], ...attrs };
    if (!range && s.para.text.length === 0) Object.assign(s.para.emptyTextAttrs, attrs);
  }
}

/** One text attribute at an offset of the window, or (no offset) over the whole window when uniform, else null. */
function readTextAttr(node: DocNode, window: TextWindow | null, key: AttributeName, offset: number | null | undefined): unknown {
  const { segments, length } = segmentsOf(node);
  const from = window?.from ?? 0;
  const windowLength = window ? window.length : length;
  const charAt = (flat: number): Attrs | null => {
    const s = segments.find((seg) => flat >= seg.start && flat < seg.start + seg.para.text.length);
    return s ? s.para.chars[flat - s.start] : null;
  };
  if (offset !== null && offset !== undefined) return charAt(from + checkOffset(offset, windowLength))?.[key] ?? null;
  const values = new Set<unknown>();
  for (let i = from; i < from + windowLength; i++) {
    const c = charAt(i);
    if (c) values.add(c[key] ?? null);
  }
  if (values.size === 0) return segments[0]?.para.emptyTextAttrs[key] ?? null;
  return values.size === 1 ? [...values][0] : null;
}

interface TextWindow {
  from: number;
  length: number;
}

// ---------------------------------------------------------------------------------------------
// Sessions and the objects scripts hold.

interface Session {
  state: DocState;
  open: boolean;
  counter: CallCounter;
  apis: Map<DocNode, object>;
}

const MUTATING = /^(set|append|insert|remove|clear|delete|replace|merge|add)/;

/** Counts every call (callCounter.counted) and refuses them once the session is closed. */
function expose<T extends object>(api: T, type: string, session: Session): T {
  const guarded = new Proxy(api, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop, obj) as unknown;
      if (typeof value !== 'function' || typeof prop !== 'string' || prop === 'constructor') return value;
      return (...args: unknown[]) => {
        if (!session.open) throw new GasException(CLOSED);
        if (MUTATING.test(prop)) session.state.dirty = true;
        return (value as (...a: unknown[]) => unknown).apply(obj, args);
      };
    },
  });
  return counted(guarded, type, session.counter);
}

/** The node behind an object a script passes back (a Paragraph, a Table…), or null. */
function nodeOf(value: unknown): DocNode | null {
  const raw = unwrap(value) as { node?: unknown } | null;
  const node = raw && typeof raw === 'object' ? raw.node : undefined;
  return node instanceof ParagraphNode ||
    node instanceof TableNode ||
    node instanceof RowNode ||
    node instanceof CellNode ||
    node instanceof BodyNode ||
    node instanceof InlineImageNode ||
    node instanceof PageBreakNode
    ? node
    : null;
}

function apiFor(node: DocNode, session: Session): object {
  const cached = session.apis.get(node);
  if (cached) return cached;
  let api: object;
  switch (node.kind) {
    case 'BODY_SECTION':
      api = expose(new BodyApi(node, session), 'Body', session);
      break;
    case 'PARAGRAPH':
      api = expose(new ParagraphApi(node, session), 'Paragraph', session);
      break;
    case 'LIST_ITEM':
      api = expose(new ParagraphApi(node, session), 'ListItem', session);
      break;
    case 'TABLE':
      api = expose(new TableApi(node, session), 'Table', session);
      break;
    case 'TABLE_ROW':
      api = expose(new RowApi(node, session), 'TableRow', session);
      break;
    case 'TABLE_CELL':
      api = expose(new CellApi(node, session), 'TableCell', session);
      break;
    case 'INLINE_IMAGE':
      api = expose(new InlineImageApi(node, session), 'InlineImage', session);
      break;
    case 'PAGE_BREAK':
      api = expose(new PageBreakApi(node, session), 'PageBreak', session);
      break;
  }
  session.apis.set(node, api);
  return api;
}

function textApi(node: DocNode, session: Session, window: TextWindow | null = null): TextApi {
  return expose(new TextApi(node, session, window), 'Text', session);
}

function parentOf(node: DocNode): DocNode | null {
  return node.parent;
}

function checkAttributes(attrs: unknown, method: string): Attrs {
  if (attrs === null || typeof attrs !== 'object' || Array.isArray(attrs)) throw signatureError([attrs], method);
  const out: Attrs = {};
  for (const [key, value] of Object.entries(attrs as Record<string, unknown>)) {
    if (!(key in Attribute)) throw new GasException(`Invalid argument: unknown attribute ${key}`);
    if (key === 'HORIZONTAL_ALIGNMENT' && value !== null && !(String(value) in HorizontalAlignment)) throw new GasException(`Invalid argument: HORIZONTAL_ALIGNMENT ${String(value)}`);
    if (key === 'HEADING' && value !== null && !(String(value) in ParagraphHeading)) throw new GasException(`Invalid argument: HEADING ${String(value)}`);
    out[key as AttributeName] = value;
  }
  return out;
}

function pick(attrs: Attrs, names: ReadonlySet<string>): Attrs {
  const out: Attrs = {};
  for (const [k, v] of Object.entries(attrs)) if (names.has(k)) out[k as AttributeName] = v;
  return out;
}

/** Element.setAttributes: text attributes go to every character, paragraph ones to every paragraph. */
function setElementAttributes(node: DocNode, attrs: Attrs): void {
  const text = pick(attrs, TEXT_ATTRIBUTES);
  if (Object.keys(text).length) applyTextAttrs(node, null, null, text);
  const para = pick(attrs, PARAGRAPH_ATTRIBUTES);
  if (Object.keys(para).length) for (const p of paragraphsIn(node)) Object.assign(p.attrs, para);
  if (node.kind === 'TABLE') Object.assign(node.attrs, pick(attrs, new Set(['BORDER_WIDTH', 'BORDER_COLOR'])));
  if (node.kind === 'TABLE_CELL') Object.assign(node.attrs, pick(attrs, CELL_ATTRIBUTES));
  if (node.kind === 'TABLE_ROW' && 'MINIMUM_HEIGHT' in attrs) node.attrs.MINIMUM_HEIGHT = attrs.MINIMUM_HEIGHT;
  if (node.kind === 'INLINE_IMAGE') {
    if (typeof attrs.WIDTH === 'number') node.width = attrs.WIDTH;
    if (typeof attrs.HEIGHT === 'number') node.height = attrs.HEIGHT;
  }
  if (node.kind === 'BODY_SECTION') {
    const page = node.page;
    if (typeof attrs.PAGE_WIDTH === 'number') page.width = attrs.PAGE_WIDTH;
    if (typeof attrs.PAGE_HEIGHT === 'number') page.height = attrs.PAGE_HEIGHT;
    if (typeof attrs.MARGIN_TOP === 'number') page.marginTop = attrs.MARGIN_TOP;
    if (typeof attrs.MARGIN_BOTTOM === 'number') page.marginBottom = attrs.MARGIN_BOTTOM;
    if (typeof attrs.MARGIN_LEFT === 'number') page.marginLeft = attrs.MARGIN_LEFT;
    if (typeof attrs.MARGIN_RIGHT === 'number') page.marginRight = attrs.MARGIN_RIGHT;
  }
}

/** Element.getAttributes: every attribute, null where not set; text ones from the first character. */
function elementAttributes(node: DocNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(Attribute)) out[key] = null;
  const first = paragraphsIn(node)[0];
  if (first) Object.assign(out, first.chars[0] ?? first.emptyTextAttrs);
  if (node.kind === 'PARAGRAPH' || node.kind === 'LIST_ITEM') Object.assign(out, { HEADING: 'NORMAL' }, node.attrs);
  if (node.kind === 'TABLE' || node.kind === 'TABLE_CELL' || node.kind === 'TABLE_ROW') Object.assign(out, node.attrs);
  if (node.kind === 'BODY_SECTION') {
    const p = node.page;
    Object.assign(out, node.attrs, {
      PAGE_WIDTH: p.width,
      PAGE_HEIGHT: p.height,
      MARGIN_TOP: p.marginTop,
      MARGIN_BOTTOM: p.marginBottom,
      MARGIN_LEFT: p.marginLeft,
      MARGIN_RIGHT: p.marginRight,
    });
  }
  if (node.kind === 'INLINE_IMAGE') Object.assign(out, { WIDTH: node.width, HEIGHT: node.height });
  return out;
}

function checkString(value: unknown, method: string): string {
  if (typeof value !== 'string') throw signatureError([value], method);
  return value;
}

function checkNumber(value: unknown, method: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw signatureError([value], method);
  return value;
}

function blobOf(source: unknown, method: string): FakeBlobLike {
  const raw = unwrap(source) as { getBlob?: () => unknown; getContentType?: () => unknown } | null;
  if (!raw || typeof raw !== 'object') throw signatureError([source], method);
  const blob = (typeof raw.getContentType === 'function' ? raw : typeof raw.getBlob === 'function' ? raw.getBlob() : null) as FakeBlobLike | null;
  if (!blob || typeof blob.getContentType !== 'function') throw signatureError([source], method);
  const type = blob.getContentType();
  if (!type || !type.startsWith('image/')) throw new GasException(`Invalid image data: content type ${String(type)}`);
  return blob;
}

/** Image size in pixels, from the blob when it says (the Charts fake does), else a default. */
function imageSize(blob: FakeBlobLike): { width: number; height: number } {
  const sized = blob as { width?: unknown; height?: unknown };
  return typeof sized.width === 'number' && typeof sized.height === 'number' ? { width: sized.width, height: sized.height } : { width: 100, height: 100 };
}

function tableFromCells(cells: unknown, method: string): TableNode {
  const table = new TableNode();
  if (cells === undefined || cells === null) return table;
  if (!Array.isArray(cells) || !cells.every((row) => Array.isArray(row) && row.every((c) => typeof c === 'string'))) throw signatureError([cells], method);
  const rows = cells as string[][];
  const width = rows[0]?.length ?? 0;
  if (rows.length === 0 || width === 0) throw new GasException('Invalid argument: cells (a table needs at least one row and one column)');
  rows.forEach((row, i) => {
    if (row.length !== width) throw new GasException(`Invalid argument: cells (not rectangular: row 0 has ${width} cells, row ${i} has ${row.length})`);
  });
  for (const row of rows) {
    const rowNode = new RowNode(table);
    for (const text of row) {
      const cell = new CellNode(rowNode);
      const p = new ParagraphNode('PARAGRAPH', text);
      p.parent = cell;
      cell.children.push(p);
      rowNode.cells.push(cell);
    }
    table.rows.push(rowNode);
  }
  return table;
}

// ---------------------------------------------------------------------------------------------
// The Apps Script classes.

abstract class ElementApi<N extends DocNode> {
  constructor(readonly node: N, protected readonly session: Session) {}
  protected wrap<T>(node: DocNode | null): T {
    return (node ? apiFor(node, this.session) : null) as T;
  }
  getType(): string {
    return this.node.kind;
  }
  getParent(): unknown {
    return this.wrap(parentOf(this.node));
  }
  getAttributes(): Record<string, unknown> {
    return elementAttributes(this.node);
  }
  setAttributes(attributes: unknown): this {
    setElementAttributes(this.node, checkAttributes(attributes, `DocumentApp.${this.constructor.name.replace(/Api$/, '')}.setAttributes`));
    return this.self();
  }
  protected self(): this {
    return apiFor(this.node, this.session) as this;
  }
  protected cast<T>(kinds: readonly string[], name: string): T {
    if (!kinds.includes(this.node.kind)) throw new GasException(`Cannot cast ${this.node.kind} to ${name}.`);
    return this.self() as unknown as T;
  }
  asParagraph(): unknown {
    return this.cast(['PARAGRAPH'], 'Paragraph');
  }
  asListItem(): unknown {
    return this.cast(['LIST_ITEM'], 'ListItem');
  }
  asTable(): unknown {
    return this.cast(['TABLE'], 'Table');
  }
  asTableRow(): unknown {
    return this.cast(['TABLE_ROW'], 'TableRow');
  }
  asTableCell(): unknown {
    return this.cast(['TABLE_CELL'], 'TableCell');
  }
  asBody(): unknown {
    return this.cast(['BODY_SECTION'], 'Body');
  }
  asInlineImage(): unknown {
    return this.cast(['INLINE_IMAGE'], 'InlineImage');
  }
  asPageBreak(): unknown {
    return this.cast(['PAGE_BREAK'], 'PageBreak');
  }
  getNextSibling(): unknown {
    return this.wrap(sibling(this.node, 1));
  }
  getPreviousSibling(): unknown {
    return this.wrap(sibling(this.node, -1));
  }
  removeFromParent(): this {
    removeNode(this.node);
    return this.self();
  }
}

function siblingsOf(node: DocNode): DocNode[] | null {
  const parent = node.parent;
  if (!parent) return null;
  switch (parent.kind) {
    case 'BODY_SECTION':
    case 'TABLE_CELL':
      return parent.children;
    case 'TABLE':
      return parent.rows;
    case 'TABLE_ROW':
      return parent.cells;
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return parent.inlines;
  }
}

function sibling(node: DocNode, step: number): DocNode | null {
  const list = siblingsOf(node);
  if (!list) return null;
  return list[list.indexOf(node) + step] ?? null;
}

function removeNode(node: DocNode): void {
  const parent = node.parent;
  if (!parent) return;
  if (parent.kind === 'BODY_SECTION') {
    const i = parent.children.indexOf(node as ParagraphNode | TableNode);
    if (i === parent.children.length - 1) throw new GasException(LAST_PARAGRAPH);
    parent.children.splice(i, 1);
  } else if (parent.kind === 'TABLE_CELL') {
    const i = parent.children.indexOf(node as ParagraphNode | TableNode);
    if (parent.children.length === 1) throw new GasException("Can't remove the last paragraph in a table cell.");
    parent.children.splice(i, 1);
  } else if (parent.kind === 'TABLE') {
    parent.rows.splice(parent.rows.indexOf(node as RowNode), 1);
  } else if (parent.kind === 'TABLE_ROW') {
    parent.cells.splice(parent.cells.indexOf(node as CellNode), 1);
  } else {
    parent.inlines.splice(parent.inlines.indexOf(node as InlineImageNode | PageBreakNode), 1);
  }
}

abstract class ContainerApi<N extends BodyNode | CellNode> extends ElementApi<N> {
  getNumChildren(): number {
    return this.node.children.length;
  }
  getChild(childIndex: unknown): unknown {
    const i = checkNumber(childIndex, 'getChild');
    const child = this.node.children[i];
    if (!child) throw new GasException(`Child index (${i}) must be less than the number of child elements (${this.node.children.length}).`);
    return this.wrap(child);
  }
  getChildIndex(child: unknown): number {
    const node = nodeOf(child);
    const i = node ? this.node.children.indexOf(node as ParagraphNode | TableNode) : -1;
    if (i < 0) throw new GasException('Element does not contain the specified child element.');
    return i;
  }
  removeChild(child: unknown): this {
    const node = nodeOf(child);
    if (!node || node.parent !== this.node) throw new GasException('Element does not contain the specified child element.');
    removeNode(node);
    return this.self();
  }
  getText(): string {
    return textOf(this.node);
  }
  editAsText(): TextApi {
    return textApi(this.node, this.session);
  }
  getParagraphs(): unknown[] {
    return paragraphsIn(this.node).map((p) => this.wrap(p));
  }
  getTables(): unknown[] {
    return tablesIn(this.node).map((t) => this.wrap(t));
  }
  getImages(): unknown[] {
    return paragraphsIn(this.node).flatMap((p) => p.inlines.filter((x) => x.kind === 'INLINE_IMAGE').map((x) => this.wrap(x)));
  }
  protected insertAt(index: number, child: ParagraphNode | TableNode): void {
    child.parent = this.node;
    this.node.children.splice(index, 0, child);
    // A table is never the last element of a body: Docs keeps a paragraph after it.
    if (child.kind === 'TABLE' && this.node.kind === 'BODY_SECTION' && index === this.node.children.length - 1) {
      const after = new ParagraphNode('PARAGRAPH', '');
      after.parent = this.node;
      this.node.children.push(after);
    }
  }
  appendParagraph(textOrParagraph: unknown): unknown {
    const p = new ParagraphNode('PARAGRAPH', checkString(textOrParagraph, 'DocumentApp.Body.appendParagraph'));
    this.insertAt(this.node.children.length, p);
    return this.wrap(p);
  }
  insertParagraph(childIndex: unknown, text: unknown): unknown {
    const i = checkNumber(childIndex, 'DocumentApp.Body.insertParagraph');
    if (i < 0 || i > this.node.children.length) throw new GasException(`Child index (${i}) must not be greater than the number of child elements (${this.node.children.length}).`);
    const p = new ParagraphNode('PARAGRAPH', checkString(text, 'DocumentApp.Body.insertParagraph'));
    this.insertAt(i, p);
    return this.wrap(p);
  }
  appendListItem(text: unknown): unknown {
    const p = new ParagraphNode('LIST_ITEM', checkString(text, 'DocumentApp.Body.appendListItem'));
    this.insertAt(this.node.children.length, p);
    return this.wrap(p);
  }
  appendTable(cells?: unknown): unknown {
    const table = tableFromCells(cells, 'DocumentApp.Body.appendTable');
    this.insertAt(this.node.children.length, table);
    return this.wrap(table);
  }
  insertTable(childIndex: unknown, cells?: unknown): unknown {
    const i = checkNumber(childIndex, 'DocumentApp.Body.insertTable');
    if (i < 0 || i > this.node.children.length) throw new GasException(`Child index (${i}) must not be greater than the number of child elements (${this.node.children.length}).`);
    const table = tableFromCells(cells, 'DocumentApp.Body.insertTable');
    this.insertAt(i, table);
    return this.wrap(table);
  }
  appendImage(image: unknown): unknown {
    const blob = blobOf(image, 'DocumentApp.Body.appendImage');
    const p = new ParagraphNode('PARAGRAPH', '');
    this.insertAt(this.node.children.length, p);
    const size = imageSize(blob);
    const img = new InlineImageNode(p, blob, size.width, size.height);
    p.inlines.push(img);
    return this.wrap(img);
  }
  clear(): this {
    const p = new ParagraphNode('PARAGRAPH', '');
    p.parent = this.node;
    this.node.children = [p];
    return this.self();
  }
}

class BodyApi extends ContainerApi<BodyNode> {
  appendPageBreak(): unknown {
    const p = new ParagraphNode('PARAGRAPH', '');
    this.insertAt(this.node.children.length, p);
    const pb = new PageBreakNode(p);
    p.inlines.push(pb);
    return this.wrap(pb);
  }
  getPageWidth(): number {
    return this.node.page.width;
  }
  getPageHeight(): number {
    return this.node.page.height;
  }
  getMarginTop(): number {
    return this.node.page.marginTop;
  }
  getMarginBottom(): number {
    return this.node.page.marginBottom;
  }
  getMarginLeft(): number {
    return this.node.page.marginLeft;
  }
  getMarginRight(): number {
    return this.node.page.marginRight;
  }
  setPageWidth(v: unknown): this {
    this.node.page.width = checkNumber(v, 'DocumentApp.Body.setPageWidth');
    return this.self();
  }
  setPageHeight(v: unknown): this {
    this.node.page.height = checkNumber(v, 'DocumentApp.Body.setPageHeight');
    return this.self();
  }
  setMarginTop(v: unknown): this {
    this.node.page.marginTop = checkNumber(v, 'DocumentApp.Body.setMarginTop');
    return this.self();
  }
  setMarginBottom(v: unknown): this {
    this.node.page.marginBottom = checkNumber(v, 'DocumentApp.Body.setMarginBottom');
    return this.self();
  }
  setMarginLeft(v: unknown): this {
    this.node.page.marginLeft = checkNumber(v, 'DocumentApp.Body.setMarginLeft');
    return this.self();
  }
  setMarginRight(v: unknown): this {
    this.node.page.marginRight = checkNumber(v, 'DocumentApp.Body.setMarginRight');
    return this.self();
  }
}

class CellApi extends ContainerApi<CellNode> {
  getParentRow(): unknown {
    return this.wrap(this.node.parent);
  }
  getParentTable(): unknown {
    return this.wrap(this.node.parent.parent);
  }
  setText(text: unknown): this {
    const p = new ParagraphNode('PARAGRAPH', checkString(text, 'DocumentApp.TableCell.setText'));
    p.parent = this.node;
    this.node.children = [p];
    return this.self();
  }
  private setCellAttr(key: AttributeName, value: unknown, method: string): this {
    this.node.attrs[key] = typeof value === 'number' ? checkNumber(value, method) : value;
    return this.self();
  }
  setPaddingTop(v: unknown): this {
    return this.setCellAttr('PADDING_TOP', checkNumber(v, 'DocumentApp.TableCell.setPaddingTop'), 'setPaddingTop');
  }
  setPaddingBottom(v: unknown): this {
    return this.setCellAttr('PADDING_BOTTOM', checkNumber(v, 'DocumentApp.TableCell.setPaddingBottom'), 'setPaddingBottom');
  }
  setPaddingLeft(v: unknown): this {
    return this.setCellAttr('PADDING_LEFT', checkNumber(v, 'DocumentApp.TableCell.setPaddingLeft'), 'setPaddingLeft');
  }
  setPaddingRight(v: unknown): this {
    return this.setCellAttr('PADDING_RIGHT', checkNumber(v, 'DocumentApp.TableCell.setPaddingRight'), 'setPaddingRight');
  }
  getPaddingTop(): unknown {
    return this.node.attrs.PADDING_TOP;
  }
  getPaddingBottom(): unknown {
    return this.node.attrs.PADDING_BOTTOM;
  }
  getPaddingLeft(): unknown {
    return this.node.attrs.PADDING_LEFT;
  }
  getPaddingRight(): unknown {
    return this.node.attrs.PADDING_RIGHT;
  }
  setWidth(v: unknown): this {
    return this.setCellAttr('WIDTH', checkNumber(v, 'DocumentApp.TableCell.setWidth'), 'setWidth');
  }
  getWidth(): unknown {
    const table = this.node.parent.parent;
    return this.node.attrs.WIDTH ?? table.columnWidths[this.node.parent.cells.indexOf(this.node)] ?? null;
  }
  setVerticalAlignment(v: unknown): this {
    if (!(String(v) in VerticalAlignment)) throw signatureError([v], 'DocumentApp.TableCell.setVerticalAlignment');
    return this.setCellAttr('VERTICAL_ALIGNMENT', v, 'setVerticalAlignment');
  }
  getVerticalAlignment(): unknown {
    return this.node.attrs.VERTICAL_ALIGNMENT ?? null;
  }
  setBackgroundColor(color: unknown): this {
    return this.setCellAttr('BACKGROUND_COLOR', checkString(color, 'DocumentApp.TableCell.setBackgroundColor'), 'setBackgroundColor');
  }
  getBackgroundColor(): unknown {
    return this.node.attrs.BACKGROUND_COLOR ?? null;
  }
}

class ParagraphApi extends ElementApi<ParagraphNode> {
  getText(): string {
    return this.node.text;
  }
  setText(text: unknown): void {
    setParagraphText(this.node, checkString(text, `DocumentApp.${this.node.kind === 'PARAGRAPH' ? 'Paragraph' : 'ListItem'}.setText`));
  }
  appendText(text: unknown): TextApi {
    const add = checkString(text, 'DocumentApp.Paragraph.appendText').replace(/\n/g, '\r');
    const from = this.node.text.length;
    const look = this.node.chars[from - 1] ?? this.node.emptyTextAttrs;
    this.node.text += add;
    for (let i = 0; i < add.length; i++) this.node.chars.push({ ...look });
    return textApi(this.node, this.session, { from, length: add.length });
  }
  clear(): this {
    this.node.text = '';
    this.node.chars = [];
    this.node.inlines = [];
    return this.self();
  }
  editAsText(): TextApi {
    return textApi(this.node, this.session);
  }
  getNumChildren(): number {
    return (this.node.text ? 1 : 0) + this.node.inlines.length;
  }
  getChild(childIndex: unknown): unknown {
    const i = checkNumber(childIndex, 'DocumentApp.Paragraph.getChild');
    if (this.node.text && i === 0) return textApi(this.node, this.session);
    const inline = this.node.inlines[i - (this.node.text ? 1 : 0)];
    if (!inline) throw new GasException(`Child index (${i}) must be less than the number of child elements (${this.getNumChildren()}).`);
    return this.wrap(inline);
  }
  private para<K extends AttributeName>(key: K, value: unknown, check: (v: unknown) => unknown): this {
    this.node.attrs[key] = check(value);
    return this.self();
  }
  setAlignment(alignment: unknown): this {
    return this.para('HORIZONTAL_ALIGNMENT', alignment, (v) => {
      if (!(String(v) in HorizontalAlignment)) throw signatureError([v], 'DocumentApp.Paragraph.setAlignment');
      return v;
    });
  }
  getAlignment(): unknown {
    return this.node.attrs.HORIZONTAL_ALIGNMENT ?? null;
  }
  setHeading(heading: unknown): this {
    return this.para('HEADING', heading, (v) => {
      if (!(String(v) in ParagraphHeading)) throw signatureError([v], 'DocumentApp.Paragraph.setHeading');
      return v;
    });
  }
  getHeading(): unknown {
    return this.node.attrs.HEADING ?? 'NORMAL';
  }
  setIndentFirstLine(v: unknown): this {
    return this.para('INDENT_FIRST_LINE', v, (x) => checkNumber(x, 'DocumentApp.Paragraph.setIndentFirstLine'));
  }
  getIndentFirstLine(): unknown {
    return this.node.attrs.INDENT_FIRST_LINE ?? null;
  }
  setIndentStart(v: unknown): this {
    return this.para('INDENT_START', v, (x) => checkNumber(x, 'DocumentApp.Paragraph.setIndentStart'));
  }
  getIndentStart(): unknown {
    return this.node.attrs.INDENT_START ?? null;
  }
  setIndentEnd(v: unknown): this {
    return this.para('INDENT_END', v, (x) => checkNumber(x, 'DocumentApp.Paragraph.setIndentEnd'));
  }
  getIndentEnd(): unknown {
    return this.node.attrs.INDENT_END ?? null;
  }
  setSpacingAfter(v: unknown): this {
    return this.para('SPACING_AFTER', v, (x) => checkNumber(x, 'DocumentApp.Paragraph.setSpacingAfter'));
  }
  getSpacingAfter(): unknown {
    return this.node.attrs.SPACING_AFTER ?? null;
  }
  setSpacingBefore(v: unknown): this {
    return this.para('SPACING_BEFORE', v, (x) => checkNumber(x, 'DocumentApp.Paragraph.setSpacingBefore'));
  }
  getSpacingBefore(): unknown {
    return this.node.attrs.SPACING_BEFORE ?? null;
  }
  setLineSpacing(v: unknown): this {
    return this.para('LINE_SPACING', v, (x) => checkNumber(x, 'DocumentApp.Paragraph.setLineSpacing'));
  }
  getLineSpacing(): unknown {
    return this.node.attrs.LINE_SPACING ?? null;
  }
  appendInlineImage(image: unknown): unknown {
    const blob = blobOf(image, 'DocumentApp.Paragraph.appendInlineImage');
    const size = imageSize(blob);
    const img = new InlineImageNode(this.node, blob, size.width, size.height);
    this.node.inlines.push(img);
    return this.wrap(img);
  }
  appendPageBreak(): unknown {
    if (this.node.parent?.kind === 'TABLE_CELL') throw new GasException('PageBreak cannot be inserted inside a table cell.');
    const pb = new PageBreakNode(this.node);
    this.node.inlines.push(pb);
    return this.wrap(pb);
  }
}

class TableApi extends ElementApi<TableNode> {
  getNumRows(): number {
    return this.node.rows.length;
  }
  getNumChildren(): number {
    return this.node.rows.length;
  }
  getRow(rowIndex: unknown): unknown {
    const i = checkNumber(rowIndex, 'DocumentApp.Table.getRow');
    const row = this.node.rows[i];
    if (!row) throw new GasException(`Child index (${i}) must be less than the number of child elements (${this.node.rows.length}).`);
    return this.wrap(row);
  }
  getChild(childIndex: unknown): unknown {
    return this.getRow(childIndex);
  }
  getCell(rowIndex: unknown, cellIndex: unknown): unknown {
    const r = checkNumber(rowIndex, 'DocumentApp.Table.getCell');
    const c = checkNumber(cellIndex, 'DocumentApp.Table.getCell');
    const row = this.node.rows[r];
    if (!row) throw new GasException(`Child index (${r}) must be less than the number of child elements (${this.node.rows.length}).`);
    const cell = row.cells[c];
    if (!cell) throw new GasException(`Child index (${c}) must be less than the number of child elements (${row.cells.length}).`);
    return this.wrap(cell);
  }
  getText(): string {
    return textOf(this.node);
  }
  editAsText(): TextApi {
    return textApi(this.node, this.session);
  }
  setBorderWidth(width: unknown): this {
    const w = checkNumber(width, 'DocumentApp.Table.setBorderWidth');
    if (w < 0) throw new GasException(`Invalid argument: width ${w}`);
    this.node.attrs.BORDER_WIDTH = w;
    return this.self();
  }
  getBorderWidth(): unknown {
    return this.node.attrs.BORDER_WIDTH;
  }
  setBorderColor(color: unknown): this {
    this.node.attrs.BORDER_COLOR = checkString(color, 'DocumentApp.Table.setBorderColor');
    return this.self();
  }
  getBorderColor(): unknown {
    return this.node.attrs.BORDER_COLOR;
  }
  setColumnWidth(columnIndex: unknown, width: unknown): this {
    const c = checkNumber(columnIndex, 'DocumentApp.Table.setColumnWidth');
    const w = checkNumber(width, 'DocumentApp.Table.setColumnWidth');
    const columns = this.node.rows[0]?.cells.length ?? 0;
    if (c < 0 || c >= columns) throw new GasException(`Index (${c}) must be less than the number of columns (${columns}).`);
    this.node.columnWidths[c] = w;
    return this.self();
  }
  getColumnWidth(columnIndex: unknown): unknown {
    return this.node.columnWidths[checkNumber(columnIndex, 'DocumentApp.Table.getColumnWidth')] ?? null;
  }
}

class RowApi extends ElementApi<RowNode> {
  getNumCells(): number {
    return this.node.cells.length;
  }
  getNumChildren(): number {
    return this.node.cells.length;
  }
  getCell(cellIndex: unknown): unknown {
    const c = checkNumber(cellIndex, 'DocumentApp.TableRow.getCell');
    const cell = this.node.cells[c];
    if (!cell) throw new GasException(`Child index (${c}) must be less than the number of child elements (${this.node.cells.length}).`);
    return this.wrap(cell);
  }
  getChild(childIndex: unknown): unknown {
    return this.getCell(childIndex);
  }
  getParentTable(): unknown {
    return this.wrap(this.node.parent);
  }
  getText(): string {
    return textOf(this.node);
  }
  editAsText(): TextApi {
    return textApi(this.node, this.session);
  }
  setMinimumHeight(height: unknown): this {
    this.node.attrs.MINIMUM_HEIGHT = checkNumber(height, 'DocumentApp.TableRow.setMinimumHeight');
    return this.self();
  }
  getMinimumHeight(): unknown {
    return this.node.attrs.MINIMUM_HEIGHT ?? null;
  }
}

class InlineImageApi extends ElementApi<InlineImageNode> {
  getWidth(): number {
    return this.node.width;
  }
  getHeight(): number {
    return this.node.height;
  }
  setWidth(width: unknown): this {
    this.node.width = checkNumber(width, 'DocumentApp.InlineImage.setWidth');
    return this.self();
  }
  setHeight(height: unknown): this {
    this.node.height = checkNumber(height, 'DocumentApp.InlineImage.setHeight');
    return this.self();
  }
  getBlob(): FakeBlobLike {
    return this.node.blob;
  }
  setAltTitle(title: unknown): this {
    this.node.altTitle = checkString(title, 'DocumentApp.InlineImage.setAltTitle');
    return this.self();
  }
  getAltTitle(): string {
    return this.node.altTitle;
  }
  setAltDescription(description: unknown): this {
    this.node.altDescription = checkString(description, 'DocumentApp.InlineImage.setAltDescription');
    return this.self();
  }
  getAltDescription(): string {
    return this.node.altDescription;
  }
}

class PageBreakApi extends ElementApi<PageBreakNode> {}

/** A view over an element's text (or, from appendText, over the text just appended). */
class TextApi {
  constructor(readonly node: DocNode, private readonly session: Session, private readonly window: TextWindow | null) {}
  private self(): TextApi {
    return textApi(this.node, this.session, this.window);
  }
  private flat(): string {
    const all = textOf(this.node);
    return this.window ? all.slice(this.window.from, this.window.from + this.window.length) : all;
  }
  private set(args: unknown[], key: AttributeName, method: string, check: (v: unknown) => boolean): TextApi {
    if (args.length === 1) {
      if (!check(args[0])) throw signatureError(args, `DocumentApp.Text.${method}`);
      applyTextAttrs(this.node, this.window, null, { [key]: args[0] });
    } else if (args.length === 3) {
      if (typeof args[0] !== 'number' || typeof args[1] !== 'number' || !check(args[2])) throw signatureError(args, `DocumentApp.Text.${method}`);
      applyTextAttrs(this.node, this.window, [args[0], args[1]], { [key]: args[2] });
    } else {
      throw signatureError(args, `DocumentApp.Text.${method}`);
    }
    return this.self();
  }
  getType(): string {
    return 'TEXT';
  }
  getText(): string {
    return this.flat();
  }
  getParent(): unknown {
    return apiFor(this.node, this.session);
  }
  setText(text: unknown): TextApi {
    const value = checkString(text, 'DocumentApp.Text.setText');
    if (this.node.kind !== 'PARAGRAPH' && this.node.kind !== 'LIST_ITEM') throw new GasException('Fake Text.setText: only the text of one paragraph can be replaced here.');
    setParagraphText(this.node, value);
    return this.self();
  }
  setBold(...args: unknown[]): TextApi {
    return this.set(args, 'BOLD', 'setBold', (v) => typeof v === 'boolean' || v === null);
  }
  setItalic(...args: unknown[]): TextApi {
    return this.set(args, 'ITALIC', 'setItalic', (v) => typeof v === 'boolean' || v === null);
  }
  setUnderline(...args: unknown[]): TextApi {
    return this.set(args, 'UNDERLINE', 'setUnderline', (v) => typeof v === 'boolean' || v === null);
  }
  setStrikethrough(...args: unknown[]): TextApi {
    return this.set(args, 'STRIKETHROUGH', 'setStrikethrough', (v) => typeof v === 'boolean' || v === null);
  }
  setFontSize(...args: unknown[]): TextApi {
    return this.set(args, 'FONT_SIZE', 'setFontSize', (v) => typeof v === 'number' || v === null);
  }
  setFontFamily(...args: unknown[]): TextApi {
    return this.set(args, 'FONT_FAMILY', 'setFontFamily', (v) => typeof v === 'string' || v === null);
  }
  setForegroundColor(...args: unknown[]): TextApi {
    return this.set(args, 'FOREGROUND_COLOR', 'setForegroundColor', (v) => typeof v === 'string' || v === null);
  }
  setBackgroundColor(...args: unknown[]): TextApi {
    return this.set(args, 'BACKGROUND_COLOR', 'setBackgroundColor', (v) => typeof v === 'string' || v === null);
  }
  setLinkUrl(...args: unknown[]): TextApi {
    return this.set(args, 'LINK_URL', 'setLinkUrl', (v) => typeof v === 'string' || v === null);
  }
  setAttributes(...args: unknown[]): TextApi {
    if (args.length === 1) {
      const attrs = pick(checkAttributes(args[0], 'DocumentApp.Text.setAttributes'), TEXT_ATTRIBUTES);
      applyTextAttrs(this.node, this.window, null, attrs);
    } else if (args.length === 3 && typeof args[0] === 'number' && typeof args[1] === 'number') {
      const attrs = pick(checkAttributes(args[2], 'DocumentApp.Text.setAttributes'), TEXT_ATTRIBUTES);
      applyTextAttrs(this.node, this.window, [args[0], args[1]], attrs);
    } else {
      throw signatureError(args, 'DocumentApp.Text.setAttributes');
    }
    return this.self();
  }
  isBold(offset?: number | null): boolean | null {
    return readTextAttr(this.node, this.window, 'BOLD', offset) as boolean | null;
  }
  isItalic(offset?: number | null): boolean | null {
    return readTextAttr(this.node, this.window, 'ITALIC', offset) as boolean | null;
  }
  isUnderline(offset?: number | null): boolean | null {
    return readTextAttr(this.node, this.window, 'UNDERLINE', offset) as boolean | null;
  }
  getFontSize(offset?: number | null): number | null {
    return readTextAttr(this.node, this.window, 'FONT_SIZE', offset) as number | null;
  }
  getFontFamily(offset?: number | null): string | null {
    return readTextAttr(this.node, this.window, 'FONT_FAMILY', offset) as string | null;
  }
  getForegroundColor(offset?: number | null): string | null {
    return readTextAttr(this.node, this.window, 'FOREGROUND_COLOR', offset) as string | null;
  }
  getAttributes(offset?: number | null): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const key of TEXT_ATTRIBUTES) out[key] = readTextAttr(this.node, this.window, key as AttributeName, offset);
    return out;
  }
  /** Offsets where the attributes change (0 first). */
  getTextAttributeIndices(): number[] {
    const { segments } = segmentsOf(this.node);
    const out: number[] = [];
    let previous = '';
    for (const s of segments) {
      s.para.chars.forEach((c, i) => {
        const key = JSON.stringify(c);
        if (out.length === 0 || key !== previous) out.push(s.start + i);
        previous = key;
      });
    }
    return out.length ? out : [0];
  }
}

class DocumentApi {
  constructor(readonly session: Session) {}
  getId(): string {
    return this.session.state.id;
  }
  getName(): string {
    return this.session.state.name;
  }
  setName(name: unknown): this {
    this.session.state.name = checkString(name, 'DocumentApp.Document.setName');
    const file = this.session.state.driveFile?.();
    if (file) file.name = this.session.state.name;
    return apiOfSession(this.session) as this;
  }
  getUrl(): string {
    return this.session.state.url;
  }
  getBody(): unknown {
    return apiFor(this.session.state.body, this.session);
  }
  saveAndClose(): void {
    this.session.open = false;
    this.session.state.dirty = false;
  }
  addEditor(emailOrUser: unknown): this {
    this.session.state.editors.push(emailOf(emailOrUser, 'DocumentApp.Document.addEditor'));
    return apiOfSession(this.session) as this;
  }
  addEditors(emails: unknown): this {
    if (!Array.isArray(emails)) throw signatureError([emails], 'DocumentApp.Document.addEditors');
    for (const e of emails) this.session.state.editors.push(checkString(e, 'DocumentApp.Document.addEditors'));
    const file = this.session.state.driveFile?.();
    if (file) for (const e of emails as string[]) if (!file.editors.includes(e)) file.editors.push(e);
    return apiOfSession(this.session) as this;
  }
  addViewer(emailOrUser: unknown): this {
    this.session.state.viewers.push(emailOf(emailOrUser, 'DocumentApp.Document.addViewer'));
    return apiOfSession(this.session) as this;
  }
  addViewers(emails: unknown): this {
    if (!Array.isArray(emails)) throw signatureError([emails], 'DocumentApp.Document.addViewers');
    for (const e of emails) this.session.state.viewers.push(checkString(e, 'DocumentApp.Document.addViewers'));
    return apiOfSession(this.session) as this;
  }
}

function emailOf(value: unknown, method: string): string {
  const raw = unwrap(value) as unknown;
  if (typeof raw === 'string') return raw;
  if (raw && typeof (raw as { getEmail?: unknown }).getEmail === 'function') return String((raw as { getEmail(): string }).getEmail());
  throw signatureError([value], method);
}

const documentApis = new WeakMap<Session, object>();
function apiOfSession(session: Session): object {
  let api = documentApis.get(session);
  if (!api) {
    api = expose(new DocumentApi(session), 'Document', session);
    documentApis.set(session, api);
  }
  return api;
}

// ---------------------------------------------------------------------------------------------
// The service.

export interface DocumentAppFakeOptions {
  /** Share a counter with other fakes; a new one otherwise. */
  calls?: CallCounter;
  /** Documents made here are registered with the DriveApp fake (driveApp.ts), when given. */
  drive?: { registerFile(options: RegisterFileOptions): unknown; files?: Map<string, { name: string; editors: string[]; viewers: string[] }> };
  /** Ids of new documents: "doc-1", "doc-2"… unless given. */
  idPrefix?: string;
}

export interface DocumentAppFake {
  /** The DocumentApp global. */
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  calls: CallCounter;
  /** Every document by id: the model tests read. */
  documents: Map<string, DocState>;
  /** The document created last (throws if none). */
  lastDocument(): DocState;
}

export function createDocumentAppFake(options: DocumentAppFakeOptions = {}): DocumentAppFake {
  const calls = options.calls ?? createCallCounter();
  const documents = new Map<string, DocState>();
  const prefix = options.idPrefix ?? 'doc-';
  let next = 1;

  const openSession = (state: DocState): object => apiOfSession({ state, open: true, counter: calls, apis: new Map() });

  const service = {
    Attribute,
    ElementType,
    GlyphType,
    HorizontalAlignment,
    ParagraphHeading,
    PositionedLayout,
    TextAlignment,
    VerticalAlignment,
    create(name: unknown): object {
      const docName = checkString(name, 'DocumentApp.create');
      const id = `${prefix}${next++}`;
      const body = new BodyNode();
      const first = new ParagraphNode('PARAGRAPH', '');
      first.parent = body;
      body.children.push(first);
      const state: DocState = { id, name: docName, url: `https://docs.google.com/open?id=${id}`, body, dirty: false, editors: [], viewers: [], driveFile: () => options.drive?.files?.get(id) };
      documents.set(id, state);
      options.drive?.registerFile({ id, name: docName, mimeType: DOC_MIME, url: `https://docs.google.com/document/d/${id}/edit` });
      return openSession(state);
    },
    openById(id: unknown): object {
      const state = documents.get(checkString(id, 'DocumentApp.openById'));
      if (!state) throw new GasException('Document is missing (perhaps it was deleted, or you don\'t have read access?)');
      return openSession(state);
    },
    openByUrl(url: unknown): object {
      const text = checkString(url, 'DocumentApp.openByUrl');
      const state = [...documents.values()].find((d) => d.url === text || text.includes(`/d/${d.id}/`) || text.endsWith(`id=${d.id}`));
      if (!state) throw new GasException('Document is missing (perhaps it was deleted, or you don\'t have read access?)');
      return openSession(state);
    },
    /** No document is bound to the script in tests. */
    getActiveDocument(): null {
      return null;
    },
  };

  return {
    DocumentApp: counted(service, 'DocumentApp', calls) as unknown as GoogleAppsScript.Document.DocumentApp,
    calls,
    documents,
    lastDocument() {
      const all = [...documents.values()];
      const last = all[all.length - 1];
      if (!last) throw new Error('No document was created');
      return last;
    },
  };
}
