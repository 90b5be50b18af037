/**
 * Drive v3 comments and replies for the Drive advanced service fake (driveApi.ts): Comments.list(fileId,
 * optionalArgs) and Replies.create(resource, fileId, commentId, optionalArgs), as Apps Script calls them.
 * Like the API: `fields` is required on both; nextPageToken comes back only when `fields` asks for it;
 * pageSize defaults to 20 (at most 100); deleted comments are listed only with includeDeleted, without
 * their content. Tests play leadership with add/edit/resolve/remove, and can make the list call fail.
 */
import { GasException } from './callCounter';

export interface FakeReply {
  id: string;
  author: { displayName: string };
  content: string;
  createdTime: string;
  action?: string;
}

export interface FakeComment {
  id: string;
  fileId: string;
  author: { displayName: string; emailAddress?: string };
  content: string;
  quotedFileContent?: { mimeType: string; value: string };
  createdTime: string;
  modifiedTime: string;
  resolved: boolean;
  deleted: boolean;
  replies: FakeReply[];
}

export interface CommentsFake {
  Comments: { list(fileId: string, optionalArgs?: Record<string, unknown>): unknown };
  Replies: { create(resource: { content?: unknown }, fileId: string, commentId: string, optionalArgs?: Record<string, unknown>): unknown };
  /** Leadership comments on `fileId`, anchored on `quoted` (absent: a comment on the whole Doc). */
  addComment(fileId: string, comment: { content: string; quoted?: string; author?: string; time?: string }): FakeComment;
  editComment(commentId: string, content: string): void;
  resolveComment(commentId: string): void;
  removeComment(commentId: string): void;
  /** Every reply the script created, in order. */
  repliesCreated: { fileId: string; commentId: string; content: string }[];
  /** Makes Comments.list throw this message (null: answer again). */
  failList(message: string | null): void;
  comments: Map<string, FakeComment>;
}

const DEFAULT_PAGE = 20;
const MAX_PAGE = 100;

function requireFields(method: string, optionalArgs?: Record<string, unknown>): string {
  const fields = optionalArgs?.fields;
  if (typeof fields !== 'string' || fields.trim() === '') throw new GasException(`API call to drive.${method} failed with error: The 'fields' parameter is required for this method.`);
  return fields;
}

export function createCommentsFake(fileExists: (fileId: string) => void, currentUser: () => string): CommentsFake {
  const comments = new Map<string, FakeComment>();
  const repliesCreated: CommentsFake['repliesCreated'] = [];
  let listFailure: string | null = null;
  let made = 0;
  let clock = Date.UTC(2024, 6, 1, 2, 0);
  const tick = () => new Date((clock += 60_000)).toISOString();
  const find = (commentId: string) => {
    const c = comments.get(commentId);
    if (!c) throw new Error(`fake: no comment ${commentId}`);
    return c;
  };
  const shown = (c: FakeComment) =>
    c.deleted
      ? { id: c.id, author: c.author, createdTime: c.createdTime, modifiedTime: c.modifiedTime, deleted: true, resolved: c.resolved, replies: [] }
      : { ...c, author: { ...c.author }, replies: c.replies.map((r) => ({ ...r })), fileId: undefined };
  return {
    comments,
    repliesCreated,
    failList: (m) => (listFailure = m),
    Comments: {
      list(fileId: string, optionalArgs?: Record<string, unknown>) {
        fileExists(fileId);
        const fields = requireFields('comments.list', optionalArgs);
        if (listFailure) throw new GasException(listFailure);
        const size = Math.min(MAX_PAGE, Number(optionalArgs?.pageSize ?? DEFAULT_PAGE));
        const start = optionalArgs?.pageToken === undefined ? 0 : Number(String(optionalArgs.pageToken).replace('page-', ''));
        if (!Number.isInteger(start)) throw new GasException('API call to drive.comments.list failed with error: Invalid page token.');
        const all = [...comments.values()].filter((c) => c.fileId === fileId && (c.deleted ? optionalArgs?.includeDeleted === true : true));
        const page = all.slice(start, start + size).map(shown);
        const result: Record<string, unknown> = { comments: JSON.parse(JSON.stringify(page)) };
        if (start + size < all.length && /\bnextPageToken\b/.test(fields)) result.nextPageToken = `page-${start + size}`;
        return result;
      },
    },
    Replies: {
      create(resource: { content?: unknown }, fileId: string, commentId: string, optionalArgs?: Record<string, unknown>) {
        if (typeof fileId !== 'string' || typeof commentId !== 'string') throw new GasException("The parameters don't match the method signature for Drive.Replies.create.");
        fileExists(fileId);
        requireFields('replies.create', optionalArgs);
        const c = comments.get(commentId);
        if (!c || c.fileId !== fileId || c.deleted) throw new GasException(`API call to drive.replies.create failed with error: Comment not found: ${commentId}.`);
        if (!resource || typeof resource.content !== 'string' || resource.content === '') throw new GasException('API call to drive.replies.create failed with error: A reply needs content.');
        const reply: FakeReply = { id: `reply-${c.replies.length + 1}`, author: { displayName: currentUser() }, content: resource.content, createdTime: tick() };
        c.replies.push(reply);
        c.modifiedTime = reply.createdTime;
        repliesCreated.push({ fileId, commentId, content: resource.content });
        return { id: reply.id };
      },
    },
    addComment(fileId, comment) {
      fileExists(fileId);
      made += 1;
      const time = comment.time ?? tick();
      const c: FakeComment = {
        id: `comment-${made}`,
        fileId,
        author: { displayName: comment.author ?? 'Nguyễn Văn Lãnh Đạo' },
        content: comment.content,
        ...(comment.quoted !== undefined ? { quotedFileContent: { mimeType: 'text/html', value: comment.quoted } } : {}),
        createdTime: time,
        modifiedTime: time,
        resolved: false,
        deleted: false,
        replies: [],
      };
      comments.set(c.id, c);
      return c;
    },
    editComment(commentId, content) {
      const c = find(commentId);
      c.content = content;
      c.modifiedTime = tick();
    },
    resolveComment(commentId) {
      const c = find(commentId);
      c.resolved = true;
      c.replies.push({ id: `reply-${c.replies.length + 1}`, author: c.author, content: '', createdTime: tick(), action: 'resolve' });
    },
    removeComment(commentId) {
      const c = find(commentId);
      c.deleted = true;
      c.content = '';
      c.modifiedTime = tick();
    },
  };
}
