/** Sections I–VII of the summary, each built from every division's items. */
import type { ReportItem } from '../check';
import { formatDate } from '../dates';
import type { DivisionReport } from '../divisionReport';
import { SectionId, fillPlaceholders } from '../form';
import { formatNumber, formatPercent, ratioPercent } from '../numbers';
import type { Settings } from '../settings';
import { Blocks, bold, chart, dash, heading, paragraph, table } from './blocks';
import { OUTLINE, OutlineSection } from './outline';
import { IndicatorFigures, SentenceContext, indicatorSentence } from './sentences';

export interface SectionContext {
  reports: DivisionReport[];
  settings: Settings;
  /** Placeholder values in upper case for headings ({PERIOD}, {YEAR}…) and as they are ({period}…). */
  values: Record<string, string>;
  /** How a division is named inside a parenthesis: "Thanh tra Sở, báo cáo chưa đầy đủ". */
  label(report: DivisionReport): string;
  /** How a division is named as a heading: "Thanh tra Sở (báo cáo chưa đầy đủ)". */
  title(report: DivisionReport): string;
}

interface Entry {
  report: DivisionReport;
  item: ReportItem;
}

function entries(ctx: SectionContext, id: SectionId): Entry[] {
  return ctx.reports.flatMap((report) => (report.check ? report.check.items[id].map((item) => ({ report, item })) : []));
}

function text(item: ReportItem, key: string): string {
  const v = item.values[key];
  return v === null || v === undefined ? '' : String(v);
}

function num(item: ReportItem, key: string): number | null {
  const v = item.values[key];
  return typeof v === 'number' ? v : null;
}

function sectionHeading(ctx: SectionContext, outline: OutlineSection): Blocks {
  return [heading(1, fillPlaceholders(outline.heading, ctx.values))];
}

function cell(value: number | null): string {
  return value === null ? '' : formatNumber(value);
}

function percentCell(value: number | null): string {
  return value === null ? '' : formatPercent(value);
}

function sentence(text: string): string {
  const t = text.trim().replace(/[.;,]+$/, '');
  return t ? `${t.charAt(0).toLocaleUpperCase('vi')}${t.slice(1)}` : t;
}

/** I. Results per division: a table of its indicators, then one sentence per indicator. */
export function resultsSection(ctx: SectionContext): Blocks {
  const blocks = sectionHeading(ctx, OUTLINE.results);
  const withItems = ctx.reports.filter((r) => r.check && r.check.items.I.length > 0);
  if (withItems.length === 0) return [...blocks, paragraph(OUTLINE.results.empty)];
  const p = ctx.settings.period;
  const sctx: SentenceContext = { year: p.year, prevYear: p.prevYear, periodYear: ctx.values.periodYear };
  withItems.forEach((report, i) => {
    blocks.push(heading(2, `${i + 1}. ${ctx.title(report)}`));
    const figures: IndicatorFigures[] = report.check!.items.I.map((item) => ({
      indicator: text(item, 'indicator'),
      unit: text(item, 'unit'),
      prevYear: num(item, 'prevYear'),
      plan: num(item, 'plan'),
      firstPeriod: num(item, 'firstPeriod'),
      estimate: num(item, 'estimate'),
    }));
    blocks.push(
      table(
        [
          { header: 'STT', align: 'center', width: 6 },
          { header: 'Chỉ tiêu, nhiệm vụ', width: 22 },
          { header: 'Đơn vị tính', align: 'center', width: 10 },
          { header: `Thực hiện năm ${p.prevYear}`, align: 'right', width: 10 },
          { header: `Kế hoạch năm ${p.year}`, align: 'right', width: 10 },
          { header: `Thực hiện ${p.periodLabel}`, align: 'right', width: 10 },
          { header: `Ước thực hiện năm ${p.year}`, align: 'right', width: 10 },
          { header: `So với năm ${p.prevYear} (%)`, align: 'right', width: 11 },
          { header: 'So với kế hoạch (%)', align: 'right', width: 11 },
        ],
        figures.map((f, k) => [
          String(k + 1),
          f.indicator,
          f.unit,
          cell(f.prevYear),
          cell(f.plan),
          cell(f.firstPeriod),
          cell(f.estimate),
          percentCell(ratioPercent(f.estimate, f.prevYear)),
          percentCell(ratioPercent(f.estimate, f.plan)),
        ]),
      ),
    );
    for (const f of figures) {
      const s = indicatorSentence(f, sctx);
      if (s) blocks.push(dash(s));
    }
  });
  return blocks;
}

