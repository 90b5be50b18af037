/**
 * "tong-hop --pdf": the .docx also as a PDF for signing (digital signatures in the e-office systems take PDF),
 * converted by LibreOffice (`soffice --headless --convert-to pdf`), which lays the pages out as Word does.
 * When LibreOffice is not installed, says in Vietnamese how to install it; the .docx is written either way.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, renameSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { displayPath } from './paths';

export const INSTALL_LIBREOFFICE =
  'Chưa có LibreOffice nên chưa xuất được PDF (tệp .docx vẫn đã ghi). Cài LibreOffice rồi chạy lại lệnh:\n' +
  '  - Debian, Ubuntu: sudo apt-get install libreoffice-writer-nogui\n' +
  '  - Windows, macOS: tải tại https://www.libreoffice.org/download/ và cài như thường lệ\n' +
  'Hoặc mở tệp .docx bằng Word, LibreOffice rồi chọn Lưu dưới dạng PDF (Save as PDF).';

export type PdfOutcome = { ok: true; pdf: string } | { ok: false; message: string };

/** The PDF beside the .docx, same name, `.pdf`. */
export function pdfTarget(docx: string): string {
  return path.join(path.dirname(docx), `${path.basename(docx, path.extname(docx))}.pdf`);
}

/** Converts `docx` into the PDF beside it (replaced if it is there), with the LibreOffice on the PATH. */
export function convertToPdf(docx: string, soffice = 'soffice'): PdfOutcome {
  const target = pdfTarget(docx);
  // LibreOffice names its output after the input; a folder of its own keeps it from touching anything else,
  // and a profile of its own lets it run while the user has LibreOffice open.
  const work = mkdtempSync(path.join(os.tmpdir(), 'bao-cao-pdf-'));
  try {
    const run = spawnSync(soffice, [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, path.resolve(docx)], { encoding: 'utf8', timeout: 120000 });
    if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: false, message: INSTALL_LIBREOFFICE };
    const made = path.join(work, `${path.basename(docx, path.extname(docx))}.pdf`);
    if (run.error || run.status !== 0 || !existsSync(made)) {
      const why = run.error ? run.error.message : (run.stderr || run.stdout || `mã thoát ${run.status}`).trim();
      return { ok: false, message: `LibreOffice không xuất được PDF từ «${displayPath(docx)}» (${why}). Tệp .docx vẫn đã ghi; có thể mở bằng Word hoặc LibreOffice rồi Lưu dưới dạng PDF.` };
    }
    renameSync(made, target);
    return { ok: true, pdf: target };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
