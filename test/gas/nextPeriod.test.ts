/**
 * "Sang kỳ báo cáo mới" on the built bundle over the fakes: the sample Sheet moves from 6 tháng to 9 tháng 2024.
 * Every division's tab is archived exactly, read-only; the tabs are prepared as reporting-cycle.md says; "Đã nộp"
 * belongs to the closed period; a second run changes nothing; a failure halfway leaves the Sheet as it was; a tab
 * left on the old period is refused, naming its header cell, and kept out of the report.
 */
import { AppsScriptRun, OFFICE, loadAppsScript, setSetting, sheetWithSample } from './harness';
import { readDocx, bodyElements, text } from '../render/docxReader';
import { readArchivedReports } from '../../src/gas/periods/archivedReports';
import { buildDivisionReport } from '../../src/core/divisionReport';
import { resolveForm } from '../../src/core/form';
import { defaultSettings } from '../../src/core/settings';
import type { Grid } from '../../src/core/grid';

const QLKH_USER = 'nguyenvana@skhcn.bacgiang.gov.vn';
const ARCHIVE = 'Lưu trữ 6 tháng đầu năm 2024';
const TO_9_MONTHS = { from: '2024-H1', periodLabel: '9 tháng đầu năm', year: '2024', deadline: '28/09/2024', dataFrom: '15/12/2023', dataTo: '14/09/2024' };

type Result = { moved: boolean; message: string };

function sheetNames(run: AppsScriptRun): string[] {
  return run.g.calls.uncounted(() => run.g.spreadsheet.getSheets().map((s) => s.getName()));
}

/** Every tab's values, formulas and notes: what "nothing has changed" compares. */
function everything(run: AppsScriptRun): string {
  return JSON.stringify(
    run.g.calls.uncounted(() =>
      run.g.spreadsheet.getSheets().map((s) => {
        const r = s.getDataRange();
        return [s.getName(), s.isSheetHidden(), r.getValues(), r.getFormulas(), r.getNotes(), r.getNumberFormats()];
      }),
    ),
  );
}

function trimmed(grid: unknown[][]): unknown[][] {
  let width = 0;
  for (const row of grid) for (let c = row.length - 1; c >= width; c--) if (row[c] !== '' && row[c] !== null) width = c + 1;
  const rows = grid.map((r) => r.slice(0, width).map((v) => (v instanceof Date ? v.getTime() : v)));
  while (rows.length && rows[rows.length - 1].every((v) => v === '')) rows.pop();
  return rows;
}

function sectionRows(values: unknown[][], id: string): unknown[][] {
  const title = values.findIndex((r) => String(r[0]).startsWith(`${id}. `));
  const next = values.findIndex((r, i) => i > title + 1 && /^(I|II|III|IV|V|VI|VII)\. /.test(String(r[0])));
  return values.slice(title + 2, next < 0 ? values.length : next).filter((r) => r.some((v) => v !== '' && v !== null));
}

/** The sample Sheet, QLKH submitted by its person, one report made. */
function sampleSheet(): AppsScriptRun {
  const run = sheetWithSample(QLKH_USER);
  run.g.session.activeUserEmail = run.g.session.effectiveUserEmail = QLKH_USER;
  run.call('markSubmitted', 'QLKH');
  run.g.session.activeUserEmail = run.g.session.effectiveUserEmail = OFFICE;
  run.call('runConsolidation');
  return run;
}

