/** Which sheet of the Spreadsheet is which division's tab: by the id recorded at setup, else by the tab name. */
import type { Division } from '../core/settings';
import { DocumentState } from './documentState';

export interface DivisionSheet {
  division: Division;
  sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
}

export function findDivisionSheets(sheets: GoogleAppsScript.Spreadsheet.Sheet[], divisions: Division[], state: DocumentState): DivisionSheet[] {
  const recorded = state.divisionSheets();
  const byId = new Map(sheets.map((s) => [s.getSheetId(), s] as const));
  const byName = new Map(sheets.map((s) => [s.getName().toLocaleLowerCase('vi'), s] as const));
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
