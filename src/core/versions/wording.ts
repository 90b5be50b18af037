/**
 * What changed since the last version, in words for leadership ("Thay đổi so với bản 2 (16:05 ngày 27/6/2024)"):
 * which divisions changed, each changed figure old → new, items added or removed. No cell addresses.
 */
import { formatNumber } from '../numbers';
import type { ResolvedForm, SectionId } from '../form';
import { ITEM_NOUN } from '../summary/appendix';
import { Blocks, divisionItems, heading, paragraph } from '../summary/blocks';
import { dateInText, midSentence, money, oneDecimal, shortDateInText } from '../summary/wording';
import { isMoneyInDong, isPercentUnit } from '../units';
import type { DivisionChange, ItemChange, ValueChange, VersionChanges } from './diff';
import { KeptValue, VersionRecord, isDigest } from './record';

/** "Thay đổi so với bản 2 (16:05 ngày 27/6/2024)" */
export function changesTitle(since: { version: number; time: string }): string {
  const [date, time = ''] = since.time.split('T');
  return `Thay đổi so với bản ${since.version} (${time.slice(0, 5)} ngày ${shortDateInText(date)})`;
}

function header(form: ResolvedForm, section: SectionId, field: string): string {
  const column = form.sections.find((s) => s.id === section)?.columns.find((c) => c.key === field);
  return midSentence(column?.header ?? field);
}

function isNumberField(form: ResolvedForm, section: SectionId, field: string): boolean {
  return form.sections.find((s) => s.id === section)?.columns.find((c) => c.key === field)?.type === 'number';
}

function quoted(text: string): string {
  return `“${text}”`;
}

function shown(value: KeptValue): string {
  if (typeof value === 'number') return formatNumber(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? dateInText(value) : quoted(value);
}

/** "ước thực hiện năm 2024 từ 30 thành 32 đề tài", "kết quả thực hiện từ “…” thành “…”", "bổ sung ghi chú “…”". */
function valueInWords(form: ResolvedForm, item: ItemChange, change: ValueChange, unit: string): string {
  const what = header(form, item.section, change.field);
  if (change.old !== null && change.new !== null && typeof change.old === 'number' && typeof change.new === 'number' && isNumberField(form, item.section, change.field)) {
    if (item.section === 'I' && isMoneyInDong(unit)) return `${what} từ ${money(change.old)} thành ${money(change.new)}`;
    if (item.section === 'I' && isPercentUnit(unit)) return `${what} từ ${oneDecimal(change.old)}% thành ${oneDecimal(change.new)}%`;
    const suffix = item.section === 'I' && unit ? ` ${unit}` : '';
    return `${what} từ ${formatNumber(change.old)} thành ${formatNumber(change.new)}${suffix}`;
  }
  if (change.old === null) return isDigest(change.new) ? `bổ sung ${what}` : `bổ sung ${what} ${shown(change.new!)}`;
  if (change.new === null) return isDigest(change.old) ? `bỏ ${what}` : `bỏ ${what} (trước là ${shown(change.old)})`;
  return isDigest(change.old) || isDigest(change.new) ? `sửa nội dung ${what}` : `${what} từ ${shown(change.old)} thành ${shown(change.new)}`;
}

function itemInWords(form: ResolvedForm, item: ItemChange, unitOf: (item: ItemChange) => string): string {
  const noun = ITEM_NOUN[item.section];
  const label = item.label;
  if (item.kind !== 'changed') return `${item.kind === 'added' ? 'thêm' : 'bỏ'} ${noun} ${quoted(label)}`;
  return `${noun} ${quoted(label)}: ${item.values.map((v) => valueInWords(form, item, v, unitOf(item))).join(', ')}`;
}

/** One line per division: what a reader of the new version should look at again. */
export function divisionChangeItems(form: ResolvedForm, d: DivisionChange, unitOf: (item: ItemChange) => string): string[] {
  if (d.kind !== 'changed') return [d.kind === 'added' ? 'có số liệu trong bản này (bản trước chưa có).' : 'không còn trong bản này (bản trước có số liệu).'];
  return d.items.map((item) => `${itemInWords(form, item, unitOf)}.`);
}

/** The unit an indicator's figures are in: the new one, or the old one when it was removed. */
function unitFrom(item: ItemChange): string {
  if (item.kind !== 'changed') return '';
  const unit = item.values.find((v) => v.field === 'unit');
  return unit ? String(unit.new ?? unit.old ?? '') : '';
}

/** Each indicator's unit by division and item key, from a record. */
function unitsOf(record: VersionRecord | undefined): Map<string, string> {
  const units = new Map<string, string>();
  for (const d of record?.divisions ?? []) for (const i of d.items) if (i.section === 'I' && i.values.unit !== undefined) units.set(`${d.name}\n${i.key}`, String(i.values.unit));
  return units;
}

export interface ChangesInWords {
  title: string;
  divisions: { name: string; items: string[] }[];
}

/**
 * The list the Doc and the sidebar show: the title, then per division its changes. `current` (the new record) gives an
 * unchanged indicator's unit; a changed unit is said like any other value.
 */
export function changesInWords(form: ResolvedForm, changes: VersionChanges, current?: VersionRecord): ChangesInWords {
  const units = unitsOf(current);
  return {
    title: changesTitle(changes.since),
    divisions: changes.divisions.map((d) => ({ name: d.name, items: divisionChangeItems(form, d, (item) => unitFrom(item) || units.get(`${d.name}\n${item.key}`) || '') })),
  };
}

export const NO_CHANGES = 'Không có thay đổi về số liệu, nội dung của các phòng, đơn vị.';

/** The blocks of the Doc: a level-2 heading, then "- Phòng …: …" lines, or one line when nothing changed. */
export function changesBlocks(words: ChangesInWords): Blocks {
  if (words.divisions.length === 0) return [heading(2, words.title), paragraph(NO_CHANGES)];
  return [heading(2, words.title), ...words.divisions.flatMap((d) => divisionItems(d.name, d.items))];
}
