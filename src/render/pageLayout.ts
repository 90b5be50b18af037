/**
 * Which pages the body's tables go on. A width group (the division tables of section I) is sized on the portrait
 * page when its main text column gets at least MAIN_COLUMN_MIN_TWIPS there; otherwise on landscape pages, which
 * Decree 30 allows for wide tables: the ten columns of section I at 12 pt (the smallest table size the decree
 * allows) leave the indicator names 2–3 cm on a portrait page, and less when one division reports in đồng.
 * The landscape part is the level-1 section holding the group (section I) but for its heading and its first paragraph
 * (the Department's overview): those stay on the portrait page before, under the opening, which they fill instead of
 * leaving it half empty. The notes on the tables and each division's heading, table and paragraph read on one kind of page.
 */
import type { Block, TableBlock } from '../core/summary/model';
import { MAIN_COLUMN_MIN_TWIPS, sizeGroup } from './columnSizing';

export interface GroupLayout {
  widths: number[];
  landscape: boolean;
}

function groupTables(blocks: Block[]): Map<string, TableBlock[]> {
  const groups = new Map<string, TableBlock[]>();
  for (const b of blocks) {
    if (b.kind !== 'table' || !b.widthGroup) continue;
    const seen = groups.get(b.widthGroup) ?? [];
    // A table whose columns differ from the group's first cannot share its widths: it is sized on its own.
    if (seen.length === 0 || seen[0].columns.length === b.columns.length) groups.set(b.widthGroup, [...seen, b]);
  }
  return groups;
}

/** Each width group's widths; `landscapeWidth` null when the blocks cannot change page (the appendix is one section). */
export function groupLayouts(blocks: Block[], width: number, landscapeWidth: number | null): Map<string, GroupLayout> {
  const out = new Map<string, GroupLayout>();
  for (const [group, tables] of groupTables(blocks)) {
    const portrait = sizeGroup(tables, width);
    const roomy = portrait.fits && portrait.widths[portrait.main] >= MAIN_COLUMN_MIN_TWIPS;
    if (roomy || landscapeWidth === null) out.set(group, { widths: portrait.widths, landscape: false });
    else out.set(group, { widths: sizeGroup(tables, landscapeWidth).widths, landscape: true });
  }
  return out;
}

export interface BodyPart {
  blocks: Block[];
  landscape: boolean;
}

/**
 * Where a landscape group's part begins and ends in the blocks, [start, end): the level-1 section(s) holding its
 * tables, after the section's heading and opening paragraph; from the first table when no section heading precedes it.
 */
function span(blocks: Block[], group: string): [number, number] {
  const at = blocks.flatMap((b, i) => (b.kind === 'table' && b.widthGroup === group ? [i] : []));
  const isSection = (b: Block) => b.kind === 'heading' && b.level === 1;
  let start = at[0];
  while (start > 0 && !isSection(blocks[start])) start--;
  if (!isSection(blocks[start])) start = at[0];
  else if (start + 2 <= at[0] && blocks[start + 1].kind === 'paragraph') start += 2;
  let end = at[at.length - 1] + 1;
  while (end < blocks.length && !isSection(blocks[end])) end++;
  return [start, end];
}

/** The body cut into parts on portrait and landscape pages, in order; always at least one (portrait) part. */
export function bodyParts(blocks: Block[], layouts: Map<string, GroupLayout>): BodyPart[] {
  const spans = [...layouts].filter(([, l]) => l.landscape).map(([g]) => span(blocks, g));
  const landscape = blocks.map((_, i) => spans.some(([s, e]) => i >= s && i < e));
  const parts: BodyPart[] = [{ blocks: [], landscape: false }];
  blocks.forEach((b, i) => {
    const last = parts[parts.length - 1];
    if (last.landscape === landscape[i]) last.blocks.push(b);
    else parts.push({ blocks: [b], landscape: landscape[i] });
  });
  return parts;
}
