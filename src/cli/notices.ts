/** What the command line tells the user about its inputs: one line each, naming the file (and sheet and cell). */
import { displayPath } from './paths';

export type NoticeSeverity = 'error' | 'warning' | 'info';

export interface Notice {
  severity: NoticeSeverity;
  /** The file the notice is about, when there is one. */
  file?: string;
  message: string;
}

export const SEVERITY_LABELS: Record<NoticeSeverity, string> = {
  error: 'Lỗi',
  warning: 'Cảnh báo',
  info: 'Lưu ý',
};

export function formatNotice(notice: Notice): string {
  const where = notice.file && !notice.message.includes(`«${displayPath(notice.file)}»`) ? `«${displayPath(notice.file)}»: ` : '';
  return `${SEVERITY_LABELS[notice.severity]}: ${where}${notice.message}`;
}
