/** Sections II–VII of the summary, each built from every division's items (section I is in ./results.ts). */
import { readDate } from '../dates';
import { documentGrouper } from '../documentReference';
import { formatNumber } from '../numbers';
import { Blocks, chart, divisionItems, heading, paragraph, table } from './blocks';
import { Entry, SectionContext, byDivision, entries, num, sectionHeading, text } from './context';
import { OUTLINE } from './outline';
import { ratingHistory, ratingMove, ratingWithHistory } from './ratingHistory';
import { addresseeHeading, addresseeKey } from './addressees';
import { itemCell, itemStart } from './itemText';
import { asSentence, clause, dateInText, keep, midSentence, typedWhenInText } from './wording';

export { resultsSection } from './results';

/** Items of each division, named once where its content begins. */
function perDivision(ctx: SectionContext, list: Entry[], say: (e: Entry) => string): Blocks {
  return byDivision(list).flatMap((group) => divisionItems(ctx.name(group[0].report), group.map(say)));
}

/** "Shortcoming. Nguyên nhân: cause. Bài học kinh nghiệm: lesson." — kept together, as the form pairs them on one row. */
function shortcomingText(e: Entry): string {
  const parts = [`${itemStart(e.item, 'shortcoming', 'Tồn tại, hạn chế')}.`];
  const cause = clause(text(e.item, 'cause'));
  const lesson = clause(text(e.item, 'lesson'));
  if (cause) parts.push(`Nguyên nhân: ${cause}.`);
  if (lesson) parts.push(`Bài học kinh nghiệm: ${lesson}.`);
  return parts.join(' ');
}

/** II. Each shortcoming with its cause and lesson, grouped by the kind of cause the divisions gave. */
export function shortcomingsSection(ctx: SectionContext): Blocks {
  const blocks = sectionHeading(ctx, OUTLINE.shortcomings);
  const all = entries(ctx, 'II').filter((e) => text(e.item, 'shortcoming') || text(e.item, 'cause') || text(e.item, 'lesson'));
  if (all.length === 0) return [...blocks, paragraph(OUTLINE.shortcomings.empty)];
  const kind = (e: Entry) => text(e.item, 'causeType');
  const groups: [string, Entry[]][] = [
    ['Tồn tại, hạn chế do nguyên nhân chủ quan', all.filter((e) => kind(e) === 'Chủ quan')],
    ['Tồn tại, hạn chế do nguyên nhân khách quan', all.filter((e) => kind(e) === 'Khách quan')],
    ['Tồn tại, hạn chế khác', all.filter((e) => !['Chủ quan', 'Khách quan'].includes(kind(e)))],
  ];
  const shown = groups.filter(([, g]) => g.length > 0);
  shown.forEach(([title, group], i) => {
    if (shown.length > 1 || title !== 'Tồn tại, hạn chế khác') blocks.push(heading(2, `${i + 1}. ${title}`));
    blocks.push(...perDivision(ctx, group, shortcomingText));
  });
  return blocks;
}

/** III. Key tasks for the rest of the year, by division, with when and the division's note. */
export function nextTasksSection(ctx: SectionContext): Blocks {
  const blocks = sectionHeading(ctx, OUTLINE.nextTasks);
  const all = entries(ctx, 'III');
  if (all.length === 0) return [...blocks, paragraph(OUTLINE.nextTasks.empty)];
  const say = (e: Entry) => {
    const due = typedWhenInText(text(e.item, 'dueBy'));
    const remark = clause(text(e.item, 'remark'));
    return `${itemStart(e.item, 'task', 'Nhiệm vụ, giải pháp')}${due ? `; thời gian hoàn thành: ${due}` : ''}${remark ? `; ${remark}` : ''}.`;
  };
  blocks.push(...perDivision(ctx, all, say));
  return blocks;
}

const TASK_STATUSES = ['Hoàn thành đúng hạn', 'Hoàn thành quá hạn', 'Đang thực hiện trong hạn', 'Đang thực hiện, quá hạn', 'Chưa thực hiện'];
const ON_TIME = 'Đang thực hiện trong hạn';
const LATE = 'Đang thực hiện, quá hạn';
const UNFINISHED = [LATE, 'Chưa thực hiện'];
const NO_DOCUMENT = 'Chưa ghi văn bản';

