/**
 * For every edit story (test/property/tabStories.ts): every figure is read as the person meant it, or a
 * finding names its cell — never a different number. One core reads both shells' grids.
 */
import fc from 'fast-check';
import { checkDivision } from '../../src/core/check';
import { form } from '../core/tabs';
import { formatsOf, storyArb, valuesOf } from './tabStories';

test('every typed figure is read as meant, or its cell is named by a finding', () => {
  fc.assert(
    fc.property(storyArb, (story) => {
      const result = checkDivision(valuesOf(story), form, { today: '2024-06-25', formats: formatsOf(story), merges: story.merges });
      const items = Object.values(result.items).flat();
      for (const t of story.intended) {
        const item = items.find((i) => i.row === t.row);
        const named = result.findings.some((f) => f.cell === t.cell);
        const read = item?.values[t.key];
        if (!named) expect({ cell: t.cell, read }).toEqual({ cell: t.cell, read: t.meant });
        // A finding, if any, never comes with a different number read into the report.
        if (named && typeof read === 'number') expect({ cell: t.cell, read }).toEqual({ cell: t.cell, read: t.meant });
      }
      // An inserted column is never taken for a deleted header row or a moved figure.
      expect(result.findings.filter((f) => /dòng tiêu đề cột đã bị xóa|không còn cột/.test(f.message))).toEqual([]);
    }),
    { numRuns: 400 },
  );
});
