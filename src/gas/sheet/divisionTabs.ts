/**
 * Where each division's cells are read from, for the runs that only read (the sidebar, "Tổng hợp"): the
 * named range of the tab whose id setup recorded (tabRange.ts), one call. A division whose tab has none (a
 * Sheet set up by an earlier version, a tab setup has not seen, a named range someone removed) is found as
 * setup finds it, by id or name among all the sheets, listed once for the execution and only then.
 */
import type { Division } from '../../core/settings';
import { DivisionSheet, findDivisionSheets, indexSheets } from './divisionSheets';
import { DocumentState } from './documentState';
import { readTabCells, TabCells } from './grid';
import { readNamedTab, tabRangeName } from './tabRange';

export interface DivisionTab {
  division: Division;
  /** The tab's sheet id (null when the division has no tab). */
  sheetId: number | null;
  /** The tab's cells, read the first time they are asked for (a few calls, whatever the rows); null when the division has no tab. */
  read(): TabCells | null;
}

/** Reads once per execution, however often the cells are asked for. */
function once(read: () => TabCells | null): () => TabCells | null {
  let cells: TabCells | null | undefined;
  return () => {
    if (cells === undefined) cells = read();
    return cells;
  };
}

export class DivisionTabs {
  private bySheets: DivisionSheet[] | null = null;
  private readonly located = new Map<Division, DivisionTab>();

  constructor(
    private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
    private readonly divisions: Division[],
    private readonly state: DocumentState,
  ) {}

  /** Every division's tab, in the settings' order. */
  all(): DivisionTab[] {
    return this.divisions.map((d) => this.of(d));
  }

  byTabName(tabName: string): DivisionTab | null {
    const division = this.divisions.find((d) => d.tabName === tabName);
    return division ? this.of(division) : null;
  }

  /** The division whose tab has this id, or null; looks up only that division when setup recorded the id. */
  bySheetId(sheetId: number): DivisionTab | null {
    const name = this.state.divisionSheets().get(sheetId);
    const recorded = this.divisions.find((d) => d.name === name);
    const first = recorded ? this.of(recorded) : null;
    if (first && first.sheetId === sheetId) return first;
    return this.all().find((t) => t.sheetId === sheetId) ?? null;
  }

  /** The division's sheet, for a call that changes its tab (protection, the edit stamp). */
  sheetOf(division: Division): DivisionSheet {
    return this.sheets().find((e) => e.division === division)!;
  }

  of(division: Division): DivisionTab {
    let tab = this.located.get(division);
    if (!tab) {
      tab = this.locate(division);
      this.located.set(division, tab);
    }
    return tab;
  }

  private locate(division: Division): DivisionTab {
    // The id setup recorded first for this division: the one findDivisionSheets would take if its sheet exists.
    let id: number | null = null;
    for (const [sheetId, name] of this.state.divisionSheets()) {
      if (name === division.name) {
        id = sheetId;
        break;
      }
    }
    const range = id !== null ? this.namedRange(id) : null;
    if (range) return { division, sheetId: id, read: once(() => this.readNamed(range, division)) };
    const entry = this.sheets().find((e) => e.division === division)!;
    return { division, sheetId: entry.sheetId, read: once(() => (entry.sheet ? readTabCells(entry.sheet) : null)) };
  }

  /** Through the named range; a range Google cannot read any more (#REF!) sends the division to the whole-sheet read. */
  private readNamed(range: GoogleAppsScript.Spreadsheet.Range, division: Division): TabCells | null {
    try {
      return readNamedTab(range) ?? readTabCells(range.getSheet());
    } catch (_e) {
      const entry = this.sheets().find((e) => e.division === division)!;
      return entry.sheet ? readTabCells(entry.sheet) : null;
    }
  }

  private namedRange(sheetId: number): GoogleAppsScript.Spreadsheet.Range | null {
    try {
      return this.spreadsheet.getRangeByName(tabRangeName(sheetId));
    } catch (_e) {
      return null;
    }
  }

  /** Every division with its sheet, listed once (all the sheets and their ids): for the calls that change a tab. */
  sheets(): DivisionSheet[] {
    if (!this.bySheets) this.bySheets = findDivisionSheets(indexSheets(this.spreadsheet.getSheets()), this.divisions, this.state);
    return this.bySheets;
  }
}
