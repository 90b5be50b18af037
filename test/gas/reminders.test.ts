/**
 * Deadline reminders on the built bundle: the Office turns them on from the menu, the daily trigger fires
 * on the simulated clock with no one at the screen, divisions that are not done get one mail a day, the
 * Office a digest, every send is a row of "Nhật ký nhắc hạn".
 */
import { defaultSettings } from '../../src/core/settings';
import { REMINDER_LOG_TAB } from '../../src/core/reminders/log';
import { TOO_MANY_CLOCK_TRIGGERS } from '../fakes/scriptTriggers';
import { setClock, vietnamTime } from './clock';
import { AppsScriptRun, OFFICE, loadAppsScript, setDivisions, setSetting, typeSample } from './harness';

const person = (i: number) => `nguoinhap${i}@skhcn.bacgiang.gov.vn`;
const PILOT = 'thidiem@skhcn.bacgiang.gov.vn';

/**
 * The sample typed by the nine divisions (Thanh tra still has gaps, the others are complete, QLKH has
 * submitted), each with its person; then two new divisions: "Phòng Thí điểm" with a person and an empty
 * tab, "Phòng Chưa giao" with neither.
 */
function officeSheet(): AppsScriptRun {
  const run = loadAppsScript();
  run.call('menuSetUp');
  setSetting(run, 'E-mail Văn phòng Sở', OFFICE);
  typeSample(run);
  setDivisions(run, [
    ...defaultSettings().divisions.map((d, i) => ({ name: d.name, tabName: d.tabName, emails: person(i) })),
    { name: 'Phòng Thí điểm', tabName: 'Thí điểm', emails: PILOT },
    { name: 'Phòng Chưa giao', tabName: 'Chưa giao', emails: '' },
  ]);
  run.call('menuSetUp');
  run.call('markSubmitted', 'QLKH');
  return run;
}

/** The trigger fires: no one at the screen (no Ui, no active user), the script runs as the Office user who turned it on. */
function fire(run: AppsScriptRun, at: string): void {
  run.g.setUiAvailable(false);
  run.g.session.activeUserEmail = '';
  setClock(run, vietnamTime(at));
  const trigger = run.g.triggers.triggers.find((t) => t.handler === 'remindDeadlines');
  if (!trigger) throw new Error('no reminder trigger to fire');
  run.call(trigger.handler, { authMode: 'FULL', triggerUid: trigger.id });
  run.g.setUiAvailable(true);
  run.g.session.activeUserEmail = OFFICE;
}

function lastAlert(run: AppsScriptRun): string {
  return run.g.ui.alerts[run.g.ui.alerts.length - 1].prompt;
}

function logRows(run: AppsScriptRun): string[][] {
  return run.values(REMINDER_LOG_TAB).map((r) => r.map(String));
}

test('"Bật nhắc hạn" twice makes one daily trigger at the hour of the settings; "Tắt nhắc hạn" removes it', () => {
  const run = officeSheet();
  run.call('menuEnableReminders');
  expect(lastAlert(run)).toMatch(
    /^Đã bật nhắc hạn: mỗi ngày khoảng 8:00–9:00 \(Google chọn một lúc trong giờ này\), thư gửi từ tài khoản vanphong@skhcn\.bacgiang\.gov\.vn .*: 3, 1 ngày trước hạn, rồi mỗi ngày làm việc sau hạn \(hạn nộp 28\/06\/2024\)/,
  );
  setSetting(run, 'Nhắc hạn: giờ gửi', '7:00');
  run.call('menuEnableReminders');
  expect(lastAlert(run)).toMatch(/^Nhắc hạn đã bật từ trước; đã cập nhật theo tab Cấu hình: mỗi ngày khoảng 7:00–8:00/);
  expect(run.g.triggers.triggers.map((t) => ({ handler: t.handler, eventType: t.eventType, atHour: t.atHour, everyDays: t.everyDays, owner: t.owner }))).toEqual([
    { handler: 'remindDeadlines', eventType: 'CLOCK', atHour: 7, everyDays: 1, owner: OFFICE },
  ]);
  run.call('menuDisableReminders');
  expect(lastAlert(run)).toBe('Đã tắt nhắc hạn: không gửi thư nhắc nào nữa cho đến khi bật lại.');
  expect(run.g.triggers.triggers).toEqual([]);
  run.call('menuDisableReminders');
  expect(lastAlert(run)).toBe('Nhắc hạn chưa bật: không có lịch gửi thư nào để tắt.');
});