function documentsInOrder(settingsList: string[], found: string[]): string[] {
  return [...settingsList.filter((d) => found.includes(d)), ...found.filter((d) => !settingsList.includes(d))];
}

/** "Tổng số 12 nhiệm vụ: hoàn thành 7 (trong đó quá hạn 1), đang thực hiện trong hạn 3, …" */
export function taskCountsSentence(statuses: string[]): string {
  const count = (s: string) => statuses.filter((x) => x === s).length;
  const done = count('Hoàn thành đúng hạn') + count('Hoàn thành quá hạn');
  const parts: string[] = [];
  if (done) parts.push(`hoàn thành ${done}${count('Hoàn thành quá hạn') ? ` (trong đó quá hạn ${count('Hoàn thành quá hạn')})` : ''}`);
  if (count(ON_TIME)) parts.push(`đang thực hiện trong hạn ${count(ON_TIME)}`);
  if (count('Đang thực hiện, quá hạn')) parts.push(`đang thực hiện quá hạn ${count('Đang thực hiện, quá hạn')}`);
  if (count('Chưa thực hiện')) parts.push(`chưa thực hiện ${count('Chưa thực hiện')}`);
  const other = statuses.filter((s) => !TASK_STATUSES.includes(s)).length;
  if (other) parts.push(`chưa rõ tình trạng ${other}`);
  return `Tổng số ${statuses.length} nhiệm vụ: ${parts.join(', ')}.`;
}

/** The document an item names, one for every spelling of it (core/documentReference.ts). */
function documentOfEntry(listed: string[]): (e: Entry) => string {
  const group = documentGrouper(listed);
  return (e) => (text(e.item, 'document') ? group(text(e.item, 'document')) : NO_DOCUMENT);
}

function docHeading(ctx: SectionContext, doc: string): string {
  return doc === NO_DOCUMENT ? 'Nhiệm vụ chưa ghi văn bản giao' : ctx.documents.name(doc);
}

/**
 * A task's status as leadership must read it: "in time" for a task whose deadline has passed is late, whatever the cell
 * says (the check names that cell to the division; the report does not repeat the mistake).
 */
function taskStatus(ctx: SectionContext, e: Entry): string {
  const status = text(e.item, 'status');
  if (status !== ON_TIME) return status;
  const deadline = readDate(text(e.item, 'deadline'));
  return deadline.kind === 'date' && deadline.iso < ctx.checkedOn ? LATE : status;
}

/** IV. Per assigning document (1., 2.): its counts by status, then its overdue and unfinished tasks with division and deadline. */
export function assignedTasksSection(ctx: SectionContext): Blocks {
  const blocks = sectionHeading(ctx, OUTLINE.assignedTasks);
  const all = entries(ctx, 'IV');
  if (all.length === 0) return [...blocks, paragraph(OUTLINE.assignedTasks.empty)];
  const docOf = documentOfEntry(ctx.settings.taskDocuments);
  const docs = documentsInOrder(ctx.settings.taskDocuments, [...new Set(all.map(docOf))]);
  docs.forEach((doc, i) => {
    const ofDoc = all.filter((e) => docOf(e) === doc);
    blocks.push(heading(2, `${i + 1}. ${doc === NO_DOCUMENT ? docHeading(ctx, doc) : `Nhiệm vụ được giao tại ${docHeading(ctx, doc)}`}`));
    blocks.push(paragraph(taskCountsSentence(ofDoc.map((e) => taskStatus(ctx, e)))));
    const late = ofDoc.filter((e) => UNFINISHED.includes(taskStatus(ctx, e)));
    if (late.length === 0) {
      blocks.push(paragraph('Không có nhiệm vụ quá hạn hoặc chưa thực hiện.'));
      return;
    }
    blocks.push(paragraph('Các nhiệm vụ đang thực hiện quá hạn, chưa thực hiện:'));
    const say = (e: Entry) => {
      const deadline = readDate(text(e.item, 'deadline'));
      const due = deadline.kind === 'date' ? `, thời hạn ${dateInText(deadline.iso)}` : '';
      const result = clause(text(e.item, 'result'));
      const status = clause(taskStatus(ctx, e));
      return `${itemStart(e.item, 'task', 'Nhiệm vụ')}${due}${status ? `: ${status}` : ''}${result ? `; ${result}` : ''}.`;
    };
    blocks.push(...perDivision(ctx, late, say));
  });
  return blocks;
}

