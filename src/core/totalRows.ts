/**
 * Subtotal rows a clerk adds under a list ("Tổng cộng", "Cộng", "Tổng số (A+B)"): not items. Read as one,
 * a «Tổng cộng» row of section V doubles the proposed budget and a «Cộng» row of section I becomes an indicator
 * named «Cộng». The report sums what it needs itself, so such a row is left out of the items and named in a warning.
 */
import { Grid, cellAt, cellText } from './grid';
import type { ResolvedSection } from './form';
import type { LocatedSection } from './sectionLocator';
import { textKey } from './text';

/** The words that make a row a total when they are all its name holds. */
const TOTAL_WORDS = ['tổng cộng', 'cộng', 'tổng', 'tổng số', 'cộng chung', 'tổng chung'];
/** What may follow them: "(A+B)", "(I+II+III)", "(1+2)", "(A)". */
const SUFFIX = /^\((?:[a-z0-9]{1,5}\s*[+,]\s*)*[a-z0-9]{1,5}\)$/;

/** True when a name is just a total word, with an optional ":" and an optional "(A+B)"-like suffix. */
export function isTotalLabel(text: string): boolean {
  const key = textKey(text)
    .replace(/[:.]\s*$/, '')
    .trim();
  const words = TOTAL_WORDS.find((w) => key === w || (key.startsWith(w) && SUFFIX.test(key.slice(w.length).trim().replace(/^:\s*/, ''))));
  return words !== undefined;
}

export interface TotalRow {
  /** 1-based column of the cell holding the total word. */
  column: number;
  label: string;
}

/**
 * The row's total word, when the row is a subtotal: its name cell (the section's first text column) holds only a
 * total word, or the name is empty and the STT cell holds one (a «Tổng cộng» typed across STT and name).
 * Only sections with a number column have totals: elsewhere a row is an item whatever its name.
 */
export function totalRow(grid: Grid, r: number, located: LocatedSection): TotalRow | null {
  const { section } = located;
  if (!section.columns.some((c) => c.type === 'number')) return null;
  const at = (type: string): number | null => {
    const i = section.columns.findIndex((c) => c.type === type);
    return i >= 0 ? located.columns[i].index : null;
  };
  const name = at('text');
  const stt = at('index');
  const nameText = name === null ? '' : cellText(cellAt(grid, r, name));
  if (name !== null && nameText !== '') return isTotalLabel(nameText) ? { column: name + 1, label: nameText } : null;
  const sttText = stt === null ? '' : cellText(cellAt(grid, r, stt));
  return stt !== null && isTotalLabel(sttText) ? { column: stt + 1, label: sttText } : null;
}

const ITEM_OF: Record<string, string> = { I: 'một chỉ tiêu', V: 'một đề xuất' };

/** The warning at the total word's cell. */
export function totalRowMessage(section: ResolvedSection, label: string): string {
  const what = ITEM_OF[section.id] ?? 'một dòng nội dung';
  return `Dòng «${label}» là dòng cộng, không phải ${what}: báo cáo tự cộng nên không tính dòng này (số liệu của dòng không đưa vào báo cáo). Có thể xóa dòng này.`;
}
