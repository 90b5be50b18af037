/** Which sheet of the Spreadsheet is which division's tab: by the id recorded at setup, else by the tab name. */
import type { Division } from '../../core/settings';
import { textKey } from '../../core/text';
import { DocumentState } from './documentState';

export interface DivisionSheet {
  division: Division;
  sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
  /** The sheet's id, read once with the index (null when there is no sheet). */
  sheetId: number | null;
}

/** Each sheet with its id, read once, and its name, read the first time it is asked for (each is a service call). */
export interface IndexedSheet {
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly id: number;
  readonly name: string;
}

export function indexSheets(sheets: GoogleAppsScript.Spreadsheet.Sheet[]): IndexedSheet[] {
  return sheets.map((sheet) => {
    let name: string | null = null;
    return {
      sheet,
      id: sheet.getSheetId(),
      get name(): string {
        if (name === null) name = sheet.getName();
        return name;
      },
    };
  });
}

export function findDivisionSheets(index: IndexedSheet[], divisions: Division[], state: DocumentState): DivisionSheet[] {
  const recorded = state.divisionSheets();
  const byId = new Map(index.map((s) => [s.id, s] as const));
  // Names are read only when a division's tab is not found by the id setup recorded (a Sheet set up by hand).
  let byName: Map<string, IndexedSheet> | null = null;
  return divisions.map((division) => {
    for (const [id, name] of recorded) {
      if (name === division.name && byId.has(id)) return { division, sheet: byId.get(id)!.sheet, sheetId: id };
    }
    if (!byName) byName = new Map(index.map((s) => [textKey(s.name), s] as const));
    const named = byName.get(textKey(division.tabName));
    return { division, sheet: named?.sheet ?? null, sheetId: named?.id ?? null };
  });
}
