/**
 * "Xuất PDF để ký": the Doc of a "Tổng hợp" run (by default the latest in the log tab), as it stands now
 * with leadership's edits, exported by Drive to PDF (Files.export) and saved beside the Doc, named like it;
 * the log row of that run gets the PDF's link. Offices sign PDFs digitally (VGCA certificates in the
 * e-office systems).
 */
import type { PdfExportResult } from '../../core/sidebarApi';
import { currentUserEmail, isOffice } from '../sheet/access';
import { requireSettings } from '../sheet/settingsSheet';
import { driveService, mimeTypes, uploadFile } from './summaryFile';
import { LOG_TAB, PDF_COLUMN, hyperlinkFormula } from './summaryLog';

export interface LoggedRun {
  /** 1-based row in the log tab. */
  row: number;
  version: number;
  docId: string;
}

/** The Doc's id in its address (https://docs.google.com/document/d/<id>/edit…). */
export function docIdOf(url: string): string | null {
  const m = /\/document\/d\/([\w-]+)/.exec(url) ?? /[?&]id=([\w-]+)/.exec(url);
  return m ? m[1] : null;
}

/** The runs the log tab lists, from the formulas of its link column and the values of its version column. */
export function loggedRuns(log: GoogleAppsScript.Spreadsheet.Sheet): LoggedRun[] {
  const range = log.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  const runs: LoggedRun[] = [];
  for (let r = 1; r < values.length; r++) {
    const link = /HYPERLINK\("([^"]+)"/i.exec(String(formulas[r]?.[3] ?? ''));
    const docId = link ? docIdOf(link[1]) : null;
    const version = Number(values[r][2]);
    if (docId && Number.isInteger(version)) runs.push({ row: r + 1, version, docId });
  }
  return runs;
}

/** What Files.export gave (a Blob with alt=media), as a PDF blob named `name`. */
function pdfBlob(exported: unknown, name: string): GoogleAppsScript.Base.Blob {
  const blob = exported as GoogleAppsScript.Base.Blob | null;
  if (!blob || typeof blob.getBytes !== 'function') throw new Error('Drive không trả lại nội dung PDF của văn bản.');
  return blob.setName(name).setContentType(mimeTypes().PDF);
}

/** Exports the Doc of run `version` (the latest when null) to PDF beside it. */
export function exportPdfForSigning(version: number | null): PdfExportResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const settings = requireSettings(ss);
  if (!isOffice(settings, currentUserEmail())) throw new Error('Chức năng Xuất PDF để ký dành cho Văn phòng Sở.');
  const log = ss.getSheetByName(LOG_TAB);
  const runs = log ? loggedRuns(log) : [];
  if (!log || runs.length === 0) throw new Error(`Chưa có văn bản tổng hợp nào trong tab «${LOG_TAB}». Hãy chạy Tổng hợp trước.`);
  const chosen = version === null ? runs[runs.length - 1] : runs.filter((r) => r.version === version).pop();
  if (!chosen) throw new Error(`Không có bản ${version} trong tab «${LOG_TAB}»; các bản đã có: ${runs.map((r) => r.version).join(', ')}.`);
  const drive = driveService();
  let doc: { name?: string; parents?: string[] };
  try {
    doc = drive.Files!.get(chosen.docId, { fields: 'name,parents', supportsAllDrives: true });
  } catch (e) {
    throw new Error(`Không mở được văn bản bản ${chosen.version} (có thể đã bị xóa hoặc chuyển quyền sở hữu). Lỗi: ${(e as Error).message}`);
  }
  const name = `${doc.name ?? `Báo cáo tổng hợp bản ${chosen.version}`}.pdf`;
  // Live Apps Script's advanced service gives the exported bytes only with alt=media.
  const exported = (drive.Files! as unknown as { export(id: string, mime: string, args: object): unknown }).export(chosen.docId, mimeTypes().PDF, { alt: 'media', supportsAllDrives: true });
  const pdf = uploadFile(pdfBlob(exported, name), name, doc.parents?.[0] ?? null);
  const header = log.getRange(1, PDF_COLUMN);
  if (header.getValue() === '') header.setValue('Bản PDF để ký');
  log.getRange(chosen.row, PDF_COLUMN).setFormula(hyperlinkFormula(pdf.url, name));
  return { url: pdf.url, name, version: chosen.version };
}
