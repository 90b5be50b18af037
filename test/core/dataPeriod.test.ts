/** The data cut-off by the rule of Nghị định 09/2019/NĐ-CP, Điều 12, for every kind of period the Office may set, as the opening states it. */
import { dataCutOff } from '../../src/core/periods/cutoff';
import { dataPeriodSentence } from '../../src/core/summary/dataPeriod';
import { defaultSettings } from '../../src/core/settings';

const period = (periodLabel: string, year = 2024) => ({ ...defaultSettings().period, periodLabel, year });

test.each([
  ['6 tháng đầu năm', 'Số liệu tính từ ngày 15/12/2023 đến ngày 14/6/2024.'],
  ['9 tháng', 'Số liệu tính từ ngày 15/12/2023 đến ngày 14/9/2024.'],
  ['cả năm', 'Số liệu tính từ ngày 15/12/2023 đến ngày 14/12/2024.'],
  ['Năm', 'Số liệu tính từ ngày 15/12/2023 đến ngày 14/12/2024.'],
  ['Quý I', 'Số liệu tính từ ngày 15/12/2023 đến ngày 14/3/2024.'],
  ['Quý II', 'Số liệu tính từ ngày 15/3/2024 đến ngày 14/6/2024.'],
  ['quý 4', 'Số liệu tính từ ngày 15/9/2024 đến ngày 14/12/2024.'],
])('%s: %s', (label, sentence) => {
  expect(dataPeriodSentence(dataCutOff(period(label)))).toBe(sentence);
});

test('a period the rule does not know states no cut-off rather than a guessed one', () => {
  expect(dataPeriodSentence(dataCutOff(period('Đợt bổ sung')))).toBeNull();
});
