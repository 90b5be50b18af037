/** What must hold for every pair of report versions, and for every same-period comparison a division could type. */
import fc from 'fast-check';
import { diffVersions } from '../../src/core/versions/diff';
import type { ItemRecord, KeptValue, VersionRecord } from '../../src/core/versions/record';
import { decodeRecord, encodeRecord, fromCells, toCells, CELL_LIMIT } from '../../src/core/versions/storage';
import { ComparedFigures, samePeriodCells, samePeriodChange } from '../../src/core/summary/samePeriod';
import { SECTION_IDS } from '../../src/core/form';
import { oneDecimal, pointsCell } from '../../src/core/summary/wording';

const kept: fc.Arbitrary<KeptValue> = fc.oneof(fc.integer({ min: -5, max: 2000 }), fc.constantFrom('Có', 'Đang thực hiện', 'Khó hoàn thành', '2024-06-30', 'ghi chú'));
const fields = ['prevYear', 'plan', 'firstPeriod', 'estimate', 'remark'];
const item = (key: string): fc.Arbitrary<ItemRecord> =>
  fc.record({
    section: fc.constantFrom(...SECTION_IDS),
    key: fc.constant(key),
    label: fc.constant(key),
    values: fc.dictionary(fc.constantFrom(...fields), kept, { maxKeys: 5 }),
  });
const division = (name: string) => fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 6 }).chain((keys) => fc.tuple(...keys.map(item)).map((items) => ({ name, items })));
const record: fc.Arbitrary<VersionRecord> = fc
  .uniqueArray(fc.constantFrom('Văn phòng Sở', 'Thanh tra Sở', 'Phòng Quản lý khoa học', 'Chi cục TĐC'), { maxLength: 4 })
  .chain((names) => fc.tuple(...names.map(division)))
  .map((divisions) => ({ version: 2, time: '2024-06-27T16:05', period: '6 tháng đầu năm 2024', divisions }));

/** Every (division, item, field) whose value differs between two records, both present: found by brute force. */
function changedValues(a: VersionRecord, b: VersionRecord): string[] {
  const out: string[] = [];
  for (const db of b.divisions) {
    const da = a.divisions.find((d) => d.name === db.name);
    for (const ib of db.items) {
      const ia = da?.items.find((i) => i.key === ib.key);
      if (!ia) continue;
      for (const f of fields) if (ia.values[f] !== ib.values[f]) out.push(JSON.stringify([db.name, ib.key, f, ia.values[f] ?? null, ib.values[f] ?? null]));
    }
  }
  return out.sort();
}

test('the difference of a record with itself is empty', () => {
  fc.assert(fc.property(record, (r) => expect(diffVersions(r, r).divisions).toEqual([])));
});

test('diff(a, b) lists every changed figure exactly once, with old → new; and every added or removed item once', () => {
  fc.assert(
    fc.property(record, record, (a, b) => {
      const changes = diffVersions(a, b).divisions;
      const listed = changes.flatMap((d) => (d.kind === 'changed' ? d.items.flatMap((i) => (i.kind === 'changed' ? i.values.map((v) => JSON.stringify([d.name, i.key, v.field, v.old, v.new])) : [])) : []));
      expect(listed.sort()).toEqual(changedValues(a, b));
      const added = changes.flatMap((d) => (d.kind === 'changed' ? d.items.filter((i) => i.kind === 'added').map((i) => `${d.name}/${i.key}`) : []));
      const expectedAdded = b.divisions.flatMap((d) => {
        const old = a.divisions.find((x) => x.name === d.name);
        return old ? d.items.filter((i) => !old.items.some((o) => o.key === i.key)).map((i) => `${d.name}/${i.key}`) : [];
      });
      expect(added.sort()).toEqual(expectedAdded.sort());
      const divisionsAdded = changes.filter((d) => d.kind === 'added').map((d) => d.name);
      expect(divisionsAdded.sort()).toEqual(
        b.divisions
          .filter((d) => !a.divisions.some((x) => x.name === d.name))
          .map((d) => d.name)
          .sort(),
      );
    }),
  );
});

test('a record survives the cells of a Sheet row: every piece under the cell limit, read back the same', () => {
  fc.assert(
    fc.property(record, fc.integer({ min: 0, max: 3 }), (r, padding) => {
      const big = { ...r, divisions: [...r.divisions, { name: 'Dài', items: [{ section: 'II' as const, key: 'x', label: 'x', values: { remark: 'ô'.repeat(padding * 40000) } }] }] };
      const cells = toCells(encodeRecord(big));
      for (const c of cells) expect(c.length).toBeLessThanOrEqual(CELL_LIMIT);
      expect(decodeRecord(fromCells([...cells, '', null]))).toEqual(big);
    }),
  );
});

const rate = fc.double({ min: 0, max: 100, noNaN: true }).map((x) => Math.round(x * 10) / 10);

test('a rate row is compared with the same period last year in percentage points, never as a ratio of rates', () => {
  fc.assert(
    fc.property(rate, rate, (now, before) => {
      const f: ComparedFigures = { indicator: 'Tỷ lệ hồ sơ đúng hạn', unit: '%', prevYear: null, plan: null, firstPeriod: now, estimate: null, remark: '', samePeriod: before };
      const [last, vs] = samePeriodCells(f, (v) => (v === null ? '' : oneDecimal(v)));
      expect(last).toBe(oneDecimal(before));
      expect(vs).toBe(pointsCell(now - before));
      expect(vs).toMatch(/điểm %$/);
      const c = samePeriodChange(f);
      expect(c).toEqual({ kind: 'change', value: Math.round((now - before) * 10) / 10, points: true });
    }),
  );
});

test('an indicator not found last year is never compared', () => {
  fc.assert(
    fc.property(rate, fc.constantFrom('%', 'hồ sơ'), (now, unit) => {
      const f: ComparedFigures = { indicator: 'Chỉ tiêu mới', unit, prevYear: null, plan: null, firstPeriod: now, estimate: null, remark: '' };
      expect(samePeriodCells(f, (v) => (v === null ? '' : 'x'))).toEqual(['', '']);
      expect(samePeriodChange(f).kind).toBe('none');
    }),
  );
});
