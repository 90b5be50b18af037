/**
 * The tester's story on the Sheet: QLKH types section IV as divisions do ("QĐ 1400", "1400/QD-UBND", a finished status
 * with a dot), then the Office moves to 9 tháng. Both unfinished tasks are in the new tab under the listed decision;
 * the finished one is not; the message says what the move kept.
 */
import { AppsScriptRun, OFFICE, sheetWithSample } from './harness';

const TO_9_MONTHS = { from: '2024-H1', periodLabel: '9 tháng đầu năm', year: '2024', deadline: '28/09/2024', dataFrom: '15/12/2023', dataTo: '14/09/2024' };

function sectionIV(run: AppsScriptRun): unknown[][] {
  const values = run.values('QLKH');
  const title = values.findIndex((r) => String(r[0]).startsWith('IV. '));
  const next = values.findIndex((r, i) => i > title && String(r[0]).startsWith('V. '));
  return values.slice(title + 2, next).filter((r) => r.some((v) => v !== '' && v !== null));
}

test('moving to 9 tháng keeps every unfinished task however its decision was typed, and drops the one finished with a dot', () => {
  const run = sheetWithSample();
  run.g.session.activeUserEmail = run.g.session.effectiveUserEmail = OFFICE;
  const before = sectionIV(run);
  expect(before.map((r) => [r[2], r[5]])).toEqual([
    ['1400/QĐ-UBND', 'Đang thực hiện trong hạn'],
    ['184/QĐ-UBND', 'Hoàn thành đúng hạn'],
    ['184/QĐ-UBND', 'Đang thực hiện, quá hạn'],
  ]);
  run.g.calls.uncounted(() => {
    const tab = run.g.spreadsheet.getSheetByName('QLKH')!;
    const first = run.values('QLKH').findIndex((r) => r[1] === before[0][1]) + 1;
    tab.getRange(first, 3).setValue('QĐ 1400');
    tab.getRange(first, 4).setValue('31/12/2024');
    tab.getRange(first + 1, 6).setValue('Hoàn thành đúng hạn.');
    tab.getRange(first + 2, 3).setValue('1400/QD-UBND');
  });
  run.call('menuNextPeriod');
  const result = run.call<{ moved: boolean; message: string }>('confirmNextPeriod', TO_9_MONTHS);
  expect(result.moved).toBe(true);
  expect(result.message).toContain('nhiệm vụ chưa hoàn thành ở mục IV');
  expect(result.message).not.toContain('không chuyển sang');
  expect(sectionIV(run).map((r) => [r[1], r[2], r[4], r[5]])).toEqual([
    [before[0][1], '1400/QĐ-UBND', '', ''],
    [before[2][1], '1400/QĐ-UBND', '', ''],
  ]);
});
