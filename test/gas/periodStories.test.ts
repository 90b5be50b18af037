/**
 * The tester's stories in the Sheet, on the built bundle over the fakes: a section I header naming the period in
 * other words is read (sidebar and "Tổng hợp"); last year's comparison and plan headers keep the tab's figures out
 * of the report and setup from relabelling them, while a tab nobody typed in is redrawn; contradictory period
 * settings stop setup, naming each cell.
 */
import { AppsScriptRun, loadAppsScript, setSetting, sheetWithSample } from './harness';
import { bodyElements, readDocx, text } from '../render/docxReader';

const QLKH_USER = 'nguyenvana@skhcn.bacgiang.gov.vn';
const QLKH_INDICATOR = 'Số nhiệm vụ khoa học và công nghệ cấp tỉnh đang triển khai';

type Finding = { cell: string; message: string; severity: string };

/** Row (1-based) of section I's header row in a tab. */
function headerRow(run: AppsScriptRun, tab: string): number {
  return run.values(tab).findIndex((r) => String(r[0]).startsWith('I. ')) + 2;
}

/** Types over one header cell of section I, as a person would. */
function retypeHeader(run: AppsScriptRun, tab: string, column: number, value: string): void {
  const row = headerRow(run, tab);
  run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName(tab)!.getRange(row, column).setValue(value));
}

function qlkhFindings(run: AppsScriptRun): Finding[] {
  run.g.calls.uncounted(() => run.g.spreadsheet.setActiveSheet(run.g.spreadsheet.getSheetByName('QLKH')!));
  const state = run.call<{ division: { groups: { findings: Finding[] }[] } }>('getSidebarState', null);
  return state.division.groups.flatMap((g) => g.findings);
}

async function reportBody(run: AppsScriptRun): Promise<string> {
  run.call('runConsolidation');
  const upload = run.driveApi.uploads[run.driveApi.uploads.length - 1];
  return bodyElements(await readDocx(upload.bytes))
    .map(text)
    .join('\n');
}

function setUp(run: AppsScriptRun): string {
  run.call('menuSetUp');
  return run.g.ui.alerts[run.g.ui.alerts.length - 1].prompt;
}

test('F = «Thực hiện 6 tháng năm 2024 *» in QLKH: the sidebar shows a warning at that cell, no error, and Tổng hợp reports the figures', async () => {
  const run = sheetWithSample(QLKH_USER);
  retypeHeader(run, 'QLKH', 6, 'Thực hiện 6 tháng năm 2024 *');
  const findings = qlkhFindings(run);
  expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(findings).toContainEqual({
    severity: 'warning',
    cell: `F${headerRow(run, 'QLKH')}`,
    message:
      'Tiêu đề cột «Thực hiện 6 tháng năm 2024» cùng kỳ với Cấu hình nhưng ghi khác biểu mẫu: số liệu cột này được đọc là «Thực hiện 6 tháng đầu năm 2024» theo Cấu hình. Nên sửa tiêu đề thành «Thực hiện 6 tháng đầu năm 2024».',
  });
  expect(await reportBody(run)).toContain(QLKH_INDICATOR);
});

