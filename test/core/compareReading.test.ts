/**
 * The comparisons a reader of the report expects, read from the model and from the .docx: the data cut-off in the opening,
 * "so với cùng kỳ năm trước" in section I, how a target's rating moved, and what changed since the last version.
 */
import { buildDivisionReport, DivisionReport } from '../../src/core/divisionReport';
import { resolveForm } from '../../src/core/form';
import { filledDivisionGrid, SampleDivision, sampleFor } from '../../src/core/sampleData';
import type { Settings } from '../../src/core/settings';
import { buildSummary, summaryRecord } from '../../src/core/summary/build';
import type { SummaryDocument, TableBlock } from '../../src/core/summary/model';
import { renderDocx } from '../../src/render/renderDocx';
import { all, readDocx, text } from '../render/docxReader';
import { blockText, seen } from './reportText';
import { form, qlkh, settings } from './tabs';

const now = '2024-06-27T16:05';

function modelText(doc: SummaryDocument): string {
  return seen([doc.subject, ...doc.body.map(blockText), doc.appendix.subtitle, ...doc.appendix.blocks.map(blockText)].join('\n'));
}

async function docxText(doc: SummaryDocument): Promise<string> {
  const read = await readDocx(await renderDocx(doc));
  const rows = all(read.document, 'tr').map((tr) => all(tr, 'tc').map(text).join(' | '));
  return seen([...all(read.document, 'p').map(text), ...rows].join('\n'));
}

/** Both readings of a document: what the model says and what the .docx shows. */
async function readings(doc: SummaryDocument): Promise<string[]> {
  return [modelText(doc), await docxText(doc)];
}

function reportsOf(s: Settings, change: (d: (typeof s.divisions)[number], sample: SampleDivision) => SampleDivision = (_d, x) => x): DivisionReport[] {
  const f = resolveForm(s);
  return s.divisions.map((d) => buildDivisionReport(d, filledDivisionGrid(f, s, d, change(d, sampleFor(d))), f, { today: s.period.deadline }));
}

function yearBefore(s: Settings): Settings {
  const p = s.period;
  return { ...s, period: { ...p, year: p.year - 1, prevYear: p.prevYear - 1, planYear: p.planYear - 1, deadline: `${p.year - 1}${p.deadline.slice(4)}` } };
}

const reports = reportsOf(settings);

test('the opening states the data cut-off by the rule of Nghị định 09/2019 for a 6-month report', async () => {
  for (const t of await readings(buildSummary(reports, settings, form, { now }))) expect(t).toContain('Số liệu tính từ ngày 15/12/2023 đến ngày 14/6/2024.');
});

test('a cut-off the Office set is the one the opening states', async () => {
  const doc = buildSummary(reports, settings, form, { now, dataPeriod: { from: '2023-12-15', to: '2024-05-31' } });
  for (const t of await readings(doc)) expect(t).toContain('Số liệu tính từ ngày 15/12/2023 đến ngày 31/5/2024.');
});

describe('compared with the same period last year', () => {
  const lastYearSettings = yearBefore(settings);
  // Last year QLKH had 30 tasks under way in the first half, a smaller on-time rate, and no "ứng dụng" indicator yet.
  const lastYear = reportsOf(lastYearSettings, (d, sample) => {
    if (d.tabName !== 'QLKH') return sample;
    const rows = (sample.I ?? []).filter((r) => !String(r.indicator).startsWith('Số kết quả nhiệm vụ'));
    return { ...sample, I: rows.map((r, i) => (i === 0 ? { ...r, firstPeriod: 30 } : r)) };
  });
  const doc = buildSummary(reports, settings, form, { now, samePeriodLastYear: lastYear });
  let texts: string[] = [];
  beforeAll(async () => {
    texts = await readings(doc);
  });

  test('under each table, a table of the same period: "Cùng kỳ năm 2023", this period, "So với cùng kỳ (%)"; the sentences say "so với cùng kỳ năm trước" with figures', () => {
    for (const t of texts) {
      expect(t).toContain('So với cùng kỳ năm trước (6 tháng đầu năm 2023):\n');
      expect(t).toContain('STT | Chỉ tiêu, nhiệm vụ | Đơn vị tính | Cùng kỳ năm 2023 | Thực hiện 6 tháng đầu năm 2024 | So với cùng kỳ (%)');
      // 34 tasks this half-year against 30 last year: 113,3%.
      expect(t).toContain('1 | Số nhiệm vụ khoa học và công nghệ cấp tỉnh đang triển khai | nhiệm vụ | 30 | 34 | 113,3%');
      expect(t).toMatch(/So với cùng kỳ năm trước \(6 tháng đầu năm 2023\), \d+ chỉ tiêu tăng[^.]*số nhiệm vụ khoa học và công nghệ cấp tỉnh đang triển khai \(từ 30 nhiệm vụ lên 34 nhiệm vụ, tăng 13,3%\)/);
    }
  });

  test('an indicator not reported last year gets no comparison, said neutrally', () => {
    const qlkh = doc.body.findIndex((b) => b.kind === 'heading' && b.text.endsWith('Phòng Quản lý khoa học'));
    const compared = doc.body.slice(qlkh).find((b): b is TableBlock => b.kind === 'table' && b.widthGroup === 'samePeriod')!;
    expect(compared.rows.map((r) => r[1])).toContain('Số nhiệm vụ khoa học và công nghệ cấp tỉnh đang triển khai');
    expect(compared.rows.map((r) => r[1])).not.toContain('Số kết quả nhiệm vụ khoa học và công nghệ được ứng dụng vào thực tiễn');
    for (const t of texts) expect(t).toMatch(/1 chỉ tiêu chưa có số liệu cùng kỳ để so sánh/);
  });

  test('a rate row is compared in points', () => {
    for (const t of texts) expect(t).toMatch(/^\d+ \| Tỷ lệ [^|]+ \| % \| \d+,\d \| \d+,\d \| [+-]?\d+,\d điểm %$/m);
  });

  test('without last year, the table keeps its columns', () => {
    const plain = modelText(buildSummary(reports, settings, form, { now }));
    expect(plain).not.toContain('Cùng kỳ');
    expect(plain).not.toContain('so với cùng kỳ năm trước');
  });
});

