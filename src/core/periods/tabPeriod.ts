/**
 * Which period a division's tab holds, read from its section I headers ("Thực hiện 6 tháng đầu năm 2024",
 * "Ước thực hiện năm 2024"), compared with the settings. A tab still holding another period's form is an error
 * naming its header cell, and its figures never enter a report under the wrong year (core/check.ts).
 */
import type { ResolvedForm } from '../form';
import { Grid, a1, cellAt, cellText } from '../grid';
import { TabLocation, locateSections } from '../sectionLocator';
import type { Shell } from '../shell';
import { cleanText } from '../text';

export interface TabPeriodMismatch {
  /** 1-based. */
  row: number;
  column: number;
  cell: string;
  /** "6 tháng đầu năm 2024", as the tab says it. */
  found: string;
  /** "9 tháng đầu năm 2024", as the settings say it. */
  expected: string;
}

/** The headers that name the period, and the placeholder each shows. */
const PERIOD_HEADERS = [
  { key: 'firstPeriod', placeholder: 'periodYear', named: (v: string) => v },
  { key: 'estimate', placeholder: 'year', named: (v: string) => `năm ${v}` },
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
  const match = new RegExp(`^${pattern}$`, 'iu').exec(cleanText(text).replace(/\s*\*\s*$/, ''));
  if (!match) return null;
  const i = names.indexOf(placeholder);
  return i < 0 ? null : match[i + 1].trim();
}

export function tabPeriodMismatch(grid: Grid, form: ResolvedForm, location: TabLocation = locateSections(grid, form)): TabPeriodMismatch | null {
  const located = location.sections.find((s) => s.section.id === 'I');
  if (!located || located.headerRow === null) return null;
  for (const header of PERIOD_HEADERS) {
    const i = located.section.columns.findIndex((c) => c.key === header.key);
    if (i < 0) continue;
    const column = located.section.columns[i];
    const place = located.columns[i];
    if (place.index === null || place.state !== 'found') continue;
    const found = placeholderText(column.headerTemplate, header.placeholder, cellText(cellAt(grid, located.headerRow, place.index)));
    const expected = placeholderText(column.headerTemplate, header.placeholder, column.header);
    if (found === null || expected === null || found.toLocaleLowerCase('vi') === expected.toLocaleLowerCase('vi')) continue;
    return { row: located.headerRow + 1, column: place.index + 1, cell: a1(located.headerRow + 1, place.index + 1), found: header.named(found), expected: header.named(expected) };
  }
  return null;
}

/** What to do about it, in the program the tab lives in. */
function advice(shell: Shell | undefined): string {
  return shell === 'excel'
    ? 'ghi biểu mẫu kỳ mới bằng lệnh «bao-cao-ktxh ky-moi» rồi nhập vào đó, hoặc dùng đúng tệp cấu hình của kỳ của tệp này (--settings).'
    : 'chạy «Sang kỳ báo cáo mới» hoặc «Thiết lập / cập nhật biểu mẫu».';
}

export function tabPeriodMessage(m: TabPeriodMismatch, shell?: Shell): string {
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
  return (
    `tab vẫn là biểu mẫu ${m.found} (ô ${m.cell}) và có số liệu, trong khi Cấu hình là ${m.expected}; đổi tiêu đề thì số liệu cũ thành số liệu kỳ mới. ` +
    `Để sang kỳ mới: đưa Cấu hình về kỳ ${m.found} rồi chạy «Sang kỳ báo cáo mới» (số liệu cũ được lưu trữ, tab được chuẩn bị cho kỳ mới).`
  );
}