test('the fake refuses a second time-driven trigger of one user in one document, as Google does for an add-on', () => {
  const run = officeSheet();
  run.call('menuEnableReminders');
  const ScriptApp = (run.context as unknown as { ScriptApp: GoogleAppsScript.Script.ScriptApp }).ScriptApp;
  expect(() => ScriptApp.newTrigger('remindDeadlines').timeBased().atHour(8).everyDays(1).create()).toThrow(TOO_MANY_CLOCK_TRIGGERS);
});

test('a division that is not the Office cannot turn reminders on', () => {
  const run = officeSheet();
  run.g.session.activeUserEmail = person(3);
  run.g.session.effectiveUserEmail = person(3);
  run.call('menuEnableReminders');
  expect(lastAlert(run)).toBe('Nhắc hạn do Văn phòng Sở bật, tắt và xem trước (e-mail trong «E-mail Văn phòng Sở» của tab Cấu hình).');
  expect(run.g.triggers.triggers).toEqual([]);
});

test('the day before the deadline the run mails exactly the divisions not done, with the right text, gives the Office its digest and logs every send', () => {
  const run = officeSheet();
  run.call('menuEnableReminders');
  fire(run, '2024-06-27 08:20');
  const sent = run.g.mail.sent;
  expect(sent.map((m) => m.to)).toEqual([[person(1)], [PILOT], [OFFICE]]);
  const [thanhTra, pilot, digest] = sent;
  expect(thanhTra.name).toBe('Báo cáo KT-XH');
  expect(thanhTra.subject).toBe('[Báo cáo KT-XH] Thanh tra Sở: báo cáo 6 tháng đầu năm 2024 còn 1 ngày đến hạn (28/06/2024)');
  expect(thanhTra.body).toContain('Tình trạng báo cáo của đơn vị: Đang nhập.');
  expect(thanhTra.body).toContain('Nội dung chưa báo cáo: Chưa có ước thực hiện năm 2024 của 1 chỉ tiêu;');
  const gid = run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName('Thanh tra')!.getSheetId());
  const url = run.g.calls.uncounted(() => run.g.spreadsheet.getUrl());
  expect(thanhTra.body).toContain(`Mở tab «Thanh tra» để nhập: ${url}#gid=${gid}`);
  expect(pilot.body).toContain('Tình trạng báo cáo của đơn vị: Chưa nhập.');
  expect(digest.subject).toBe('[Báo cáo KT-XH] Nhắc hạn ngày 27/06/2024: đã nhắc 2 phòng, đơn vị');
  expect(digest.body).toContain('- Phòng Quản lý khoa học: Đã nộp.');
  expect(digest.body).toMatch(/- Phòng Chưa giao: Chưa có e-mail người nhập \(ô Cấu hình!C\d+ trong tab Cấu hình\)/);
  expect(logRows(run)).toEqual([
    ['Thời gian', 'Phòng, đơn vị', 'Người nhận', 'Loại', 'Kết quả'],
    ['08:20 27/06/2024', 'Thanh tra Sở', person(1), 'Thư nhắc hạn', 'Đã gửi'],
    ['08:20 27/06/2024', 'Phòng Thí điểm', PILOT, 'Thư nhắc hạn', 'Đã gửi'],
    ['08:20 27/06/2024', 'Văn phòng Sở', OFFICE, 'Bản tổng hợp cho Văn phòng', 'Đã gửi'],
  ]);
  // The log is the Office's: nobody else edits the memory that keeps mails to one a day.
  const [protection] = run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName(REMINDER_LOG_TAB)!.getProtections('SHEET' as never));
  expect(protection.isWarningOnly()).toBe(false);
  expect(run.g.calls.uncounted(() => protection.getEditors().map((u) => u.getEmail()))).toEqual([OFFICE]);

  // A second run the same day (Google fired again, or another Office user's trigger) sends nothing.
  fire(run, '2024-06-27 15:00');
  expect(run.g.mail.sent).toHaveLength(3);
  expect(logRows(run)).toHaveLength(4);
});