/** II. Shortcomings, then causes (subjective, objective), then lessons; each item names its division. */
export function shortcomingsSection(ctx: SectionContext): Blocks {
  const blocks = sectionHeading(ctx, OUTLINE.shortcomings);
  const all = entries(ctx, 'II');
  if (all.length === 0) return [...blocks, paragraph(OUTLINE.shortcomings.empty)];
  const line = (e: Entry, key: string) => dash(`${sentence(text(e.item, key))} (${ctx.label(e.report)}).`);
  blocks.push(heading(2, '1. Tồn tại, hạn chế'));
  all.filter((e) => text(e.item, 'shortcoming')).forEach((e) => blocks.push(line(e, 'shortcoming')));
  blocks.push(heading(2, '2. Nguyên nhân'));
  const causes = all.filter((e) => text(e.item, 'cause'));
  const groups: [string, Entry[]][] = [
    ['a) Nguyên nhân chủ quan', causes.filter((e) => text(e.item, 'causeType') === 'Chủ quan')],
    ['b) Nguyên nhân khách quan', causes.filter((e) => text(e.item, 'causeType') === 'Khách quan')],
    ['c) Nguyên nhân chưa được phân loại', causes.filter((e) => !['Chủ quan', 'Khách quan'].includes(text(e.item, 'causeType')))],
  ];
  for (const [title, group] of groups) {
    if (group.length === 0) continue;
    blocks.push(heading(3, title));
    group.forEach((e) => blocks.push(line(e, 'cause')));
  }
  blocks.push(heading(2, '3. Bài học kinh nghiệm'));
  const lessons = all.filter((e) => text(e.item, 'lesson'));
  if (lessons.length === 0) blocks.push(paragraph('Các phòng, đơn vị chưa nêu bài học kinh nghiệm.'));
  lessons.forEach((e) => blocks.push(line(e, 'lesson')));
  return blocks;
}

/** III. Key tasks for the rest of the year, by division. */
export function nextTasksSection(ctx: SectionContext): Blocks {
  const blocks = sectionHeading(ctx, OUTLINE.nextTasks);
  const all = entries(ctx, 'III');
  if (all.length === 0) return [...blocks, paragraph(OUTLINE.nextTasks.empty)];
  for (const e of all) {
    const due = text(e.item, 'dueBy');
    blocks.push(dash(`${sentence(text(e.item, 'task'))} (${ctx.label(e.report)}${due ? `; thời gian hoàn thành: ${due}` : ''}).`));
  }
  return blocks;
}

const TASK_STATUSES = ['Hoàn thành đúng hạn', 'Hoàn thành quá hạn', 'Đang thực hiện trong hạn', 'Đang thực hiện, quá hạn', 'Chưa thực hiện'];
const UNFINISHED = ['Đang thực hiện, quá hạn', 'Chưa thực hiện'];

function documentsInOrder(settingsList: string[], found: string[]): string[] {
  return [...settingsList.filter((d) => found.includes(d)), ...found.filter((d) => !settingsList.includes(d))];
}

/** "12 nhiệm vụ; hoàn thành 7 (đúng hạn 6, quá hạn 1); đang thực hiện trong hạn 3; …" */
export function taskCountsSentence(document: string, statuses: string[]): string {
  const count = (s: string) => statuses.filter((x) => x === s).length;
  const done = count('Hoàn thành đúng hạn') + count('Hoàn thành quá hạn');
  const parts = [`${statuses.length} nhiệm vụ`];
  if (done) parts.push(`hoàn thành ${done}${count('Hoàn thành quá hạn') ? ` (trong đó quá hạn ${count('Hoàn thành quá hạn')})` : ''}`);
  if (count('Đang thực hiện trong hạn')) parts.push(`đang thực hiện trong hạn ${count('Đang thực hiện trong hạn')}`);
  if (count('Đang thực hiện, quá hạn')) parts.push(`đang thực hiện quá hạn ${count('Đang thực hiện, quá hạn')}`);
  if (count('Chưa thực hiện')) parts.push(`chưa thực hiện ${count('Chưa thực hiện')}`);
  const other = statuses.filter((s) => !TASK_STATUSES.includes(s)).length;
  if (other) parts.push(`chưa rõ tình trạng ${other}`);
  return `Văn bản số ${document}: ${parts.join(', ')}.`;
}

