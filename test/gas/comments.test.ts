/**
 * Leadership's comments flow back, in the built bundle over the fakes: leadership comments on two versions'
 * Docs; the Office's sync records each under the division whose text it quotes; the division sees and answers
 * them in its sidebar without access to the Doc; the next sync posts the answer as one reply, naming the division.
 */
import type { CommentsPanel, SidebarState } from '../../src/core/sidebarApi';
import { AppsScriptRun, OFFICE, sheetWithSample } from './harness';

const DIVISION_USER = 'nguyenvana@skhcn.bacgiang.gov.vn';
const QLKH = 'Phòng Quản lý khoa học';
const TDC = 'Chi cục Tiêu chuẩn Đo lường Chất lượng';
const QLKH_TEXT = 'chậm tiến độ, phải điều chỉnh, gia hạn thời gian thực hiện';
const TDC_TEXT = 'kiểm tra đo lường tại chợ, cơ sở kinh doanh nhỏ lẻ';
const TAB = 'Góp ý';

function asUser(run: AppsScriptRun, email: string): void {
  run.g.session.activeUserEmail = email;
}

/** Two "Tổng hợp" runs; leadership comments on both Docs. */
function commented() {
  const run = sheetWithSample(DIVISION_USER);
  run.call('runConsolidation');
  run.call('runConsolidation');
  const [v1, v2] = run.driveApi.uploads.map((u) => u.fileId);
  const c = run.driveApi.comments;
  const onV1 = c.addComment(v1, { quoted: `Một số nhiệm vụ khoa học và công nghệ ${QLKH_TEXT}`, content: 'Đề nghị nêu rõ số nhiệm vụ phải gia hạn.', author: 'Phó Giám đốc Trần Văn B' });
  const onV2 = c.addComment(v2, { quoted: TDC_TEXT.normalize('NFD'), content: 'Bổ sung kế hoạch kiểm tra quý III.' });
  const unmatched = c.addComment(v2, { quoted: 'Độc lập - Tự do - Hạnh phúc', content: 'Sửa lại ngày ban hành.' });
  const qlkhOnV2 = c.addComment(v2, { quoted: QLKH_TEXT, content: '<img src=x onerror=alert(1)> Giải trình thêm' });
  return { run, v1, v2, onV1, onV2, unmatched, qlkhOnV2 };
}

function tab(run: AppsScriptRun): Record<string, unknown>[] {
  const [header, ...rows] = run.values(TAB);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

function sync(run: AppsScriptRun): CommentsPanel {
  asUser(run, OFFICE);
  return run.call<CommentsPanel>('syncLeadershipComments');
}

test('the sync records each comment under the division whose text it quotes, and the unmatched one under the Office', () => {
  const { run, onV1, onV2, unmatched, qlkhOnV2 } = commented();
  const panel = sync(run);
  expect(tab(run).map((r) => [r['Mã góp ý'], r['Phòng, đơn vị'], r['Bản'], r['Trạng thái']])).toEqual([
    [onV1.id, QLKH, 1, 'Chưa trả lời'],
    [onV2.id, TDC, 2, 'Chưa trả lời'],
    [unmatched.id, 'Văn phòng Sở (chưa xác định phòng, đơn vị)', 2, 'Chưa trả lời'],
    [qlkhOnV2.id, QLKH, 2, 'Chưa trả lời'],
  ]);
  expect(tab(run)[0]).toMatchObject({ 'Người góp ý': 'Phó Giám đốc Trần Văn B', 'Nội dung góp ý': 'Đề nghị nêu rõ số nhiệm vụ phải gia hạn.', 'Thời gian': expect.stringMatching(/^\d\d:\d\d \d\d\/\d\d\/\d{4}$/) });
  const office = panel.office!;
  expect(office.divisions.filter((d) => d.total > 0)).toEqual([
    { divisionName: QLKH, open: 2, total: 2 },
    { divisionName: TDC, open: 1, total: 1 },
  ]);
  expect(office.unmatched.map((c) => c.content)).toEqual(['Sửa lại ngày ban hành.']);
  expect(office.syncedAt).toMatch(/^\d\d:\d\d \d\d\/\d\d\/\d{4}$/);
  // Only the Office (and the add-on as the Office) edits the tab.
  const protection = run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName(TAB)!.getProtections('SHEET')[0]);
  expect(protection.getEditors().map((u) => u.getEmail())).toEqual([OFFICE]);
});

