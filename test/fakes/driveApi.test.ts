/** The Drive advanced service fake behaves like Apps Script's where the add-on relies on it. */
import vm from 'vm';
import { createDriveApiFake } from './driveApi';
import { createGoogleServices } from './services';

function drive() {
  const g = createGoogleServices({ userEmail: 'vanphong@skhcn.bacgiang.gov.vn' });
  g.drive.registerFolder({ id: 'folder-1', name: 'Báo cáo' });
  const api = createDriveApiFake(g.drive, { calls: g.calls, inaccessible: ['hidden-folder'], currentUser: () => 'vanphong@skhcn.bacgiang.gov.vn' });
  g.globals.Drive = api.Drive;
  g.drive.registerFolder({ id: 'hidden-folder', name: 'Không thấy' });
  const ctx = g.createContext();
  return { g, api, run: (code: string) => vm.runInContext(code, ctx) as unknown };
}

test('Files.create with a media blob records the uploaded bytes and both MIME types, and makes the file', () => {
  const { g, api, run } = drive();
  const made = run(`Drive.Files.create({ name: 'Báo cáo', mimeType: MimeType.GOOGLE_DOCS, parents: ['folder-1'] },
    Utilities.newBlob([80, 75, -1], MimeType.MICROSOFT_WORD, 'Báo cáo.docx'), { supportsAllDrives: true, fields: 'id,webViewLink' })`) as { id: string; webViewLink: string };
  expect(Object.keys(made).sort()).toEqual(['id', 'webViewLink']);
  expect(api.uploads).toEqual([
    expect.objectContaining({
      fileId: made.id,
      name: 'Báo cáo',
      mimeType: 'application/vnd.google-apps.document',
      mediaMimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      parents: ['folder-1'],
    }),
  ]);
  expect(Array.from(api.uploads[0].bytes)).toEqual([80, 75, 255]);
  expect(g.drive.files.get(made.id)).toMatchObject({ name: 'Báo cáo', ownerEmail: 'vanphong@skhcn.bacgiang.gov.vn', parentIds: ['folder-1'] });
});

test('a folder the add-on may not see (drive.file) is "File not found"; a PDF cannot become a Google Doc', () => {
  const { run } = drive();
  expect(() => run(`Drive.Files.create({ name: 'x', mimeType: MimeType.GOOGLE_DOCS, parents: ['hidden-folder'] }, Utilities.newBlob([1], MimeType.MICROSOFT_WORD))`)).toThrow('File not found: hidden-folder');
  expect(() => run(`Drive.Files.create({ name: 'x', mimeType: MimeType.GOOGLE_DOCS }, Utilities.newBlob([1], MimeType.PDF))`)).toThrow(/Conversion of application\/pdf/);
});

test('service methods need their receiver: a detached Drive.Files.update throws', () => {
  const { run } = drive();
  const id = (run(`Drive.Files.create({ name: 'x' }, Utilities.newBlob('a', MimeType.PLAIN_TEXT))`) as { id: string }).id;
  expect(() => run(`var update = Drive.Files.update; update({ trashed: true }, '${id}', null, {})`)).toThrow(/Drive.Files.update was called without its object/);
  expect(run(`Drive.Files.update({ trashed: true }, '${id}', null, {}).id`)).toBe(id);
});

test('Files.export of a Doc to PDF needs alt=media, as live Apps Script does, and gives the PDF bytes', () => {
  const { api, run } = drive();
  const id = (run(`Drive.Files.create({ name: 'Báo cáo', mimeType: MimeType.GOOGLE_DOCS }, Utilities.newBlob([1], MimeType.MICROSOFT_WORD))`) as { id: string }).id;
  expect(() => run(`Drive.Files.export('${id}', MimeType.PDF)`)).toThrow('Export requires alt=media');
  expect(run(`Drive.Files.export('${id}', MimeType.PDF, { alt: 'media' }).getDataAsString().slice(0, 5)`)).toBe('%PDF-');
  expect(api.exports).toEqual([{ fileId: id, mimeType: 'application/pdf' }]);
});