test('D = «Thực hiện năm 2022», E = «Kế hoạch năm 2023» in the 2024 QLKH tab: an error at D, figures kept out of Tổng hợp, setup leaves the tab as typed', async () => {
  const run = sheetWithSample(QLKH_USER);
  retypeHeader(run, 'QLKH', 4, 'Thực hiện năm 2022');
  retypeHeader(run, 'QLKH', 5, 'Kế hoạch năm 2023');
  const h = headerRow(run, 'QLKH');
  expect(qlkhFindings(run).map((f) => [f.severity, f.cell, f.message])).toEqual([
    [
      'error',
      `D${h}`,
      `Tab này có tiêu đề cột của kỳ khác: ô D${h} ghi «Thực hiện năm 2022», trong khi theo Cấu hình là «Thực hiện năm 2023». Số liệu của tab chưa được đọc, để số liệu «Thực hiện năm 2022» không thành số liệu «Thực hiện năm 2023». Nếu chỉ tiêu đề ghi nhầm: kiểm tra số liệu cột này đúng là «Thực hiện năm 2023» rồi sửa tiêu đề thành «Thực hiện năm 2023»; nếu tab là biểu mẫu của kỳ trước: chạy «Sang kỳ báo cáo mới» hoặc «Thiết lập / cập nhật biểu mẫu».`,
    ],
  ]);
  expect(await reportBody(run)).not.toContain(QLKH_INDICATOR);
  const before = run.values('QLKH');
  const message = setUp(run);
  expect(message).toContain(`Chưa cập nhật (để nguyên, không đổi số liệu): «QLKH»: tab có số liệu dưới tiêu đề «Thực hiện năm 2022» (ô D${h}), trong khi Cấu hình là «Thực hiện năm 2023»`);
  expect(run.values('QLKH')).toEqual(before);
  // The division checks its figures and corrects the headers: the tab is read again.
  retypeHeader(run, 'QLKH', 4, 'Thực hiện năm 2023');
  retypeHeader(run, 'QLKH', 5, 'Kế hoạch năm 2024');
  expect(qlkhFindings(run).filter((f) => f.severity === 'error')).toEqual([]);
  expect(await reportBody(run)).toContain(QLKH_INDICATOR);
});

test('a tab nobody typed in, with last year’s headers: setup redraws it for the settings’ years', () => {
  const run = loadAppsScript();
  setUp(run);
  retypeHeader(run, 'KH-TC', 4, 'Thực hiện năm 2022');
  retypeHeader(run, 'KH-TC', 5, 'Kế hoạch năm 2023');
  const message = setUp(run);
  expect(message).not.toContain('Chưa cập nhật');
  const header = run.values('KH-TC')[headerRow(run, 'KH-TC') - 1];
  expect(header.slice(3, 5)).toEqual(['Thực hiện năm 2023', 'Kế hoạch năm 2024']);
});

test('«Năm báo cáo» set to 2025 and nothing else: setup stops before changing anything, naming «Năm so sánh», «Năm kế hoạch» and «Hạn nộp»', () => {
  const run = loadAppsScript();
  setUp(run);
  setSetting(run, 'Năm báo cáo', 2025);
  const rowOf = (label: string) => run.values('Cấu hình').findIndex((r) => r[0] === label) + 1;
  const before = run.values('QLKH');
  const message = setUp(run);
  expect(message).toMatch(/^Chưa thiết lập được vì cấu hình có lỗi \(chưa thay đổi gì trong bảng tính\)/);
  expect(message).toContain(`Cấu hình!B${rowOf('Năm so sánh')} («Năm so sánh»): năm so sánh (2023) phải là năm liền trước «Năm báo cáo» (2025): ghi 2024`);
  expect(message).toContain(`Cấu hình!B${rowOf('Năm kế hoạch')} («Năm kế hoạch»): năm kế hoạch (2025) phải là năm liền sau «Năm báo cáo» (2025): ghi 2026`);
  expect(message).toContain(`Cấu hình!B${rowOf('Hạn nộp')} («Hạn nộp»): hạn nộp 28/06/2024 không thuộc kỳ 6 tháng đầu năm 2025`);
  expect(run.values('QLKH')).toEqual(before);
  // Typed as the messages say: setup goes on and the tabs show 2025.
  setSetting(run, 'Năm so sánh', 2024);
  setSetting(run, 'Năm kế hoạch', 2026);
  setSetting(run, 'Hạn nộp', '28/06/2025');
  expect(setUp(run)).toMatch(/^Đã thiết lập xong biểu mẫu\./);
  expect(run.values('QLKH')[0][0]).toBe('BÁO CÁO 6 THÁNG ĐẦU NĂM 2025 — PHÒNG QUẢN LÝ KHOA HỌC');
});
