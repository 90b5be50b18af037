/**
 * Calls that do not grow: "Tổng hợp" and the Office's sidebar overview read each division tab in four calls
 * (its named range, values, number formats, merges), whatever its rows, and what they read is what the
 * whole-tab read gives. Runs the built Code.js over the fakes.
 */
import type { SidebarState } from '../../src/core/sidebarApi';
import { defaultSettings } from '../../src/core/settings';
import { AppsScriptRun, loadAppsScript, OFFICE, setDivisions, setSetting, typeSample } from './harness';

const QLKH = 'QLKH';
const QLKH_USER = 'nguoinhap.qlkh@skhcn.bacgiang.gov.vn';

/** A set-up Sheet of n divisions (the nine of the sample, then test divisions), each with its own person. */
function sheetOf(n: number, rowsPerSection?: number): AppsScriptRun {
  const run = loadAppsScript();
  run.call('menuSetUp');
  setSetting(run, 'E-mail Văn phòng Sở', OFFICE);
  const base = defaultSettings().divisions;
  const divisions = Array.from({ length: n }, (_, i) => (i < base.length ? base[i] : { name: `Đơn vị thử nghiệm ${i + 1}`, tabName: `ĐV ${i + 1}` }));
  setDivisions(
    run,
    divisions.map((d, i) => ({ name: d.name, tabName: d.tabName, emails: d.tabName === QLKH ? QLKH_USER : `nguoinhap${i}@skhcn.bacgiang.gov.vn` })),
  );
  run.call('menuSetUp');
  typeSample(run, rowsPerSection);
  return run;
}

function sheetTab(run: AppsScriptRun, name = QLKH) {
  return run.g.spreadsheet.getSheetByName(name)!;
}

function officeOverview(run: AppsScriptRun): { total: number; state: SidebarState } {
  run.g.calls.uncounted(() => run.g.spreadsheet.setActiveSheet(run.g.spreadsheet.getSheetByName('Cấu hình')!));
  run.g.session.activeUserEmail = OFFICE;
  run.g.calls.reset();
  const state = run.call<SidebarState>('getSidebarState', null);
  return { total: run.g.calls.total, state };
}

/** What the sidebar shows, read as the Office (overview) and as QLKH's person (its own view). */
function views(run: AppsScriptRun) {
  const office = officeOverview(run).state.office!;
  run.g.session.activeUserEmail = QLKH_USER;
  const own = run.call<SidebarState>('getSidebarState', QLKH).division!;
  run.g.session.activeUserEmail = OFFICE;
  return { office, own };
}

/** The same, with the named ranges out of the way: every tab read whole, as before they existed. */
function viewsReadWhole(run: AppsScriptRun) {
  const saved = run.g.calls.uncounted(() => run.g.spreadsheet.getNamedRanges().map((n) => [n.getName(), n.getRange()] as const));
  run.g.calls.uncounted(() => saved.forEach(([name]) => run.g.spreadsheet.removeNamedRange(name)));
  try {
    return views(run);
  } finally {
    run.g.calls.uncounted(() => saved.forEach(([name, range]) => run.g.spreadsheet.setNamedRange(name, range)));
  }
}

function headerRow(run: AppsScriptRun, id: string): number {
  return run.values(QLKH).findIndex((r) => String(r[0]).startsWith(`${id}. `)) + 2;
}

describe('the budget, 30 divisions, on the built bundle', () => {
  // Two Sheets of 30 divisions, 5 and 50 rows a section: the overview first (it changes nothing), then "Tổng hợp".
  let few: AppsScriptRun;
  let many: AppsScriptRun;
  beforeAll(() => {
    few = sheetOf(30, 5);
    many = sheetOf(30, 50);
  });

  test("the Office's overview makes at most 4 calls per division + 10, whatever the rows", () => {
    const small = officeOverview(few);
    const large = officeOverview(many);
    expect(large.state.office!.divisions).toHaveLength(30);
    expect(large.total).toBeLessThanOrEqual(4 * 30 + 10);
    expect(large.total).toBe(small.total);
  });

  test('"Tổng hợp" makes at most 4 calls per division + 40, and 50 rows a section cost what 5 rows cost', () => {
    const calls = (run: AppsScriptRun) => {
      run.g.calls.reset();
      run.call('runConsolidation');
      expect(run.driveApi.uploads).toHaveLength(1);
      return run.g.calls.total;
    };
    const small = calls(few);
    const large = calls(many);
    expect(large).toBeLessThanOrEqual(4 * 30 + 40);
    expect(large).toBeLessThanOrEqual(small * 1.05);
  });
});

