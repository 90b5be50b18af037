/** What changed between two runs' records: divisions and items added or removed, and each changed value old → new. */
import type { SectionId } from '../form';
import type { DivisionRecord, ItemRecord, KeptValue, VersionRecord } from './record';

export interface ValueChange {
  field: string;
  /** null: the cell was empty. */
  old: KeptValue | null;
  new: KeptValue | null;
}

export type ItemChange = { kind: 'added' | 'removed'; section: SectionId; key: string; label: string } | { kind: 'changed'; section: SectionId; key: string; label: string; values: ValueChange[] };

export type DivisionChange = { kind: 'added' | 'removed'; name: string } | { kind: 'changed'; name: string; items: ItemChange[] };

export interface VersionChanges {
  /** The version compared with. */
  since: { version: number; time: string };
  divisions: DivisionChange[];
}

function valueChanges(a: ItemRecord, b: ItemRecord): ValueChange[] {
  const fields = [...new Set([...Object.keys(a.values), ...Object.keys(b.values)])];
  return fields.filter((f) => a.values[f] !== b.values[f]).map((field) => ({ field, old: a.values[field] ?? null, new: b.values[field] ?? null }));
}

function itemChanges(a: DivisionRecord, b: DivisionRecord): ItemChange[] {
  const before = new Map(a.items.map((i) => [i.key, i] as const));
  const after = new Map(b.items.map((i) => [i.key, i] as const));
  const out: ItemChange[] = [];
  for (const item of b.items) {
    const old = before.get(item.key);
    if (!old) {
      out.push({ kind: 'added', section: item.section, key: item.key, label: item.label });
      continue;
    }
    const values = valueChanges(old, item);
    if (values.length) out.push({ kind: 'changed', section: item.section, key: item.key, label: item.label, values });
  }
  for (const item of a.items) if (!after.has(item.key)) out.push({ kind: 'removed', section: item.section, key: item.key, label: item.label });
  return out;
}

/** `previous` → `current`, in the order of the current divisions, then the divisions no longer reported. */
export function diffVersions(previous: VersionRecord, current: VersionRecord): VersionChanges {
  const before = new Map(previous.divisions.map((d) => [d.name, d] as const));
  const now = new Set(current.divisions.map((d) => d.name));
  const divisions: DivisionChange[] = [];
  for (const d of current.divisions) {
    const old = before.get(d.name);
    if (!old) {
      divisions.push({ kind: 'added', name: d.name });
      continue;
    }
    const items = itemChanges(old, d);
    if (items.length) divisions.push({ kind: 'changed', name: d.name, items });
  }
  for (const d of previous.divisions) if (!now.has(d.name)) divisions.push({ kind: 'removed', name: d.name });
  return { since: { version: previous.version, time: previous.time }, divisions };
}