/** IV. Assigned tasks: counts by status per task document, then the overdue and unfinished ones. */
export function assignedTasksSection(ctx: SectionContext): Blocks {
  const blocks = sectionHeading(ctx, OUTLINE.assignedTasks);
  const all = entries(ctx, 'IV');
  if (all.length === 0) return [...blocks, paragraph(OUTLINE.assignedTasks.empty)];
  const docs = documentsInOrder(ctx.settings.taskDocuments, [...new Set(all.map((e) => text(e.item, 'document') || 'Chưa ghi văn bản'))]);
  docs.forEach((doc) => {
    const ofDoc = all.filter((e) => (text(e.item, 'document') || 'Chưa ghi văn bản') === doc);
    blocks.push(paragraph(taskCountsSentence(doc, ofDoc.map((e) => text(e.item, 'status')))));
  });
  const late = all.filter((e) => UNFINISHED.includes(text(e.item, 'status')));
  if (late.length === 0) {
    blocks.push(paragraph('Không có nhiệm vụ quá hạn hoặc chưa thực hiện.'));
    return blocks;
  }
  blocks.push(paragraph(bold('Các nhiệm vụ quá hạn, chưa thực hiện:')));
  for (const e of late) {
    const deadline = text(e.item, 'deadline');
    const due = /^\d{4}-\d{2}-\d{2}$/.test(deadline) ? `; thời hạn ${formatDate(deadline)}` : '';
    const result = text(e.item, 'result');
    blocks.push(dash(`${sentence(text(e.item, 'task'))} (${text(e.item, 'document')}; ${ctx.label(e.report)}${due}): ${text(e.item, 'status').toLocaleLowerCase('vi')}${result ? `. ${sentence(result)}` : ''}.`));
  }
  return blocks;
}

export const RATINGS = ['Đã hoàn thành', 'Có khả năng hoàn thành', 'Khó hoàn thành', 'Không hoàn thành'];
const AT_RISK = ['Khó hoàn thành', 'Không hoàn thành'];