test('the division sees its comments by version in its sidebar, answers, and the next sync posts one reply naming it; a third posts nothing', () => {
  const { run, v1, onV1, qlkhOnV2 } = commented();
  sync(run);
  asUser(run, DIVISION_USER);
  const panel = run.call<CommentsPanel>('getLeadershipComments', 'QLKH');
  expect(panel.office).toBeNull();
  expect(panel.groups.map((g) => [g.title, g.comments.map((c) => c.commentId)])).toEqual([
    ['Góp ý của lãnh đạo (bản 2)', [qlkhOnV2.id]],
    ['Góp ý của lãnh đạo (bản 1)', [onV1.id]],
  ]);
  expect(panel.groups[1].comments[0]).toMatchObject({ author: 'Phó Giám đốc Trần Văn B', quoted: `Một số nhiệm vụ khoa học và công nghệ ${QLKH_TEXT}`, canAnswer: true, answer: null });
  expect(JSON.stringify(panel)).not.toMatch(/Kiểm tra đo lường|Sửa lại ngày/i);

  const answered = run.call<CommentsPanel>('answerComment', 'QLKH', onV1.id, '  Đã bổ sung: 02 nhiệm vụ gia hạn\nsang năm 2025 ');
  expect(answered.groups[1].comments[0]).toMatchObject({ answer: 'Đã bổ sung: 02 nhiệm vụ gia hạn sang năm 2025', answeredBy: DIVISION_USER, posted: false, stateLabel: 'Đã tiếp thu, chờ gửi vào văn bản' });
  expect(run.driveApi.comments.repliesCreated).toEqual([]);

  sync(run);
  expect(run.driveApi.comments.repliesCreated).toEqual([{ fileId: v1, commentId: onV1.id, content: 'Phòng Quản lý khoa học: Đã tiếp thu — Đã bổ sung: 02 nhiệm vụ gia hạn sang năm 2025' }]);
  const row = tab(run).find((r) => r['Mã góp ý'] === onV1.id)!;
  expect(row).toMatchObject({ 'Trạng thái': 'Đã tiếp thu', 'Trả lời': 'Đã bổ sung: 02 nhiệm vụ gia hạn sang năm 2025', 'Người trả lời': DIVISION_USER });
  expect(row['Đã đăng trả lời vào văn bản']).toMatch(/^\d\d:\d\d \d\d\/\d\d\/\d{4}$/);

  sync(run);
  expect(run.driveApi.comments.repliesCreated).toHaveLength(1);
  // Answered on an earlier version: no longer listed; the one still open stays.
  asUser(run, DIVISION_USER);
  const after = run.call<CommentsPanel>('getLeadershipComments', 'QLKH');
  expect(after.groups.map((g) => g.comments.map((c) => c.commentId))).toEqual([[qlkhOnV2.id]]);
  expect(() => run.call('answerComment', 'QLKH', onV1.id, 'Lần nữa')).toThrow('Góp ý này đã được trả lời và đã gửi vào văn bản.');
});

test('an edited comment updates its row; a resolved or deleted one is marked, never dropped', () => {
  const { run, onV1, onV2, qlkhOnV2 } = commented();
  sync(run);
  run.driveApi.comments.editComment(onV1.id, 'Đề nghị nêu rõ số nhiệm vụ và lý do gia hạn.');
  run.driveApi.comments.resolveComment(onV2.id);
  run.driveApi.comments.removeComment(qlkhOnV2.id);
  sync(run);
  const rows = tab(run);
  expect(rows).toHaveLength(4);
  expect(rows.map((r) => [r['Mã góp ý'], r['Nội dung góp ý'], r['Trạng thái']])).toEqual([
    [onV1.id, 'Đề nghị nêu rõ số nhiệm vụ và lý do gia hạn.', 'Chưa trả lời'],
    [onV2.id, 'Bổ sung kế hoạch kiểm tra quý III.', 'Đã đóng trong văn bản'],
    [expect.any(String), 'Sửa lại ngày ban hành.', 'Chưa trả lời'],
    [qlkhOnV2.id, '<img src=x onerror=alert(1)> Giải trình thêm', 'Đã xóa trong văn bản'],
  ]);
});

