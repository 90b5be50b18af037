/**
 * The words of the reminders: the mail to a division that is not done (its status, what it has not
 * reported yet in the appendix's words, the deadline and days left or late, the link to its tab) and the
 * Office's digest of the day.
 */
import { formatDate } from '../dates';
import type { DivisionReport } from '../divisionReport';
import { ResolvedForm, periodOfYear } from '../form';
import type { Settings } from '../settings';
import { missingInWords } from '../summary/appendix';
import { asSentence } from '../summary/wording';
import { daysLeftInWords } from './schedule';

export const MAIL_SENDER_NAME = 'Báo cáo KT-XH';
const SUBJECT_PREFIX = '[Báo cáo KT-XH]';

const FOOTER = 'Thư này do tiện ích Báo cáo KT-XH gửi tự động theo lịch nhắc hạn Văn phòng Sở đặt trong tab Cấu hình. Cần hỗ trợ, vui lòng liên hệ Văn phòng Sở.';

function periodName(settings: Settings): string {
  return periodOfYear(settings.period.periodLabel, settings.period.year);
}

/** "Chưa có ước thực hiện năm 2024 của 1 chỉ tiêu; chưa báo cáo mục III, V." */
export function missingSentence(report: DivisionReport, form: ResolvedForm): string {
  const words = missingInWords(report, form);
  return `${asSentence(words || 'còn nội dung chưa hoàn chỉnh')}.`;
}

export interface DivisionMailText {
  subject: string;
  body: string;
}

export function divisionMailText(report: DivisionReport, form: ResolvedForm, settings: Settings, daysLeft: number, tabUrl: string): DivisionMailText {
  const deadline = formatDate(settings.period.deadline);
  const when = daysLeftInWords(daysLeft);
  const subject = `${SUBJECT_PREFIX} ${report.division.name}: báo cáo ${periodName(settings)} ${daysLeft < 0 ? when : `${when} (${deadline})`}`;
  const body = [
    `Kính gửi ${report.division.name},`,
    '',
    `Văn phòng Sở nhắc hạn nộp báo cáo kinh tế - xã hội ${periodName(settings)}: hạn nộp ${deadline}, ${when}.`,
    '',
    `Tình trạng báo cáo của đơn vị: ${report.statusLabel}.`,
    `Nội dung chưa báo cáo: ${missingSentence(report, form)}`,
    '',
    `Mở tab «${report.division.tabName}» để nhập: ${tabUrl}`,
    'Khi đã nhập đủ, mở menu Báo cáo KT-XH → Kiểm tra biểu mẫu và bấm «Đánh dấu đã nộp».',
    '',
    FOOTER,
  ].join('\n');
  return { subject, body };
}

/** What happened to one division today, for the digest. */
export interface DigestLine {
  divisionName: string;
  text: string;
}

export function digestMailText(settings: Settings, today: string, daysLeft: number, sent: DigestLine[], notSent: DigestLine[], failed: DigestLine[]): DivisionMailText {
  const deadline = formatDate(settings.period.deadline);
  const subject = `${SUBJECT_PREFIX} Nhắc hạn ngày ${formatDate(today)}: đã nhắc ${sent.length} phòng, đơn vị`;
  const list = (lines: DigestLine[]) => lines.map((l) => `- ${l.divisionName}: ${l.text}`);
  const body = [
    `Bản tổng hợp nhắc hạn ngày ${formatDate(today)} — báo cáo ${periodName(settings)}, hạn nộp ${deadline}, ${daysLeftInWords(daysLeft)}.`,
    '',
    `Đã gửi thư nhắc (${sent.length}):`,
    ...(sent.length ? list(sent) : ['- Không có.']),
    ...(failed.length ? ['', `Chưa gửi được (${failed.length}):`, ...list(failed)] : []),
    '',
    `Không nhắc (${notSent.length}):`,
    ...(notSent.length ? list(notSent) : ['- Không có.']),
    '',
    'Mỗi thư đã gửi được ghi trong tab «Nhật ký nhắc hạn» của bảng tính.',
    '',
    FOOTER,
  ].join('\n');
  return { subject, body };
}