export const RATINGS = ['Đã hoàn thành', 'Có khả năng hoàn thành', 'Khó hoàn thành', 'Không hoàn thành'];
const AT_RISK = ['Khó hoàn thành', 'Không hoàn thành'];

/** A rating the check could not place on the scale (off the list, or empty): counted as such, never left out of the sum. */
const UNRATED = 'Chưa rõ mức đánh giá';

/** The targets of each rating of the scale, then those off it: the sentence and the chart count them alike. */
function ratingCounts(ratings: string[]): { label: string; value: number }[] {
  const counts = RATINGS.map((r) => ({ label: r, value: ratings.filter((x) => x === r).length }));
  const unrated = ratings.filter((x) => !RATINGS.includes(x)).length;
  return unrated ? [...counts, { label: UNRATED, value: unrated }] : counts;
}

/** "Tổng số 14 mục tiêu: đã hoàn thành 3, …, chưa rõ mức đánh giá 1." — the parts always add up to the total. */
export function ratingCountsSentence(ratings: string[]): string {
  const parts = ratingCounts(ratings)
    .filter((c) => c.value > 0)
    .map((c) => `${midSentence(c.label)} ${c.value}`);
  return `Tổng số ${ratings.length} mục tiêu: ${parts.join(', ')}.`;
}

/** V. Five-year targets per target document: counts, at-risk first with their explanation, a table; a chart of all ratings. */
export function targetsSection(ctx: SectionContext): Blocks {
  const blocks = sectionHeading(ctx, OUTLINE.targets);
  const all = entries(ctx, 'VI');
  if (all.length === 0) return [...blocks, paragraph(OUTLINE.targets.empty)];
  const docOf = documentOfEntry(ctx.settings.targetDocuments);
  const docs = documentsInOrder(ctx.settings.targetDocuments, [...new Set(all.map(docOf))]);
  const rank = (e: Entry) => (AT_RISK.includes(text(e.item, 'rating')) ? 0 : 1);
  docs.forEach((doc, i) => {
    const ofDoc = all.filter((e) => docOf(e) === doc).sort((a, b) => rank(a) - rank(b));
    blocks.push(heading(2, `${i + 1}. ${doc === NO_DOCUMENT ? 'Các mục tiêu chưa ghi văn bản' : `Các mục tiêu theo ${docHeading(ctx, doc)}`}`));
    blocks.push(paragraph(ratingCountsSentence(ofDoc.map((e) => text(e.item, 'rating')))));
    const atRisk = ofDoc.filter((x) => rank(x) === 0);
    const say = (e: Entry) => {
      const why = clause(text(e.item, 'explanation'));
      return `${itemStart(e.item, 'target', 'Mục tiêu')}: ${ratingWithHistory(ratingHistory(ctx, e))}${why ? `; ${why}` : ''}.`;
    };
    blocks.push(...perDivision(ctx, atRisk, say));
    const moved = ofDoc.filter((x) => rank(x) === 1 && ratingMove(ratingHistory(ctx, x), RATINGS) !== '');
    if (moved.length) {
      blocks.push(paragraph('Các mục tiêu thay đổi mức đánh giá so với kỳ trước:'));
      blocks.push(...perDivision(ctx, moved, (x) => `${itemStart(x.item, 'target', 'Mục tiêu')}: ${ratingMove(ratingHistory(ctx, x), RATINGS)}.`));
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
        ofDoc.map((e, k) => [String(k + 1), itemCell(e.item, 'target', 'Mục tiêu'), text(e.item, 'goal'), text(e.item, 'estimate'), text(e.item, 'rating'), e.report.division.name]),
      ),
    );
  });
  blocks.push(chart('Số mục tiêu theo mức đánh giá', ratingCounts(all.map((e) => text(e.item, 'rating')))));
  return blocks;
}

