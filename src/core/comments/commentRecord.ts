/**
 * One leadership comment as the "Góp ý" tab keeps it: which division it is about, on which version, who wrote
 * what where, and the division's answer and whether it was posted back into the Doc. The tab is the record:
 * one row per comment, found again by the comment's id.
 */
import { OFFICE_TABS } from '../officeTabs';

export const COMMENTS_TAB = OFFICE_TABS.comments;

/** The division cell of a comment that matches no division, or several: the Office routes it. */
export const FOR_OFFICE = 'Văn phòng Sở (chưa xác định phòng, đơn vị)';

export const COMMENT_COLUMNS = [
  'Phòng, đơn vị',
  'Bản',
  'Người góp ý',
  'Thời gian',
  'Đoạn được góp ý',
  'Nội dung góp ý',
  'Trạng thái',
  'Trả lời',
  'Người trả lời',
  'Thời gian trả lời',
  'Đã đăng trả lời vào văn bản',
  'Mã góp ý',
  'Mã văn bản',
] as const;

export type CommentState = 'open' | 'answered' | 'resolved' | 'deleted';

export const COMMENT_STATE_LABELS: Record<CommentState, string> = {
  open: 'Chưa trả lời',
  answered: 'Đã tiếp thu',
  resolved: 'Đã đóng trong văn bản',
  deleted: 'Đã xóa trong văn bản',
};

export interface CommentRecord {
  /** A division's name, or FOR_OFFICE. */
  division: string;
  version: number;
  author: string;
  /** "HH:mm dd/MM/yyyy", local time. */
  time: string;
  quoted: string;
  content: string;
  resolved: boolean;
  deleted: boolean;
  answer: string;
  answeredBy: string;
  answeredAt: string;
  /** "HH:mm dd/MM/yyyy" when the answer was posted as a reply in the Doc; '' until then. */
  postedAt: string;
  commentId: string;
  fileId: string;
}

export function commentState(r: CommentRecord): CommentState {
  if (r.deleted) return 'deleted';
  if (r.resolved) return 'resolved';
  return r.answer !== '' || r.answeredAt !== '' ? 'answered' : 'open';
}

function cell(row: unknown[], i: number): string {
  const v = row[i];
  return v === null || v === undefined ? '' : String(v).trim();
}

/** The rows of the tab (header first) as records; rows without a comment id are not the add-on's and are skipped. */
export function recordsOfGrid(grid: unknown[][]): CommentRecord[] {
  const records: CommentRecord[] = [];
  for (const row of grid.slice(1)) {
    const commentId = cell(row, 11);
    if (commentId === '') continue;
    const state = cell(row, 6);
    records.push({
      division: cell(row, 0),
      version: Number(cell(row, 1)) || 0,
      author: cell(row, 2),
      time: cell(row, 3),
      quoted: cell(row, 4),
      content: cell(row, 5),
      resolved: state === COMMENT_STATE_LABELS.resolved,
      deleted: state === COMMENT_STATE_LABELS.deleted,
      answer: cell(row, 7),
      answeredBy: cell(row, 8),
      answeredAt: cell(row, 9),
      postedAt: cell(row, 10),
      commentId,
      fileId: cell(row, 12),
    });
  }
  return records;
}

/**
 * A record as a row of the tab. Texts that Sheets would read as something else (a date, a number, a formula:
 * a comment may start with "=") are written with a leading apostrophe, so they stay the text leadership wrote.
 */
export function rowOfRecord(r: CommentRecord): (string | number)[] {
  const text = (s: string) => (s === '' ? '' : `'${s}`);
  return [
    text(r.division),
    r.version,
    text(r.author),
    text(r.time),
    text(r.quoted),
    text(r.content),
    COMMENT_STATE_LABELS[commentState(r)],
    text(r.answer),
    text(r.answeredBy),
    text(r.answeredAt),
    text(r.postedAt),
    text(r.commentId),
    text(r.fileId),
  ];
}
