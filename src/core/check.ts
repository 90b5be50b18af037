/**
 * The check of one division's tab: reads every item of every section from a grid and says,
 * cell by cell, what is missing or wrong. The sidebar, "Tổng hợp" and the command line all use it.
 */
import { CellValue, Grid, a1, cellAt, cellText, columnLetter, formulaError } from './grid';
import { ResolvedColumn, ResolvedForm, ResolvedSection, SectionId } from './form';
import { NumberConvention, ambiguousReading, formatNumber, numberConvention, numberProblem, readNumber, writesDotThousands } from './numbers';
import { readDate, formatDate } from './dates';
import { LocatedSection, locateSections } from './sectionLocator';
import { tabPeriodMessage, tabPeriodMismatch, tabPeriodRewordingMessage, tabPeriodRewordings } from './periods/tabPeriod';
import { headerLabel } from './tabLayout';
import { totalRow, totalRowMessage } from './totalRows';
import { UnreadCell, ignoresUnread, unreadOutsideItems } from './unreadCells';
import { textKey } from './text';
import { NumberFormats, isPercentFormat, percentText, typedValue } from './typedValues';
import type { Severity } from './sidebarApi';
import type { Shell } from './shell';
import { isPercentUnit } from './units';
import { listedDocument } from './documentReference';
import { matchOption } from './listValue';

export interface Finding {
  severity: Severity;
  /** null for findings about the whole tab. */
  sectionId: SectionId | null;
  /** 1-based row and column of the cell in the tab. */
  row: number;
  column: number;
  /** A1 of the cell. */
  cell: string;
  /**
   * The form column the finding is about (its key), wherever the column stands in the tab now: `column` is where the
   * cell is, which after an inserted column is not the form's position. Absent for findings about no one column.
   */
  columnKey?: string;
  message: string;
  /** The required cell is empty ("Chưa nhập"): nothing was typed, as against a value typed that cannot be used. */
  empty?: boolean;
  /** The tab holds another period's form: none of its figures was read (core/periods/tabPeriod.ts). */
  wrongPeriod?: boolean;
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
  /** The cells' number formats, the grid's shape, when the source can tell (core/typedValues.ts). */
  formats?: NumberFormats;
  /** Where the tab lives, for advice that names what the person can do there (default: the Google Sheet). */
  shell?: Shell;
  /** Cells whose value the source could not read (an .xlsx formula never calculated): each is an error, never an empty cell. */
  unread?: UnreadCell[];
}

