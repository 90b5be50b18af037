/** "Tổng hợp" in the built bundle: a new Google Doc from every division's tab, as a reader sees it. */
import { findParagraph, paragraphsIn, tablesIn, textOf, textStyle } from '../fakes/documentApp';
import { loadAppsScript, AppsScriptRun, OFFICE, SHEET_FOLDER, setSetting, typeSample } from './harness';

const LEADER = 'giamdoc@skhcn.bacgiang.gov.vn';

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

test('the menu builds a new Doc, shows its link, logs the run and shares the Doc', () => {
  const run = prepared();
  consolidateFromMenu(run);
  const dialog = run.g.ui.dialogs[run.g.ui.dialogs.length - 1];
  expect(dialog.title).toBe('Tổng hợp');
  expect(dialog.content).toContain('8/9 phòng, đơn vị đã đủ');
  const doc = run.docs.lastDocument();
  const file = run.g.drive.files.get(doc.id)!;
  expect(file.name).toMatch(/^Báo cáo tổng hợp KT-XH 6 tháng đầu năm 2024 \(bản 1, \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}\)$/);
  expect(dialog.content).toContain(doc.url.replace(/&/g, '&amp;'));
  expect(file.commenters).toEqual([LEADER]);
  // The Office made it: its owner, so an editor.
  expect([file.ownerEmail, ...file.editors]).toContain(OFFICE);
  expect(file.parentIds).toEqual([SHEET_FOLDER]);
  const log = run.values('Lịch sử tổng hợp');
  expect(log[0]).toEqual(['Thời gian', 'Người tổng hợp', 'Bản', 'Văn bản', 'Số phòng, đơn vị đã đủ']);
  expect(log[1].slice(1, 3)).toEqual([OFFICE, 1]);
  expect(log[1][4]).toBe('8/9');
  expect(run.g.toasts.map((t: { message: string }) => t.message)).toEqual(expect.arrayContaining(['Đang đọc 5/9 phòng, đơn vị…', 'Đang tạo văn bản…']));
});

