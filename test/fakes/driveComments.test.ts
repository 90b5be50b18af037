/** The Drive fake's comments and replies behave like Drive v3 through Apps Script's advanced service. */
import vm from 'vm';
import { createDriveApiFake } from './driveApi';
import { createGoogleServices } from './services';

function drive() {
  const g = createGoogleServices({ userEmail: 'vanphong@skhcn.bacgiang.gov.vn' });
  const api = createDriveApiFake(g.drive, { calls: g.calls, currentUser: () => 'vanphong@skhcn.bacgiang.gov.vn' });
  g.globals.Drive = api.Drive;
  g.drive.registerFile({ id: 'doc-1', name: 'Báo cáo' });
  const ctx = g.createContext();
  return { api, run: (code: string) => vm.runInContext(code, ctx) as unknown };
}

test('Comments.list needs fields, as v3 does', () => {
  const { run } = drive();
  expect(() => run(`Drive.Comments.list('doc-1', { pageSize: 10 })`)).toThrow("The 'fields' parameter is required for this method.");
});

test('Comments.list pages, and says there is a next page only when fields asks for nextPageToken', () => {
  const { api, run } = drive();
  for (let i = 0; i < 25; i++) api.comments.addComment('doc-1', { content: `c${i}`, quoted: 'x' });
  const first = run(`Drive.Comments.list('doc-1', { fields: 'nextPageToken,comments(id,content)', pageSize: 10 })`) as { comments: { content: string }[]; nextPageToken?: string };
  expect(first.comments.map((c) => c.content)).toEqual(Array.from({ length: 10 }, (_, i) => `c${i}`));
  const last = run(`Drive.Comments.list('doc-1', { fields: 'nextPageToken,comments(id)', pageSize: 10, pageToken: ${JSON.stringify(first.nextPageToken)} })`) as { comments: unknown[] };
  expect(last.comments).toHaveLength(10);
  const silent = run(`Drive.Comments.list('doc-1', { fields: 'comments(id)', pageSize: 10 })`) as { nextPageToken?: string };
  expect(silent.nextPageToken).toBeUndefined();
});

test('a deleted comment is listed only with includeDeleted, without its content', () => {
  const { api, run } = drive();
  const c = api.comments.addComment('doc-1', { content: 'xóa', quoted: 'x' });
  api.comments.removeComment(c.id);
  expect((run(`Drive.Comments.list('doc-1', { fields: 'comments(id)' })`) as { comments: unknown[] }).comments).toEqual([]);
  expect((run(`Drive.Comments.list('doc-1', { fields: 'comments(id)', includeDeleted: true })`) as { comments: { deleted: boolean; content?: string }[] }).comments[0]).toMatchObject({ deleted: true });
});

test('Replies.create takes (resource, fileId, commentId, optionalArgs), needs fields and its receiver', () => {
  const { api, run } = drive();
  const c = api.comments.addComment('doc-1', { content: 'góp ý', quoted: 'x' });
  expect(() => run(`Drive.Replies.create({ content: 'a' }, 'doc-1', '${c.id}')`)).toThrow("The 'fields' parameter is required");
  expect(() => run(`Drive.Replies.create('doc-1', '${c.id}', { content: 'a' }, { fields: 'id' })`)).toThrow();
  expect(() => run(`var f = Drive.Replies.create; f({ content: 'a' }, 'doc-1', '${c.id}', { fields: 'id' })`)).toThrow('called without its object');
  run(`Drive.Replies.create({ content: 'Đã tiếp thu' }, 'doc-1', '${c.id}', { fields: 'id' })`);
  expect(api.comments.repliesCreated).toEqual([{ fileId: 'doc-1', commentId: c.id, content: 'Đã tiếp thu' }]);
  expect(c.replies.map((r) => r.content)).toEqual(['Đã tiếp thu']);
});