test('a target rated "Khó hoàn thành" since an earlier period says since when', async () => {
  const later: Settings = { ...settings, period: { ...settings.period, periodLabel: 'cả năm', deadline: '2024-12-10' } };
  const laterForm = resolveForm(later);
  const laterReports = later.divisions.map((d) => buildDivisionReport(d, filledDivisionGrid(laterForm, later, d, sampleFor(d)), laterForm, { today: '2024-12-10' }));
  const doc = buildSummary(laterReports, later, laterForm, { now: '2024-12-10T09:00', earlierPeriods: [{ label: '6 tháng đầu năm', year: 2024, reports }] });
  for (const t of await readings(doc)) expect(t).toContain('Tỷ lệ kết quả nhiệm vụ khoa học và công nghệ được ứng dụng vào thực tiễn: khó hoàn thành từ kỳ 6 tháng đầu năm 2024;');
});

test('a target whose rating moved since the last period is listed with both ratings', () => {
  const earlier = reportsOf(settings, (d, sample) => (d.tabName === 'QLKH' ? { ...sample, VI: (sample.VI ?? []).map((r) => ({ ...r, rating: 'Khó hoàn thành' })) } : sample));
  const later: Settings = { ...settings, period: { ...settings.period, periodLabel: '9 tháng', deadline: '2024-09-20' } };
  const laterForm = resolveForm(later);
  const laterReports = later.divisions.map((d) => buildDivisionReport(d, filledDivisionGrid(laterForm, later, d, sampleFor(d)), laterForm, { today: '2024-09-20' }));
  const t = modelText(buildSummary(laterReports, later, laterForm, { now: '2024-09-20T09:00', earlierPeriods: [{ label: '6 tháng đầu năm', year: 2024, reports: earlier }] }));
  expect(t).toContain('Các mục tiêu thay đổi mức đánh giá so với kỳ trước:');
  expect(t).toContain('Số nhiệm vụ khoa học và công nghệ cấp tỉnh được triển khai giai đoạn 2021–2025: từ khó hoàn thành (kỳ 6 tháng đầu năm 2024) lên có khả năng hoàn thành.');
});

describe('what changed since the last version', () => {
  const previous = summaryRecord(reports, settings, form, { version: 2, now: '2024-06-27T16:05' });
  // QLKH corrects one figure (36 → 38 tasks estimated for the year), adds a recommendation and drops a task of section III.
  const edited = reportsOf(settings, (d, sample) => {
    if (d.tabName !== 'QLKH') return sample;
    return {
      ...sample,
      I: (sample.I ?? []).map((r, i) => (i === 0 ? { ...r, estimate: 38 } : r)),
      III: (sample.III ?? []).slice(1),
      VII: [...(sample.VII ?? []), { content: 'Bổ sung kinh phí cho nhiệm vụ đặt hàng', addressee: 'UBND tỉnh' }],
    };
  });
  const doc = buildSummary(edited, settings, form, { now: '2024-06-28T08:30', version: 3, previousVersion: previous });

  test('the appendix opens with the changes since bản 2: the figure old → new, the item added, the item removed', async () => {
    for (const t of await readings(doc)) {
      expect(t).toContain('Thay đổi so với bản 2 (16:05 ngày 27/6/2024)');
      expect(t).toContain('Phòng Quản lý khoa học:');
      expect(t).toContain('chỉ tiêu “Số nhiệm vụ khoa học và công nghệ cấp tỉnh đang triển khai”: ước thực hiện năm 2024 từ 36 thành 38 nhiệm vụ.');
      expect(t).toContain('thêm kiến nghị “Bổ sung kinh phí cho nhiệm vụ đặt hàng”.');
      expect(t).toMatch(/bỏ nhiệm vụ “[^”]+”\./);
      expect(t).not.toMatch(/\bô [A-Z]{1,2}\d+/);
    }
    // Only QLKH changed.
    const list = modelText(doc).split('Thay đổi so với bản 2')[1].split('Tình hình báo cáo tại thời điểm tổng hợp')[0];
    expect(list.match(/^- /gm)).toHaveLength(1);
  });

  test('nothing changed: one line says so', () => {
    const same = modelText(buildSummary(reports, settings, form, { now: '2024-06-28T08:30', version: 3, previousVersion: previous }));
    expect(same).toContain('Thay đổi so với bản 2 (16:05 ngày 27/6/2024)\nKhông có thay đổi về số liệu, nội dung của các phòng, đơn vị.');
  });

  test('a record of another period is not compared with', () => {
    const other = { ...previous, period: '6 tháng đầu năm 2023' };
    expect(modelText(buildSummary(edited, settings, form, { now, version: 3, previousVersion: other }))).not.toContain('Thay đổi so với bản');
  });

  test('a record of the same period under another wording of its label is compared with', () => {
    const reworded = { ...previous, period: '6 tháng 2024' };
    expect(modelText(buildSummary(edited, settings, form, { now, version: 3, previousVersion: reworded }))).toContain('Thay đổi so với bản');
  });
});

test('QLKH is the division the stories edit', () => {
  expect(qlkh.name).toBe('Phòng Quản lý khoa học');
});
