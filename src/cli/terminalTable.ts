/** Tables in the terminal: columns aligned by what the eye sees, so Vietnamese letters with marks count once. */
import type { DivisionReport } from '../core/divisionReport';
import { statusWords } from '../core/summary/appendix';

export type ColumnAlign = 'left' | 'right';

/** Characters a terminal shows: combining marks take no room. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.normalize('NFC')) if (!/\p{M}/u.test(ch)) width++;
  return width;
}

function padTo(text: string, width: number, align: ColumnAlign): string {
  const room = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? room + text : text + room;
}

export function renderTable(headers: string[], rows: string[][], aligns: ColumnAlign[]): string[] {
  const widths = headers.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => padTo(cell, widths[c], aligns[c] ?? 'left'))
      .join('  ')
      .replace(/\s+$/, '');
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
}

/** The completeness of every division: what the Office looks at first, its status in the report's own words. `where` says where each one was read from. */
export function completenessTable(reports: DivisionReport[], where: (report: DivisionReport) => string): string[] {
  return renderTable(
    ['STT', 'Phòng, đơn vị', 'Tình trạng', 'Lỗi', 'Cảnh báo', 'Nguồn'],
    reports.map((r, i) => [String(i + 1), r.division.name, statusWords(r), String(r.errorCount), String(r.warningCount), where(r)]),
    ['right', 'left', 'left', 'right', 'right', 'left'],
  );
}
