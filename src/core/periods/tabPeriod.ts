/**
 * Which period a division's tab holds, read from its section I headers ("Thực hiện 6 tháng đầu năm 2024",
 * "Ước thực hiện năm 2024", "Thực hiện năm 2023", "Kế hoạch năm 2024"), compared with the settings by what the
 * headers mean, not by their wording: "6 tháng năm 2024" is "6 tháng đầu năm 2024". A tab still holding another
 * period's form is an error naming its header cell, and its figures never enter a report under the wrong year
 * (core/check.ts). The same period in other words is read, with a warning to write the header as the form does.
 */
import type { ResolvedForm } from '../form';
import { Grid, a1, cellAt, cellText } from '../grid';
import { TabLocation, locateSections } from '../sectionLocator';
import type { Shell } from '../shell';
import { cleanText } from '../text';
import { PeriodHeaderMeaning, headerMeaning, retypedHeaderMeaning } from './headerMeaning';

export interface TabPeriodMismatch {
  /** 1-based. */
  row: number;
  column: number;
  cell: string;
  /** "6 tháng đầu năm 2024", as the tab says it; for a year column or a retyped header, «the header». */
  found: string;
  /** "9 tháng đầu năm 2024", as the settings say it; for a year column or a retyped header, «the header». */
  expected: string;
  /** The header cell as typed, without its "*", and the header the settings draw there. */
  header: string;
  expectedHeader: string;
  /** 'period': a recognised header names another period; 'year': a header naming one of its years (comparison, plan), or one retyped, does. */
  names: 'period' | 'year';
}

/** A header naming this period in other words, or without its year: read as this period's, worth rewriting. */
export interface TabPeriodRewording {
  row: number;
  column: number;
  cell: string;
  header: string;
  expectedHeader: string;
  /** The header names the period's kind but no year. */
  yearMissing: boolean;
}

interface PeriodHeader {
  key: string;
  placeholder: string;
  names: 'period' | 'year';
  /** How the value is named in a message: "năm 2024" for the estimate. */
  named: (v: string) => string;
}