export const FUNDING_SOURCES = ['Ngân sách tỉnh', 'Ngân sách trung ương', 'CTMTQG', 'Khác'];

function millions(value: number): string {
  return keep(`${formatNumber(value)} triệu đồng`);
}

/** VI. Proposals for the plan year, with the division's note, and the proposed budget summed by funding source. */
export function proposalsSection(ctx: SectionContext): Blocks {
  const blocks = sectionHeading(ctx, OUTLINE.proposals);
  const all = entries(ctx, 'V');
  if (all.length === 0) return [...blocks, paragraph(OUTLINE.proposals.empty)];
  const cell = (v: number | null) => (v === null ? '' : formatNumber(v));
  blocks.push(
    table(
      [
        { header: 'STT', align: 'center', width: 5 },
        { header: 'Nhiệm vụ, giải pháp chủ yếu', width: 30 },
        { header: 'Chỉ tiêu dự kiến', width: 15 },
        { header: 'Kinh phí đề xuất (triệu đồng)', align: 'right', width: 11 },
        { header: 'Nguồn vốn', align: 'center', width: 11 },
        { header: 'Phòng, đơn vị', width: 15 },
        { header: 'Ghi chú', width: 13 },
      ],
      all.map((e, k) => [String(k + 1), text(e.item, 'task'), text(e.item, 'target'), cell(num(e.item, 'budget')), text(e.item, 'fundingSource'), e.report.division.name, text(e.item, 'remark')]),
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
  // A proposal with no budget read (none typed, or one the check refused) is said, so the total is never taken for all of them.
  const without = all.filter((e) => num(e.item, 'budget') === null).length;
  const besides = without ? ` (chưa kể ${without} đề xuất chưa có kinh phí)` : '';
  blocks.push(paragraph(`Tổng kinh phí đề xuất ${millions(total)}${besides}, trong đó: ${order.map((s) => `${midSentence(s)} ${millions(sums.get(s)!)}`).join('; ')}.`));
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

/** Where a recommendation goes, as one key however it was typed (addressees.ts). */
function addresseeOf(e: Entry): string {
  return addresseeKey(text(e.item, 'addressee'));
}

const PROVINCE_PEOPLES_COMMITTEE = addresseeKey('UBND tỉnh');

/** VII. Recommendations grouped by addressee ("1. Đối với UBND tỉnh"): UBND tỉnh first, then as they appear; each group by division. */
export function recommendationsSection(ctx: SectionContext): Blocks {
  const blocks = sectionHeading(ctx, OUTLINE.recommendations);
  // A row with an addressee but no recommendation says nothing: the check names its empty cell, the appendix counts it.
  const all = entries(ctx, 'VII').filter((e) => asSentence(text(e.item, 'content')) !== '');
  if (all.length === 0) return [...blocks, paragraph(OUTLINE.recommendations.empty)];
  const keyOf = new Map(all.map((e) => [e, addresseeOf(e)] as const));
  const seen = [...new Set(keyOf.values())];
  const order = [...seen.filter((a) => a === PROVINCE_PEOPLES_COMMITTEE), ...seen.filter((a) => a !== '' && a !== PROVINCE_PEOPLES_COMMITTEE), ...seen.filter((a) => a === '')];
  order.forEach((to, i) => {
    const group = all.filter((e) => keyOf.get(e) === to);
    const name = midSentence(addresseeHeading(group.map((e) => text(e.item, 'addressee'))));
    blocks.push(heading(2, `${i + 1}. ${to ? `Đối với ${name}` : 'Kiến nghị khác'}`));
    blocks.push(...perDivision(ctx, group, (e) => `${asSentence(text(e.item, 'content'))}.`));
  });
  return blocks;
}
