/**
 * One sync of leadership's comments, as a pure step: what the Docs say now, merged into the rows the tab
 * already holds (updated in place by comment id, new ones matched to a division, none ever dropped), the
 * answers divisions left since the last sync moved in, and the replies still to post, each exactly once.
 */
import { CommentRecord, FOR_OFFICE } from './commentRecord';

/** A comment as Drive lists it, with its version's number and the time already in local "HH:mm dd/MM/yyyy". */
export interface DocComment extends Pick<CommentRecord, 'commentId' | 'fileId' | 'version' | 'author' | 'time' | 'quoted' | 'content' | 'resolved' | 'deleted'> {
  /** The contents of its replies, to see whether an answer is already there. */
  replies: string[];
}

/** An answer a division gave in its sidebar, waiting for the Office's next sync. */
export interface PendingAnswer {
  commentId: string;
  text: string;
  by: string;
  /** "HH:mm dd/MM/yyyy" */
  at: string;
}

export interface ReplyToPost {
  commentId: string;
  fileId: string;
  content: string;
}

export interface MergeResult {
  records: CommentRecord[];
  /** Answers to post as replies now (the comment exists, is not deleted, and has no such reply yet). */
  replies: ReplyToPost[];
  /** Pending answers now kept in the records (or no longer needed): their stored copies may go. */
  settledAnswers: string[];
}

/** The reply leadership reads under their comment: the division named, then its answer. */
export function replyContent(division: string, answer: string): string {
  const who = division === FOR_OFFICE ? 'Văn phòng Sở' : division;
  return answer.trim() === '' ? `${who}: Đã tiếp thu.` : `${who}: Đã tiếp thu — ${answer.trim()}`;
}

export function mergeComments(existing: CommentRecord[], fetched: DocComment[], match: (quote: string) => string | null, answers: PendingAnswer[], now: string): MergeResult {
  const byId = new Map(fetched.map((c) => [c.commentId, c]));
  const records: CommentRecord[] = existing.map((r) => {
    const c = byId.get(r.commentId);
    if (!c) return { ...r };
    // A deleted comment has no content any more: keep what leadership wrote, marked deleted.
    return {
      ...r,
      author: c.author || r.author,
      time: c.time || r.time,
      quoted: c.quoted || r.quoted,
      content: c.deleted ? r.content : c.content,
      resolved: c.resolved,
      deleted: c.deleted,
    };
  });
  const known = new Set(existing.map((r) => r.commentId));
  for (const c of fetched) {
    if (known.has(c.commentId)) continue;
    known.add(c.commentId);
    if (c.deleted) continue; // deleted before it was ever seen: nothing of it to keep
    records.push({
      division: match(c.quoted) ?? FOR_OFFICE,
      version: c.version,
      author: c.author,
      time: c.time,
      quoted: c.quoted,
      content: c.content,
      resolved: c.resolved,
      deleted: false,
      answer: '',
      answeredBy: '',
      answeredAt: '',
      postedAt: '',
      commentId: c.commentId,
      fileId: c.fileId,
    });
  }
  const settledAnswers: string[] = [];
  const index = new Map(records.map((r) => [r.commentId, r]));
  for (const a of answers) {
    const r = index.get(a.commentId);
    if (!r) continue; // its row is not there yet (it will be once its Doc answers again)
    settledAnswers.push(a.commentId);
    if (r.postedAt !== '') continue; // already posted: the answer leadership has read stays
    r.answer = a.text;
    r.answeredBy = a.by;
    r.answeredAt = a.at;
  }
  const replies: ReplyToPost[] = [];
  for (const r of records) {
    if (r.postedAt !== '' || r.answeredAt === '' || r.deleted) continue;
    const c = byId.get(r.commentId);
    if (!c) continue; // its Doc did not answer this time: try again next sync
    const content = replyContent(r.division, r.answer);
    if (c.replies.some((reply) => reply.trim() === content))
      r.postedAt = now; // posted by a sync that stopped before writing the tab
    else replies.push({ commentId: r.commentId, fileId: r.fileId, content });
  }
  return { records, replies, settledAnswers };
}
