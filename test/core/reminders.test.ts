/** Deadline reminders, as the Office and the divisions live them (the pure rules of src/core/reminders). */
import { buildDivisionReport } from '../../src/core/divisionReport';
import { sentMails, logRow } from '../../src/core/reminders/log';
import { digestMail, periodKey, planReminders } from '../../src/core/reminders/plan';
import { reminderDay } from '../../src/core/reminders/schedule';
import { readSettingsTab, settingsTabRows } from '../../src/core/settingsTab';
import { defaultSettings } from '../../src/core/settings';
import { SHEET_URL, inputFor, reminderSettings } from './reminderStories';

// The sample's deadline, 28/06/2024, is a Friday.
const THURSDAY_BEFORE = '2024-06-27';
const TUESDAY_3_DAYS_BEFORE = '2024-06-25';
const SATURDAY_AFTER = '2024-06-29';
const MONDAY_AFTER = '2024-07-01';

describe('which days are reminder days', () => {
  const r = defaultSettings().reminders;

  test('3 and 1 days before the deadline are; 2 days before is not, and the preview says why', () => {
    expect(reminderDay(TUESDAY_3_DAYS_BEFORE, '2024-06-28', r)).toEqual({ remind: true, daysLeft: 3 });
    expect(reminderDay(THURSDAY_BEFORE, '2024-06-28', r)).toEqual({ remind: true, daysLeft: 1 });
    expect(reminderDay('2024-06-26', '2024-06-28', r)).toEqual({
      remind: false,
      daysLeft: 2,
      reason: 'Hạn nộp 28/06/2024, còn 2 ngày đến hạn: hôm nay không phải ngày nhắc (nhắc 3, 1 ngày trước hạn, rồi mỗi ngày làm việc sau hạn).',
    });
  });

  test('after the deadline every working day, never on a weekend or a holiday of the settings', () => {
    expect(reminderDay(MONDAY_AFTER, '2024-06-28', r)).toEqual({ remind: true, daysLeft: -3 });
    expect(reminderDay(SATURDAY_AFTER, '2024-06-28', r)).toEqual({ remind: false, daysLeft: -1, reason: 'Hôm nay (thứ Bảy, 29/06/2024) là ngày nghỉ cuối tuần: không gửi thư nhắc.' });
    expect(reminderDay('2024-09-02', '2024-08-28', r)).toEqual({ remind: false, daysLeft: -5, reason: 'Hôm nay (02/09/2024) là ngày nghỉ lễ theo tab Cấu hình: không gửi thư nhắc.' });
    expect(reminderDay(MONDAY_AFTER, '2024-06-28', { ...r, afterDeadline: false })).toMatchObject({ remind: false, reason: 'Hạn nộp 28/06/2024 đã quá hạn 3 ngày; «Nhắc hạn: sau hạn» là Không: không gửi thư nhắc.' });
  });
});

