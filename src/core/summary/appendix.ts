/** The appendix: every division's completeness at the time of the run, so leadership sees what is missing. */
import { formatDateTime } from '../dates';
import type { DivisionReport } from '../divisionReport';
import { Blocks, dash, heading, paragraph, table } from './blocks';
import type { Appendix } from './model';

const SHOWN_FINDINGS = 5;

function remark(report: DivisionReport): string {
  if (report.problem) return report.problem;
  if (report.submittedAt) return `Đã nộp lúc ${formatDateTime(report.submittedAt)}${report.submittedBy ? ` (${report.submittedBy})` : ''}`;
  return '';
}

export function buildAppendix(reports: DivisionReport[], now: string, reference: string): Appendix {
  const blocks: Blocks = [
    table(
      [
        { header: 'STT', align: 'center', width: 6 },
        { header: 'Phòng, đơn vị', width: 28 },
        { header: 'Tình trạng', align: 'center', width: 12 },
        { header: 'Số lỗi còn lại', align: 'right', width: 9 },
        { header: 'Số cảnh báo', align: 'right', width: 9 },
        { header: 'Sửa lần cuối', align: 'center', width: 14 },
        { header: 'Ghi chú', width: 23 },
      ],
      reports.map((r, i) => [
        String(i + 1),
        r.division.name,
        r.statusLabel,
        String(r.errorCount),
        String(r.warningCount),
        r.lastEditedAt ? formatDateTime(r.lastEditedAt) : '',
        remark(r),
      ]),
    ),
  ];
  const incomplete = reports.filter((r) => r.errorCount > 0 || r.status === 'empty');
  if (incomplete.length) {
    blocks.push(heading(2, 'Những nội dung còn thiếu'));
    for (const r of incomplete) {
      if (!r.check || r.status === 'empty') {
        blocks.push(dash(`${r.division.name}: ${(r.problem ?? 'chưa nhập nội dung nào').replace(/\.$/, '')}.`));
        continue;
      }
      const errors = r.check.findings.filter((f) => f.severity === 'error');
      const shown = errors.slice(0, SHOWN_FINDINGS).map((f) => `ô ${f.cell}: ${f.message.replace(/\.$/, '')}`);
      const more = errors.length > SHOWN_FINDINGS ? `; và ${errors.length - SHOWN_FINDINGS} lỗi khác` : '';
      blocks.push(dash(`${r.division.name} (còn ${errors.length} lỗi): ${shown.join('; ')}${more}.`));
    }
  } else {
    blocks.push(paragraph('Tất cả phòng, đơn vị đã báo cáo đầy đủ.'));
  }
  return {
    label: 'Phụ lục',
    title: 'TÌNH HÌNH BÁO CÁO CỦA CÁC PHÒNG, ĐƠN VỊ',
    subtitle: `(Kèm theo ${reference}; số liệu tại thời điểm ${formatDateTime(now)})`,
    blocks,
    landscape: true,
  };
}
