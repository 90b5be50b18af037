/**
 * Edit stories on a division tab, generated: items typed in section I (figures in every form people type
 * them), a status in section IV (in every Unicode form), blank rows, sorted rows, a whole column inserted,
 * formula errors, a merge. Each story is a final tab — every cell with its stored value and number format,
 * as a spreadsheet holds it — and, for every figure, what the person meant and where it now stands.
 */
import fc from 'fast-check';
import { a1 } from '../../src/core/grid';
import type { MergedRange } from '../../src/core/check';
import { NUMBER_FORMAT, divisionTabLayout } from '../../src/core/tabLayout';
import { form, qlkh, settings } from '../core/tabs';

/** One stored cell: what getValues gives and its number format. */
export interface StoredCell {
  value: string | number | Date;
  format: string;
}

/** A figure a person typed: the value meant, and the cell it is in now (1-based). */
export interface Intended {
  row: number;
  column: number;
  cell: string;
  key: string;
  meant: number | string;
}

export interface TabStory {
  cells: StoredCell[][];
  merges: MergedRange[];
  intended: Intended[];
  /** The 1-based column inserted into the sheet, if any. */
  insertedColumn: number | null;
}

type Convention = 'vi' | 'en';

const sectionI = form.sections.find((s) => s.id === 'I')!;
const sectionIV = form.sections.find((s) => s.id === 'IV')!;
const WIDTH = Math.max(...form.sections.map((s) => s.columns.length));
const NUMBER_KEYS = sectionI.columns.filter((c) => c.type === 'number').map((c) => c.key);
const STATUSES = sectionIV.columns.find((c) => c.key === 'status')!.options!;