describe('who gets a reminder', () => {
  test('the day before the deadline, a division still typing gets its status, what it has not reported in the appendix words, the deadline and its tab', () => {
    const settings = reminderSettings();
    const plan = planReminders(inputFor(settings, THURSDAY_BEFORE, ['complete', 'inProgress', 'submitted', 'empty']));
    expect(plan.mails.map((m) => m.divisionName)).toEqual(['Thanh tra Sở', 'Phòng Quản lý khoa học', 'Phòng Quản lý chuyên ngành', 'Trung tâm Ứng dụng tiến bộ KH&CN']);
    const thanhTra = plan.mails[0];
    expect(thanhTra.to).toEqual(['nguoinhap1@skhcn.gov.vn']);
    expect(thanhTra.subject).toBe('[Báo cáo KT-XH] Thanh tra Sở: báo cáo 6 tháng đầu năm 2024 còn 1 ngày đến hạn (28/06/2024)');
    expect(thanhTra.body).toContain('Văn phòng Sở nhắc hạn nộp báo cáo kinh tế - xã hội 6 tháng đầu năm 2024: hạn nộp 28/06/2024, còn 1 ngày đến hạn.');
    expect(thanhTra.body).toContain('Tình trạng báo cáo của đơn vị: Đang nhập.');
    expect(thanhTra.body).toContain(
      'Nội dung chưa báo cáo: Chưa có ước thực hiện năm 2024 của 1 chỉ tiêu; chưa có nguyên nhân của 1 tồn tại, hạn chế; chưa có giải thích, giải pháp của 1 mục tiêu; chưa báo cáo mục III, VI.',
    );
    expect(thanhTra.body).toContain(`Mở tab «Thanh tra» để nhập: ${SHEET_URL}#gid=101`);
    expect(plan.mails[1].body).toContain('Tình trạng báo cáo của đơn vị: Chưa nhập.');
    expect(plan.skips).toEqual(
      expect.arrayContaining([
        { divisionName: 'Văn phòng Sở', reason: 'Đã đủ (chưa đánh dấu đã nộp): không cần nhắc.' },
        { divisionName: 'Phòng Kế hoạch - Tài chính', reason: 'Đã nộp.' },
      ]),
    );
  });

  test('after the deadline the mail says how many days late', () => {
    const plan = planReminders(inputFor(reminderSettings(), MONDAY_AFTER, ['inProgress']));
    expect(plan.mails[0].subject).toBe('[Báo cáo KT-XH] Văn phòng Sở: báo cáo 6 tháng đầu năm 2024 đã quá hạn 3 ngày');
    expect(plan.mails[0].body).toContain('hạn nộp 28/06/2024, đã quá hạn 3 ngày.');
  });

  test('a division without an e-mail gets nothing, and the Office is told the cell to fill', () => {
    const settings = reminderSettings((s) => (s.divisions[1].emails = []));
    const plan = planReminders(inputFor(settings, THURSDAY_BEFORE, ['inProgress']));
    expect(plan.mails.map((m) => m.divisionName)).not.toContain('Thanh tra Sở');
    expect(plan.skips.find((s) => s.divisionName === 'Thanh tra Sở')!.reason).toMatch(/^Chưa có e-mail người nhập \(ô Cấu hình!C41 trong tab Cấu hình\): Văn phòng Sở nhắc trực tiếp\. Chưa có ước thực hiện/);
  });

  test('a division whose tab is missing gets nothing: the Office is told to run the setup', () => {
    const input = inputFor(reminderSettings(), THURSDAY_BEFORE, ['inProgress']);
    input.divisions[1] = {
      ...input.divisions[1],
      report: buildDivisionReport(input.divisions[1].report.division, null, input.form, { today: THURSDAY_BEFORE }, {}, 'Chưa có tab «Thanh tra» trong bảng tính (Văn phòng Sở chạy Thiết lập để tạo).'),
    };
    const plan = planReminders(input);
    expect(plan.mails.map((m) => m.divisionName)).not.toContain('Thanh tra Sở');
    expect(plan.skips).toContainEqual({ divisionName: 'Thanh tra Sở', reason: 'Chưa có tab «Thanh tra» trong bảng tính (Văn phòng Sở chạy Thiết lập để tạo). Chưa gửi thư nhắc.' });
  });

  test('a division mailed today (the log says so) is not mailed again, and the digest goes once a day', () => {
    const settings = reminderSettings();
    const first = inputFor(settings, THURSDAY_BEFORE, ['inProgress']);
    const plan = planReminders(first);
    const outcomes = plan.mails.map((mail) => ({ mail, failure: null }));
    const digest = digestMail(first, plan, outcomes)!;
    const log = [...plan.mails, digest].map((m) => logRow({ at: `${THURSDAY_BEFORE}T08:10`, divisionName: m.divisionName, recipients: m.to, kind: m.kind, result: 'Đã gửi' }));
    const again = inputFor(settings, THURSDAY_BEFORE, ['inProgress'], sentMails([['Thời gian', 'Phòng, đơn vị', 'Người nhận', 'Loại', 'Kết quả'], ...log]));
    const second = planReminders(again);
    expect(second.mails).toEqual([]);
    expect(second.skips.every((s) => s.reason === 'Đã được nhắc hôm nay.')).toBe(true);
    expect(digestMail(again, second, [])).toBeNull();
  });

  test("the Office's digest lists who was mailed, who was not and why, and goes to the digest e-mails, else the Office", () => {
    const settings = reminderSettings((s) => (s.divisions[2].emails = []));
    const input = inputFor(settings, THURSDAY_BEFORE, ['submitted', 'inProgress', 'empty']);
    const plan = planReminders(input);
    const digest = digestMail(
      input,
      plan,
      plan.mails.map((mail, i) => ({ mail, failure: i === 1 ? 'Lỗi khi gửi: Invalid email: x' : null })),
    )!;
    expect(digest.to).toEqual(['vanphong@skhcn.gov.vn']);
    expect(digest.subject).toBe(`[Báo cáo KT-XH] Nhắc hạn ngày 27/06/2024: đã nhắc ${plan.mails.length - 1} phòng, đơn vị`);
    expect(digest.body).toContain('- Thanh tra Sở: Đang nhập; Chưa có ước thực hiện năm 2024 của 1 chỉ tiêu;');
    expect(digest.body).toContain('Chưa gửi được (1):');
    expect(digest.body).toContain('- Văn phòng Sở: Đã nộp.');
    expect(digest.body).toContain('- Phòng Kế hoạch - Tài chính: Chưa có e-mail người nhập (ô Cấu hình!C42 trong tab Cấu hình)');
    const own = reminderSettings((s) => (s.reminders.digestEmails = ['chanhvp@skhcn.gov.vn']));
    const ownInput = inputFor(own, THURSDAY_BEFORE, ['inProgress']);
    expect(digestMail(ownInput, planReminders(ownInput), [])!.to).toEqual(['chanhvp@skhcn.gov.vn']);
  });

  test('when every division has submitted or is complete, nobody is mailed, not even the Office', () => {
    const input = inputFor(reminderSettings(), THURSDAY_BEFORE, ['submitted', 'complete']);
    const plan = planReminders(input);
    expect(plan.mails).toEqual([]);
    expect(digestMail(input, plan, [])).toBeNull();
  });

  test('once the period of the settings is not the one reminders were turned on for, nothing goes out and the run stops them', () => {
    const june = reminderSettings();
    const september = reminderSettings((s) => (s.period = { ...s.period, periodLabel: '9 tháng đầu năm', deadline: '2024-09-27' }));
    const input = { ...inputFor(september, '2024-09-26', ['inProgress']), enabledFor: periodKey(june) };
    const plan = planReminders(input);
    expect(plan.mails).toEqual([]);
    expect(plan.stop).toBe('Kỳ báo cáo trong tab Cấu hình đã đổi (nhắc hạn được bật cho kỳ 6 tháng đầu năm 2024, nay là 9 tháng đầu năm 2024): đã tắt nhắc hạn; Văn phòng Sở chạy lại menu Bật nhắc hạn cho kỳ mới.');
    // A later deadline of the same period is not a new period.
    const extended = reminderSettings((s) => (s.period.deadline = '2024-07-05'));
    expect(planReminders({ ...inputFor(extended, '2024-07-04', ['inProgress']), enabledFor: periodKey(june) }).stop).toBeNull();
    // Nor is another wording of the same period ("6 tháng" for "6 tháng đầu năm").
    const reworded = reminderSettings((s) => (s.period.periodLabel = '6 tháng'));
    expect(planReminders({ ...inputFor(reworded, '2024-06-26', ['inProgress']), enabledFor: periodKey(june) }).stop).toBeNull();
  });
});

