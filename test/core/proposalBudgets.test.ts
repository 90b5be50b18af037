/**
 * The proposed budget of section VI, as the Office adds it up: a budget typed in đồng into the triệu đồng column is
 * named before it swells the total; a negative one is an error and never lowers it; the total says how many
 * proposals it leaves out.
 */
import { buildDivisionReport } from '../../src/core/divisionReport';
import { filledDivisionGrid, sampleFor } from '../../src/core/sampleData';
import { buildSummary } from '../../src/core/summary/build';
import type { Block } from '../../src/core/summary/model';
import { form, settings } from './tabs';

const division = settings.divisions.find((d) => d.name === 'Phòng Kế hoạch - Tài chính')!;

function withBudgets(budgets: (number | string)[]) {
  const data = sampleFor(division);
  const V = (data.V ?? []).map((p, i) => (i < budgets.length ? { ...p, budget: budgets[i] } : p));
  const report = buildDivisionReport(division, filledDivisionGrid(form, settings, division, { ...data, V }), form, { today: '2024-06-27' });
  const doc = buildSummary([report], settings, form, { now: '2024-06-27T16:05' });
  const paragraphs = doc.body
    .filter((b): b is Extract<Block, { kind: 'paragraph' }> => b.kind === 'paragraph')
    .map((b) =>
      b.runs
        .map((r) => r.text)
        .join('')
        .replace(/\u00a0/g, ' '),
    );
  return { findings: report.check!.findings.filter((f) => f.columnKey === 'budget'), total: paragraphs.find((p) => p.startsWith('Tổng kinh phí đề xuất')) };
}

test('a budget of 1.500.000.000 "triệu đồng" is named as most likely typed in đồng', () => {
  const { findings } = withBudgets([1_500_000_000]);
  expect(findings.map((f) => [f.severity, f.message])).toEqual([
    [
      'warning',
      'Cột «Kinh phí đề xuất (triệu đồng)»: 1.500.000.000 triệu đồng là 1.500 nghìn tỷ đồng: có phải đã nhập bằng đồng? Cột này tính bằng triệu đồng (1.500.000.000 đồng là 1.500 triệu đồng); nếu đúng là số triệu đồng thì giữ nguyên.',
    ],
  ]);
});

test('a negative budget is an error and is not added: the total says one proposal has no budget yet', () => {
  const clean = withBudgets([]);
  const { findings, total } = withBudgets([-200]);
  expect(findings.map((f) => f.severity)).toEqual(['error']);
  expect(findings[0].message).toContain('kinh phí đề xuất là số âm (-200)');
  expect(clean.total).toMatch(/^Tổng kinh phí đề xuất 63\.500 triệu đồng, trong đó/);
  // The first proposal's 15.000 is gone, and the -200 typed in its place does not lower the rest.
  expect(total).toMatch(/^Tổng kinh phí đề xuất 48\.500 triệu đồng \(chưa kể 1 đề xuất chưa có kinh phí\), trong đó/);
});
