/** The "Báo cáo KT-XH" menu and what its items do. */
import { syncCommentsMessage } from './comments/commentsServer';
import { consolidate } from './summary/consolidate';
import { exportPdfForSigning } from './summary/pdfExport';
import { setUpSpreadsheet, setupMessage } from './setup/setup';

export const MENU_TITLE = 'Báo cáo KT-XH';

/** Menu items: label → the public function (src/main.ts) it calls. */
export const MENU_ITEMS: { label: string; functionName: string }[] = [
  { label: 'Thiết lập / cập nhật biểu mẫu', functionName: 'menuSetUp' },
  { label: 'Kiểm tra biểu mẫu', functionName: 'menuShowSidebar' },
  { label: 'Tổng hợp', functionName: 'menuConsolidate' },
  { label: 'Xuất PDF để ký', functionName: 'menuExportPdf' },
  { label: 'Lấy góp ý của lãnh đạo', functionName: 'menuSyncComments' },
  { label: 'Bật nhắc hạn', functionName: 'menuEnableReminders' },
  { label: 'Tắt nhắc hạn', functionName: 'menuDisableReminders' },
  { label: 'Xem trước thư nhắc', functionName: 'menuPreviewReminders' },
  { label: 'Sang kỳ báo cáo mới', functionName: 'menuNextPeriod' },
];

export function buildMenu(): void {
  const menu = SpreadsheetApp.getUi().createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) menu.addItem(item.label, item.functionName);
  menu.addToUi();
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function runSetUp(): void {
  const ui = SpreadsheetApp.getUi();
  try {
    ui.alert('Thiết lập biểu mẫu', setupMessage(setUpSpreadsheet(SpreadsheetApp.getActiveSpreadsheet())), ui.ButtonSet.OK);
  } catch (e) {
    ui.alert('Thiết lập biểu mẫu', `Không thiết lập được: ${(e as Error).message}`, ui.ButtonSet.OK);
  }
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle('Kiểm tra biểu mẫu');
  SpreadsheetApp.getUi().showSidebar(html);
}

export function runConsolidateFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  try {
    const result = consolidate();
    const notes = result.notes.map((n) => `<p>${escapeHtml(n)}</p>`).join('');
    const html = HtmlService.createHtmlOutput(
      `<div style="font-family:Arial,sans-serif;font-size:14px">` +
        `<p>Đã tạo văn bản tổng hợp (${result.completeCount}/${result.divisionCount} phòng, đơn vị đã đủ):</p>` +
        `<p><a href="${escapeHtml(result.url)}" target="_blank" rel="noopener">${escapeHtml(result.name)}</a></p>${notes}</div>`,
    )
      .setWidth(460)
      .setHeight(200);
    ui.showModalDialog(html, 'Tổng hợp');
  } catch (e) {
    ui.alert('Tổng hợp', (e as Error).message, ui.ButtonSet.OK);
  }
}

export function runExportPdfFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  try {
    const result = exportPdfForSigning(null);
    const html = HtmlService.createHtmlOutput(
      `<div style="font-family:Arial,sans-serif;font-size:14px"><p>Đã xuất PDF để ký của bản ${result.version}, cạnh văn bản:</p>` +
        `<p><a href="${escapeHtml(result.url)}" target="_blank" rel="noopener">${escapeHtml(result.name)}</a></p></div>`,
    )
      .setWidth(460)
      .setHeight(160);
    ui.showModalDialog(html, 'Xuất PDF để ký');
  } catch (e) {
    ui.alert('Xuất PDF để ký', (e as Error).message, ui.ButtonSet.OK);
  }
}

export function runSyncCommentsFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  try {
    ui.alert('Lấy góp ý của lãnh đạo', syncCommentsMessage(), ui.ButtonSet.OK);
  } catch (e) {
    ui.alert('Lấy góp ý của lãnh đạo', (e as Error).message, ui.ButtonSet.OK);
  }
}