describe('the sample Sheet moved to 9 tháng đầu năm 2024', () => {
  let run: AppsScriptRun;
  let before: Record<string, unknown[][]>;
  let formatsBefore: Record<string, string[][]>;
  let result: Result;
  let lastEdited: string;
  const tabs = ['Văn phòng', 'Thanh tra', 'KH-TC', 'QLKH', 'QLCN&TT', 'QLCN', 'Chi cục TĐC', 'TT Ứng dụng', 'TT Thông tin'];

  beforeAll(() => {
    run = sampleSheet();
    // QLKH's person edits the tab: the Office sees when, until the period closes.
    run.call('onEdit', { range: run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName('QLKH')!.getRange(8, 2)), source: run.g.spreadsheet, user: { getEmail: () => QLKH_USER } });
    lastEdited = JSON.stringify([...run.g.properties.document.entries()].filter(([k]) => k.startsWith('lastEdit:')));
    before = Object.fromEntries(tabs.map((t) => [t, run.values(t)]));
    formatsBefore = Object.fromEntries(tabs.map((t) => [t, run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName(t)!.getDataRange().getNumberFormats())]));
    run.call('menuNextPeriod');
    result = run.call<Result>('confirmNextPeriod', TO_9_MONTHS);
  });

  test('the dialog proposes 9 tháng with its deadline and cut-off, and the move says what it did', () => {
    const dialog = run.g.ui.dialogs.find((d) => d.title === 'Sang kỳ báo cáo mới')!;
    expect(dialog.content).toContain('value="9 tháng đầu năm"');
    expect(dialog.content).toContain('value="28/09/2024"');
    expect(dialog.content).toContain('value="15/12/2023"');
    expect(dialog.content).toContain('value="14/09/2024"');
    expect(dialog.content).toContain('.confirmNextPeriod(');
    expect(result.moved).toBe(true);
    expect(result.message).toBe(
      'Đã chuyển sang kỳ 9 tháng đầu năm 2024 (hạn nộp 28/09/2024; số liệu từ ngày 15/12/2023 đến ngày 14/09/2024).\n' +
        `Kỳ 6 tháng đầu năm 2024 đã được lưu trữ ở tab «${ARCHIVE}» (ẩn, chỉ xem): 9 phòng, đơn vị, 1 bản tổng hợp.\n` +
        '9 tab đã được chuẩn bị cho kỳ mới: giữ chỉ tiêu ở mục I, nhiệm vụ chưa hoàn thành ở mục IV, mục tiêu ở mục VI; các mục khác để trống. Trạng thái «Đã nộp» bắt đầu lại.',
    );
  });

  test('the archive tab exists, hidden and protected for the Office only, and holds every division’s rows exactly as they were', () => {
    const archive = run.values(ARCHIVE);
    run.g.calls.uncounted(() => {
      const sheet = run.g.spreadsheet.getSheetByName(ARCHIVE)!;
      expect(sheet.isSheetHidden()).toBe(true);
      const [protection] = sheet.getProtections('SHEET' as never);
      expect(protection.isWarningOnly()).toBe(false);
      expect(protection.getEditors().map((u) => u.getEmail())).toEqual([OFFICE]);
    });
    for (const tab of tabs) {
      const name = run.values('Cấu hình').find((r) => r[1] === tab)![0];
      const rows = archive.filter((r) => r[0] === name && typeof r[1] === 'number').map((r) => r.slice(2));
      expect({ tab, rows: trimmed(rows) }).toEqual({ tab, rows: trimmed(before[tab]) });
    }
    const qlkh = archive.find((r) => r[0] === 'Phòng Quản lý khoa học' && r[2] === 'Đã nộp');
    expect(qlkh).toBeDefined();
    expect(lastEdited).toMatch(/lastEdit:\d+/);
    expect(qlkh![5]).not.toBe('');
    expect(archive.some((r) => r[0] === 1 && String(r[3]).startsWith('Báo cáo tổng hợp KT-XH 6 tháng đầu năm 2024 (bản 1'))).toBe(true);
  });

  test('the tabs are prepared as the cycle says: indicators, unfinished tasks and targets carried, the rest empty', () => {
    const now = run.values('QLKH');
    expect(now[0][0]).toBe('BÁO CÁO 9 THÁNG ĐẦU NĂM 2024 — PHÒNG QUẢN LÝ KHOA HỌC');
    const was = before.QLKH;
    const header = now.findIndex((r) => String(r[0]).startsWith('I. ')) + 1;
    expect(now[header].slice(3, 7)).toEqual(['Thực hiện năm 2023', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng đầu năm 2024 *', 'Ước thực hiện năm 2024 *']);
    expect(sectionRows(now, 'I').map((r) => [r[1], r[2], r[3], r[4], r[5], r[6]])).toEqual(sectionRows(was, 'I').map((r) => [r[1], r[2], r[3], r[4], '', '']));
    for (const id of ['II', 'III', 'V', 'VII']) expect({ id, rows: sectionRows(now, id) }).toEqual({ id, rows: [] });
    const unfinished = sectionRows(was, 'IV').filter((r) => !String(r[5]).startsWith('Hoàn thành'));
    expect(sectionRows(now, 'IV').map((r) => [r[1], r[2], r[3] instanceof Date ? r[3].getTime() : r[3], r[4], r[5]])).toEqual(unfinished.map((r) => [r[1], r[2], r[3] instanceof Date ? r[3].getTime() : r[3], '', '']));
    const targets = sectionRows(now, 'VI');
    expect(targets.map((r) => [r[1], r[2], r[3], r[5], r[6]])).toEqual(sectionRows(was, 'VI').map((r) => [r[1], r[2], r[3], '', '']));
    run.g.calls.uncounted(() => {
      const sheet = run.g.spreadsheet.getSheetByName('QLKH')!;
      const row = now.findIndex((r) => r[1] === targets[1][1]) + 1;
      expect(sheet.getRange(row, 6).getNote()).toMatch(/^Kỳ trước \(6 tháng đầu năm 2024\): Khó hoàn thành\. Một số kết quả/);
      // The computed percentages are formulas again, ready for the new figures.
      expect(sheet.getRange(header + 2, 8).getFormula()).toMatch(/^=IF\(AND\(ISNUMBER\(G/);
    });
    expect(run.values('Cấu hình').find((r) => r[0] === 'Kỳ báo cáo')![1]).toBe('9 tháng đầu năm');
  });

  test('"Đã nộp" and the run counter belong to the closed period: the new one starts without them', () => {
    run.g.calls.uncounted(() => run.g.spreadsheet.setActiveSheet(run.g.spreadsheet.getSheetByName('Cấu hình')!));
    const state = run.call<{ office: { divisions: { tabName: string; status: string; lastEditedAt: string | null }[] } }>('getSidebarState', null);
    const qlkh = state.office.divisions.find((r) => r.tabName === 'QLKH')!;
    expect(qlkh.status).not.toBe('submitted');
    expect(state.office.divisions.map((r) => r.lastEditedAt)).toEqual(tabs.map(() => null));
    const report = run.call<{ version: number; name: string }>('runConsolidation');
    expect(report.version).toBe(1);
    expect(report.name).toMatch(/^Báo cáo tổng hợp KT-XH 9 tháng đầu năm 2024 \(bản 1/);
  });

  test('every past period stays readable: listed in the sidebar, a division sees its own archived tab, the reports read back as the tabs gave them, and the Office rebuilds the report', () => {
    const past = run.call<{ isOffice: boolean; periods: { periodId: string; name: string }[] }>('getPastPeriods');
    expect(past).toEqual({ isOffice: true, periods: [{ periodId: '2024-H1', name: ARCHIVE }] });
    run.g.session.activeUserEmail = run.g.session.effectiveUserEmail = QLKH_USER;
    const own = run.call<{ divisionName: string; statusLabel: string; rows: string[][] }>('viewArchivedTab', '2024-H1', 'QLKH');
    expect([own.divisionName, own.statusLabel, own.rows[0][0]]).toEqual(['Phòng Quản lý khoa học', 'Đã nộp', 'BÁO CÁO 6 THÁNG ĐẦU NĂM 2024 — PHÒNG QUẢN LÝ KHOA HỌC']);
    expect(() => run.call('rebuildArchivedReport', '2024-H1')).toThrow('Chức năng Tổng hợp dành cho Văn phòng Sở.');
    run.g.session.activeUserEmail = run.g.session.effectiveUserEmail = 'nguoikhac@skhcn.bacgiang.gov.vn';
    expect(() => run.call('viewArchivedTab', '2024-H1', 'QLKH')).toThrow('Bạn không có quyền xem số liệu lưu trữ của Phòng Quản lý khoa học.');
    run.g.session.activeUserEmail = run.g.session.effectiveUserEmail = OFFICE;

    // The archive reads back as the same DivisionReport each tab gave in its period.
    const realm = run.g.calls.realm;
    run.g.calls.useRealm({ Date, Error });
    Object.assign(globalThis, run.g.globals);
    let archived;
    try {
      archived = readArchivedReports(run.g.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, '2024-H1');
    } finally {
      run.g.calls.useRealm(realm);
    }
    const closing = defaultSettings();
    closing.officeEmails = [OFFICE];
    const form = resolveForm(closing);
    expect(archived.map((r) => r.division.tabName)).toEqual(tabs);
    for (const r of archived) {
      const tab = r.division.tabName;
      const fromTab = buildDivisionReport(r.division, before[tab] as Grid, form, { today: '2024-06-28', formats: formatsBefore[tab] });
      expect({ tab, items: r.check!.items, errors: r.errorCount }).toEqual({ tab, items: fromTab.check!.items, errors: fromTab.errorCount });
    }
    expect(archived.find((r) => r.division.tabName === 'QLKH')!.status).toBe('submitted');

    const uploads = run.driveApi.uploads.length;
    const rebuilt = run.call<{ name: string; version: number }>('rebuildArchivedReport', '2024-H1');
    expect(rebuilt.name).toMatch(/^Báo cáo tổng hợp KT-XH 6 tháng đầu năm 2024 \(bản 2/);
    expect(run.driveApi.uploads.length).toBe(uploads + 1);
    run.call('openArchiveTab', '2024-H1');
    expect(run.g.calls.uncounted(() => run.g.spreadsheet.getActiveSheet().getName())).toBe(ARCHIVE);
  });

  test('run twice: the second run says the Sheet already moved and changes nothing', () => {
    const snapshot = everything(run);
    const again = run.call<Result>('confirmNextPeriod', TO_9_MONTHS);
    expect(again).toEqual({ moved: false, message: 'Bảng tính đã ở kỳ 9 tháng đầu năm 2024: kỳ trước đã được chuyển và lưu trữ rồi. Không thay đổi gì.' });
    expect(everything(run)).toBe(snapshot);
  });
});

test.each([2, 6, 11])('a failure on the %ith write while preparing the tabs leaves the Sheet exactly as it was', (n) => {
  const run = sampleSheet();
  const snapshot = everything(run);
  const names = sheetNames(run);
  const properties = JSON.stringify([...run.g.properties.document.entries()].filter(([k]) => k !== 'runInProgress'));
  const count = run.g.calls.count.bind(run.g.calls);
  let setValues = 0;
  run.g.calls.count = (name: string) => {
    count(name);
    // The archive's own write is the first; the tabs' writes follow.
    if (name === 'Range.setValues' && ++setValues === n) throw new Error('injected: Sheets did not answer');
  };
  const result = run.call<Result>('confirmNextPeriod', TO_9_MONTHS);
  run.g.calls.count = count;
  expect(result.moved).toBe(false);
  expect(result.message).toMatch(/^Chưa chuyển kỳ: có lỗi khi chuẩn bị các tab \(injected: Sheets did not answer\)\. Đã trả mọi tab về như trước, không thay đổi gì\.$/);
  expect(sheetNames(run)).toEqual(names);
  expect(everything(run)).toBe(snapshot);
  expect(JSON.stringify([...run.g.properties.document.entries()].filter(([k]) => k !== 'runInProgress'))).toBe(properties);
});

test('a tab left on the old period: an error naming its header cell, and its figures are not in the report', async () => {
  const run = sheetWithSample(QLKH_USER);
  // The Office changes the period by hand instead of "Sang kỳ báo cáo mới"; setup refuses to relabel the filled tabs.
  setSetting(run, 'Kỳ báo cáo', '9 tháng đầu năm');
  run.call('menuSetUp');
  const setup = run.g.ui.alerts[run.g.ui.alerts.length - 1].prompt;
  expect(setup).toContain('Chưa cập nhật (để nguyên, không đổi số liệu): «Văn phòng»: tab vẫn là biểu mẫu 6 tháng đầu năm 2024 (ô F');
  expect(run.values('QLKH')[0][0]).toBe('BÁO CÁO 6 THÁNG ĐẦU NĂM 2024 — PHÒNG QUẢN LÝ KHOA HỌC');
  run.g.calls.uncounted(() => run.g.spreadsheet.setActiveSheet(run.g.spreadsheet.getSheetByName('QLKH')!));
  const state = run.call<{ division: { groups: { findings: { cell: string; message: string; severity: string }[] }[] } }>('getSidebarState', null);
  const values = run.values('QLKH');
  const header = values.findIndex((r) => String(r[0]).startsWith('I. ')) + 2;
  expect(state.division.groups.flatMap((g) => g.findings).map((f) => [f.severity, f.cell, f.message])).toEqual([
    ['error', `F${header}`, `Tab này vẫn là biểu mẫu 6 tháng đầu năm 2024 (ô F${header}), trong khi Cấu hình là 9 tháng đầu năm 2024: chạy «Sang kỳ báo cáo mới» hoặc «Thiết lập / cập nhật biểu mẫu».`],
  ]);
  run.call('runConsolidation');
  const upload = run.driveApi.uploads[run.driveApi.uploads.length - 1];
  const body = bodyElements(await readDocx(upload.bytes))
    .map(text)
    .join('\n');
  expect(body).not.toContain('Số nhiệm vụ khoa học và công nghệ cấp tỉnh đang triển khai');
  // And "Sang kỳ báo cáo mới" from 9 tháng refuses while tabs hold the 6-month form.
  const refused = run.call<Result>('confirmNextPeriod', { ...TO_9_MONTHS, from: '2024-M9', periodLabel: 'cả năm', deadline: '28/12/2024', dataTo: '' });
  expect(refused.moved).toBe(false);
  expect(refused.message).toMatch(/^Chưa chuyển kỳ \(chưa thay đổi gì\): có tab không phải biểu mẫu kỳ 9 tháng đầu năm 2024\./);
});

test('a Sheet set up before periods were keyed: its "Đã nộp" and run counter count as the current period, then go to the archive', () => {
  const run = loadAppsScript();
  run.call('menuSetUp');
  run.g.properties.document.set('submitted:Phòng Quản lý khoa học', JSON.stringify({ at: '2024-06-20T10:00', by: QLKH_USER }));
  run.g.properties.document.set('summaryRuns', '4');
  run.g.calls.uncounted(() => run.g.spreadsheet.setActiveSheet(run.g.spreadsheet.getSheetByName('Cấu hình')!));
  const state = run.call<{ office: { divisions: { tabName: string; status: string }[] } }>('getSidebarState', null);
  expect(state.office.divisions.find((r) => r.tabName === 'QLKH')!.status).toBe('submitted');
  expect(run.call<Result>('confirmNextPeriod', TO_9_MONTHS).moved).toBe(true);
  expect([...run.g.properties.document.keys()].filter((k) => k === 'summaryRuns' || k === 'submitted:Phòng Quản lý khoa học')).toEqual([]);
  expect(
    run
      .values(ARCHIVE)
      .find((r) => r[0] === 'Phòng Quản lý khoa học' && r[1] === 'QLKH')!
      .slice(2, 5),
  ).toEqual(['Đã nộp', '2024-06-20T10:00', QLKH_USER]);
});

test('three moves, 6 tháng → 9 tháng → cả năm 2024 → 6 tháng 2025: the new year carries the whole-year estimates as "Thực hiện năm 2024", each with its origin', () => {
  const run = sheetWithSample(QLKH_USER);
  const move = (from: string, periodLabel: string, year: string, deadline: string) => run.call<Result>('confirmNextPeriod', { from, periodLabel, year, deadline, dataFrom: '', dataTo: '' });
  expect(move('2024-H1', '9 tháng đầu năm', '2024', '28/09/2024').moved).toBe(true);
  expect(move('2024-M9', 'cả năm', '2024', '28/12/2024').moved).toBe(true);
  // QLKH types this period's figures into section I: a whole-year estimate of 100 + k for each indicator.
  const values = run.values('QLKH');
  const first = values.findIndex((r) => String(r[0]).startsWith('I. ')) + 3;
  const indicators = sectionRows(values, 'I').map((r) => r[1]);
  run.g.calls.uncounted(() =>
    run.g.spreadsheet
      .getSheetByName('QLKH')!
      .getRange(first, 6, indicators.length, 2)
      .setValues(indicators.map((_, k) => [90 + k, 100 + k])),
  );
  const last = move('2024-Y', '6 tháng đầu năm', '2025', '28/06/2025');
  expect(last.moved).toBe(true);
  const now = run.values('QLKH');
  const header = now.findIndex((r) => String(r[0]).startsWith('I. ')) + 1;
  expect(now[header].slice(3, 5)).toEqual(['Thực hiện năm 2024', 'Kế hoạch năm 2025']);
  expect(sectionRows(now, 'I').map((r) => [r[1], r[3], r[4]])).toEqual(indicators.map((name, k) => [name, 100 + k, '']));
  run.g.calls.uncounted(() => {
    expect(
      run.g.spreadsheet
        .getSheetByName('QLKH')!
        .getRange(header + 2, 4)
        .getNote(),
    ).toBe('Chuyển sang từ «Ước thực hiện năm 2024» của kỳ cả năm 2024 (100). Có số thực hiện chính thức thì sửa lại.');
  });
  expect(run.call<{ periods: { periodId: string }[] }>('getPastPeriods').periods.map((p) => p.periodId)).toEqual(['2024-Y', '2024-M9', '2024-H1']);
  expect(run.values('Cấu hình').find((r) => r[0] === 'Năm so sánh')![1]).toBe(2024);
});

test('a year on, "Tổng hợp" compares with the same period of last year from the archive, in the table and the sentences', async () => {
  const run = sheetWithSample(QLKH_USER);
  const move = (from: string, periodLabel: string, year: string, deadline: string) => run.call<Result>('confirmNextPeriod', { from, periodLabel, year, deadline, dataFrom: '', dataTo: '' });
  // 6 tháng 2024 (the sample) is archived by the first move; a year later it is the same period of last year.
  const sampleQlkh = sectionRows(run.values('QLKH'), 'I');
  const lastYearDone = Number(sampleQlkh[0][5]);
  expect(move('2024-H1', '9 tháng đầu năm', '2024', '28/09/2024').moved).toBe(true);
  expect(move('2024-M9', 'cả năm', '2024', '28/12/2024').moved).toBe(true);
  expect(move('2024-Y', '6 tháng đầu năm', '2025', '28/06/2025').moved).toBe(true);
  const values = run.values('QLKH');
  const first = values.findIndex((r) => String(r[0]).startsWith('I. ')) + 3;
  const indicators = sectionRows(values, 'I');
  // QLKH types this year's 6-month result of its first indicator: 10 more than the same period of 2024.
  run.g.calls.uncounted(() =>
    run.g.spreadsheet
      .getSheetByName('QLKH')!
      .getRange(first, 6)
      .setValue(lastYearDone + 10),
  );
  run.call('runConsolidation');
  const upload = run.driveApi.uploads[run.driveApi.uploads.length - 1];
  const body = bodyElements(await readDocx(upload.bytes))
    .map(text)
    .join('\n');
  expect(body).toContain('Số liệu tính từ ngày 15/12/2024 đến ngày 14/6/2025.');
  expect(body).toContain('Cùng kỳ năm 2024');
  expect(body).toContain('So với cùng kỳ năm trước (6 tháng đầu năm 2024)');
  // The same-period table of QLKH: last year's figure, this year's, the ratio; and the sentence with both figures.
  const name = String(indicators[0][1]);
  const ratio = `${(((lastYearDone + 10) / lastYearDone) * 100).toFixed(1).replace('.', ',')}%`;
  expect(body).toContain(`1${name}nhiệm vụ${lastYearDone}${lastYearDone + 10}${ratio}`);
  const rise = `${(((lastYearDone + 10 - lastYearDone) / lastYearDone) * 100).toFixed(1).replace('.', ',')}%`;
  const lower = `${name.charAt(0).toLocaleLowerCase('vi')}${name.slice(1)}`;
  expect(body).toContain(`So với cùng kỳ năm trước (6 tháng đầu năm 2024), 1 chỉ tiêu tăng: ${lower} (từ ${lastYearDone}\u00a0nhiệm\u00a0vụ lên ${lastYearDone + 10}\u00a0nhiệm\u00a0vụ, tăng ${rise}).`);
});
