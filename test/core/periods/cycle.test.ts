/** The reporting cycle as data: kinds recognised from labels, ids, the next period, the data cut-off. */
import fc from 'fast-check';
import { defaultSettings, ReportingPeriod } from '../../../src/core/settings';
import { KIND_LABELS, PeriodKind, periodId, periodKind, periodIdOfName, periodOfId } from '../../../src/core/periods/kind';
import { chosenPeriod, nextPeriod } from '../../../src/core/periods/next';
import { dataCutOff, ruleCutOff } from '../../../src/core/periods/cutoff';
import { readSettingsTab, settingsTabRows } from '../../../src/core/settingsTab';

const base = defaultSettings().period;
const at = (periodLabel: string, year = 2024, deadline = '2024-06-28'): ReportingPeriod => ({ ...base, periodLabel, year, prevYear: year - 1, planYear: year + 1, deadline });

test('labels as the Office writes them name their period', () => {
  expect(['6 tháng đầu năm', '6 THÁNG', 'sáu tháng đầu năm', '9 tháng đầu năm', 'Cả năm', 'năm', 'Quý I', 'quý 2', 'Quý III năm', 'QUÝ IV'].map(periodKind)).toEqual([
    'H1',
    'H1',
    'H1',
    'M9',
    'Y',
    'Y',
    'Q1',
    'Q2',
    'Q3',
    'Q4',
  ]);
  expect(periodKind('tháng 7')).toBeNull();
  expect(periodId(at('6 tháng đầu năm'))).toBe('2024-H1');
});

test('an unknown period label is a finding on its settings cell', () => {
  const settings = defaultSettings();
  settings.period.periodLabel = 'đợt 1';
  const reading = readSettingsTab(settingsTabRows(settings), defaultSettings());
  expect(reading.ok).toBe(false);
  const rows = settingsTabRows(settings);
  const row = rows.findIndex((r) => r[0] === 'Kỳ báo cáo') + 1;
  expect(!reading.ok && reading.problems.map((p) => p.message)).toEqual([
    `Cấu hình!B${row} («Kỳ báo cáo»): «đợt 1» không phải là kỳ báo cáo đã biết. Ghi một trong: 6 tháng đầu năm; 9 tháng đầu năm; cả năm; quý I; quý II; quý III; quý IV.`,
  ]);
});

test('the cycle: 6 tháng → 9 tháng → cả năm → 6 tháng of the next year, with the years, deadline and 5-year period', () => {
  const h1 = at('6 tháng đầu năm');
  const m9 = nextPeriod(h1)!;
  expect(m9).toMatchObject({ periodLabel: '9 tháng đầu năm', year: 2024, prevYear: 2023, planYear: 2025, deadline: '2024-09-28', dataFrom: '', dataTo: '' });
  const y = nextPeriod(m9)!;
  expect(y).toMatchObject({ periodLabel: 'cả năm', year: 2024, deadline: '2024-12-28' });
  const h1Next = nextPeriod(y)!;
  expect(h1Next).toMatchObject({ periodLabel: '6 tháng đầu năm', year: 2025, prevYear: 2024, planYear: 2026, fiveYearStart: 2021, fiveYearEnd: 2025, deadline: '2025-06-28' });
  const after2025 = nextPeriod(nextPeriod(nextPeriod(h1Next)!)!)!;
  expect(after2025).toMatchObject({ year: 2026, fiveYearStart: 2026, fiveYearEnd: 2030 });
});

test('the data cut-off follows Nghị định 09/2019, and a date in the settings wins', () => {
  expect(dataCutOff(at('6 tháng đầu năm'))).toEqual({ from: '2023-12-15', to: '2024-06-14' });
  expect(dataCutOff(at('9 tháng đầu năm'))).toEqual({ from: '2023-12-15', to: '2024-09-14' });
  expect(dataCutOff(at('cả năm'))).toEqual({ from: '2023-12-15', to: '2024-12-14' });
  expect(dataCutOff(at('Quý I'))).toEqual({ from: '2023-12-15', to: '2024-03-14' });
  expect(dataCutOff(at('Quý III'))).toEqual({ from: '2024-06-15', to: '2024-09-14' });
  expect(dataCutOff({ ...at('6 tháng đầu năm'), dataTo: '2024-06-20' })).toEqual({ from: '2023-12-15', to: '2024-06-20' });
});