test('across the deadline: nothing on the weekend or a holiday, late divisions every working day, never twice a day', () => {
  const run = officeSheet();
  setSetting(run, 'Ngày nghỉ lễ', '02/07/2024');
  run.call('menuEnableReminders');
  const sentOn: Record<string, string[][]> = {};
  for (const day of ['2024-06-24', '2024-06-25', '2024-06-26', '2024-06-27', '2024-06-28', '2024-06-29', '2024-06-30', '2024-07-01', '2024-07-02', '2024-07-03']) {
    const before = run.g.mail.sent.length;
    fire(run, `${day} 08:10`);
    fire(run, `${day} 09:10`);
    sentOn[day] = run.g.mail.sent.slice(before).map((m) => m.to);
  }
  const divisionsAndOffice = [[person(1)], [PILOT], [OFFICE]];
  expect(sentOn).toEqual({
    '2024-06-24': [],
    '2024-06-25': divisionsAndOffice, // 3 days before
    '2024-06-26': [],
    '2024-06-27': divisionsAndOffice, // 1 day before
    '2024-06-28': [], // the deadline day is not in "3, 1"
    '2024-06-29': [], // Saturday
    '2024-06-30': [], // Sunday
    '2024-07-01': divisionsAndOffice,
    '2024-07-02': [], // a holiday of the settings
    '2024-07-03': divisionsAndOffice,
  });
  expect(run.g.mail.sent.filter((m) => m.subject.includes('đã quá hạn 5 ngày')).map((m) => m.to)).toEqual([[person(1)], [PILOT]]);
});

test('a run while a "Tổng hợp" holds the lock waits 30 seconds, then sends nothing and says why in the log', () => {
  const run = officeSheet();
  run.call('menuEnableReminders');
  run.g.lock.holdByOther('document', { label: 'Tổng hợp của Văn phòng' });
  fire(run, '2024-06-27 08:20');
  expect(run.g.mail.sent).toEqual([]);
  expect(logRows(run).slice(1)).toEqual([['08:20 27/06/2024', '', '', 'Lần chạy nhắc hạn', 'Không gửi: Đang có người khác thiết lập hoặc tổng hợp; đã chờ 30 giây mà chưa xong. Vui lòng thử lại sau ít phút.']]);
  expect(run.g.lock.events.filter((e) => e.type === 'timeout').map((e) => e.timeoutMs)).toEqual([30000]);
});

test('when the mail quota runs out the run logs it and stops cleanly; the rest go out the next run', () => {
  const run = officeSheet();
  run.call('menuEnableReminders');
  run.g.mail.control.quota = 1;
  expect(() => fire(run, '2024-06-27 08:20')).not.toThrow();
  expect(run.g.mail.sent.map((m) => m.to)).toEqual([[person(1)]]);
  expect(logRows(run).slice(1)).toEqual([
    ['08:20 27/06/2024', 'Thanh tra Sở', person(1), 'Thư nhắc hạn', 'Đã gửi'],
    ['08:20 27/06/2024', 'Phòng Thí điểm', PILOT, 'Thư nhắc hạn', 'Đã hết hạn mức gửi thư trong ngày của Google (còn 0 người nhận): dừng lần nhắc hôm nay; thư chưa gửi sẽ được gửi ở lần chạy sau.'],
    ['08:20 27/06/2024', '', '', 'Lần chạy nhắc hạn', 'Dừng: Đã hết hạn mức gửi thư trong ngày của Google (còn 0 người nhận): dừng lần nhắc hôm nay; thư chưa gửi sẽ được gửi ở lần chạy sau.'],
  ]);
  // Google's own refusal (the quota said 1 but another script spent it) is caught the same way.
  run.g.mail.control.staleQuota = 100;
  run.g.mail.control.quota = 0;
  expect(() => fire(run, '2024-06-27 10:00')).not.toThrow();
  run.g.mail.control.staleQuota = undefined;
  expect(logRows(run).pop()).toEqual([
    '10:00 27/06/2024',
    '',
    '',
    'Lần chạy nhắc hạn',
    'Dừng: Đã hết hạn mức gửi thư trong ngày của Google (còn 0 người nhận): dừng lần nhắc hôm nay; thư chưa gửi sẽ được gửi ở lần chạy sau.',
  ]);
  // The next day the quota is back: Phòng Thí điểm was never mailed on the 27th, and nobody twice.
  run.g.mail.control.quota = 100;
  fire(run, '2024-07-01 08:20');
  expect(run.g.mail.sent.slice(1).map((m) => m.to)).toEqual([[person(1)], [PILOT], [OFFICE]]);
});

test('moving the settings to a new period stops the reminders: nothing sent, a log row, the trigger removed', () => {
  const run = officeSheet();
  run.call('menuEnableReminders');
  setSetting(run, 'Kỳ báo cáo', '9 tháng đầu năm');
  setSetting(run, 'Hạn nộp', '27/09/2024');
  fire(run, '2024-09-26 08:20');
  expect(run.g.mail.sent).toEqual([]);
  expect(logRows(run).slice(1)).toEqual([
    [
      '08:20 26/09/2024',
      '',
      '',
      'Lần chạy nhắc hạn',
      'Không gửi: Kỳ báo cáo trong tab Cấu hình đã đổi (nhắc hạn được bật cho kỳ 6 tháng đầu năm 2024, nay là 9 tháng đầu năm 2024): đã tắt nhắc hạn; Văn phòng Sở chạy lại menu Bật nhắc hạn cho kỳ mới.',
    ],
  ]);
  expect(run.g.triggers.triggers).toEqual([]);
});

