import { resolveForm } from '../../src/core/form';
import { defaultSettings } from '../../src/core/settings';
import { filledDivisionGrid, sampleFor } from '../../src/core/sampleData';
import { checkDivision } from '../../src/core/check';

const settings = defaultSettings();
const form = resolveForm(settings);

test('the sample of each division reads back; only Thanh tra Sở has errors', () => {
  for (const division of settings.divisions) {
    const grid = filledDivisionGrid(form, settings, division, sampleFor(division));
    const result = checkDivision(grid, form, { today: '2024-06-25' });
    const errors = result.findings.filter((f) => f.severity === 'error');
    if (division.name === 'Thanh tra Sở') expect(errors.length).toBeGreaterThan(0);
    else expect(errors.map((e) => `${e.cell} ${e.message}`)).toEqual([]);
    expect(result.items.I.length).toBe((sampleFor(division).I || []).length);
  }
});