test('a division cannot answer another division’s comment, nor someone else answer for a division', () => {
  const { run, onV2, onV1 } = commented();
  sync(run);
  asUser(run, DIVISION_USER);
  expect(() => run.call('answerComment', 'QLKH', onV2.id, 'Đã tiếp thu')).toThrow(`Góp ý này không thuộc ${QLKH}; chỉ phòng, đơn vị được góp ý mới trả lời được.`);
  expect(() => run.call('answerComment', 'Chi cục TĐC', onV2.id, 'Đã tiếp thu')).not.toThrow(); // no e-mails set for TĐC yet: open to everyone, as its tab is
  asUser(run, 'nguoila@gmail.com');
  expect(() => run.call('answerComment', 'QLKH', onV1.id, 'Đã tiếp thu')).toThrow(`Chỉ người nhập của ${QLKH} hoặc Văn phòng Sở được trả lời góp ý của ${QLKH}.`);
  // The protected tab was never touched by the division's calls.
  expect(tab(run).every((r) => r['Trả lời'] === '')).toBe(true);
});

test('the Office’s sidebar syncs on opening, at most every five minutes', () => {
  const { run } = commented();
  asUser(run, OFFICE);
  const first = run.call<CommentsPanel>('getLeadershipComments', null);
  expect(first.office!.unmatched).toHaveLength(1);
  const lists = () => run.g.calls.countOf('Drive.Comments.list');
  const before = lists();
  run.driveApi.comments.addComment(run.driveApi.uploads[1].fileId, { quoted: 'Độc lập', content: 'Thêm' });
  run.call('getLeadershipComments', null);
  expect(lists()).toBe(before);
  expect(tab(run)).toHaveLength(4);
  // Six minutes later the next opening reads the Docs again.
  const document = run.g.properties.document;
  document.set('commentsSyncedAt', String(Number(document.get('commentsSyncedAt')) - 6 * 60 * 1000));
  expect(run.call<CommentsPanel>('getLeadershipComments', null).office!.unmatched).toHaveLength(2);
  expect(lists()).toBe(before + 2);
});

test('the Office’s sidebar does not wait for a sync while another run holds the lock', () => {
  const { run } = commented();
  asUser(run, OFFICE);
  run.g.lock.holdByOther('document', { label: 'Tổng hợp' });
  const state = run.call<SidebarState>('getSidebarState', null);
  expect(state.office).not.toBeNull();
  const panel = run.call<CommentsPanel>('getLeadershipComments', null);
  expect(panel.office).not.toBeNull();
  expect(run.g.calls.countOf('Drive.Comments.list')).toBe(0);
});

test('Drive refusing the comments call leaves a clear message, and the rows already recorded stay', () => {
  const { run } = commented();
  sync(run);
  run.driveApi.comments.failList('API call to drive.comments.list failed with error: Insufficient Permission');
  const panel = sync(run);
  expect(panel.notice).toContain('Không đọc được góp ý của bản 1 (Drive từ chối: API call to drive.comments.list failed with error: Insufficient Permission)');
  expect(tab(run)).toHaveLength(4);
});

