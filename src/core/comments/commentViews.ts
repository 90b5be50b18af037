/**
 * The "Góp ý" tab as the sidebar shows it: a division sees its own comments by version — every comment whose
 * answer is not yet in the Doc, from any version, and all of the latest version's — and the Office sees how many each
 * division has open and the comments no division could be matched to.
 */
import type { CommentGroupView, CommentsPanel, LeadershipCommentView } from '../sidebarApi';
import { COMMENT_STATE_LABELS, CommentRecord, FOR_OFFICE, commentState } from './commentRecord';
import type { PendingAnswer } from './mergeComments';

export interface CommentsSource {
  records: CommentRecord[];
  /** Answers given since the Office's last sync, by comment id: shown at once, posted later. */
  pending: Map<string, PendingAnswer>;
  /** The newest version in the log tab (0 when none). */
  latestVersion: number;
}

export function commentView(r: CommentRecord, pending: PendingAnswer | undefined, mayAnswer: boolean): LeadershipCommentView {
  const posted = r.postedAt !== '';
  const answer = !posted && pending ? pending : r.answeredAt !== '' ? { text: r.answer, by: r.answeredBy, at: r.answeredAt } : null;
  const state = commentState(r);
  return {
    commentId: r.commentId,
    version: r.version,
    author: r.author,
    time: r.time,
    quoted: r.quoted,
    content: r.content,
    stateLabel: answer && state === 'open' ? (posted ? COMMENT_STATE_LABELS.answered : 'Đã tiếp thu, chờ gửi vào văn bản') : COMMENT_STATE_LABELS[state],
    answer: answer ? answer.text : null,
    answeredBy: answer ? answer.by : null,
    answeredAt: answer ? answer.at : null,
    posted,
    canAnswer: mayAnswer && !posted && !r.deleted && !r.resolved,
  };
}

/** Still listed for its division: not deleted, and either on the latest version or still waiting (not answered in the Doc, not closed there). */
function listed(r: CommentRecord, source: CommentsSource): boolean {
  if (r.deleted) return false;
  return r.version >= source.latestVersion || (r.postedAt === '' && !r.resolved);
}

export function groupsByVersion(views: LeadershipCommentView[]): CommentGroupView[] {
  const versions = [...new Set(views.map((v) => v.version))].sort((a, b) => b - a);
  return versions.map((version) => ({ version, title: `Góp ý của lãnh đạo (bản ${version})`, comments: views.filter((v) => v.version === version) }));
}

export function divisionComments(source: CommentsSource, divisionName: string, tabName: string, mayAnswer: boolean): CommentsPanel {
  const views = source.records.filter((r) => r.division === divisionName && listed(r, source)).map((r) => commentView(r, source.pending.get(r.commentId), mayAnswer));
  return { divisionName, tabName, groups: groupsByVersion(views), office: null, notice: null };
}

export function officeComments(source: CommentsSource, divisionNames: string[], syncedAt: string | null): CommentsPanel {
  const divisions = divisionNames.map((divisionName) => {
    const own = source.records.filter((r) => r.division === divisionName && !r.deleted);
    return { divisionName, open: own.filter((r) => commentState(r) === 'open' && !source.pending.has(r.commentId)).length, total: own.length };
  });
  const known = new Set(divisionNames);
  const unmatched = source.records.filter((r) => (r.division === FOR_OFFICE || !known.has(r.division)) && listed(r, source)).map((r) => commentView(r, source.pending.get(r.commentId), false));
  return { divisionName: null, tabName: null, groups: [], office: { syncedAt, divisions, unmatched }, notice: null };
}
