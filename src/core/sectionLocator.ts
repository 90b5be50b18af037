/**
 * Finds the sections of a division's tab wherever they are now: rows inserted, blank rows,
 * sorted rows. A section is found by its title ("II. TỒN TẠI…" in column A); its header row by
 * its column titles. Works on any grid, from Google Sheets or from an .xlsx file.
 */
import { Grid, cellAt, cellText, isBlank } from './grid';
import { ResolvedForm, ResolvedSection, SECTION_IDS, SectionId, upper } from './form';
import { headerLabel } from './tabLayout';

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
}

export interface TabLocation {
  /** In form order; sections not found at all are absent. */
  sections: LocatedSection[];
  missing: ResolvedSection[];
}

function comparable(text: string): string {
  return upper(text).replace(/\s*\*\s*$/, '').replace(/\s+/g, ' ').trim();
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

/** How many of a section's headers a row holds in place. */
function headerScore(grid: Grid, rowIndex: number, section: ResolvedSection): number {
  let score = 0;
  section.columns.forEach((_, i) => {
    if (headerMatches(cellText(cellAt(grid, rowIndex, i)), section, i)) score++;
  });
  return score;
}

function isHeaderRowOf(grid: Grid, rowIndex: number, section: ResolvedSection): boolean {
  // STT alone is not enough: every section starts with it. Half the headers in place is.
  return headerScore(grid, rowIndex, section) >= Math.ceil(section.columns.length / 2);
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
    located.set(id, { section, titleRow: found.titleRow, headerRow, end, itemRows });
  });
  return {
    sections: SECTION_IDS.filter((id) => located.has(id)).map((id) => located.get(id)!),
    missing: form.sections.filter((s) => !located.has(s.id)),
  };
}
