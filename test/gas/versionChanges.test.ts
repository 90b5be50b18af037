/**
 * "What changed since the last version" on the built bundle over the fakes: the Office runs Tổng hợp, a division
 * corrects one figure, the sidebar lists that change before the next run, and the second Doc (the uploaded .docx,
 * read back) lists exactly that change.
 */
import { all, readDocx, text } from '../render/docxReader';
import { loadAppsScript, AppsScriptRun, OFFICE, setSetting, typeSample } from './harness';
import type { VersionChangesView } from '../../src/core/sidebarApi';
import { VERSIONS_TAB } from '../../src/gas/summary/versionStore';

const seen = (t: string) => t.replace(/\u00a0/g, ' ').replace(/\u2011/g, '-');

function prepared(): AppsScriptRun {
  const run = loadAppsScript();
  run.call('menuSetUp');
  setSetting(run, 'E-mail Văn phòng Sở', OFFICE);
  typeSample(run);
  return run;
}

async function docText(run: AppsScriptRun, index: number): Promise<string> {
  const doc = await readDocx(run.driveApi.uploads[index].bytes);
  return seen(all(doc.document, 'p').map(text).join('\n'));
}

/** QLKH's first indicator of section I: its estimate for the year (column G), as the division retypes it. */
function retypeEstimate(run: AppsScriptRun, value: number): void {
  const rows = run.values('QLKH');
  const row = rows.findIndex((r) => String(r[0]).startsWith('I. ')) + 3;
  run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName('QLKH')!.getRange(row, 7).setValue(value));
}

test('run, correct one figure, run again: the sidebar and the second Doc list exactly that change', async () => {
  const run = prepared();
  const first = run.call<VersionChangesView>('getChangesSinceLastVersion');
  expect(first.title).toBeNull();
  expect(first.message).toContain('Chưa có bản tổng hợp nào để so sánh');
  run.call('runConsolidation');
  expect(await docText(run, 0)).not.toContain('Thay đổi so với bản');

  // The record is kept in a hidden, protected tab.
  const tab = run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName(VERSIONS_TAB)!);
  expect(run.g.calls.uncounted(() => tab.isSheetHidden())).toBe(true);
  expect(run.g.calls.uncounted(() => tab.getProtections(run.g.globals.SpreadsheetApp.ProtectionType.SHEET).length)).toBe(1);

  const unchanged = run.call<VersionChangesView>('getChangesSinceLastVersion');
  expect(unchanged.title).toMatch(/^Thay đổi so với bản 1 \(\d{2}:\d{2} ngày \d{1,2}\/\d{1,2}\/\d{4}\)$/);
  expect(unchanged.divisions).toEqual([]);
  expect(unchanged.message).toBe('Không có thay đổi về số liệu, nội dung của các phòng, đơn vị.');

  retypeEstimate(run, 38);
  const before = run.call<VersionChangesView>('getChangesSinceLastVersion');
  const change = 'chỉ tiêu “Số nhiệm vụ khoa học và công nghệ cấp tỉnh đang triển khai”: ước thực hiện năm 2024 từ 36 thành 38 nhiệm vụ.';
  expect(before.divisions).toEqual([{ name: 'Phòng Quản lý khoa học', items: [change] }]);

  run.call('runConsolidation');
  const second = await docText(run, 1);
  expect(second).toContain(before.title!);
  const list = second.slice(second.indexOf(before.title!), second.indexOf('Tình hình báo cáo tại thời điểm tổng hợp'));
  expect(
    list
      .split('\n')
      .slice(1)
      .filter((l) => l.trim() !== ''),
  ).toEqual([seen(`- Phòng Quản lý khoa học: ${change}`)]);
});

test('reading the last version costs the same calls after one run as after three', () => {
  const calls = (runs: number) => {
    const run = prepared();
    for (let i = 0; i < runs; i++) {
      retypeEstimate(run, 36 + i);
      run.call('runConsolidation');
    }
    run.g.calls.reset();
    run.call('getChangesSinceLastVersion');
    return run.g.calls.total;
  };
  expect(calls(3)).toBe(calls(1));
});

test('only the Office sees the changes', () => {
  const run = prepared();
  run.g.session.activeUserEmail = 'someone@skhcn.bacgiang.gov.vn';
  run.g.session.effectiveUserEmail = 'someone@skhcn.bacgiang.gov.vn';
  expect(() => run.call('getChangesSinceLastVersion')).toThrow('Chỉ Văn phòng Sở xem được thay đổi giữa các bản tổng hợp.');
});
