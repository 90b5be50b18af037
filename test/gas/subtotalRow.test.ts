/**
 * A «Tổng cộng» row a division types under its proposals, on the Sheet path (the built Code.js over the fakes): the
 * sidebar names it and "Tổng hợp" leaves it out, so the proposed budget of the Doc is the same as without it.
 */
import type { SidebarState } from '../../src/core/sidebarApi';
import { all, readDocx, text } from '../render/docxReader';
import { AppsScriptRun, sheetWithSample } from './harness';

const QLKH = 'QLKH';

async function budgetLine(run: AppsScriptRun): Promise<string | undefined> {
  run.call('menuConsolidate');
  const uploads = run.driveApi.uploads;
  const doc = await readDocx(uploads[uploads.length - 1].bytes);
  return all(doc.document, 'p')
    .map(text)
    .find((p) => p.startsWith('Tổng kinh phí đề xuất'));
}

test('the sidebar names a «Tổng cộng» row under the proposals and the Doc does not count it', async () => {
  const run = sheetWithSample();
  const before = await budgetLine(run);
  expect(before).toBeDefined();
  const values = run.values(QLKH);
  const header = values.findIndex((r) => String(r[0]).startsWith('V. ')) + 2;
  // The first blank row under the proposals the sample typed.
  const blank = values.findIndex((r, i) => i >= header && r.every((v) => v === '')) + 1;
  const sheet = run.g.spreadsheet.getSheetByName(QLKH)!;
  run.g.calls.uncounted(() => {
    sheet.getRange(blank, 2).setValue('Tổng cộng');
    sheet.getRange(blank, 4).setValue(25000);
  });
  const state = run.call<SidebarState>('getSidebarState', QLKH);
  const named = state.division!.groups.flatMap((g) => g.findings).filter((f) => f.cell === `B${blank}`);
  expect(named).toEqual([
    {
      severity: 'warning',
      cell: `B${blank}`,
      message: 'Dòng «Tổng cộng» là dòng cộng, không phải một đề xuất: báo cáo tự cộng nên không tính dòng này (số liệu của dòng không đưa vào báo cáo). Có thể xóa dòng này.',
    },
  ]);
  expect(await budgetLine(run)).toBe(before);
});