test('the Doc reads like the official report: heading block, title, sections, tables, closing, appendix', () => {
  const run = prepared();
  consolidateFromMenu(run);
  const doc = run.docs.lastDocument();
  const text = textOf(doc.body);
  for (const line of ['UBND TỈNH BẮC GIANG', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số:        /BC-SKHCN']) expect(text).toContain(line);
  expect(textStyle(findParagraph(doc, 'BÁO CÁO'))).toMatchObject({ BOLD: true, FONT_SIZE: 14 });
  const heading = findParagraph(doc, 'II. TỒN TẠI, HẠN CHẾ, NGUYÊN NHÂN VÀ BÀI HỌC KINH NGHIỆM');
  expect(textStyle(heading)).toMatchObject({ BOLD: true });
  expect(text.replace(/\u00a0/g, ' ')).toContain('So với năm 2023, 5 chỉ tiêu tăng, nhiều nhất là tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến toàn trình (cao hơn 12,6 điểm phần trăm), số hồ sơ thủ tục hành chính tiếp nhận, giải quyết (tăng 11,0%).');
  expect(text).toContain('Trên đây là báo cáo tình hình thực hiện kế hoạch phát triển kinh tế - xã hội 6 tháng đầu năm 2024');
  expect(text).toContain('Thanh tra Sở (báo cáo chưa đầy đủ)');
  expect(text).toContain('Nơi nhận:');
  expect(text).toContain('Triệu Ngọc Trung');
  expect(text).toContain('TÌNH HÌNH BÁO CÁO CỦA CÁC PHÒNG, ĐƠN VỊ');
  const tables = tablesIn(doc.body);
  const results = tables.find((t) => textOf(t.rows[0]).startsWith('STT\nChỉ tiêu, nhiệm vụ'))!;
  expect(results.rows.length).toBe(7);
  expect(textOf(results.rows[1])).toContain('4.850');
  expect(paragraphsIn(doc.body).length).toBeGreaterThan(100);
});

test('when Drive will not show the Sheet (drive.file scope), the Doc is still made and the dialog says where it is', () => {
  const run = prepared(undefined, ['fake-spreadsheet-id']);
  expect(run.g.calls.uncounted(() => run.g.spreadsheet.getId())).toBe('fake-spreadsheet-id');
  consolidateFromMenu(run);
  const dialog = run.g.ui.dialogs[run.g.ui.dialogs.length - 1];
  expect(dialog.content).toContain('Không chuyển được văn bản vào thư mục của bảng tính');
  const file = run.g.drive.files.get(run.docs.lastDocument().id)!;
  expect(file.commenters).toEqual([LEADER]);
  expect(file.name).toMatch(/^Báo cáo tổng hợp KT-XH/);
});

test('each run makes a new Doc; earlier Docs are not touched', () => {
  const run = prepared();
  consolidateFromMenu(run);
  const first = run.docs.lastDocument();
  const firstText = textOf(first.body);
  consolidateFromMenu(run);
  const second = run.docs.lastDocument();
  expect(second.id).not.toBe(first.id);
  expect(textOf(first.body)).toBe(firstText);
  expect(run.g.drive.files.get(second.id)!.name).toMatch(/\(bản 2, /);
  expect(run.values('Lịch sử tổng hợp').length).toBe(3);
});

test('only the Office may run it; anyone else gets a polite message and nothing is made', () => {
  const run = prepared();
  run.g.session.activeUserEmail = 'nguyenvana@skhcn.bacgiang.gov.vn';
  consolidateFromMenu(run);
  expect(run.g.ui.alerts[run.g.ui.alerts.length - 1].prompt).toBe('Chức năng Tổng hợp dành cho Văn phòng Sở. Nếu bạn cần bản tổng hợp, vui lòng liên hệ Văn phòng Sở.');
  expect(run.docs.documents.size).toBe(0);
});

test('two clicks at once produce two complete Docs one after the other', () => {
  const run = prepared();
  run.g.lock.startRun('click 1');
  consolidateFromMenu(run);
  run.g.lock.startRun('click 2');
  const result = run.call<{ version: number; name: string }>('runConsolidation');
  run.g.lock.endRun();
  expect(result.version).toBe(2);
  const events = run.g.lock.events.filter((e: { type: string }) => e.type === 'acquire' || e.type === 'release').map((e: { run: string; type: string }) => `${e.run}:${e.type}`);
  expect(events.slice(-4)).toEqual(['click 1:acquire', 'click 1:release', 'click 2:acquire', 'click 2:release']);
  const docs = [...run.docs.documents.values()];
  expect(docs).toHaveLength(2);
  for (const d of docs) expect(textOf(d.body)).toContain('VII. KIẾN NGHỊ, ĐỀ XUẤT');
});

test('a failure halfway leaves the Sheet unchanged, says what failed, and removes the half-built Doc', () => {
  const run = prepared();
  const context = run.context as Record<string, unknown>;
  const real = context.DocumentApp as GoogleAppsScript.Document.DocumentApp;
  let tables = 0;
  context.DocumentApp = new Proxy(real, {
    get(target, prop) {
      if (prop !== 'create') return Reflect.get(target, prop);
      return (name: string) => {
        const doc = target.create(name);
        const body = doc.getBody();
        const failingBody = new Proxy(body, {
          get(b, p) {
            const value = Reflect.get(b, p);
            if (p === 'appendTable') return (...args: unknown[]) => {
              if (++tables === 4) throw new Error('Service Documents failed while accessing document');
              return (value as (...a: unknown[]) => unknown).apply(b, args);
            };
            return typeof value === 'function' ? value.bind(b) : value;
          },
        });
        return new Proxy(doc, { get: (d, p) => (p === 'getBody' ? () => failingBody : (Reflect.get(d, p) as (...a: unknown[]) => unknown).bind?.(d) ?? Reflect.get(d, p)) });
      };
    },
  });
  const sheetsBefore = JSON.stringify(run.g.calls.uncounted(() => run.g.spreadsheet.getSheets().map((s) => [s.getName(), s.getDataRange().getValues()])));
  const propertiesBefore = JSON.stringify([...run.g.properties.document.entries()]);
  consolidateFromMenu(run);
  expect(run.g.ui.alerts[run.g.ui.alerts.length - 1].prompt).toBe('Tạo văn bản tổng hợp không thành công, bảng tính không thay đổi. Lỗi: Service Documents failed while accessing document');
  expect(JSON.stringify(run.g.calls.uncounted(() => run.g.spreadsheet.getSheets().map((s) => [s.getName(), s.getDataRange().getValues()])))).toBe(sheetsBefore);
  expect(JSON.stringify([...run.g.properties.document.entries()])).toBe(propertiesBefore);
  const doc = run.docs.lastDocument();
  const file = run.g.drive.files.get(doc.id)!;
  expect(file.trashed).toBe(true);
  expect(file.name).toMatch(/\(đang tạo, chưa xong\)$/);
});

test('reading costs the same whatever the rows; writing grows with paragraphs, never with table cells', () => {
  const count = (rows: number | undefined) => {
    const run = prepared(rows);
    run.g.calls.reset();
    run.call('runConsolidation');
    const c = run.g.calls;
    const doc = run.docs.lastDocument();
    return {
      reads: c.countOf('Range.getValues'),
      sheetCalls: c.totalFor('Range.') + c.totalFor('Sheet.'),
      tableCalls: c.totalFor('Table.') + c.totalFor('TableRow.') + c.totalFor('TableCell.'),
      paragraphCalls: c.totalFor('Paragraph.') + c.countOf('Body.appendParagraph'),
      paragraphs: paragraphsIn(doc.body).length - tablesIn(doc.body).reduce((n, t) => n + paragraphsIn(t).length, 0),
    };
  };
  const few = count(undefined);
  const many = count(20);
  expect(many.reads).toBe(few.reads);
  expect(few.reads).toBe(10);
  expect(many.sheetCalls).toBe(few.sheetCalls);
  expect(many.tableCalls).toBe(few.tableCalls);
  // One sentence per item: more paragraphs, and a bounded number of calls for each.
  expect(many.paragraphs).toBeGreaterThan(few.paragraphs);
  expect((many.paragraphCalls - few.paragraphCalls) / (many.paragraphs - few.paragraphs)).toBeLessThanOrEqual(2);
});

test('a rate typed as "98,5%" (stored by Sheets as 0.985 in percent format) is read as 98.5', () => {
  const run = prepared();
  const h1 = run.values('QLKH').findIndex((r) => String(r[0]).startsWith('I. ')) + 2;
  run.g.calls.uncounted(() => {
    const sheet = run.g.spreadsheet.getSheetByName('QLKH')!;
    sheet.getRange(h1 + 1, 3, 1, 5).setValues([['%', 0.97, 0.99, 0.6, 0.985]]);
    sheet.getRange(h1 + 1, 4, 1, 4).setNumberFormat('0.0%');
  });
  run.call('runConsolidation');
  const text = run.docs.lastDocument().body.children.map((c) => ('text' in c ? String(c.text) : '')).join('\n');
  // Read as 98.5 (not 0.985): the gap to the 99% plan is half a point, and the rate is compared in points.
  expect(text.replace(/\u00a0/g, ' ')).toContain('số nhiệm vụ khoa học và công nghệ cấp tỉnh đang triển khai (ước đạt 98,5%, thấp hơn kế hoạch 0,5 điểm phần trăm)');
});
