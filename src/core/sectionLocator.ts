/**
 * Finds the sections of a division's tab wherever they are now: rows inserted, blank rows,
 * sorted rows, columns inserted or deleted. A section is found by its title ("II. TỒN TẠI…" in column A);
 * its header row by its column titles wherever they stand in the row; each column by its header text
 * (the header row is the key), never by its position alone. Works on any grid, from Google Sheets or from an .xlsx file.
 */
import { Grid, cellAt, cellText, isBlank } from './grid';
import { ResolvedForm, ResolvedSection, SECTION_IDS, SectionId, upper } from './form';
import { headerLabel } from './tabLayout';
import { cleanText } from './text';

/**
 * Where a column of the form stands in the tab now. `found`: its header is there; `renamed`: its header
 * cell was cleared or retyped, and the column is recognised by its place between recognised neighbours;
 * `missing`: it is not in the tab (deleted), or cannot be told apart from another column, and is not read.
 */
export interface ColumnPlacement {
  /** 0-based grid column, or null when missing. */
  index: number | null;
  state: 'found' | 'renamed' | 'missing';
}

/** A column of the tab inside a section that the form does not have, holding a header or figures. */
export interface ExtraColumn {
  /** 0-based grid column. */
  index: number;
  header: string;
}

export interface LocatedSection {
  section: ResolvedSection;
  /** 0-based row index of the title row, or null when the title row is gone. */
  titleRow: number | null;
  /** 0-based row index of the header row, or null when the header row is gone. */
  headerRow: number | null;
  /** 0-based index of the first row of the next section (or the grid's length). */
  end: number;
  /** 0-based indices of rows with anything typed in them, between the header (or title) and `end`. */
  itemRows: number[];
  /** One per column of the form, in form order. Without a header row, the form's own positions. */
  columns: ColumnPlacement[];
  /** Columns of the tab the form does not have, with something in them in this section. */
  extras: ExtraColumn[];
}

export interface TabLocation {
  /** In form order; sections not found at all are absent. */
  sections: LocatedSection[];
  missing: ResolvedSection[];
}

