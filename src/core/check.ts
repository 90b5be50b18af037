/**
 * The check of one division's tab: reads every item of every section from a grid and says,
 * cell by cell, what is missing or wrong. The sidebar, "Tổng hợp" and the command line all use it.
 */
import { Grid, a1, cellAt, cellText, formulaError } from './grid';
import { ResolvedColumn, ResolvedForm, ResolvedSection, SectionId, columnByKey } from './form';
import { readNumber, numberProblem } from './numbers';
import { readDate, formatDate } from './dates';
import { LocatedSection, headerMatches, locateSections } from './sectionLocator';
import { headerLabel } from './tabLayout';
import type { Severity } from './sidebarApi';

export interface Finding {
  severity: Severity;
  /** null for findings about the whole tab. */
  sectionId: SectionId | null;
  /** 1-based row and column of the cell in the tab. */
  row: number;
  column: number;
  /** A1 of the cell. */
  cell: string;
  message: string;
}

/** One value of an item, as read: numbers as numbers, dates as ISO strings, list values as the option. */
export type ItemValue = string | number | null;

export interface ReportItem {
  /** 1-based row in the tab. */
  row: number;
  values: Record<string, ItemValue>;
}

export type SectionItems = Record<SectionId, ReportItem[]>;

/** A merged range of the tab (1-based), when the source can tell. */
export interface MergedRange {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface CheckOptions {
  /** ISO date the check is made on: tasks past their deadline are judged against it. */
  today: string;
  merges?: MergedRange[];
}

export interface DivisionCheck {
  items: SectionItems;
  findings: Finding[];
  /** Required cells filled, and required cells in all (an empty required section counts one empty row). */
  filledCells: number;
  requiredCells: number;
  /** True when no item was typed anywhere. */
  empty: boolean;
}

const ON_TIME = 'Đang thực hiện trong hạn';
const AT_RISK_RATINGS = ['Khó hoàn thành', 'Không hoàn thành'];

function normalizeOption(text: string): string {
  return text.toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

/** A column's options by their normalised text, computed once per column. */
const optionIndexes = new WeakMap<ResolvedColumn, Map<string, string>>();

function optionFor(column: ResolvedColumn, text: string): string | undefined {
  let index = optionIndexes.get(column);
  if (!index) {
    index = new Map((column.options || []).map((o) => [normalizeOption(o), o] as const));
    optionIndexes.set(column, index);
  }
  return index.get(normalizeOption(text));
}

function emptyItems(): SectionItems {
  return { I: [], II: [], III: [], IV: [], V: [], VI: [], VII: [] };
}

export function checkDivision(grid: Grid, form: ResolvedForm, options: CheckOptions): DivisionCheck {
  const findings: Finding[] = [];
  const items = emptyItems();
  let filledCells = 0;
  let requiredCells = 0;
  const add = (severity: Severity, sectionId: SectionId | null, row: number, column: number, message: string) =>
    findings.push({ severity, sectionId, row, column, cell: a1(row, column), message });

  const location = locateSections(grid, form);
  for (const missing of location.missing) {
    add('error', missing.id, 1, 1, `Không tìm thấy mục ${missing.title} trong tab (dòng tiêu đề mục và dòng tiêu đề cột đã bị xóa). Đề nghị Văn phòng Sở chạy lại «Thiết lập / cập nhật biểu mẫu» để khôi phục.`);
    if (missing.required) requiredCells += missing.columns.filter((c) => c.required).length;
  }

  for (const located of location.sections) {
    const { section } = located;
    checkHeaders(grid, located, add);
    const required = section.columns.filter((c) => c.required);
    if (located.itemRows.length === 0) {
      if (section.required) {
        requiredCells += required.length;
        const row = (located.headerRow ?? located.titleRow ?? 0) + 2;
        add('error', section.id, row, 2, `Mục ${section.id} chưa có nội dung: nhập ít nhất một dòng dưới tiêu đề cột.`);
      }
      continue;
    }
    for (const r of located.itemRows) {
      const item = readItem(grid, r, section, form, options, add);
      items[section.id].push(item);
      for (const c of required) {
        requiredCells++;
        if (item.values[c.key] !== null && item.values[c.key] !== '') filledCells++;
      }
    }
  }
  checkMerges(options.merges || [], location.sections, add);
  findings.sort((x, y) => x.row - y.row || x.column - y.column);
  const empty = location.sections.every((s) => s.itemRows.length === 0);
  return { items, findings, filledCells, requiredCells, empty };
}

function checkMerges(merges: MergedRange[], sections: LocatedSection[], add: Add): void {
  for (const m of merges) {
    const inside = sections.find((s) => m.row - 1 >= (s.headerRow ?? s.titleRow ?? 0) + 1 && m.row - 1 < s.end);
    if (!inside) continue;
    const last = a1(m.row + m.rows - 1, m.column + m.columns - 1);
    add('error', inside.section.id, m.row, m.column, `Các ô ${a1(m.row, m.column)}:${last} đang bị gộp (merge). Bỏ gộp ô và nhập mỗi giá trị vào đúng ô của nó.`);
  }
}

type Add = (severity: Severity, sectionId: SectionId | null, row: number, column: number, message: string) => void;

function checkHeaders(grid: Grid, located: LocatedSection, add: Add): void {
  const { section } = located;
  if (located.headerRow === null) {
    const row = (located.titleRow ?? 0) + 1;
    add('error', section.id, row, 1, `Mục ${section.id}: dòng tiêu đề cột đã bị xóa; các dòng bên dưới được đọc theo thứ tự cột của biểu mẫu. Đề nghị Văn phòng Sở chạy lại «Thiết lập / cập nhật biểu mẫu» để khôi phục.`);
    return;
  }
  section.columns.forEach((column, i) => {
    const text = cellText(cellAt(grid, located.headerRow!, i));
    if (!headerMatches(text, section, i)) {
      const now = text === '' ? 'bị xóa' : `bị sửa thành «${text}»`;
      add('error', section.id, located.headerRow! + 1, column.column, `Tiêu đề cột ${now}; đúng là «${headerLabel(column)}». Số liệu cột này vẫn được đọc theo vị trí cột.`);
    }
  });
}

function readItem(grid: Grid, r: number, section: ResolvedSection, form: ResolvedForm, options: CheckOptions, add: Add): ReportItem {
  const row = r + 1;
  const values: Record<string, ItemValue> = {};
  for (const column of section.columns) {
    const raw = cellAt(grid, r, column.column - 1);
    const error = formulaError(raw);
    if (error) {
      add('error', section.id, row, column.column, `Ô có lỗi công thức ${error}. Sửa hoặc xóa công thức, nhập giá trị trực tiếp.`);
      values[column.key] = null;
      continue;
    }
    values[column.key] = readCell(raw, column, section, row, add);
  }
  checkRequired(values, section, row, add);
  checkConsistency(values, section, form, row, options, add);
  return { row, values };
}

function readCell(raw: Grid[number][number], column: ResolvedColumn, section: ResolvedSection, row: number, add: Add): ItemValue {
  switch (column.type) {
    case 'ratio':
      return null; // computed again from the figures, never read back
    case 'number': {
      const reading = readNumber(raw);
      if (reading.kind === 'number') return reading.value;
      if (reading.kind === 'invalid') add('error', section.id, row, column.column, `Cột «${column.header}»: ${numberProblem(reading)}`);
      return null;
    }
    case 'date': {
      const reading = readDate(raw);
      if (reading.kind === 'date') return reading.iso;
      if (reading.kind === 'invalid') {
        add('error', section.id, row, column.column, `Cột «${column.header}»: «${reading.text}» không phải là ngày. Nhập ngày/tháng/năm, ví dụ 30/09/2024.`);
        return reading.text;
      }
      return null;
    }
    case 'list': {
      const text = cellText(raw);
      if (text === '') return '';
      const option = optionFor(column, text);
      if (option) return option;
      add('error', section.id, row, column.column, `Cột «${column.header}»: «${text}» không có trong danh sách. Chọn một trong: ${(column.options || []).join('; ')}.`);
      return text;
    }
    default:
      return cellText(raw);
  }
}

function checkRequired(values: Record<string, ItemValue>, section: ResolvedSection, row: number, add: Add): void {
  for (const column of section.columns) {
    if (!column.required) continue;
    const v = values[column.key];
    if (v === null || v === '') {
      // A cell already reported as unreadable is not reported twice.
      add('error', section.id, row, column.column, `Chưa nhập «${column.header}» (mục ${section.id}, dòng ${row}).`);
    }
  }
}

function checkConsistency(values: Record<string, ItemValue>, section: ResolvedSection, form: ResolvedForm, row: number, options: CheckOptions, add: Add): void {
  if (section.id === 'I') {
    const unit = String(values.unit ?? '');
    const first = values.firstPeriod;
    const estimate = values.estimate;
    if (typeof first === 'number' && typeof estimate === 'number' && estimate < first && !isNonCumulative(unit, form)) {
      add('warning', section.id, row, columnByKey(section, 'estimate').column, `Ước thực hiện cả năm (${estimate}) nhỏ hơn số đã thực hiện (${first}). Với chỉ tiêu lũy kế, kiểm tra lại số ước; nếu đúng, ghi lý do vào cột Đánh giá, ghi chú.`);
    }
  }
  if (section.id === 'IV') {
    const deadline = values.deadline;
    if (values.status === ON_TIME && typeof deadline === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(deadline) && deadline < options.today) {
      add('error', section.id, row, columnByKey(section, 'status').column, `Nhiệm vụ đã quá thời hạn ${formatDate(deadline)} nhưng tình trạng ghi «${ON_TIME}». Chọn «Đang thực hiện, quá hạn» hoặc tình trạng đúng.`);
    }
  }
  if (section.id === 'VI') {
    if (AT_RISK_RATINGS.includes(String(values.rating)) && !values.explanation) {
      add('error', section.id, row, columnByKey(section, 'explanation').column, `Mục tiêu được đánh giá «${values.rating}»: ghi rõ giải thích và giải pháp.`);
    }
  }
}

/** Rates and scores ("%", "tỷ lệ", "điểm"…) are not cumulative: a lower whole-year figure is not suspicious. */
export function isNonCumulative(unit: string, form: ResolvedForm): boolean {
  const u = unit.toLocaleLowerCase('vi').trim();
  return u !== '' && form.nonCumulativeUnits.some((n) => u.startsWith(n));
}
