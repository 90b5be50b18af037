/**
 * One division, several sheets in the inputs: which one is the division's report.
 * - A sheet holding items always wins over one without (a blank form, or a whole workbook sent back with
 *   only the sender's own tab filled); an empty sheet never replaces data, and is not worth a warning.
 * - Two sheets holding items: the one whose workbook says it was saved last (its own save time, not the
 *   file's date on disk, which copying changes). A workbook that does not say (Google Sheets' download)
 *   comes after those that do; equal times, or no time at all, keep the order of the files' names.
 *   The notice names every source and the one used, and how to choose the other: save it again.
 */
import { formatDateTime, isoOfLocalDateTime } from '../core/dates';
import type { DivisionSource } from './matchDivisions';
import type { Notice } from './notices';
import { displayPath } from './paths';

export interface Candidate {
  source: DivisionSource;
  /** True when the check finds at least one item row in the sheet. */
  hasItems: boolean;
  /** Position in the inputs (files by name, then sheets in their workbook): the stable order. */
  order: number;
}

export interface Choice {
  source: DivisionSource;
  notice: Notice | null;
}

const COUNT_WORDS = ['', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

function where(s: DivisionSource): string {
  return `trang tính «${s.sheet}» trong «${displayPath(s.file)}»`;
}

function savedText(s: DivisionSource): string {
  return s.savedAt ? `lưu lúc ${formatDateTime(isoOfLocalDateTime(s.savedAt))}` : 'không ghi thời điểm lưu';
}

/** Later save first; a known save time before none; then the inputs' order. */
function byRecency(a: Candidate, b: Candidate): number {
  const ta = a.source.savedAt?.getTime();
  const tb = b.source.savedAt?.getTime();
  if (ta !== undefined && tb !== undefined && ta !== tb) return tb - ta;
  if ((ta === undefined) !== (tb === undefined)) return ta === undefined ? 1 : -1;
  return a.order - b.order;
}

function why(used: Candidate, others: Candidate[]): string {
  const t = used.source.savedAt?.getTime();
  if (t === undefined) return 'vì không nguồn nào ghi thời điểm lưu, nên dùng nguồn đứng trước theo thứ tự tên tệp';
  const tied = others.filter((o) => o.source.savedAt?.getTime() === t);
  if (tied.length) return `vì các nguồn được lưu cùng lúc (${formatDateTime(isoOfLocalDateTime(used.source.savedAt!))}), nên dùng nguồn đứng trước theo thứ tự tên tệp`;
  const untimed = others.filter((o) => !o.source.savedAt);
  const note = untimed.length ? `; ${untimed.map((o) => `«${displayPath(o.source.file)}»`).join(', ')} không ghi thời điểm lưu (như tệp tải từ Google Trang tính) nên xếp sau` : '';
  return `vì được lưu muộn nhất (${savedText(used.source)})${note}`;
}

/** Sheets of one workbook share its save time: the first sheet is used, and the advice is about the sheets, not the files. */
function inOneFile(withItems: Candidate[], count: string): Choice {
  const [used, ...others] = [...withItems].sort((a, b) => a.order - b.order);
  const file = displayPath(used.source.file);
  const sheets = [used, ...others].map((c) => `«${c.source.sheet}»`);
  return withWarning(
    used,
    `${used.source.division.name} có ${count} trang tính có số liệu trong «${file}»: ${sheets.slice(0, -1).join(', ')} và ${sheets[sheets.length - 1]}. ` +
      `Dùng trang tính «${used.source.sheet}» (đứng trước trong tệp); không dùng ${others.map((o) => `«${o.source.sheet}»`).join(', ')}. ` +
      `Nếu cần dùng trang tính kia, xóa trang tính không dùng khỏi tệp (hoặc chép số liệu đúng vào một trang tính), lưu lại rồi chạy lại.`,
  );
}

/** The source used, with the warning that says which others were not. */
function withWarning(used: Candidate, message: string): Choice {
  return { source: used.source, notice: { severity: 'warning', file: used.source.file, message } };
}

export function chooseSource(candidates: Candidate[]): Choice {
  const withItems = candidates.filter((c) => c.hasItems);
  if (withItems.length === 0) return { source: [...candidates].sort((a, b) => a.order - b.order)[0].source, notice: null };
  if (withItems.length === 1) return { source: withItems[0].source, notice: null };
  const count = COUNT_WORDS[withItems.length] ?? String(withItems.length);
  if (withItems.every((c) => c.source.file === withItems[0].source.file)) return inOneFile(withItems, count);
  const ranked = [...withItems].sort(byRecency);
  const [used, ...others] = ranked;
  const list = [used, ...others].map((c) => where(c.source));
  const listed = `${list.slice(0, -1).join(', ')} và ${list[list.length - 1]}`;
  const times = ranked.map((c) => `«${displayPath(c.source.file)}» ${savedText(c.source)}`).join('; ');
  return withWarning(
    used,
    `${used.source.division.name} có ${count} nguồn số liệu: ${listed}. Dùng «${displayPath(used.source.file)}» (trang tính «${used.source.sheet}») ${why(used, others)}; không dùng ${others.map((o) => where(o.source)).join(', ')}. ` +
      `Thời điểm lưu: ${times}. Nếu cần dùng nguồn kia, mở tệp đó, lưu lại rồi chạy lại (nguồn lưu muộn nhất được dùng).`,
  );
}