export function ratingCountsSentence(ratings: string[]): string {
  const parts = RATINGS.map((r) => [r, ratings.filter((x) => x === r).length] as const)
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${r.toLocaleLowerCase('vi')} ${n}`);
  return `Tổng số ${ratings.length} mục tiêu: ${parts.join(', ')}.`;
}

/** V. Five-year targets per target document: at-risk first with their explanation, a table, counts, a chart. */
export function targetsSection(ctx: SectionContext): Blocks {
  const blocks = sectionHeading(ctx, OUTLINE.targets);
  const all = entries(ctx, 'VI');
  if (all.length === 0) return [...blocks, paragraph(OUTLINE.targets.empty)];
  const docs = documentsInOrder(ctx.settings.targetDocuments, [...new Set(all.map((e) => text(e.item, 'document') || 'Chưa ghi văn bản'))]);
  const rank = (e: Entry) => (AT_RISK.includes(text(e.item, 'rating')) ? 0 : 1);
  docs.forEach((doc, i) => {
    const ofDoc = all.filter((e) => (text(e.item, 'document') || 'Chưa ghi văn bản') === doc).sort((a, b) => rank(a) - rank(b));
    blocks.push(heading(2, `${i + 1}. Các mục tiêu theo văn bản số ${doc}`));
    blocks.push(paragraph(ratingCountsSentence(ofDoc.map((e) => text(e.item, 'rating')))));
    for (const e of ofDoc.filter((x) => rank(x) === 0)) {
      const why = text(e.item, 'explanation');
      blocks.push(dash(`${sentence(text(e.item, 'target'))} (${ctx.label(e.report)}): ${text(e.item, 'rating').toLocaleLowerCase('vi')}${why ? `. ${sentence(why)}` : ''}.`));
    }
    blocks.push(
      table(
        [
          { header: 'STT', align: 'center', width: 6 },
          { header: 'Mục tiêu, chỉ tiêu', width: 33 },
          { header: `Chỉ tiêu đến năm ${ctx.settings.period.fiveYearEnd}`, align: 'center', width: 14 },
          { header: `Ước thực hiện đến hết năm ${ctx.settings.period.year}`, align: 'center', width: 14 },
          { header: 'Đánh giá', align: 'center', width: 16 },
          { header: 'Phòng, đơn vị', width: 18 },
        ],
        ofDoc.map((e, k) => [String(k + 1), text(e.item, 'target'), text(e.item, 'goal'), text(e.item, 'estimate'), text(e.item, 'rating'), e.report.division.name]),
      ),
    );
  });
  const ratings = all.map((e) => text(e.item, 'rating'));
  blocks.push(chart('Số mục tiêu theo mức đánh giá', RATINGS.map((r) => ({ label: r, value: ratings.filter((x) => x === r).length }))));
  return blocks;
}

export const FUNDING_SOURCES = ['Ngân sách tỉnh', 'Ngân sách trung ương', 'CTMTQG', 'Khác'];

/** VI. Proposals for the plan year, with the proposed budget summed by funding source. */
export function proposalsSection(ctx: SectionContext): Blocks {
  const blocks = sectionHeading(ctx, OUTLINE.proposals);
  const all = entries(ctx, 'V');
  if (all.length === 0) return [...blocks, paragraph(OUTLINE.proposals.empty)];
  blocks.push(
    table(
      [
        { header: 'STT', align: 'center', width: 6 },
        { header: 'Nhiệm vụ, giải pháp chủ yếu', width: 35 },
        { header: 'Chỉ tiêu dự kiến', width: 16 },
        { header: 'Kinh phí đề xuất (triệu đồng)', align: 'right', width: 12 },
        { header: 'Nguồn vốn', align: 'center', width: 14 },
        { header: 'Phòng, đơn vị', width: 18 },
      ],
      all.map((e, k) => [String(k + 1), text(e.item, 'task'), text(e.item, 'target'), cell(num(e.item, 'budget')), text(e.item, 'fundingSource'), e.report.division.name]),
    ),
  );
  const sums = new Map<string, number>();
  for (const e of all) {
    const budget = num(e.item, 'budget');
    if (budget === null) continue;
    const source = text(e.item, 'fundingSource') || 'Chưa xác định nguồn';
    sums.set(source, (sums.get(source) || 0) + budget);
  }
  if (sums.size === 0) {
    blocks.push(paragraph('Các đề xuất chưa nêu kinh phí.'));
    return blocks;
  }
  const order = [...FUNDING_SOURCES.filter((s) => sums.has(s)), ...[...sums.keys()].filter((s) => !FUNDING_SOURCES.includes(s))];
  const total = [...sums.values()].reduce((a, b) => a + b, 0);
  blocks.push(paragraph(`Tổng kinh phí đề xuất ${formatNumber(total)} triệu đồng, trong đó: ${order.map((s) => `${s} ${formatNumber(sums.get(s)!)} triệu đồng`).join('; ')}.`));
  blocks.push(
    table(
      [
        { header: 'Nguồn vốn', width: 60 },
        { header: 'Kinh phí đề xuất (triệu đồng)', align: 'right', width: 40 },
      ],
      [...order.map((s) => [s, formatNumber(sums.get(s)!)]), ['Tổng cộng', formatNumber(total)]],
    ),
  );
  return blocks;
}

/** VII. Recommendations, each with its addressee and division. */
export function recommendationsSection(ctx: SectionContext): Blocks {
  const blocks = sectionHeading(ctx, OUTLINE.recommendations);
  const all = entries(ctx, 'VII');
  if (all.length === 0) return [...blocks, paragraph(OUTLINE.recommendations.empty)];
  for (const e of all) {
    const to = text(e.item, 'addressee');
    blocks.push(dash(`${sentence(text(e.item, 'content'))} (${to ? `kiến nghị ${to}; ` : ''}${ctx.label(e.report)}).`));
  }
  return blocks;
}

