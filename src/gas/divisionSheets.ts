/** Which sheet of the Spreadsheet is which division's tab: by the id recorded at setup, else by the tab name. */
import type { Division } from '../core/settings';
import { textKey } from '../core/text';
import { DocumentState } from './documentState';

export interface DivisionSheet {
  division: Division;
  sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
  /** The sheet's id, read once with the index (null when there is no sheet). */
  sheetId: number | null;
}

/** Each sheet with its id and name, read once (each is a service call). */
export interface IndexedSheet {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  id: number;
  name: string;
}

export function indexSheets(sheets: GoogleAppsScript.Spreadsheet.Sheet[]): IndexedSheet[] {
  return sheets.map((sheet) => ({ sheet, id: sheet.getSheetId(), name: sheet.getName() }));
}

export function findDivisionSheets(index: IndexedSheet[], divisions: Division[], state: DocumentState): DivisionSheet[] {
  const recorded = state.divisionSheets();
  const byId = new Map(index.map((s) => [s.id, s] as const));
  const byName = new Map(index.map((s) => [textKey(s.name), s] as const));
  return divisions.map((division) => {
    for (const [id, name] of recorded) {
      if (name === division.name && byId.has(id)) return { division, sheet: byId.get(id)!.sheet, sheetId: id };
    }
    const named = byName.get(textKey(division.tabName));
    return { division, sheet: named?.sheet ?? null, sheetId: named?.id ?? null };
  });
}

/** The division whose tab this sheet is, or null. */
export function divisionOfSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, all: DivisionSheet[]): DivisionSheet | null {
  const id = sheet.getSheetId();
  return all.find((d) => d.sheetId === id) ?? null;
}
