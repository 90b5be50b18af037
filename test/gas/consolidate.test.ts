/**
 * "Tổng hợp" in the built bundle, in a context as bare as Apps Script's V8: the report is packed as a .docx
 * inside the script, uploaded once and converted by Drive into a Google Doc. The test reads the uploaded
 * bytes back with jszip + xmldom (test/render/docxReader.ts), independently of the writer.
 */
import vm from 'vm';
import { ReadDocx, all, bodyElements, child, children, paragraphWith, paragraphs, readDocx, runProperty, styleById, styleOf, text } from '../render/docxReader';
import { expectBodyText, expectClosing, expectHeadingBlock, expectHeadingsAndTables, expectNd30Pages, expectNoTableStyles, expectPageNumbersFromPage2, expectTimesNewRoman } from '../render/nd30Checks';
import { loadAppsScript, AppsScriptRun, OFFICE, SHEET_FOLDER, setSetting, typeSample } from './harness';

const LEADER = 'giamdoc@skhcn.bacgiang.gov.vn';
const DOCS = 'application/vnd.google-apps.document';
const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function prepared(rowsPerSection?: number, driveInaccessible: string[] = []): AppsScriptRun {
  const run = loadAppsScript({}, driveInaccessible);
  run.call('menuSetUp');
  setSetting(run, 'E-mail Văn phòng Sở', OFFICE);
  setSetting(run, 'E-mail lãnh đạo Sở', LEADER);
  typeSample(run, rowsPerSection);
  return run;
}

function consolidateFromMenu(run: AppsScriptRun): void {
  run.call('menuConsolidate');
}

function lastUpload(run: AppsScriptRun) {
  const uploads = run.driveApi.uploads;
  if (!uploads.length) throw new Error('nothing was uploaded');
  return uploads[uploads.length - 1];
}

function sheetAndProperties(run: AppsScriptRun): string {
  return JSON.stringify([run.g.calls.uncounted(() => run.g.spreadsheet.getSheets().map((s) => [s.getName(), s.getDataRange().getValues()])), [...run.g.properties.document.entries()]]);
}

test("the script runs where Node's globals are not: no Buffer, TextEncoder, timers, process or require", () => {
  const run = loadAppsScript();
  const kinds = vm.runInContext('[typeof Buffer, typeof TextEncoder, typeof setTimeout, typeof setImmediate, typeof process, typeof require, typeof btoa]', run.context);
  expect(kinds).toEqual(Array(7).fill('undefined'));
});

test('the menu uploads one .docx, converted into a Google Doc beside the Sheet, shows its link, logs the run and shares the Doc', () => {
  const run = prepared();
  consolidateFromMenu(run);
  const dialog = run.g.ui.dialogs[run.g.ui.dialogs.length - 1];
  expect(dialog.title).toBe('Tổng hợp');
  expect(dialog.content).toContain('8/9 phòng, đơn vị đã đủ');
  expect(run.driveApi.uploads).toHaveLength(1);
  const upload = lastUpload(run);
  expect([upload.mimeType, upload.mediaMimeType]).toEqual([DOCS, WORD]);
  expect(upload.optionalArgs).toMatchObject({ supportsAllDrives: true });
  expect(Array.from(upload.bytes.slice(0, 2))).toEqual([0x50, 0x4b]); // a zip file: "PK"
  const file = run.g.drive.files.get(upload.fileId)!;
  expect(file.name).toMatch(/^Báo cáo tổng hợp KT-XH 6 tháng đầu năm 2024 \(bản 1, \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}\)$/);
  expect(file.mimeType).toBe(DOCS);
  expect(dialog.content).toContain(file.url.replace(/&/g, '&amp;'));
  expect(file.commenters).toEqual([LEADER]);
  expect([file.ownerEmail, ...file.editors]).toContain(OFFICE);
  expect(file.parentIds).toEqual([SHEET_FOLDER]);
  const log = run.values('Lịch sử tổng hợp');
  expect(log[0]).toEqual(['Thời gian', 'Người tổng hợp', 'Bản', 'Văn bản', 'Số phòng, đơn vị đã đủ']);
  expect(log[1].slice(1, 3)).toEqual([OFFICE, 1]);
  expect(log[1][4]).toBe('8/9');
  expect(run.g.toasts.map((t: { message: string }) => t.message)).toEqual(expect.arrayContaining(['Đang đọc 5/9 phòng, đơn vị…', 'Đang tạo văn bản…']));
});

