/** Lines the commands share: the notices about the inputs, and where each division was read from. */
import type { DivisionReport } from '../core/divisionReport';
import type { LoadedInputs, SettingsRefused } from './loadInputs';
import { formatNotice } from './notices';
import { displayPath } from './paths';
import type { Io } from './io';
import { completenessTable } from './terminalTable';

export function sourceLabel(loaded: LoadedInputs, report: DivisionReport): string {
  const source = loaded.sources.find((s) => s.division.name === report.division.name);
  return source ? `${displayPath(source.file)} › ${source.sheet}` : (report.problem ?? '');
}

export function printNotices(loaded: LoadedInputs, io: Io): void {
  io.out(`Cấu hình: ${loaded.settingsOrigin}.`);
  for (const notice of loaded.notices) io.out(formatNotice(notice));
}

export function printCompleteness(loaded: LoadedInputs, reports: DivisionReport[], io: Io): void {
  io.out('');
  io.out('Tình trạng báo cáo của các phòng, đơn vị:');
  for (const line of completenessTable(reports, (r) => sourceLabel(loaded, r))) io.out(line);
}

/** Settings that stop the run: what was found about the files, each settings problem (file, sheet, cell), then what was not done. */
export function printSettingsRefusal(refused: SettingsRefused, io: Io, notDone: string): void {
  for (const notice of refused.notices) io.out(formatNotice(notice));
  for (const problem of refused.problems) io.err(formatNotice(problem));
  io.err(notDone);
}