function group(intPart: string, sep: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** A figure typed as a person of this convention types it, with what the cell then stores. */
interface TypedFigure {
  cell: StoredCell;
  /** The figure read as written: a percentage keeps its number ("12,5%" → 12,5). */
  meant: number;
}

const figureArb = (convention: Convention, rateRow: boolean): fc.Arbitrary<TypedFigure> =>
  fc
    .record({
      cents: fc.integer({ min: -2_000_000_00, max: 2_000_000_00 }),
      decimals: fc.constantFrom(0, 1, 2),
      form: fc.constantFrom('number', 'text', 'textGrouped', 'nbsp', 'percentText', 'percentFormat', 'percentTrap', 'spacedThousands'),
    })
    .map(({ cents, decimals, form: how }) => {
      const value = (decimals === 0 ? Math.round(cents / 100) : decimals === 1 ? Math.round(cents / 10) / 10 : cents / 100) || 0; // never -0
      const dec = convention === 'vi' ? ',' : '.';
      const grp = convention === 'vi' ? '.' : ',';
      const abs = Math.abs(value);
      const [i, f = ''] = abs.toFixed(decimals).split('.');
      const sign = value < 0 ? '-' : '';
      // A person of either habit never leaves a single separator before exactly three digits unexplained:
      // those are read by the Vietnamese locale (core/numbers.ts), which is this product's.
      const plain = `${sign}${i}${f ? dec + f : ''}`;
      const grouped = `${sign}${group(i, grp)}${f ? dec + f : ''}`;
      const safeGrouped = convention === 'en' && !f && i.length > 3 && i.length <= 6 ? plain : grouped;
      switch (how) {
        case 'text':
          return { cell: { value: plain, format: '@' }, meant: value };
        case 'textGrouped':
          return { cell: { value: safeGrouped, format: '@' }, meant: value };
        case 'nbsp':
          return { cell: { value: `\u00a0${plain}\u00a0`, format: '@' }, meant: value };
        case 'spacedThousands':
          return { cell: { value: `${sign}${group(i, ' ')}${f ? dec + f : ''}`, format: '@' }, meant: value };
        case 'percentText':
          return { cell: { value: `${plain}%`, format: '@' }, meant: value };
        case 'percentFormat':
          // "12,5%" typed where the cell shows percentages: stored as 0,125 under a percent format.
          return { cell: { value: value / 100, format: '0.0%' }, meant: value };
        case 'percentTrap': {
          // "12,5%" typed into a cell with the form's number format: stored as 0,125, shown as 0,13. A rate
          // of a % row lies between 0 and 100%; above that, only the row's other figures can tell (core/check.ts).
          if (!rateRow) return { cell: { value, format: NUMBER_FORMAT }, meant: value };
          const rate = Math.min(100, Math.abs(value) / 20000 + 0.01);
          const meant = Math.round(rate * 100) / 100;
          return { cell: { value: meant / 100, format: NUMBER_FORMAT }, meant };
        }
        default:
          return { cell: { value, format: NUMBER_FORMAT }, meant: value };
      }
    });

/** A text in one of the forms a keyboard or a paste produces. */
const textFormArb = (text: string): fc.Arbitrary<string> =>
  fc.constantFrom(
    text,
    text.normalize('NFD'),
    `${text}\u2060`,
    `\ufeff${text}`,
    text.replace(' ', ' \u200b'),
    `  ${text.toLocaleUpperCase('vi')} `,
    text.replace(/ /g, '\u00a0'),
    text.toLocaleLowerCase('vi').normalize('NFD'),
  );

interface ItemI {
  indicator: string;
  unit: string;
  figures: Record<string, TypedFigure | null>;
  error: string | null;
}

const itemIArb = (convention: Convention): fc.Arbitrary<ItemI> =>
  fc.constantFrom('%', 'đề tài', 'hồ sơ').chain((unit) =>
    fc.record({
      indicator: fc.constantFrom('Số đề tài nghiệm thu', 'Tỷ lệ hồ sơ đúng hạn', 'Số doanh nghiệp KH&CN', 'Số sáng kiến được công nhận'),
      unit: fc.constant(unit),
      figures: fc.record(Object.fromEntries(NUMBER_KEYS.map((k) => [k, fc.option(figureArb(convention, unit === '%'), { freq: 5 })]))) as fc.Arbitrary<Record<string, TypedFigure | null>>,
      error: fc.option(fc.constantFrom('#REF!', '#DIV/0!', '#VALUE!'), { freq: 8 }),
    }),
  );

export const storyArb: fc.Arbitrary<TabStory> = fc
  .record({
    convention: fc.constantFrom<Convention>('vi', 'en'),
    blankBefore: fc.array(fc.boolean(), { maxLength: 6 }),
    statuses: fc.array(fc.constantFrom(...STATUSES).chain(textFormArb), { maxLength: 3 }),
    deadlines: fc.array(fc.record({ day: fc.integer({ min: 1, max: 28 }), month: fc.integer({ min: 1, max: 12 }), form: fc.constantFrom('date', 'dd/mm/yyyy', 'd-m-yyyy', 'dd.mm.yyyy', 'iso', 'spaced') }), {
      maxLength: 3,
    }),
    insertAt: fc.option(fc.integer({ min: 2, max: WIDTH + 1 }), { freq: 2 }),
    insertedHeader: fc.constantFrom('', 'Nguồn số liệu', 'Ghi chú thêm'),
    mergeItem: fc.option(fc.nat(5), { freq: 4 }),
    due: fc.array(fc.record({ day: fc.integer({ min: 1, max: 28 }), month: fc.integer({ min: 1, max: 12 }), asDate: fc.boolean() }), { maxLength: 2 }),
    reversed: fc.boolean(),
  })
  .chain((shape) => fc.array(itemIArb(shape.convention), { minLength: 1, maxLength: 6 }).map((items) => ({ ...shape, items })))
  .map((s) => buildStory(s));

function blankRow(): StoredCell[] {
  return Array.from({ length: WIDTH }, () => ({ value: '', format: '' }));
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function buildStory(s: {
  items: ItemI[];
  blankBefore: boolean[];
  statuses: string[];
  deadlines: { day: number; month: number; form: string }[];
  insertAt: number | null;
  insertedHeader: string;
  mergeItem: number | null;
  reversed: boolean;
  due: { day: number; month: number; asDate: boolean }[];
}): TabStory {
  const layout = divisionTabLayout(form, settings, qlkh);
  const rows: StoredCell[][] = [];
  const intended: Omit<Intended, 'cell' | 'column' | 'row'>[] = [];
  const intendedAt: { rowIndex: number; columnIndex: number; key: string; meant: number | string }[] = [];
  let mergeRow: number | null = null;
  for (const line of layout) {
    rows.push(line.values.map((v) => ({ value: v, format: '' })));
    if (line.kind !== 'header') continue;
    if (line.sectionId === 'I') {
      const items = s.reversed ? [...s.items].reverse() : s.items;
      items.forEach((item, k) => {
        if (s.blankBefore[k]) rows.push(blankRow());
        const row = blankRow();
        row[0] = { value: k + 1, format: NUMBER_FORMAT };
        row[1] = { value: item.indicator, format: '@' };
        row[2] = { value: item.unit, format: '@' };
        for (const key of NUMBER_KEYS) {
          const col = sectionI.columns.find((c) => c.key === key)!.column - 1;
          const fig = item.figures[key];
          if (!fig) continue;
          row[col] = fig.cell;
          intendedAt.push({ rowIndex: rows.length, columnIndex: col, key, meant: fig.meant });
        }
        if (item.error) {
          const col = sectionI.columns.find((c) => c.key === 'plan')!.column - 1;
          row[col] = { value: item.error, format: NUMBER_FORMAT };
          const at = intendedAt.findIndex((t) => t.rowIndex === rows.length && t.columnIndex === col);
          if (at >= 0) intendedAt.splice(at, 1);
        }
        if (s.mergeItem === k) mergeRow = rows.length;
        rows.push(row);
      });
    }
    if (line.sectionId === 'III') {
      // A completion time typed as a date (Sheets makes it a Date) or as text, in the free-text column.
      s.due.forEach((d, k) => {
        const row = blankRow();
        row[1] = { value: `Giải pháp ${k + 1}`, format: '@' };
        const text = `${pad(d.day)}/${pad(d.month)}/2024`;
        row[2] = d.asDate ? { value: new Date(2024, d.month - 1, d.day), format: 'dd/mm/yyyy' } : { value: text, format: '@' };
        intendedAt.push({ rowIndex: rows.length, columnIndex: 2, key: 'dueBy', meant: text });
        rows.push(row);
      });
    }
    if (line.sectionId === 'IV') {
      s.statuses.forEach((typed, k) => {
        const row = blankRow();
        row[1] = { value: `Nhiệm vụ được giao ${k + 1}`, format: '@' };
        row[2] = { value: settings.taskDocuments[0], format: '@' };
        row[4] = { value: 'Đã triển khai', format: '@' };
        row[5] = { value: typed, format: '@' };
        const due = s.deadlines[k];
        if (due) {
          // The deadline in the date column, typed in one of the ways people write dates.
          const [d, m] = [due.day, due.month];
          const typedDue: Record<string, StoredCell> = {
            date: { value: new Date(2024, m - 1, d), format: 'dd/mm/yyyy' },
            'dd/mm/yyyy': { value: `${pad(d)}/${pad(m)}/2024`, format: '@' },
            'd-m-yyyy': { value: `${d}-${m}-2024`, format: '@' },
            'dd.mm.yyyy': { value: `${pad(d)}.${pad(m)}.2024`, format: '@' },
            iso: { value: `2024-${pad(m)}-${pad(d)}`, format: '@' },
            spaced: { value: `\u00a0${d} / ${m} / 2024 `, format: '@' },
          };
          row[3] = typedDue[due.form];
          intendedAt.push({ rowIndex: rows.length, columnIndex: 3, key: 'deadline', meant: `2024-${pad(m)}-${pad(d)}` });
        }
        intendedAt.push({
          rowIndex: rows.length,
          columnIndex: 5,
          key: 'status',
          meant: STATUSES.find(
            (o) =>
              o.toLocaleLowerCase('vi') ===
              typed
                .normalize('NFC')
                .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
                .replace(/\s+/g, ' ')
                .trim()
                .toLocaleLowerCase('vi'),
          )!,
        });
        rows.push(row);
      });
    }
  }
  void intended;
  const merges: MergedRange[] = [];
  if (mergeRow !== null) {
    // The indicator and the unit cells merged across one item row: only the top-left keeps its value.
    merges.push({ row: mergeRow + 1, column: 2, rows: 1, columns: 2 });
    rows[mergeRow][2] = { value: '', format: '' };
    const gone = intendedAt.findIndex((t) => t.rowIndex === mergeRow && t.columnIndex === 2);
    if (gone >= 0) intendedAt.splice(gone, 1);
  }
  let insertedColumn: number | null = null;
  if (s.insertAt !== null) {
    // A whole sheet column inserted before column `insertAt`: every section's cells right of it move.
    insertedColumn = s.insertAt;
    const headerRow = rows.findIndex((r) => r[0].value === 'STT');
    rows.forEach((r, i) => r.splice(s.insertAt! - 1, 0, { value: i === headerRow ? s.insertedHeader : '', format: '' }));
    intendedAt.forEach((t) => {
      if (t.columnIndex >= s.insertAt! - 1) t.columnIndex++;
    });
    merges.forEach((m) => {
      if (m.column >= s.insertAt!) m.column++;
      else if (m.column + m.columns - 1 >= s.insertAt!) m.columns++;
    });
  }
  return {
    cells: rows,
    merges,
    insertedColumn,
    intended: intendedAt.map((t) => ({ row: t.rowIndex + 1, column: t.columnIndex + 1, cell: a1(t.rowIndex + 1, t.columnIndex + 1), key: t.key, meant: t.meant })),
  };
}

export function valuesOf(story: TabStory): (string | number | Date)[][] {
  return story.cells.map((r) => r.map((c) => c.value));
}

export function formatsOf(story: TabStory): string[][] {
  return story.cells.map((r) => r.map((c) => c.format));
}