describe('the uploaded .docx, read back, is the ND 30 report', () => {
  let read: ReadDocx;
  beforeAll(async () => {
    const run = prepared();
    consolidateFromMenu(run);
    read = await readDocx(lastUpload(run).bytes);
  });

  it('is on A4 with the margins of Decree 30, the appendix on landscape pages of its own', () => expectNd30Pages(read, true));
  it('numbers its pages from page 2, a lone PAGE field in the header', () => expectPageNumbersFromPage2(read));
  it('is set in Times New Roman, named on the document defaults', () => expectTimesNewRoman(read));
  it('has justified body text with a first-line indent, 6 pt after, 1.15 lines', () => expectBodyText(read));
  it('draws every table with explicit borders, no table style', () => expectNoTableStyles(read));
  it('opens with the heading block: agency 40 %, the sizes of Decree 30, a rule under the agency and the motto', () => expectHeadingBlock(read));
  it('sets headings and tables as Decree 30 does: I. and 1. bold, a) italic, tables 12 pt with a repeated bold header', () => expectHeadingsAndTables(read));
  it('closes with Nơi nhận and the signature in their sizes', () => expectClosing(read));

  it('reads like the official report: heading block, title, sections, tables, closing, appendix', () => {
    // Heading-block lines too long for their column are broken in two (balancedLines): read them as one.
    const whole = text(read.document).replace(/\n/g, ' ');
    for (const line of ['UBND TỈNH BẮC GIANG', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số:        /BC-SKHCN']) expect(whole).toContain(line);
    const title = paragraphWith(read, 'BÁO CÁO');
    expect([runProperty(title, 'b'), runProperty(title, 'sz')]).toEqual(['on', '28']);
    const heading = paragraphWith(read, 'II. TỒN TẠI, HẠN CHẾ, NGUYÊN NHÂN VÀ BÀI HỌC KINH NGHIỆM');
    const style = styleById(read, styleOf(heading)!);
    expect(child(child(style, 'rPr')!, 'b')).not.toBeNull();
    expect(whole.replace(/\u00a0/g, ' ')).toContain(
      'So với năm 2023, 5 chỉ tiêu tăng, nhiều nhất là tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến toàn trình (cao hơn 12,6 điểm phần trăm), số hồ sơ thủ tục hành chính tiếp nhận, giải quyết (tăng 11,0%).',
    );
    expect(whole).toContain('Trên đây là báo cáo tình hình thực hiện kế hoạch phát triển kinh tế - xã hội 6 tháng đầu năm 2024');
    expect(whole).toContain('Thanh tra Sở (báo cáo chưa đầy đủ)');
    expect(whole).toContain('Nơi nhận:');
    expect(whole).toContain('Triệu Ngọc Trung');
    expect(whole).toContain('TÌNH HÌNH BÁO CÁO CỦA CÁC PHÒNG, ĐƠN VỊ');
    const results = bodyElements(read).find((e) => e.localName === 'tbl' && text(children(e, 'tr')[0]).startsWith('STTChỉ tiêu, nhiệm vụ'))!;
    expect(children(results, 'tr')).toHaveLength(7);
    expect(text(children(results, 'tr')[1])).toContain('4.850');
    expect(paragraphs(read.document).length).toBeGreaterThan(100);
  });

  it('draws the lines under the agency and the motto as paragraph borders, not drawings', () => {
    const heading = bodyElements(read)[0];
    expect(heading.localName).toBe('tbl');
    const ruled = paragraphs(heading).filter((p) => all(p, 'pBdr').length > 0);
    expect(ruled).toHaveLength(2);
    expect(all(read.document, 'drawing').length + all(read.document, 'pict').length + all(read.document, 'txbxContent').length).toBe(0);
  });
});

test('when Drive will not show the Sheet (drive.file scope), the Doc is still made and the dialog says where it is', () => {
  const run = prepared(undefined, ['fake-spreadsheet-id']);
  consolidateFromMenu(run);
  const dialog = run.g.ui.dialogs[run.g.ui.dialogs.length - 1];
  expect(dialog.content).toContain('Không chuyển được văn bản vào thư mục của bảng tính');
  const file = run.g.drive.files.get(lastUpload(run).fileId)!;
  expect(file.commenters).toEqual([LEADER]);
  expect(file.name).toMatch(/^Báo cáo tổng hợp KT-XH/);
  expect(file.parentIds).toEqual([run.g.drive.rootFolderId]);
});

test('each run makes a new Doc; earlier Docs are not touched', () => {
  const run = prepared();
  consolidateFromMenu(run);
  const first = lastUpload(run);
  const firstName = run.g.drive.files.get(first.fileId)!.name;
  consolidateFromMenu(run);
  const second = lastUpload(run);
  expect(second.fileId).not.toBe(first.fileId);
  expect(run.g.drive.files.get(first.fileId)!.name).toBe(firstName);
  expect(run.g.drive.files.get(first.fileId)!.trashed).toBe(false);
  expect(run.g.drive.files.get(second.fileId)!.name).toMatch(/\(bản 2, /);
  expect(run.values('Lịch sử tổng hợp').length).toBe(3);
});

test('only the Office may run it; anyone else gets a polite message and nothing is made', () => {
  const run = prepared();
  run.g.session.activeUserEmail = 'nguyenvana@skhcn.bacgiang.gov.vn';
  consolidateFromMenu(run);
  expect(run.g.ui.alerts[run.g.ui.alerts.length - 1].prompt).toBe('Chức năng Tổng hợp dành cho Văn phòng Sở. Nếu bạn cần bản tổng hợp, vui lòng liên hệ Văn phòng Sở.');
  expect(run.driveApi.uploads).toHaveLength(0);
});

test('two clicks at once produce two complete Docs one after the other', async () => {
  const run = prepared();
  run.g.lock.startRun('click 1');
  consolidateFromMenu(run);
  run.g.lock.startRun('click 2');
  const result = run.call<{ version: number; name: string }>('runConsolidation');
  run.g.lock.endRun();
  expect(result.version).toBe(2);
  const events = run.g.lock.events.filter((e: { type: string }) => e.type === 'acquire' || e.type === 'release').map((e: { run: string; type: string }) => `${e.run}:${e.type}`);
  expect(events.slice(-4)).toEqual(['click 1:acquire', 'click 1:release', 'click 2:acquire', 'click 2:release']);
  expect(run.driveApi.uploads).toHaveLength(2);
  for (const upload of run.driveApi.uploads) {
    expect(run.g.drive.files.get(upload.fileId)!.name).not.toContain('chưa xong');
    expect(text((await readDocx(upload.bytes)).document)).toContain('VII. KIẾN NGHỊ, ĐỀ XUẤT');
  }
});

test('when Drive refuses the upload, no file is made and the Sheet is unchanged', () => {
  const run = prepared();
  const before = sheetAndProperties(run);
  const files = run.g.drive.files.size;
  run.driveApi.failCreate('API call to drive.files.create failed with error: Internal Error');
  consolidateFromMenu(run);
  expect(run.g.ui.alerts[run.g.ui.alerts.length - 1].prompt).toBe('Tạo văn bản tổng hợp không thành công, bảng tính không thay đổi. Lỗi: API call to drive.files.create failed with error: Internal Error');
  expect(run.g.drive.files.size).toBe(files);
  expect(sheetAndProperties(run)).toBe(before);
});

/** A Drive whose Files.update fails for the calls `fails` picks, the rest as the fake does. */
function driveFailingUpdates(run: AppsScriptRun, fails: (resource: { name?: string; trashed?: boolean }) => boolean): void {
  const context = run.context as Record<string, unknown>;
  const real = context.Drive as { Files: Record<string, (...a: unknown[]) => unknown>; Permissions: unknown };
  const files = real.Files;
  context.Drive = {
    Permissions: real.Permissions,
    Files: {
      get: (...a: unknown[]) => files.get(...a),
      create: (...a: unknown[]) => files.create(...a),
      update: (...a: unknown[]) => {
        if (fails(a[0] as { name?: string })) throw new Error('Service Drive failed while accessing file');
        return files.update(...a);
      },
    },
  };
}

test('a failure halfway (the Doc cannot be named) trashes the half-made Doc and leaves the Sheet unchanged', () => {
  const run = prepared();
  const before = sheetAndProperties(run);
  driveFailingUpdates(run, (r) => r.name !== undefined);
  consolidateFromMenu(run);
  expect(run.g.ui.alerts[run.g.ui.alerts.length - 1].prompt).toBe('Tạo văn bản tổng hợp không thành công, bảng tính không thay đổi. Lỗi: Service Drive failed while accessing file');
  const file = run.g.drive.files.get(lastUpload(run).fileId)!;
  expect(file.trashed).toBe(true);
  expect(sheetAndProperties(run)).toBe(before);
});

test('when even the trash fails, the half-made Doc keeps its "(đang tạo, chưa xong)" name, and the message says so', () => {
  const run = prepared();
  const before = sheetAndProperties(run);
  driveFailingUpdates(run, () => true);
  consolidateFromMenu(run);
  const file = run.g.drive.files.get(lastUpload(run).fileId)!;
  expect(file.trashed).toBe(false);
  expect(file.name).toMatch(/ \(đang tạo, chưa xong\)$/);
  expect(run.g.ui.alerts[run.g.ui.alerts.length - 1].prompt).toContain(`văn bản dở dang có tên «${file.name}»`);
  expect(sheetAndProperties(run)).toBe(before);
});

test('with «Lưu kèm tệp Word (.docx)» set to Có, the .docx itself is kept beside the Doc', async () => {
  const run = prepared();
  setSetting(run, 'Lưu kèm tệp Word (.docx)', 'Có');
  consolidateFromMenu(run);
  expect(run.driveApi.uploads).toHaveLength(2);
  const [doc, docx] = run.driveApi.uploads;
  expect([doc.mimeType, docx.mimeType]).toEqual([DOCS, WORD]);
  const kept = run.g.drive.files.get(docx.fileId)!;
  expect(kept.name).toBe(`${run.g.drive.files.get(doc.fileId)!.name}.docx`);
  expect(kept.parentIds).toEqual([SHEET_FOLDER]);
  expect(Buffer.from(docx.bytes).equals(Buffer.from(doc.bytes))).toBe(true);
  const dialog = run.g.ui.dialogs[run.g.ui.dialogs.length - 1];
  expect(dialog.content).toContain(kept.url);
});

test('the calls do not grow with the report: each tab read once, the Doc one upload, 20 rows a section as many calls as the sample', () => {
  const count = (rows: number | undefined) => {
    const run = prepared(rows);
    run.g.calls.reset();
    run.call('runConsolidation');
    return { total: run.g.calls.total, reads: run.g.calls.countOf('Range.getValues') + run.g.calls.countOf('Sheet.getSheetValues'), uploads: run.g.calls.countOf('Drive.Files.create') };
  };
  const few = count(undefined);
  const many = count(20);
  expect(few.reads).toBe(10);
  expect(many.reads).toBe(few.reads);
  expect(many.uploads).toBe(1);
  expect(many.total).toBeLessThanOrEqual(few.total * 1.05);
  expect(many.total).toBeLessThanOrEqual(4 * 9 + 40);
});

test('a rate typed as "98,5%" (stored by Sheets as 0.985 in percent format) is read as 98.5', async () => {
  const run = prepared();
  const h1 = run.values('QLKH').findIndex((r) => String(r[0]).startsWith('I. ')) + 2;
  run.g.calls.uncounted(() => {
    const sheet = run.g.spreadsheet.getSheetByName('QLKH')!;
    sheet.getRange(h1 + 1, 3, 1, 5).setValues([['%', 0.97, 0.99, 0.6, 0.985]]);
    sheet.getRange(h1 + 1, 4, 1, 4).setNumberFormat('0.0%');
  });
  run.call('runConsolidation');
  // Read as 98.5 (not 0.985): the gap to the 99% plan is half a point, and the rate is compared in points.
  expect(text((await readDocx(lastUpload(run).bytes)).document).replace(/\u00a0/g, ' ')).toContain('số nhiệm vụ khoa học và công nghệ cấp tỉnh đang triển khai (ước đạt 98,5%, thấp hơn kế hoạch 0,5 điểm phần trăm)');
});
