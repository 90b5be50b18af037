/** One sync, as a pure step: rows updated in place by comment id, nothing dropped, each answer posted once. */
import { COMMENT_STATE_LABELS, CommentRecord, FOR_OFFICE, commentState, recordsOfGrid, rowOfRecord, COMMENT_COLUMNS } from '../../../src/core/comments/commentRecord';
import { DocComment, mergeComments, replyContent } from '../../../src/core/comments/mergeComments';

const QLKH = 'Phòng Quản lý khoa học';

function comment(id: string, over: Partial<DocComment> = {}): DocComment {
  return { commentId: id, fileId: 'doc-1', version: 1, author: 'Lãnh đạo Sở', time: '09:01 01/07/2024', quoted: 'chậm tiến độ', content: 'Làm rõ nguyên nhân', resolved: false, deleted: false, replies: [], ...over };
}

const match = (quote: string) => (quote.includes('chậm tiến độ') ? QLKH : null);

test('new comments are matched; one no division claims goes to the Office', () => {
  const { records } = mergeComments([], [comment('c1'), comment('c2', { quoted: 'Độc lập - Tự do - Hạnh phúc' })], match, [], 'now');
  expect(records.map((r) => [r.commentId, r.division, commentState(r)])).toEqual([
    ['c1', QLKH, 'open'],
    ['c2', FOR_OFFICE, 'open'],
  ]);
});

test('an edited, resolved or deleted comment updates its row in place; a comment no longer listed keeps its row', () => {
  const first = mergeComments([], [comment('c1'), comment('c2'), comment('c3')], match, [], 'now').records;
  const next = mergeComments(first, [comment('c1', { content: 'Bổ sung số liệu' }), comment('c2', { resolved: true }), comment('c3', { deleted: true, content: '' })], match, [], 'now').records;
  expect(next.map((r) => [r.commentId, r.content, commentState(r)])).toEqual([
    ['c1', 'Bổ sung số liệu', 'open'],
    ['c2', 'Làm rõ nguyên nhân', 'resolved'],
    ['c3', 'Làm rõ nguyên nhân', 'deleted'],
  ]);
  expect(mergeComments(next, [], match, [], 'now').records).toEqual(next);
});

test('an answer is moved into its row and posted once, naming the division; a later sync posts nothing more', () => {
  const first = mergeComments([], [comment('c1')], match, [], 'now').records;
  const answered = mergeComments(first, [comment('c1')], match, [{ commentId: 'c1', text: 'Đã bổ sung nguyên nhân', by: 'a@x.vn', at: '10:00 02/07/2024' }], 'now');
  expect(answered.replies).toEqual([{ commentId: 'c1', fileId: 'doc-1', content: 'Phòng Quản lý khoa học: Đã tiếp thu — Đã bổ sung nguyên nhân' }]);
  expect(answered.settledAnswers).toEqual(['c1']);
  answered.records[0].postedAt = '10:05 02/07/2024';
  const again = mergeComments(answered.records, [comment('c1', { replies: [answered.replies[0].content] })], match, [], 'later');
  expect(again.replies).toEqual([]);
  expect(commentState(again.records[0])).toBe('answered');
});

test('a reply already in the Doc (a sync that stopped before writing the tab) is marked posted, not posted again', () => {
  const first = mergeComments([], [comment('c1')], match, [], 'now').records;
  const content = replyContent(QLKH, 'Đã sửa');
  const result = mergeComments(first, [comment('c1', { replies: [content] })], match, [{ commentId: 'c1', text: 'Đã sửa', by: 'a', at: 't' }], 'now');
  expect(result.replies).toEqual([]);
  expect(result.records[0].postedAt).toBe('now');
});

test('a row survives the trip through the tab, even a comment that starts like a formula', () => {
  const [r] = mergeComments([], [comment('c1', { content: '=HYPERLINK("x")', quoted: '12/5' })], match, [], 'now').records;
  const row = rowOfRecord(r);
  expect(row).toHaveLength(COMMENT_COLUMNS.length);
  expect(row[6]).toBe(COMMENT_STATE_LABELS.open);
  // The sheet drops the leading apostrophe when it keeps a value as text.
  const read = recordsOfGrid([[...COMMENT_COLUMNS], row.map((v) => (typeof v === 'string' ? v.replace(/^'/, '') : v))]);
  expect(read).toEqual<CommentRecord[]>([r]);
});
