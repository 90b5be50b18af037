/**
 * The appendix: every division's completeness at the time of the run, told to leadership in words
 * ("chưa có ước thực hiện năm 2024 của 1 chỉ tiêu; chưa báo cáo mục III, VI"): no cell, no count of errors, no instruction.
 */
import type { Finding } from '../check';
import { formatDateTime } from '../dates';
import type { DivisionReport } from '../divisionReport';
import type { ResolvedForm, SectionId } from '../form';
import { Blocks, table } from './blocks';
import type { Appendix } from './model';
import { midSentence } from './wording';

/** The report's numeral of each form section (the report puts the targets before the proposals). */
export const REPORT_NUMERAL: Record<SectionId, string> = { I: 'I', II: 'II', III: 'III', IV: 'IV', V: 'VI', VI: 'V', VII: 'VII' };

/** What one item of each section is called when counting them. */
export const ITEM_NOUN: Record<SectionId, string> = {
  I: 'chỉ tiêu',
  II: 'tồn tại, hạn chế',
  III: 'nhiệm vụ',
  IV: 'nhiệm vụ',
  V: 'đề xuất',
  VI: 'mục tiêu',
  VII: 'kiến nghị',
};

const SECTION_ORDER: SectionId[] = ['I', 'II', 'III', 'IV', 'VI', 'V', 'VII'];

/** Vietnamese quotes for a text written for the Office: «x» → “x”. */
export function plainQuotes(text: string): string {
  return text.replace(/«\s*/g, '“').replace(/\s*»/g, '”');
}

/** Status as leadership reads it, and as the command line prints it beside each division. */
export function statusWords(report: DivisionReport): string {
  if (!report.check || report.check.empty) return 'Chưa báo cáo';
  if (report.status === 'submitted') return 'Đã gửi';
  return report.status === 'complete' ? 'Đầy đủ' : 'Chưa đầy đủ';
}

/** "chưa có ước thực hiện năm 2024 của 1 chỉ tiêu; chưa báo cáo mục III, VI" — what a division has not reported yet. */
export function missingInWords(report: DivisionReport, form: ResolvedForm): string {
  if (!report.check || report.check.empty) return report.problem ? plainQuotes(report.problem).replace(/\.$/, '') : 'chưa báo cáo';
  const errors = report.check.findings.filter((f) => f.severity === 'error');
  const parts: string[] = [];
  const emptySections: string[] = [];
  let other = 0;
  for (const id of SECTION_ORDER) {
    const inSection = errors.filter((f) => f.sectionId === id);
    if (inSection.length === 0) continue;
    if (report.check.items[id].length === 0) {
      emptySections.push(REPORT_NUMERAL[id]);
      continue;
    }
    const section = form.sections.find((s) => s.id === id);
    const itemRows = new Set(report.check.items[id].map((item) => item.row));
    const byColumn = new Map<string, Finding[]>();
    for (const f of inSection) {
      // The column the check located, never the cell's position: a column inserted in the tab moves every cell after it.
      const column = itemRows.has(f.row) ? section?.columns.find((c) => c.key === f.columnKey) : undefined;
      if (!column) {
        other++;
        continue;
      }
      const key = midSentence(column.header);
      byColumn.set(key, [...(byColumn.get(key) ?? []), f]);
    }
    for (const [header, list] of byColumn) {
      // Nothing typed is "chưa có"; something typed that cannot be used (off the list, not a number) is "ghi chưa đúng".
      const empty = new Set(list.filter((f) => f.empty).map((f) => f.row)).size;
      const wrong = new Set(list.filter((f) => !f.empty).map((f) => f.row)).size;
      if (empty) parts.push(`chưa có ${header} của ${empty} ${ITEM_NOUN[id]}`);
      if (wrong) parts.push(`${header} của ${wrong} ${ITEM_NOUN[id]} ghi chưa đúng`);
    }
  }
  other += errors.filter((f) => f.sectionId === null).length;
  if (emptySections.length) parts.push(`chưa báo cáo mục ${emptySections.join(', ')}`);
  if (other) parts.push(`còn ${other} nội dung chưa hoàn chỉnh`);
  return parts.join('; ');
}

function remark(report: DivisionReport): string {
  if (!report.check && report.problem) return plainQuotes(report.problem).replace(/\.$/, '');
  if (report.submittedAt) return `Đã gửi lúc ${formatDateTime(report.submittedAt)}${report.submittedBy ? `, ${report.submittedBy}` : ''}`;
  return '';
}

export function buildAppendix(reports: DivisionReport[], form: ResolvedForm, now: string, reference: string): Appendix {
  const missing = (r: DivisionReport) => (r.status === 'complete' || r.status === 'submitted' ? '' : missingInWords(r, form));
  const missingCell = (r: DivisionReport) => (r.check ? missing(r) : 'Chưa báo cáo mục nào');
  // The table is the whole appendix: what each division has not reported is said once, in its row.
  const blocks: Blocks = [
    table(
      [
        { header: 'STT', align: 'center', width: 6 },
        { header: 'Phòng, đơn vị', width: 26 },
        { header: 'Tình trạng', align: 'center', width: 12 },
        { header: 'Nội dung chưa báo cáo', width: 32 },
        { header: 'Cập nhật lần cuối', align: 'center', width: 12 },
        { header: 'Ghi chú', width: 12 },
      ],
      reports.map((r, i) => [String(i + 1), r.division.name, statusWords(r), missingCell(r), r.lastEditedAt ? formatDateTime(r.lastEditedAt) : '', remark(r)]),
    ),
  ];
  return {
    label: 'Phụ lục',
    title: 'TÌNH HÌNH BÁO CÁO CỦA CÁC PHÒNG, ĐƠN VỊ',
    subtitle: `(Kèm theo ${reference}; số liệu tại thời điểm ${formatDateTime(now)})`,
    blocks,
    landscape: true,
  };
}