describe('the reminder rows of Cấu hình', () => {
  const base = defaultSettings();

  function tabWith(label: string, value: unknown) {
    const grid = settingsTabRows(base) as unknown[][];
    const row = grid.findIndex((r) => r[0] === label);
    grid[row] = [label, value, ''];
    return { grid: grid as (string | number)[][], cell: `Cấu hình!B${row + 1}` };
  }

  test('the defaults are written as the Office reads them, and read back the same', () => {
    const rows = settingsTabRows(base);
    expect(rows.find((r) => r[0] === 'Nhắc hạn: số ngày trước hạn')![1]).toBe('3, 1');
    expect(rows.find((r) => r[0] === 'Nhắc hạn: giờ gửi')![1]).toBe('8:00');
    expect(rows.find((r) => r[0] === 'Ngày nghỉ lễ')![1]).toMatch(/^01\/01\/2024, 08\/02\/2024, /);
    const reading = readSettingsTab(rows, base);
    expect(reading.ok && reading.settings.reminders).toEqual(base.reminders);
  });

  test('the Office types its own schedule: "1, 3, 0", 7 giờ, holidays a line each', () => {
    const { grid } = tabWith('Nhắc hạn: số ngày trước hạn', '1, 3, 0');
    grid[grid.findIndex((r) => r[0] === 'Nhắc hạn: giờ gửi')][1] = '7 giờ';
    grid[grid.findIndex((r) => r[0] === 'Ngày nghỉ lễ')][1] = '30/04/2024\n1/5/2024';
    const reading = readSettingsTab(grid, base);
    expect(reading.ok && reading.settings.reminders).toMatchObject({ daysBefore: [3, 1, 0], hour: 7, holidays: ['2024-04-30', '2024-05-01'] });
  });

  test('a time Sheets made of "8:00" reads as 8', () => {
    const { grid } = tabWith('Nhắc hạn: giờ gửi', new Date(1899, 11, 30, 8, 0));
    const reading = readSettingsTab(grid as never, base);
    expect(reading.ok && reading.settings.reminders.hour).toBe(8);
  });

  test.each([
    ['Nhắc hạn: số ngày trước hạn', 'ba, 1', '«ba» không phải là số ngày. Ghi các số ngày trước hạn, cách nhau bởi dấu phẩy, ví dụ 3, 1.'],
    ['Nhắc hạn: giờ gửi', '8:30', '«8:30» không phải là giờ gửi. Ghi một giờ chẵn từ 0:00 đến 23:00, ví dụ 8:00.'],
    ['Nhắc hạn: giờ gửi', '25', '«25» không phải là giờ gửi. Ghi một giờ chẵn từ 0:00 đến 23:00, ví dụ 8:00.'],
    ['Ngày nghỉ lễ', '30/04/2024, 31/02/2024', '«31/02/2024» không phải là ngày. Ghi ngày/tháng/năm, mỗi ngày một dòng hoặc cách nhau bởi dấu phẩy, ví dụ 30/04/2024, 01/05/2024.'],
    ['Nhắc hạn: sau hạn', 'hàng ngày', '«hàng ngày» — ghi Có hoặc Không.'],
    ['E-mail Văn phòng nhận bản tổng hợp nhắc hạn', 'chanhvp@', '«chanhvp@» không phải là địa chỉ e-mail.'],
  ])('a bad «%s» (%s) is named by its cell', (label, value, message) => {
    const { grid, cell } = tabWith(label, value);
    const reading = readSettingsTab(grid, base);
    expect(!reading.ok && reading.problems).toEqual([{ cell, message: `${cell} («${label}»): ${message}` }]);
  });

  test('a Sheet set up before reminders existed gets the rows with their defaults', () => {
    const labels = ['Nhắc hạn: số ngày trước hạn', 'Nhắc hạn: sau hạn', 'Nhắc hạn: giờ gửi', 'Ngày nghỉ lễ', 'E-mail Văn phòng nhận bản tổng hợp nhắc hạn'];
    const reading = readSettingsTab(
      settingsTabRows(base).filter((r) => !labels.includes(String(r[0]))),
      base,
    );
    expect(reading.ok && reading.missingRows.map((r) => r[0])).toEqual(labels);
    expect(reading.ok && reading.settings.reminders).toEqual(base.reminders);
  });
});