describe('what the named range reads is what the whole tab says', () => {
  test("the Office's counts equal the division's own view, over a percent-typed figure and a merge, and the whole-tab read", () => {
    const run = sheetOf(9);
    const h1 = headerRow(run, 'I');
    const h2 = headerRow(run, 'II');
    run.g.calls.uncounted(() => {
      // 0,985 under a percent format (typed "98,5%") in a row measured in %, and a merge across an item row.
      sheetTab(run)
        .getRange(h1 + 1, 3, 1, 5)
        .setValues([['%', 0.97, 0.99, 0.6, 0.985]]);
      sheetTab(run)
        .getRange(h1 + 1, 4, 1, 4)
        .setNumberFormat('0.0%');
      sheetTab(run)
        .getRange(h2 + 1, 2, 1, 2)
        .merge();
      sheetTab(run)
        .getRange(h1 + 2, 7)
        .setValue('12,5%');
    });
    const { office, own } = views(run);
    const row = office.divisions.find((d) => d.tabName === QLKH)!;
    const ownFindings = own.groups.flatMap((g) => g.findings);
    expect(ownFindings.some((f) => /đang bị gộp/.test(f.message))).toBe(true);
    expect(row.statusLabel).not.toBe('Đã đủ');
    expect([row.statusLabel, row.errorCount, row.warningCount]).toEqual([own.statusLabel, ownFindings.filter((f) => f.severity === 'error').length, ownFindings.filter((f) => f.severity === 'warning').length]);
    expect(views(run)).toEqual(viewsReadWhole(run));
  });

  test('a column added right of the last one, typed into with the last: the tab is read whole, both reported', () => {
    const run = sheetOf(9);
    const last = run.g.calls.uncounted(() => sheetTab(run).getMaxColumns());
    const h2 = headerRow(run, 'II');
    run.g.calls.uncounted(() => {
      // Outside the named range (A to the last column when setup ran): only the whole-tab read sees it.
      sheetTab(run).insertColumnAfter(last);
      sheetTab(run)
        .getRange(h2 + 1, last, 1, 2)
        .setValues([['ghi chú riêng', 'ghi chú nữa']]);
    });
    const { office, own } = views(run);
    const warnings = own.groups.flatMap((g) => g.findings).filter((f) => f.severity === 'warning' && /có thêm cột (Z|AA)/.test(f.message));
    expect(warnings.map((f) => f.cell)).toEqual([`Z${h2}`, `AA${h2}`]);
    expect(office.divisions.find((d) => d.tabName === QLKH)!.warningCount).toBe(own.groups.flatMap((g) => g.findings).filter((f) => f.severity === 'warning').length);
    expect(views(run)).toEqual(viewsReadWhole(run));
  });

  test('rows a division adds, wherever, and a column inserted inside the form are in the named range', () => {
    const run = sheetOf(9);
    run.g.calls.uncounted(() => {
      const tab = sheetTab(run);
      tab.insertRowsAfter(tab.getMaxRows(), 300);
      tab.getRange(tab.getMaxRows() - 1, 2).setValue('dòng gõ gần cuối tab');
      tab.insertColumnAfter(5);
    });
    // Read through the named ranges, not tab by tab.
    officeOverview(run);
    expect(run.g.calls.countOf('Sheet.getDataRange')).toBe(0);
    expect(views(run)).toEqual(viewsReadWhole(run));
  });

  test('a Sheet set up before the named ranges is read tab by tab as before, and setup gives it the named ranges', () => {
    const run = sheetOf(9);
    const before = viewsReadWhole(run);
    run.g.calls.uncounted(() => run.g.spreadsheet.getNamedRanges().forEach((n) => n.remove()));
    expect(views(run)).toEqual(before);
    run.call('menuSetUp');
    expect(run.g.calls.uncounted(() => run.g.spreadsheet.getNamedRanges().length)).toBe(9);
    expect(officeOverview(run).total).toBeLessThanOrEqual(4 * 9 + 10);
    expect(views(run)).toEqual(before);
  });

  test('a column inserted left of column A: setup puts the named range back on column A, and findings name the right cells', () => {
    const run = sheetOf(9);
    const h2 = headerRow(run, 'II');
    run.g.calls.uncounted(() => {
      sheetTab(run).insertColumnBefore(1);
      sheetTab(run)
        .getRange(h2 + 1, 4)
        .setValue('');
    });
    run.call('menuSetUp');
    const name = run.g.calls.uncounted(() => run.g.spreadsheet.getNamedRanges().find((n) => n.getRange().getSheet().getName() === QLKH)!);
    expect(run.g.calls.uncounted(() => name.getRange().getColumn())).toBe(1);
    const whole = viewsReadWhole(run);
    expect(views(run)).toEqual(whole);
  });
});

test('marking a tab submitted reads the settings, the document properties and the tab once, and shows it «Đã nộp»', () => {
  const run = sheetOf(9);
  run.g.session.activeUserEmail = QLKH_USER;
  run.g.calls.reset();
  const state = run.call<SidebarState>('markSubmitted', QLKH);
  expect(state.division!.statusLabel).toBe('Đã nộp');
  const c = run.g.calls;
  expect([c.countOf('Sheet.getSheetValues'), c.countOf('Properties.getProperties'), c.countOf('Spreadsheet.getRangeByName'), c.countOf('Range.getValues')]).toEqual([1, 1, 1, 1]);
});
