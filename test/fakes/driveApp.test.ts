import { createDriveApp } from './driveApp';

describe('DriveApp fake', () => {
  it('resolves files other fakes registered, and fails like Google for others', () => {
    const drive = createDriveApp({ ownerEmail: 'owner@x.vn' });
    drive.registerFile({ id: 'doc-1', name: 'Báo cáo', mimeType: 'application/vnd.google-apps.document' });
    const file = drive.service.getFileById('doc-1');
    expect([file.getId(), file.getName(), file.getUrl(), file.getOwner().getEmail()]).toEqual(['doc-1', 'Báo cáo', 'https://docs.google.com/document/d/doc-1/edit', 'owner@x.vn']);
    expect(() => drive.service.getFileById('nope')).toThrow('No item with the given ID could be found, or you do not have permission to access it.');
  });

  it('renames, moves into one folder, lists parents, trashes', () => {
    const drive = createDriveApp();
    drive.registerFolder({ id: 'f-out', name: 'Báo cáo tổng hợp' });
    drive.registerFile({ id: 'd', name: 'v1', url: 'https://docs.google.com/document/d/d/edit' });
    const file = drive.service.getFileById('d').setName('v2');
    const parents = file.getParents();
    expect(parents.hasNext()).toBe(true);
    expect(parents.next().getId()).toBe(drive.rootFolderId);
    expect(parents.hasNext()).toBe(false);
    expect(() => parents.next()).toThrow();
    file.moveTo(drive.service.getFolderById('f-out'));
    const after = file.getParents();
    expect(after.next().getName()).toBe('Báo cáo tổng hợp');
    expect(after.hasNext()).toBe(false);
    expect(drive.moves).toEqual([{ fileId: 'd', folderId: 'f-out' }]);
    expect(drive.files.get('d')?.name).toBe('v2');
    file.setTrashed(true);
    expect(file.isTrashed()).toBe(true);
  });

  it('records sharing in order, one role per person', () => {
    const drive = createDriveApp({ ownerEmail: 'owner@x.vn' });
    drive.registerFile({ id: 'd', name: 'Doc' });
    const file = drive.service.getFileById('d');
    file.addViewers(['a@x.vn', 'b@x.vn']).addCommenter('a@x.vn').addEditor('b@x.vn').addEditors(['owner@x.vn']);
    expect(drive.sharing.map((s) => `${s.role}:${s.email}`)).toEqual(['viewer:a@x.vn', 'viewer:b@x.vn', 'commenter:a@x.vn', 'editor:b@x.vn', 'editor:owner@x.vn']);
    expect(file.getEditors().map((u) => u.getEmail())).toEqual(['b@x.vn']);
    expect(file.getViewers().map((u) => u.getEmail())).toEqual(['a@x.vn']);
  });
});