test('a sync reads the tab once and writes it once, whatever the number of comments', () => {
  const count = (n: number) => {
    const { run } = commented();
    const doc = run.driveApi.uploads[0].fileId;
    for (let i = 0; i < n; i++) run.driveApi.comments.addComment(doc, { quoted: QLKH_TEXT, content: `Góp ý ${i}` });
    sync(run);
    run.call('answerComment', 'QLKH', tab(run)[0]['Mã góp ý'], 'Đã sửa');
    run.g.calls.reset();
    sync(run);
    if (process.env.DEBUG_CALLS) console.log(n, JSON.stringify(run.g.calls.byMethod));
    return {
      total: run.g.calls.total,
      reads: run.g.calls.countOf('Range.getValues') + run.g.calls.countOf('Sheet.getSheetValues'),
      writes: run.g.calls.countOf('Range.setValues'),
      lists: run.g.calls.countOf('Drive.Comments.list'),
      replies: run.g.calls.countOf('Drive.Replies.create'),
    };
  };
  const few = count(1);
  const many = count(60);
  expect(many).toEqual(few);
  // Reads: the settings, the log tab (which Docs), the Góp ý tab; one write; one list call per Doc; one reply.
  expect(few).toMatchObject({ reads: 3, writes: 1, lists: 2, replies: 1 });
});

test('from the menu, the Office gets what the sync did, in words', () => {
  const { run } = commented();
  asUser(run, OFFICE);
  run.call('menuSyncComments');
  const alert = run.g.ui.alerts[run.g.ui.alerts.length - 1];
  expect(alert.title).toBe('Lấy góp ý của lãnh đạo');
  expect(alert.prompt).toContain('Đã đọc góp ý của 2 bản tổng hợp: 4 góp ý, 4 góp ý mới');
  asUser(run, DIVISION_USER);
  run.call('menuSyncComments');
  expect(run.g.ui.alerts[run.g.ui.alerts.length - 1].prompt).toBe('Chức năng Lấy góp ý của lãnh đạo dành cho Văn phòng Sở.');
});

test('a Doc with more comments than a page holds is read to the last page', () => {
  const { run } = commented();
  const doc = run.driveApi.uploads[0].fileId;
  for (let i = 0; i < 130; i++) run.driveApi.comments.addComment(doc, { quoted: QLKH_TEXT, content: `Góp ý ${i}` });
  run.g.calls.reset();
  sync(run);
  expect(run.g.calls.countOf('Drive.Comments.list')).toBe(3);
  expect(tab(run)).toHaveLength(134);
});

test('the Office routes an unmatched comment by typing the division in its row; a blank row it inserted leaves no stale copy', () => {
  const { run, unmatched } = commented();
  sync(run);
  const row = tab(run).findIndex((r) => r['Mã góp ý'] === unmatched.id) + 2;
  run.g.calls.uncounted(() => {
    const sheet = run.g.spreadsheet.getSheetByName(TAB)!;
    sheet.getRange(row, 1).setValue(QLKH);
    sheet.insertRowsBefore(2, 1);
  });
  sync(run);
  const ids = tab(run).map((r) => r['Mã góp ý']);
  expect(ids).toHaveLength(4);
  expect(new Set(ids).size).toBe(4);
  asUser(run, DIVISION_USER);
  const panel = run.call<CommentsPanel>('getLeadershipComments', 'QLKH');
  expect(panel.groups.flatMap((g) => g.comments.map((c) => c.content))).toContain('Sửa lại ngày ban hành.');
});

test('a comment on text two divisions both wrote goes to the Office, not to either of them', () => {
  const { run } = commented();
  const shared = run.driveApi.comments.addComment(run.driveApi.uploads[1].fileId, { quoted: 'Khách quan', content: 'Phân tích kỹ hơn nguyên nhân khách quan.' });
  const panel = sync(run);
  expect(tab(run).find((r) => r['Mã góp ý'] === shared.id)!['Phòng, đơn vị']).toBe('Văn phòng Sở (chưa xác định phòng, đơn vị)');
  expect(panel.office!.unmatched.map((c) => c.content)).toContain('Phân tích kỹ hơn nguyên nhân khách quan.');
  asUser(run, DIVISION_USER);
  expect(JSON.stringify(run.call<CommentsPanel>('getLeadershipComments', 'QLKH'))).not.toContain('Phân tích kỹ hơn');
});
