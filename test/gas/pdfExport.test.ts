/** "Xuất PDF để ký" in the built bundle: the Doc of a run, as it stands now, exported by Drive to a PDF beside it. */
import { loadAppsScript, AppsScriptRun, OFFICE, SHEET_FOLDER, setSetting, typeSample } from './harness';

const PDF = 'application/pdf';

function consolidatedTwice(): AppsScriptRun {
  const run = loadAppsScript();
  run.call('menuSetUp');
  setSetting(run, 'E-mail Văn phòng Sở', OFFICE);
  typeSample(run);
  run.call('runConsolidation');
  run.call('runConsolidation');
  return run;
}

const docOf = (run: AppsScriptRun, i: number) => run.g.drive.files.get(run.driveApi.uploads[i].fileId)!;
const formulas = (run: AppsScriptRun) => run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName('Lịch sử tổng hợp')!.getDataRange().getFormulas());

test('from the menu, the latest Doc becomes a PDF beside it, named like it, linked in its row of the log', () => {
  const run = consolidatedTwice();
  const latest = docOf(run, 1);
  // Leadership renamed the Doc while commenting: the PDF takes the name it has now.
  latest.name = `${latest.name} - đã góp ý`;
  run.call('menuExportPdf');
  expect(run.driveApi.exports).toEqual([{ fileId: latest.id, mimeType: PDF }]);
  const upload = run.driveApi.uploads[run.driveApi.uploads.length - 1];
  expect([upload.name, upload.mimeType, upload.mediaMimeType, upload.parents]).toEqual([`${latest.name}.pdf`, PDF, PDF, [SHEET_FOLDER]]);
  expect(new TextDecoder().decode(upload.bytes).startsWith('%PDF-')).toBe(true);
  const dialog = run.g.ui.dialogs[run.g.ui.dialogs.length - 1];
  expect(dialog.title).toBe('Xuất PDF để ký');
  expect(dialog.content).toContain('Đã xuất PDF để ký của bản 2');
  const pdfFile = run.g.drive.files.get(upload.fileId)!;
  expect(dialog.content).toContain(pdfFile.url);
  const log = run.values('Lịch sử tổng hợp');
  expect(log[0][5]).toBe('Bản PDF để ký');
  expect(formulas(run)[2][5]).toBe(`=HYPERLINK("${pdfFile.url}","${latest.name}.pdf")`);
  expect(formulas(run)[1][5]).toBe('');
});

test('from the sidebar, the version the Office chose', () => {
  const run = consolidatedTwice();
  const first = docOf(run, 0);
  const result = run.call<{ url: string; name: string; version: number }>('exportPdfForSigning', 1);
  expect(result).toMatchObject({ name: `${first.name}.pdf`, version: 1 });
  expect(run.driveApi.exports.map((e) => e.fileId)).toEqual([first.id]);
  expect(formulas(run)[1][5]).toContain(result.url);
});

test('a version that was never made, or no run at all, gets a clear message and nothing is made', () => {
  const run = consolidatedTwice();
  const files = run.g.drive.files.size;
  expect(() => run.call('exportPdfForSigning', 7)).toThrow('Không có bản 7 trong tab «Lịch sử tổng hợp»; các bản đã có: 1, 2.');
  const fresh = loadAppsScript();
  fresh.call('menuSetUp');
  setSetting(fresh, 'E-mail Văn phòng Sở', OFFICE);
  fresh.call('menuExportPdf');
  expect(fresh.g.ui.alerts[fresh.g.ui.alerts.length - 1].prompt).toBe('Chưa có văn bản tổng hợp nào trong tab «Lịch sử tổng hợp». Hãy chạy Tổng hợp trước.');
  expect(run.g.drive.files.size).toBe(files);
});

test('only the Office may export', () => {
  const run = consolidatedTwice();
  run.g.session.activeUserEmail = 'nguyenvana@skhcn.bacgiang.gov.vn';
  expect(() => run.call('exportPdfForSigning', null)).toThrow('Chức năng Xuất PDF để ký dành cho Văn phòng Sở.');
  expect(run.driveApi.exports).toHaveLength(0);
});