test('a trigger whose owner is no longer an Office e-mail fails with a log row and turns itself off', () => {
  const run = officeSheet();
  run.call('menuEnableReminders');
  setSetting(run, 'E-mail Văn phòng Sở', 'vanphong.moi@skhcn.bacgiang.gov.vn');
  fire(run, '2024-06-27 08:20');
  expect(run.g.mail.sent).toEqual([]);
  expect(
    logRows(run)
      .slice(1)
      .map((r) => r[4]),
  ).toEqual([`Không gửi: ${OFFICE}, người bật nhắc hạn, không còn trong «E-mail Văn phòng Sở»; đã tắt nhắc hạn của tài khoản này. Văn phòng Sở chạy lại menu Bật nhắc hạn.`]);
  expect(run.g.triggers.triggers).toEqual([]);
});

test('the preview shows what would go out today and sends nothing; a bad e-mail is named by its cell', () => {
  const run = officeSheet();
  setClock(run, vietnamTime('2024-06-27 10:00'));
  run.call('menuPreviewReminders');
  const dialog = run.g.ui.dialogs[run.g.ui.dialogs.length - 1];
  expect(dialog.title).toBe('Xem trước thư nhắc');
  expect(dialog.content).toContain('Xem trước thư nhắc hạn ngày 27/06/2024: chưa gửi thư nào.');
  expect(dialog.content).toContain('Nhắc hạn chưa bật (menu Bật nhắc hạn)');
  expect(dialog.content).toContain('<h3>Sẽ gửi (2)</h3>');
  expect(dialog.content).toContain('[Báo cáo KT-XH] Thanh tra Sở: báo cáo 6 tháng đầu năm 2024 còn 1 ngày đến hạn (28/06/2024)');
  expect(dialog.content).toContain('<li><b>Phòng Quản lý khoa học</b>: Đã nộp.</li>');
  expect(dialog.content).toMatch(/<li><b>Phòng Chưa giao<\/b>: Chưa có e-mail người nhập \(ô Cấu hình!C\d+ trong tab Cấu hình\)/);
  expect(run.g.mail.sent).toEqual([]);
  expect(run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName(REMINDER_LOG_TAB))).toBeNull();

  const row = run.values('Cấu hình').findIndex((r) => r[1] === 'Thí điểm') + 1;
  run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName('Cấu hình')!.getRange(row, 3).setValue('thidiem@@skhcn'));
  run.call('menuPreviewReminders');
  const bad = run.g.ui.dialogs[run.g.ui.dialogs.length - 1].content;
  expect(bad).toContain('Tab Cấu hình có lỗi nên lần nhắc hạn sẽ không gửi thư nào.');
  expect(bad).toContain(`Cấu hình!C${row}: «thidiem@@skhcn» không phải là địa chỉ e-mail.`);
  expect(run.g.mail.sent).toEqual([]);
});

test('a weekend preview says no mail goes out today, and why', () => {
  const run = officeSheet();
  setClock(run, vietnamTime('2024-06-29 10:00'));
  run.call('menuPreviewReminders');
  expect(run.g.ui.dialogs[run.g.ui.dialogs.length - 1].content).toContain('Hôm nay (thứ Bảy, 29/06/2024) là ngày nghỉ cuối tuần: không gửi thư nhắc.');
});

test('a reminder run reads each tab once: its calls do not grow with the rows typed', () => {
  const callsWith = (rows: number) => {
    const run = loadAppsScript();
    run.call('menuSetUp');
    setSetting(run, 'E-mail Văn phòng Sở', OFFICE);
    setDivisions(
      run,
      defaultSettings().divisions.map((d, i) => ({ name: d.name, tabName: d.tabName, emails: person(i) })),
    );
    run.call('menuSetUp');
    typeSample(run, rows);
    run.call('menuEnableReminders');
    run.g.calls.reset();
    fire(run, '2024-06-27 08:20');
    return { total: run.g.calls.total, reads: run.g.calls.countOf('Range.getValues') + run.g.calls.countOf('Sheet.getSheetValues'), sent: run.g.mail.sent.length };
  };
  const few = callsWith(5);
  const many = callsWith(50);
  expect(few.sent).toBeGreaterThan(0);
  expect(many.total).toBe(few.total);
  // The settings, nine tabs, the log (made by this run, so not read yet).
  expect(many.reads).toBe(1 + 9);
});
