/** Which sheet of the Spreadsheet is which division's tab: by the id recorded at setup, else by the tab name. */
import type { Division } from '../core/settings';
import { DocumentState } from './documentState';

export interface DivisionSheet {
  division: Division;
  sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
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
  const byId = new Map(index.map((s) => [s.id, s.sheet] as const));
  const byName = new Map(index.map((s) => [s.name.toLocaleLowerCase('vi'), s.sheet] as const));
  return divisions.map((division) => {
    for (const [id, name] of recorded) {
      if (name === division.name && byId.has(id)) return { division, sheet: byId.get(id)! };
    }
    return { division, sheet: byName.get(division.tabName.toLocaleLowerCase('vi')) ?? null };
  });
}

/** The division whose tab this sheet is, or null. */
export function divisionOfSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, all: DivisionSheet[]): DivisionSheet | null {
  const id = sheet.getSheetId();
  return all.find((d) => d.sheet !== null && d.sheet.getSheetId() === id) ?? null;
}
