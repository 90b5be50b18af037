/**
 * A folder of files as they arrive by e-mail, with every kind of trouble the issue lists:
 * a file that is not .xlsx, a damaged one, a password-protected one, renamed and deleted headers,
 * merged cells, two files for one division, a division missing, a sheet nobody can place.
 */
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { filledDivisionLayout, sampleFor } from '../../src/core/sampleData';
import { division, encryptedWorkbookBytes, form, legacyXlsBytes, settings, writeDivisionFile } from './helpers';

export const BROKEN = {
  notXlsx: 'ghi-chu.txt',
  legacy: 'Chi cuc TDC.xls',
  damaged: 'TT Ung dung.xlsx',
  encrypted: 'QLCN.xlsx',
  renamedHeaders: 'Van phong.xlsx',
  duplicate: 'Van phong (ban sua).xlsx',
  merged: 'KH-TC.xlsx',
  byTitle: 'bao-cao-thanh-tra.xlsx',
  unknown: 'bang-tinh-khac.xlsx',
} as const;

/** 1-based row of a section's header in a division's sheet filled with the sample. */
export function headerRowOf(tabName: string, sectionId: string): number {
  const d = division(tabName);
  return filledDivisionLayout(form, settings, d, sampleFor(d)).findIndex((l) => l.kind === 'header' && l.sectionId === sectionId) + 1;
}

async function edit(file: string, change: (sheet: ExcelJS.Worksheet) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  change(workbook.worksheets[0]);
  await workbook.xlsx.writeFile(file);
}

export async function writeBrokenFolder(dir: string): Promise<void> {
  const at = (name: string) => path.join(dir, name);
  writeFileSync(at(BROKEN.notXlsx), 'Gửi Văn phòng: số liệu sẽ gửi sau.');
  writeFileSync(at(BROKEN.legacy), legacyXlsBytes());
  writeFileSync(at(BROKEN.encrypted), encryptedWorkbookBytes());
  // Damaged: an .xlsx cut off halfway through (an attachment that did not finish downloading).
  await writeDivisionFile(at(BROKEN.damaged), division('TT Ứng dụng'));
  const whole = readFileSync(at(BROKEN.damaged));
  writeFileSync(at(BROKEN.damaged), whole.subarray(0, Math.floor(whole.length / 2)));
  // Văn phòng: a header renamed and one deleted.
  await writeDivisionFile(at(BROKEN.renamedHeaders), division('Văn phòng'), { modified: new Date(2024, 5, 20, 8, 0) });
  await edit(at(BROKEN.renamedHeaders), (sheet) => {
    sheet.getCell(headerRowOf('Văn phòng', 'I'), 3).value = 'ĐVT';
    sheet.getCell(headerRowOf('Văn phòng', 'II'), 5).value = null;
  });
  // The same division again, a second version saved later.
  await writeDivisionFile(at(BROKEN.duplicate), division('Văn phòng'), { modified: new Date(2024, 5, 21, 9, 30) });
  // KH-TC: two cells of an item merged.
  await writeDivisionFile(at(BROKEN.merged), division('KH-TC'));
  await edit(at(BROKEN.merged), (sheet) => {
    const row = headerRowOf('KH-TC', 'I') + 1;
    sheet.mergeCells(row, 4, row, 5);
  });
  // Thanh tra: the sheet renamed "Trang tính1"; its title row still says whose it is.
  await writeDivisionFile(at(BROKEN.byTitle), division('Thanh tra'), { sheetName: 'Trang tính1' });
  // A workbook whose one sheet nobody can place: renamed, title row cleared, file name unrelated.
  await writeDivisionFile(at(BROKEN.unknown), division('QLKH'), { sheetName: 'Sheet1' });
  await edit(at(BROKEN.unknown), (sheet) => {
    sheet.getCell(1, 1).value = null;
  });
}