function comparable(text: string): string {
  return upper(cleanText(text))
    .replace(/\s*\*\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular expression matching a template text whatever its placeholders became. */
function templatePattern(template: string): RegExp {
  const parts = template.split(/\{\w+\}/).map((p) => escapeRegExp(comparable(p)));
  return new RegExp(`^${parts.join('.+?')}$`);
}

/** The title row text ("I. KẾT QUẢ …") → section id, or null. */
export function titleSectionId(text: string, form: ResolvedForm): SectionId | null {
  const m = /^(VII|VI|IV|V|III|II|I)\s*[.)]\s*(.*)$/.exec(comparable(text));
  if (!m) return null;
  const section = form.sections.find((s) => s.id === m[1]);
  if (!section) return null;
  // The title must start like the template (up to its first placeholder), so "I. Ghi chú" typed as an item is not a title.
  const lead = comparable(section.titleTemplate.split('{')[0]).slice(0, 20);
  return m[2].startsWith(lead) ? section.id : null;
}

/** True when a header cell says what the template says, in this period or in another one. */
export function headerMatches(cellValue: string, section: ResolvedSection, columnIndex: number): boolean {
  const column = section.columns[columnIndex];
  const text = comparable(cellValue);
  return text === comparable(headerLabel(column)) || templatePattern(column.headerTemplate).test(text);
}

/** How many of a section's headers a row holds, wherever they stand in it. */
function headerScore(grid: Grid, rowIndex: number, section: ResolvedSection): number {
  const texts = (grid[rowIndex] || []).map((v) => cellText(v));
  return section.columns.filter((_, i) => texts.some((t) => t !== '' && headerMatches(t, section, i))).length;
}

function isHeaderRowOf(grid: Grid, rowIndex: number, section: ResolvedSection): boolean {
  // STT alone is not enough: every section starts with it. Half the headers is.
  return headerScore(grid, rowIndex, section) >= Math.ceil(section.columns.length / 2);
}

/**
 * Each form column's place in the header row: first by its header text (in form order, so a repeated
 * header goes to the first free column after the previous one), then, for a header cleared or retyped,
 * by the one candidate column between its recognised neighbours.
 */
export function placeColumns(grid: Grid, headerRow: number, section: ResolvedSection, itemRows: number[]): { columns: ColumnPlacement[]; extras: ExtraColumn[] } {
  const row = grid[headerRow] || [];
  const width = Math.max(row.length, ...itemRows.map((r) => (grid[r] || []).length));
  const texts = Array.from({ length: width }, (_, c) => cellText(cellAt(grid, headerRow, c)));
  const hasData = (c: number) => itemRows.some((r) => !isBlank(cellAt(grid, r, c)));
  const used = new Set<number>();
  const columns: ColumnPlacement[] = section.columns.map(() => ({ index: null, state: 'missing' }));
  let previous = -1;
  section.columns.forEach((_, i) => {
    const matches = texts.map((t, c) => c).filter((c) => !used.has(c) && texts[c] !== '' && headerMatches(texts[c], section, i));
    const c = matches.find((m) => m > previous) ?? matches[0];
    if (c === undefined) return;
    columns[i] = { index: c, state: 'found' };
    used.add(c);
    previous = Math.max(previous, c);
  });
  // Gaps between recognised columns: pair their unrecognised form columns with the tab's columns there.
  let i = 0;
  while (i < columns.length) {
    if (columns[i].state !== 'missing') {
      i++;
      continue;
    }
    let j = i;
    while (j < columns.length && columns[j].state === 'missing') j++;
    const left = i > 0 ? columns[i - 1].index! : -1;
    const right = j < columns.length ? columns[j].index! : Infinity;
    // Beyond the form's width, only a column holding something can be a moved one.
    const slots: number[] = [];
    for (let c = left + 1; c < Math.min(right, width); c++) {
      if (used.has(c)) continue;
      if (c < section.columns.length || texts[c] !== '' || hasData(c)) slots.push(c);
    }
    const filled = slots.filter((c) => texts[c] !== '' || hasData(c));
    const pick = slots.length === j - i ? slots : filled.length === j - i ? filled : null;
    if (pick && left < right) {
      pick.forEach((c, k) => {
        columns[i + k] = { index: c, state: 'renamed' };
        used.add(c);
      });
    }
    i = j;
  }
  const extras: ExtraColumn[] = [];
  for (let c = 0; c < width; c++) if (!used.has(c) && (texts[c] !== '' || hasData(c))) extras.push({ index: c, header: texts[c] });
  return { columns, extras };
}

/** The form's own positions, for a section whose header row is gone. */
function templateColumns(section: ResolvedSection): ColumnPlacement[] {
  return section.columns.map((c) => ({ index: c.column - 1, state: 'found' }));
}

function rowIsBlank(grid: Grid, rowIndex: number): boolean {
  return (grid[rowIndex] || []).every(isBlank);
}

export function locateSections(grid: Grid, form: ResolvedForm): TabLocation {
  const starts = new Map<SectionId, { titleRow: number | null; headerRow: number | null; start: number }>();
  for (let r = 0; r < grid.length; r++) {
    const id = titleSectionId(cellText(cellAt(grid, r, 0)), form);
    if (id && !starts.has(id)) starts.set(id, { titleRow: r, headerRow: null, start: r });
  }
  // A section whose title row was deleted is still found by its header row.
  for (const section of form.sections) {
    if (starts.has(section.id)) continue;
    for (let r = 0; r < grid.length; r++) {
      if (isHeaderRowOf(grid, r, section) && ![...starts.values()].some((s) => s.headerRow === r)) {
        starts.set(section.id, { titleRow: null, headerRow: r, start: r });
        break;
      }
    }
  }
  const ordered = [...starts.entries()].sort((a, b) => a[1].start - b[1].start);
  const located = new Map<SectionId, LocatedSection>();
  ordered.forEach(([id, found], i) => {
    const section = form.sections.find((s) => s.id === id)!;
    const end = i + 1 < ordered.length ? ordered[i + 1][1].start : grid.length;
    let headerRow = found.headerRow;
    if (headerRow === null) {
      for (let r = found.start + 1; r < end; r++) {
        if (isHeaderRowOf(grid, r, section)) {
          headerRow = r;
          break;
        }
      }
    }
    const first = (headerRow ?? found.start) + 1;
    const itemRows: number[] = [];
    for (let r = first; r < end; r++) if (!rowIsBlank(grid, r)) itemRows.push(r);
    const placed = headerRow === null ? { columns: templateColumns(section), extras: [] } : placeColumns(grid, headerRow, section, itemRows);
    located.set(id, { section, titleRow: found.titleRow, headerRow, end, itemRows, ...placed });
  });
  return {
    sections: SECTION_IDS.filter((id) => located.has(id)).map((id) => located.get(id)!),
    missing: form.sections.filter((s) => !located.has(s.id)),
  };
}
