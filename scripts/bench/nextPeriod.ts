/**
 * "Sang kỳ báo cáo mới" for n divisions: the calls of one move from 6 tháng to 9 tháng 2024, with the sample typed
 * as it is and with 100 rows a section. Checks its preconditions: every tab holds what it claims, and the move
 * really moved (the archive tab exists) — a refused move would measure nothing.
 */
import { AppsScriptRun } from '../../test/gas/harness';

const MOVE = { from: '2024-H1', periodLabel: '9 tháng đầu năm', year: '2024', deadline: '28/09/2024', dataFrom: '', dataTo: '' };

export function moveCalls(run: AppsScriptRun, divisions: number): { total: number; reads: number; writes: number } {
  run.g.calls.reset();
  const result = run.call<{ moved: boolean; message: string }>('confirmNextPeriod', MOVE);
  const c = run.g.calls;
  const measured = { total: c.total, reads: c.countOf('Range.getValues'), writes: c.countOf('Range.setValues') };
  if (!result.moved) throw new Error(`bench: the move did not happen: ${result.message}`);
  const archive = run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName('Lưu trữ 6 tháng đầu năm 2024'));
  if (!archive) throw new Error('bench: no archive tab after the move');
  const archived = run.g.calls.uncounted(() => archive.getDataRange().getValues()[3][1]);
  if (archived !== divisions) throw new Error(`bench: the archive holds ${String(archived)} divisions, not ${divisions}`);
  return measured;
}