/** How to get a deleted title or header row back, in the program the tab lives in. */
function restoreAdvice(shell: Shell | undefined): string {
  return shell === 'excel'
    ? 'Hoàn tác thao tác xóa (Ctrl+Z), hoặc chép lại dòng đó từ biểu mẫu trống (lệnh bao-cao-ktxh bieu-mau) vào đúng chỗ.'
    : 'Đề nghị Văn phòng Sở chạy lại «Thiết lập / cập nhật biểu mẫu» để khôi phục.';
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
/** Decimals a figure quoted back to the person keeps: enough that two different typed figures never read the same. */
const FIGURE_DECIMALS = 6;
const AT_RISK_RATINGS = ['Khó hoàn thành', 'Không hoàn thành'];

/** A column's options by their comparison key (core/text.ts), computed once per column. */
const optionIndexes = new WeakMap<ResolvedColumn, Map<string, string>>();

/**
 * The canonical option a typed text stands for: as listed whatever its Unicode form, invisible characters or case
 * (`exact`); else the one option it certainly is once trivial differences are set aside (trailing dot, spacing, Đ/D,
 * core/listValue.ts), or, in a column of documents, the one listed document the reference certainly names
 * (core/documentReference.ts). Undefined when none is certain: the check never guesses between two options.
 */
function optionFor(column: ResolvedColumn, text: string): { option: string; exact: boolean } | undefined {
  let index = optionIndexes.get(column);
  if (!index) {
    index = new Map((column.options || []).map((o) => [textKey(o), o] as const));
    optionIndexes.set(column, index);
  }
  const exact = index.get(textKey(text));
  if (exact !== undefined) return { option: exact, exact: true };
  const options = column.options || [];
  if (column.optionsFrom) {
    const listed = listedDocument(text, options);
    return listed === undefined ? undefined : { option: listed, exact: false };
  }
  return matchOption(options, text);
}

function emptyItems(): SectionItems {
  return { I: [], II: [], III: [], IV: [], V: [], VI: [], VII: [] };
}

export function checkDivision(grid: Grid, form: ResolvedForm, options: CheckOptions): DivisionCheck {
  const findings: Finding[] = [];
  const items = emptyItems();
  let filledCells = 0;
  let requiredCells = 0;
  const add: Add = (severity, sectionId, row, column, message, columnKey, empty) =>
    findings.push({ severity, sectionId, row, column, cell: a1(row, column), message, ...(columnKey ? { columnKey } : {}), ...(empty ? { empty } : {}) });
  // Cells a finding already names, and cells hidden under a merge (one finding names the merge): "Chưa nhập" would only mislead there.
  const explained = new Set<string>();
  for (const m of options.merges || []) {
    for (let r = m.row; r < m.row + m.rows; r++) for (let c = m.column; c < m.column + m.columns; c++) if (r !== m.row || c !== m.column) explained.add(a1(r, c));
  }
  const addOnce: Add = (severity, sectionId, row, column, message, columnKey, empty) => {
    explained.add(a1(row, column));
    add(severity, sectionId, row, column, message, columnKey, empty);
  };

  const unread = new Map((options.unread || []).map((u) => [a1(u.row, u.column), u] as const));
  const location = locateSections(grid, form);
  // A tab still holding another period's form: one finding, and none of its figures is read as this period's.
  const wrongPeriod = tabPeriodMismatch(grid, form, location);
  if (wrongPeriod) {
    findings.push({ severity: 'error', sectionId: 'I', row: wrongPeriod.row, column: wrongPeriod.column, cell: wrongPeriod.cell, message: tabPeriodMessage(wrongPeriod, options.shell), wrongPeriod: true });
    return { items, findings, filledCells: 0, requiredCells: 0, empty: true };
  }
  for (const w of tabPeriodRewordings(grid, form, location)) add('warning', 'I', w.row, w.column, tabPeriodRewordingMessage(w));
  for (const missing of location.missing) {
    add('error', missing.id, 1, 1, `Không tìm thấy mục ${missing.title} trong tab (dòng tiêu đề mục và dòng tiêu đề cột đã bị xóa). ${restoreAdvice(options.shell)}`);
    if (missing.required) requiredCells += missing.columns.filter((c) => c.required).length;
  }

  let strayUnread = false;
  /** 1-based rows left out as subtotals: a merge there («Tổng cộng» across STT and name) misleads nothing. */
  const totalRows = new Set<number>();
  for (const located of location.sections) {
    const { section } = located;
    checkHeaders(grid, located, add, options.shell);
    // A subtotal row is named once and left out: the report sums the items itself.
    const itemRows = located.itemRows.filter((r) => {
      const total = totalRow(grid, r, located);
      if (total) {
        totalRows.add(r + 1);
        addOnce('warning', section.id, r + 1, total.column, totalRowMessage(section, total.label));
      }
      return !total;
    });
    const conventions = numberConventions(grid, located, itemRows);
    // A row whose only content is a formula never calculated looks blank: its cells are named all the same.
    for (const u of unreadOutsideItems(located, unread)) {
      strayUnread = true;
      add('error', section.id, u.cell.row, u.cell.column, `Cột «${u.header}»: ${u.cell.message}`, u.key);
    }
    const required = section.columns.filter((c) => c.required);
    if (itemRows.length === 0) {
      if (section.required) {
        requiredCells += required.length;
        const row = (located.headerRow ?? located.titleRow ?? 0) + 2;
        add('error', section.id, row, 2, `Mục ${section.id} chưa có nội dung: nhập ít nhất một dòng dưới tiêu đề cột.`);
      }
      continue;
    }
    for (const r of itemRows) {
      const item = readItem(grid, r, located, conventions, form, options, addOnce, explained, unread);
      items[section.id].push(item);
      for (const c of required) {
        requiredCells++;
        if ((item.values[c.key] !== null && item.values[c.key] !== '') || placement(located, c).index === null) filledCells++;
      }
    }
  }
  checkMerges(
    (options.merges || []).filter((m) => !(m.rows === 1 && totalRows.has(m.row))),
    location.sections,
    add,
  );
  findings.sort((x, y) => x.row - y.row || x.column - y.column);
  const empty = !strayUnread && location.sections.every((s) => s.itemRows.length === 0);
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

type Add = (severity: Severity, sectionId: SectionId | null, row: number, column: number, message: string, columnKey?: string, empty?: boolean) => void;

function placement(located: LocatedSection, column: ResolvedColumn) {
  return located.columns[located.section.columns.indexOf(column)];
}

function checkHeaders(grid: Grid, located: LocatedSection, add: Add, shell: Shell | undefined): void {
  const { section } = located;
  if (located.headerRow === null) {
    const row = (located.titleRow ?? 0) + 1;
    add('error', section.id, row, 1, `Mục ${section.id}: dòng tiêu đề cột đã bị xóa; các dòng bên dưới được đọc theo thứ tự cột của biểu mẫu. ${restoreAdvice(shell)}`);
    return;
  }
  const headerRowNumber = located.headerRow + 1;
  section.columns.forEach((column, i) => {
    const place = located.columns[i];
    if (place.state === 'renamed') {
      const text = cellText(cellAt(grid, located.headerRow!, place.index!));
      const now = text === '' ? 'bị xóa' : `bị sửa thành «${text}»`;
      add('error', section.id, headerRowNumber, place.index! + 1, `Tiêu đề cột ${now}; đúng là «${headerLabel(column)}». Số liệu cột này vẫn được đọc theo vị trí cột.`, column.key);
    } else if (place.state === 'missing') {
      const near = located.columns
        .slice(0, i)
        .reverse()
        .find((p) => p.index !== null);
      const at = near ? near.index! + 2 : column.column;
      add(
        'error',
        section.id,
        headerRowNumber,
        at,
        `Mục ${section.id} không còn cột «${headerLabel(column)}» (cột đã bị xóa, hoặc tiêu đề bị sửa nên không nhận ra). Số liệu của cột này chưa được đọc vào báo cáo. Hoàn tác thao tác xóa cột, hoặc chèn lại cột và ghi đúng tiêu đề «${headerLabel(column)}».`,
        column.key,
      );
    }
  });
  for (const extra of located.extras) {
    const what = extra.header ? `cột ${columnLetter(extra.index + 1)} («${extra.header}»)` : `cột ${columnLetter(extra.index + 1)}`;
    add(
      'warning',
      section.id,
      headerRowNumber,
      extra.index + 1,
      `Mục ${section.id} có thêm ${what} không có trong biểu mẫu: nội dung cột này được giữ nguyên nhưng không đưa vào báo cáo. Nếu cần báo cáo, chuyển nội dung sang đúng cột của biểu mẫu (ví dụ cột ghi chú).`,
    );
  }
}

/** How a number column writes its figures, from all its item cells (core/numbers.ts). */
interface ColumnNumbers {
  convention: NumberConvention;
  /** Some cell groups thousands with dots ("5.000", "1.234.567"), as Vietnamese figures are written. */
  dotThousands: boolean;
}

function numberConventions(grid: Grid, located: LocatedSection, itemRows: number[]): Map<string, ColumnNumbers> {
  const out = new Map<string, ColumnNumbers>();
  located.section.columns.forEach((column, i) => {
    const index = located.columns[i].index;
    if (column.type !== 'number' || index === null) return;
    const values = itemRows.map((r) => cellAt(grid, r, index));
    out.set(column.key, { convention: numberConvention(values), dotThousands: writesDotThousands(values) });
  });
  return out;
}

/**
 * A cell like "4.850" read by what the rest of its column does, when that is not how a Vietnamese reader reads it at
 * sight: a figure a thousand times off must not pass in silence. "4.850" in a column that writes 12.5 is read 4,85;
 * "2,200" in a column that writes 5.000 is read 2,2. Null when nothing needs saying.
 */
function readingWarning(raw: CellValue, numbers: ColumnNumbers | undefined): string | null {
  if (!numbers) return null;
  const r = ambiguousReading(raw, numbers.convention);
  if (!r) return null;
  const typed = String(raw).trim();
  if (numbers.convention === 'en') {
    return `«${typed}» được đọc là ${formatNumber(r.read)} vì các ô khác của cột viết số kiểu 12.5 (dấu chấm là dấu thập phân). Nếu là ${formatNumber(r.other)}, nhập ${formatNumber(r.other)} và sửa các ô viết kiểu 12.5 thành 12,5.`;
  }
  if (r.separator === ',' && numbers.dotThousands) {
    return `«${typed}» được đọc là ${formatNumber(r.read)} (dấu phẩy là dấu thập phân), trong khi cột này có số viết kiểu 5.000 (dấu chấm ngăn cách hàng nghìn). Nếu là ${formatNumber(r.other)}, nhập ${formatNumber(r.other)}.`;
  }
  return null;
}

function readItem(
  grid: Grid,
  r: number,
  located: LocatedSection,
  conventions: Map<string, ColumnNumbers>,
  form: ResolvedForm,
  options: CheckOptions,
  add: Add,
  explained: Set<string>,
  unread: Map<string, UnreadCell>,
): ReportItem {
  const { section } = located;
  const row = r + 1;
  const values: Record<string, ItemValue> = {};
  const unitIndex = section.columns.findIndex((c) => c.key === 'unit');
  const unitPlace = unitIndex >= 0 ? located.columns[unitIndex].index : null;
  // A unit merged down its column ("%" on C9:C10) is the unit of each row: the check and the report read it alike. A unit
  // hidden under another merge (the name merged across it) may be "%": its figures are judged as a rate's would be.
  const unitOrigin = unitPlace === null ? null : columnMergeOrigin(options.merges, r, unitPlace);
  const unit = unitOrigin === null ? '' : cellAt(grid, ...unitOrigin);
  const rateRow = unitOrigin !== null && (isPercentUnit(cellText(unit)) || (unitOrigin[0] === r && explained.has(a1(row, unitOrigin[1] + 1))));
  section.columns.forEach((column, i) => {
    const index = located.columns[i].index;
    if (index === null) {
      values[column.key] = null; // a missing column is one finding at its header, never a shifted read
      return;
    }
    const notRead = ignoresUnread(column) ? undefined : unread.get(a1(row, index + 1));
    if (notRead) {
      // Something was typed (a formula never calculated): "ghi chưa đúng" in the appendix, as section I says of such a plan.
      add('error', section.id, row, index + 1, `Cột «${column.header}»: ${notRead.message}`, column.key);
      values[column.key] = null;
      return;
    }
    const stored = index === unitPlace ? unit : cellAt(grid, r, index);
    const error = formulaError(stored);
    if (error) {
      add('error', section.id, row, index + 1, `Ô có lỗi công thức ${error}. Sửa hoặc xóa công thức, nhập giá trị trực tiếp.`, column.key);
      values[column.key] = null;
      return;
    }
    const cell: StoredCell = { value: stored, format: options.formats?.[r]?.[index] ?? null, row, column: index + 1, rateRow, numbers: conventions.get(column.key) };
    values[column.key] = readCell(cell, column, section, add);
  });
  checkRequired(values, located, row, add, explained);
  checkConsistency(values, located, form, row, options, add);
  return { row, values };
}

/** The 0-based cell whose value a merge down one column shows at (r, c): its top cell; (r, c) itself outside such a merge. */
function columnMergeOrigin(merges: MergedRange[] | undefined, r: number, c: number): [number, number] {
  const m = (merges ?? []).find((x) => x.columns === 1 && x.column === c + 1 && r + 1 >= x.row && r + 1 < x.row + x.rows);
  return m ? [m.row - 1, c] : [r, c];
}

/** What a cell really holds, and what the row and column around it say. */
interface StoredCell {
  value: CellValue;
  format: string | null;
  /** 1-based. */
  row: number;
  column: number;
  /** The row's unit is a percentage. */
  rateRow: boolean;
  numbers?: ColumnNumbers;
}

function readCell(cell: StoredCell, column: ResolvedColumn, section: ResolvedSection, add: Add): ItemValue {
  const { value: raw, format } = cell;
  const problem = (message: string) => add('error', section.id, cell.row, cell.column, `Cột «${column.header}»: ${message}`, column.key);
  switch (column.type) {
    case 'ratio':
      return null; // computed again from the figures, never read back
    case 'number': {
      if (typeof raw === 'number' && cell.rateRow && !isPercentFormat(format) && raw !== 0 && Math.abs(raw) <= 1) {
        // "12,5%" typed into a cell with a number format is stored as 0,125: the figure may be 100 times too small.
        // A rate of at most 1% is rare; it is confirmed by typing it as text, which no percent sign can produce.
        const shown = formatNumber(raw, 6);
        problem(
          `ô đang có ${shown} mà dòng này tính bằng %. Nếu định ghi ${formatNumber(raw * 100, 4)}%, nhập ${formatNumber(raw * 100, 4)} (không gõ dấu %, vì ô đã định dạng số nên 12,5% bị lưu thành 0,125). Nếu đúng là ${shown}%, nhập '${shown} (có dấu nháy đơn ở đầu) để xác nhận.`,
        );
        return null;
      }
      const reading = readNumber(typedValue(raw, format), cell.numbers?.convention);
      const warning = reading.kind === 'number' ? readingWarning(raw, cell.numbers) : null;
      if (warning) add('warning', section.id, cell.row, cell.column, `Cột «${column.header}»: ${warning}`, column.key);
      if (reading.kind === 'number') return reading.value;
      if (reading.kind === 'invalid') problem(numberProblem(reading));
      return null;
    }
    case 'date': {
      const reading = readDate(raw);
      if (reading.kind === 'date') return reading.iso;
      if (reading.kind === 'invalid') {
        problem(`«${reading.text}» không phải là ngày. Nhập ngày/tháng/năm, ví dụ 30/09/2024.`);
        return reading.text;
      }
      return null;
    }
    case 'list': {
      const text = cellText(raw);
      if (text === '') return '';
      const match = optionFor(column, text);
      if (match && !match.exact)
        add('warning', section.id, cell.row, cell.column, `Cột «${column.header}»: «${text}» được đọc là «${match.option}». Chọn đúng «${match.option}» trong danh sách để biểu mẫu ghi thống nhất.`, column.key);
      if (match) return match.option;
      problem(`«${text}» không có trong danh sách. Chọn một trong: ${(column.options || []).join('; ')}.`);
      return text;
    }
    default:
      // A number shown as a percentage stays "12,5%" in text; everything else as the person sees it.
      return typeof raw === 'number' && isPercentFormat(format) ? percentText(raw) : cellText(raw);
  }
}

function checkRequired(values: Record<string, ItemValue>, located: LocatedSection, row: number, add: Add, explained: Set<string>): void {
  const { section } = located;
  section.columns.forEach((column, i) => {
    const index = located.columns[i].index;
    if (!column.required || index === null || explained.has(a1(row, index + 1))) return;
    const v = values[column.key];
    // A cell holding only a dash or a dot ("-", "—", ".") says nothing: the report cannot word it, so it is not filled.
    if (v === null || v === '' || (typeof v === 'string' && /^[\s\p{P}\p{S}]*$/u.test(v))) {
      add('error', section.id, row, index + 1, `Chưa nhập «${column.header}» (mục ${section.id}, dòng ${row}).`, column.key, true);
    }
  });
}

/** A proposal's budget, in triệu đồng: at or above this (1.000 tỷ đồng) it was most likely typed in đồng. */
const BUDGET_IN_DONG_LIKELY = 1_000_000;

/**
 * A proposed budget that cannot be right: a negative one is an error and is not added to the report's sums; one of a
 * million triệu đồng or more (1.000 tỷ) is most likely typed in đồng, and the warning says what it would be in triệu.
 */
function checkBudget(values: Record<string, ItemValue>, row: number, column: number, section: ResolvedSection, add: Add): void {
  const budget = values.budget as number;
  const header = section.columns.find((c) => c.key === 'budget')!.header;
  if (budget < 0) {
    add('error', section.id, row, column, `Cột «${header}»: kinh phí đề xuất là số âm (${formatNumber(budget)}); nhập số kinh phí đề xuất (số dương), chưa có thì để trống.`, 'budget');
    values.budget = null;
  } else if (budget >= BUDGET_IN_DONG_LIKELY) {
    add(
      'warning',
      section.id,
      row,
      column,
      `Cột «${header}»: ${formatNumber(budget)} triệu đồng là ${formatNumber(budget / 1_000_000)} nghìn tỷ đồng: có phải đã nhập bằng đồng? Cột này tính bằng triệu đồng (${formatNumber(budget)} đồng là ${formatNumber(budget / 1_000_000)} triệu đồng); nếu đúng là số triệu đồng thì giữ nguyên.`,
      'budget',
    );
  }
}

function checkConsistency(values: Record<string, ItemValue>, located: LocatedSection, form: ResolvedForm, row: number, options: CheckOptions, add: Add): void {
  const { section } = located;
  const columnOf = (key: string) => {
    const i = section.columns.findIndex((c) => c.key === key);
    return (located.columns[i].index ?? section.columns[i].column - 1) + 1;
  };
  if (section.id === 'I') {
    const unit = String(values.unit ?? '');
    const first = values.firstPeriod;
    const estimate = values.estimate;
    if (typeof first === 'number' && typeof estimate === 'number' && estimate < first && !isNonCumulative(unit, form)) {
      add(
        'warning',
        section.id,
        row,
        columnOf('estimate'),
        `Ước thực hiện cả năm (${formatNumber(estimate, FIGURE_DECIMALS)}) nhỏ hơn số đã thực hiện (${formatNumber(first, FIGURE_DECIMALS)}). Với chỉ tiêu lũy kế, kiểm tra lại số ước; nếu đúng, ghi lý do vào cột Đánh giá, ghi chú.`,
        'estimate',
      );
    }
  }
  if (section.id === 'IV') {
    const deadline = values.deadline;
    if (values.status === ON_TIME && typeof deadline === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(deadline) && deadline < options.today) {
      add('error', section.id, row, columnOf('status'), `Nhiệm vụ đã quá thời hạn ${formatDate(deadline)} nhưng tình trạng ghi «${ON_TIME}». Chọn «Đang thực hiện, quá hạn» hoặc tình trạng đúng.`, 'status');
    }
  }
  if (section.id === 'V' && typeof values.budget === 'number') checkBudget(values, row, columnOf('budget'), section, add);
  if (section.id === 'VI') {
    if (AT_RISK_RATINGS.includes(String(values.rating)) && !values.explanation) {
      add('error', section.id, row, columnOf('explanation'), `Mục tiêu được đánh giá «${values.rating}»: ghi rõ giải thích và giải pháp.`, 'explanation', true);
    }
  }
}

/** Rates and scores ("%", "tỷ lệ", "điểm"…) are not cumulative: a lower whole-year figure is not suspicious. */
export function isNonCumulative(unit: string, form: ResolvedForm): boolean {
  const u = textKey(unit);
  return u !== '' && form.nonCumulativeUnits.some((n) => u.startsWith(textKey(n)));
}
