/** Lines the commands share: the notices about the inputs, and where each division was read from. */
import type { DivisionReport } from '../core/divisionReport';
import type { LoadedInputs } from './loadInputs';
import { formatNotice } from './notices';
import { displayPath } from './paths';
import type { Io } from './io';
import { completenessTable } from './terminalTable';

export function sourceLabel(loaded: LoadedInputs, report: DivisionReport): string {
  const source = loaded.sources.find((s) => s.division.name === report.division.name);
  return source ? `${displayPath(source.file)} › ${source.sheet}` : report.problem ?? '';
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