/** The headers that name the period or one of its years, and the placeholder each shows. */
const PERIOD_HEADERS: PeriodHeader[] = [
  { key: 'firstPeriod', placeholder: 'periodYear', names: 'period', named: (v) => v },
  { key: 'estimate', placeholder: 'year', names: 'period', named: (v) => `năm ${v}` },
  { key: 'prevYear', placeholder: 'prevYear', names: 'year', named: (v) => v },
  { key: 'plan', placeholder: 'year', names: 'year', named: (v) => v },
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function withoutStar(text: string): string {
  return cleanText(text).replace(/\s*\*\s*$/, '');
}

/** The text a placeholder stands for in a header written from the template, or null when it is not that header. */
function placeholderText(template: string, placeholder: string, text: string): string | null {
  const names: string[] = [];
  const pattern = template
    .split(/(\{\w+\})/)
    .map((part) => {
      const m = /^\{(\w+)\}$/.exec(part);
      if (!m) return escapeRegExp(cleanText(part));
      names.push(m[1]);
      return '(.+?)';
    })
    .join('');
  const match = new RegExp(`^${pattern}$`, 'iu').exec(withoutStar(text));
  if (!match) return null;
  const i = names.indexOf(placeholder);
  return i < 0 ? null : match[i + 1].trim();
}

interface HeaderReading {
  row: number;
  column: number;
  header: PeriodHeader;
  text: string;
  expectedText: string;
  found: string;
  expected: string;
  meaning: PeriodHeaderMeaning;
  /** The header is not the form's in any period (the header check names it): read as a whole. */
  retyped: boolean;
}

/** Each period header of section I that the tab has, read against the settings' header. */
function readPeriodHeaders(grid: Grid, form: ResolvedForm, location: TabLocation): HeaderReading[] {
  const located = location.sections.find((s) => s.section.id === 'I');
  if (!located || located.headerRow === null) return [];
  const readings: HeaderReading[] = [];
  for (const header of PERIOD_HEADERS) {
    const i = located.section.columns.findIndex((c) => c.key === header.key);
    if (i < 0) continue;
    const column = located.section.columns[i];
    const place = located.columns[i];
    if (place.index === null || place.state === 'missing') continue;
    const text = cellText(cellAt(grid, located.headerRow, place.index));
    const expected = placeholderText(column.headerTemplate, header.placeholder, column.header);
    const found = place.state === 'found' ? placeholderText(column.headerTemplate, header.placeholder, text) : withoutStar(text);
    if (found === null || expected === null) continue;
    const meaning = place.state === 'found' ? headerMeaning(found, expected, header.names) : retypedHeaderMeaning(found, expected);
    readings.push({ row: located.headerRow + 1, column: place.index + 1, header, text: withoutStar(text), expectedText: withoutStar(column.header), found, expected, meaning, retyped: place.state !== 'found' });
  }
  return readings;
}

export function tabPeriodMismatch(grid: Grid, form: ResolvedForm, location: TabLocation = locateSections(grid, form)): TabPeriodMismatch | null {
  const r = readPeriodHeaders(grid, form, location).find((h) => h.meaning === 'other');
  if (!r) return null;
  const byPeriod = r.header.names === 'period' && !r.retyped;
  return {
    row: r.row,
    column: r.column,
    cell: a1(r.row, r.column),
    found: byPeriod ? r.header.named(r.found) : `«${r.text}»`,
    expected: byPeriod ? r.header.named(r.expected) : `«${r.expectedText}»`,
    header: r.text,
    expectedHeader: r.expectedText,
    names: byPeriod ? 'period' : 'year',
  };
}

/** The period headers that name the settings' period in other words (none when the tab is another period's). */
export function tabPeriodRewordings(grid: Grid, form: ResolvedForm, location: TabLocation = locateSections(grid, form)): TabPeriodRewording[] {
  const readings = readPeriodHeaders(grid, form, location);
  if (readings.some((h) => h.meaning === 'other')) return [];
  return readings
    .filter((h) => h.meaning === 'reworded' || h.meaning === 'yearMissing')
    .map((h) => ({ row: h.row, column: h.column, cell: a1(h.row, h.column), header: h.text, expectedHeader: h.expectedText, yearMissing: h.meaning === 'yearMissing' }));
}

export function tabPeriodRewordingMessage(w: TabPeriodRewording): string {
  const what = w.yearMissing ? 'chưa ghi năm' : 'cùng kỳ với Cấu hình nhưng ghi khác biểu mẫu';
  return `Tiêu đề cột «${w.header}» ${what}: số liệu cột này được đọc là «${w.expectedHeader}» theo Cấu hình. Nên sửa tiêu đề thành «${w.expectedHeader}».`;
}

/** What to do about it, in the program the tab lives in. */
function advice(shell: Shell | undefined): string {
  return shell === 'excel'
    ? 'ghi biểu mẫu kỳ mới bằng lệnh «bao-cao-ktxh ky-moi» rồi nhập vào đó, hoặc dùng đúng tệp cấu hình của kỳ của tệp này (--settings).'
    : 'chạy «Sang kỳ báo cáo mới» hoặc «Thiết lập / cập nhật biểu mẫu».';
}

export function tabPeriodMessage(m: TabPeriodMismatch, shell?: Shell): string {
  if (m.names === 'year') {
    return (
      `Tab này có tiêu đề cột của kỳ khác: ô ${m.cell} ghi «${m.header}», trong khi theo Cấu hình là «${m.expectedHeader}». Số liệu của tab chưa được đọc, để số liệu «${m.header}» không thành số liệu «${m.expectedHeader}». ` +
      `Nếu chỉ tiêu đề ghi nhầm: kiểm tra số liệu cột này đúng là «${m.expectedHeader}» rồi sửa tiêu đề thành «${m.expectedHeader}»; nếu tab là biểu mẫu của kỳ trước: ${advice(shell)}`
    );
  }
  return `Tab này vẫn là biểu mẫu ${m.found} (ô ${m.cell}), trong khi Cấu hình là ${m.expected}: ${advice(shell)}`;
}

/**
 * Why setup must not relabel this tab for the settings' period: it holds items under another period's headers.
 * A tab with nothing typed is simply redrawn for the new period. Null when setup may go on.
 */
export function relabelRefusal(grid: Grid, form: ResolvedForm): string | null {
  const location = locateSections(grid, form);
  const m = tabPeriodMismatch(grid, form, location);
  if (!m || location.sections.every((s) => s.itemRows.length === 0)) return null;
  if (m.names === 'year') {
    return (
      `tab có số liệu dưới tiêu đề «${m.header}» (ô ${m.cell}), trong khi Cấu hình là «${m.expectedHeader}»; đổi tiêu đề thì số liệu «${m.header}» thành số liệu «${m.expectedHeader}». ` +
      `Kiểm tra số liệu cột này đúng là «${m.expectedHeader}», sửa tiêu đề ô ${m.cell} thành «${m.expectedHeader}» rồi chạy lại «Thiết lập / cập nhật biểu mẫu»; nếu cả tab là của kỳ trước: đưa Cấu hình về kỳ đó rồi chạy «Sang kỳ báo cáo mới».`
    );
  }
  return (
    `tab vẫn là biểu mẫu ${m.found} (ô ${m.cell}) và có số liệu, trong khi Cấu hình là ${m.expected}; đổi tiêu đề thì số liệu cũ thành số liệu kỳ mới. ` +
    `Để sang kỳ mới: đưa Cấu hình về kỳ ${m.found} rồi chạy «Sang kỳ báo cáo mới» (số liệu cũ được lưu trữ, tab được chuẩn bị cho kỳ mới).`
  );
}
