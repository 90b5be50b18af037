/**
 * How an .xlsx sheet of the form guards itself and prints. Protection has no password: it stops a formula
 * or a header being overwritten by accident, not a person who means to (Review → Unprotect Sheet).
 * A division may still insert and delete rows, resize and format, sort and filter; only the cells it
 * types into are unlocked.
 */
import type ExcelJS from 'exceljs';

export const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatCells: true,
  formatColumns: true,
  formatRows: true,
  insertRows: true,
  deleteRows: true,
  sort: true,
  autoFilter: true,
};

export function protectWithoutPassword(sheet: ExcelJS.Worksheet): void {
  // exceljs does its work synchronously inside the promise; without a password there is no hash to wait for.
  void sheet.protect('', PROTECTION);
}

/** A4 landscape, one page wide, pages as long as needed; the tab title repeated on every page. */
export function printLayout(sheet: ExcelJS.Worksheet, footerName: string, titleRows?: string): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.25, footer: 0.25 },
    ...(titleRows ? { printTitlesRow: titleRows } : {}),
  };
  // "&" starts a code in Excel's header and footer: "KH&CN" must be written "KH&&CN". Excel takes 255 characters.
  const name = footerName.slice(0, 200).replace(/&/g, '&&');
  sheet.headerFooter = { oddFooter: `&L&"Arial,Regular"&8${name}&R&"Arial,Regular"&8Trang &P/&N` };
}
