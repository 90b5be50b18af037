/**
 * A tab's period is read by what its section I headers mean (core/periods/tabPeriod.ts): every wording of a period
 * that names the settings' period is read as it, every other period is refused; the comparison and plan columns
 * name their year by the same rule.
 */
import fc from 'fast-check';
import { checkDivision } from '../../src/core/check';
import { resolveForm } from '../../src/core/form';
import { periodId, periodIdOfName } from '../../src/core/periods/kind';
import { relabelRefusal } from '../../src/core/periods/tabPeriod';
import { Settings, defaultSettings } from '../../src/core/settings';
import { filledDivisionGrid, sampleFor } from '../../src/core/sampleData';
import { divisionTabLayout } from '../../src/core/tabLayout';
import { headerIndex } from '../core/tabs';

function settingsAt(periodLabel: string, year: number): Settings {
  const s = defaultSettings();
  s.period = { ...s.period, periodLabel, year, prevYear: year - 1, planYear: year + 1, deadline: `${year}-06-28` };
  return s;
}

const qlkh = defaultSettings().divisions.find((d) => d.tabName === 'QLKH')!;
const KINDS = [
  { kind: 'H1', wordings: ['6 tháng đầu năm', '6 tháng', 'sáu tháng đầu năm', '6 THÁNG ĐẦU NĂM', '6  tháng  năm', 'Sáu tháng'] },
  { kind: 'M9', wordings: ['9 tháng đầu năm', '9 tháng', 'chín tháng', '9 tháng năm'] },
  { kind: 'Y', wordings: ['cả năm', 'Cả năm', '12 tháng', '12 tháng năm'] },
  { kind: 'Q2', wordings: ['quý II', 'Quý 2', 'quý II năm'] },
];
const labelArb = fc.constantFrom(...KINDS.flatMap((k) => k.wordings));
const yearArb = fc.integer({ min: 2021, max: 2027 });
/** How a clerk may end a period's name with its year: "… năm 2024", "… 2024". */
const withYear = (wording: string, year: number, spelled: boolean) => (spelled && !/năm$/i.test(wording) ? `${wording} năm ${year}` : `${wording} ${year}`);

/** The sample QLKH tab drawn for `settings`, with one section I header cell replaced. */
function tabWith(settings: Settings, key: string, header: string): { grid: ReturnType<typeof filledDivisionGrid>; cell: string } {
  const form = resolveForm(settings);
  const grid = filledDivisionGrid(form, settings, qlkh, sampleFor(qlkh)).map((r) => [...r]);
  const h = headerIndex(grid, 'I');
  const column = form.sections[0].columns.find((c) => c.key === key)!.column;
  grid[h][column - 1] = header;
  return { grid, cell: `${String.fromCharCode(64 + column)}${h + 1}` };
}

test('every wording of the settings’ period is read as it (figures read, a warning at most); every other period is refused, naming the cell', () => {
  fc.assert(
    fc.property(labelArb, yearArb, labelArb, yearArb, fc.boolean(), fc.boolean(), (settingsLabel, settingsYear, typedLabel, typedYear, spelled, star) => {
      const settings = settingsAt(settingsLabel, settingsYear);
      const typed = withYear(typedLabel, typedYear, spelled);
      const { grid, cell } = tabWith(settings, 'firstPeriod', `Thực hiện ${typed}${star ? ' *' : ''}`);
      const check = checkDivision(grid, resolveForm(settings), { today: `${settingsYear}-06-20` });
      const wrong = check.findings.filter((f) => f.wrongPeriod);
      if (periodIdOfName(typed) === periodId(settings.period)) {
        expect(wrong).toEqual([]);
        expect(check.items.I.length).toBe(sampleFor(qlkh).I!.length);
      } else {
        expect(wrong.map((f) => f.cell)).toEqual([cell]);
        expect(check.items.I).toEqual([]);
      }
    }),
  );
});

test('a period header without its year is read as the settings’ period when it names the same kind, refused when it names another kind', () => {
  fc.assert(
    fc.property(labelArb, labelArb, yearArb, (settingsLabel, typedLabel, year) => {
      const settings = settingsAt(settingsLabel, year);
      const check = checkDivision(tabWith(settings, 'firstPeriod', `Thực hiện ${typedLabel}`).grid, resolveForm(settings), { today: `${year}-06-20` });
      const sameKind = periodIdOfName(`${typedLabel} ${year}`) === periodId(settings.period);
      expect(check.findings.some((f) => f.wrongPeriod)).toBe(!sameKind);
      if (sameKind) expect(check.findings.some((f) => f.severity === 'warning' && /chưa ghi năm/.test(f.message))).toBe(true);
    }),
  );
});

test('the comparison, plan and estimate columns: any year but the settings’ one is refused at that cell; the settings’ year passes', () => {
  const columns = [
    { key: 'prevYear', header: (y: number) => `Thực hiện năm ${y}`, expected: (s: Settings) => s.period.prevYear },
    { key: 'plan', header: (y: number) => `Kế hoạch năm ${y}`, expected: (s: Settings) => s.period.year },
    { key: 'estimate', header: (y: number) => `Ước thực hiện năm ${y} *`, expected: (s: Settings) => s.period.year },
  ];
  fc.assert(
    fc.property(fc.constantFrom(...columns), yearArb, yearArb, (column, settingsYear, typedYear) => {
      const settings = settingsAt('6 tháng đầu năm', settingsYear);
      const { grid, cell } = tabWith(settings, column.key, column.header(typedYear));
      const check = checkDivision(grid, resolveForm(settings), { today: `${settingsYear}-06-20` });
      const wrong = check.findings.filter((f) => f.wrongPeriod).map((f) => f.cell);
      expect(wrong).toEqual(typedYear === column.expected(settings) ? [] : [cell]);
      expect(relabelRefusal(grid, resolveForm(settings)) === null).toBe(typedYear === column.expected(settings));
    }),
  );
});

test('a tab nobody typed in is always redrawn for the settings’ period, whatever period its headers say', () => {
  fc.assert(
    fc.property(labelArb, yearArb, labelArb, yearArb, (fromLabel, fromYear, toLabel, toYear) => {
      const drawnFor = settingsAt(fromLabel, fromYear);
      const blank = divisionTabLayout(resolveForm(drawnFor), drawnFor, qlkh).map((r) => [...r.values]);
      expect(relabelRefusal(blank, resolveForm(settingsAt(toLabel, toYear)))).toBeNull();
    }),
  );
});