test('the Office may choose another period than proposed, never one that does not come after', () => {
  const h1 = at('6 tháng đầu năm');
  expect(chosenPeriod(h1, { periodLabel: 'cả năm', year: 2024, deadline: '2024-12-20', dataFrom: '', dataTo: '2024-12-14' })).toEqual({ ok: true, period: expect.objectContaining({ periodLabel: 'cả năm', dataTo: '' }) });
  expect(chosenPeriod(h1, { periodLabel: 'Quý I', year: 2024, deadline: '2024-12-20', dataFrom: '', dataTo: '' })).toMatchObject({ ok: false });
  expect(chosenPeriod(h1, { periodLabel: 'đợt 2', year: 2024, deadline: '2024-12-20', dataFrom: '', dataTo: '' })).toMatchObject({ ok: false });
});

const kinds = Object.keys(KIND_LABELS) as PeriodKind[];
const periodArb = fc.record({ kind: fc.constantFrom(...kinds), year: fc.integer({ min: 2001, max: 2090 }), day: fc.integer({ min: 1, max: 40 }) }).map(({ kind, year, day }) => {
  const to = ruleCutOff(kind, year).to;
  const deadline = new Date(Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, 14 + day)).toISOString().slice(0, 10);
  return { ...at(KIND_LABELS[kind], year, deadline), fiveYearStart: 2001 + Math.floor((year - 2001) / 5) * 5, fiveYearEnd: 2005 + Math.floor((year - 2001) / 5) * 5 };
});

test('property: the next period is a strict cycle: it comes later, its id is new, and the kinds come back in 3 or 4 steps a year on', () => {
  fc.assert(
    fc.property(periodArb, (p) => {
      const half = ['H1', 'M9', 'Y'].includes(periodKind(p.periodLabel)!);
      let q = p;
      const seen = new Set([periodId(p)]);
      for (let i = 0; i < (half ? 3 : 4); i++) {
        const n = nextPeriod(q)!;
        expect(dataCutOff(n).to > dataCutOff(q).to).toBe(true);
        expect(n.deadline > q.deadline).toBe(true);
        expect(seen.has(periodId(n))).toBe(false);
        seen.add(periodId(n));
        expect(n.year - n.prevYear).toBe(1);
        expect(n.year).toBeGreaterThanOrEqual(n.fiveYearStart);
        expect(n.year).toBeLessThanOrEqual(n.fiveYearEnd);
        q = n;
      }
      expect(periodKind(q.periodLabel)).toBe(periodKind(p.periodLabel));
      expect(q.year).toBe(p.year + 1);
    }),
  );
});

test('property: the cut-off by the rule runs from the 15th to the 14th, ends in the period last month and starts the day after the previous one ends', () => {
  fc.assert(
    fc.property(periodArb, (p) => {
      const cut = dataCutOff(p);
      expect(cut.from.slice(8)).toBe('15');
      expect(cut.to.slice(8)).toBe('14');
      expect(cut.from < cut.to).toBe(true);
      const n = nextPeriod(p)!;
      if (periodKind(n.periodLabel)!.startsWith('Q')) {
        const gapDays = (Date.parse(dataCutOff(n).from) - Date.parse(cut.to)) / 86400000;
        expect(gapDays).toBe(1);
      }
    }),
  );
});

test('a period id reads back as the same period: its year, and a label of the same kind', () => {
  fc.assert(
    fc.property(fc.integer({ min: 2000, max: 2100 }), fc.constantFrom(...(Object.keys(KIND_LABELS) as PeriodKind[])), (year, kind) => {
      const back = periodOfId(periodId({ year, periodLabel: KIND_LABELS[kind] }));
      expect(back.year).toBe(year);
      expect(periodKind(back.periodLabel)).toBe(kind);
    }),
  );
});

test('a period named with its year has the id of that period, whatever the wording', () => {
  expect(periodIdOfName('6 tháng đầu năm 2024')).toBe('2024-H1');
  expect(periodIdOfName('6 tháng 2024')).toBe('2024-H1');
  expect(periodIdOfName('cả năm 2024')).toBe('2024-Y');
  expect(periodIdOfName('9 tháng đầu năm 2025')).not.toBe(periodIdOfName('9 tháng đầu năm 2024'));
  fc.assert(
    fc.property(fc.integer({ min: 2000, max: 2100 }), fc.constantFrom(...(Object.keys(KIND_LABELS) as PeriodKind[])), (year, kind) => {
      expect(periodIdOfName(`${KIND_LABELS[kind]} ${year}`)).toBe(periodId({ year, periodLabel: KIND_LABELS[kind] }));
    }),
  );
});
