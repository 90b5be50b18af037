/**
 * A fake of the Drive advanced service (Drive API v3, userSymbol "Drive") over the DriveApp fake's
 * records: the same files, folders and sharing. Only what the add-on uses: Files.get (with fields),
 * Files.update (name, trashed, addParents/removeParents) and Permissions.create. With the drive.file
 * scope Drive answers only for files the app made; `inaccessible` ids answer "File not found" as Drive
 * does then.
 */
import { CallCounter, GasException, counted } from './callCounter';
import type { FakeDrive } from './driveApp';

export interface DriveApiFakeOptions {
  calls: CallCounter;
  /** Files the script may not see (not created by it, under drive.file). */
  inaccessible?: string[];
}

export interface DriveApiFake {
  Drive: GoogleAppsScript.Drive;
  /** Every Permissions.create, in order. */
  permissions: { fileId: string; role: string; type: string; emailAddress: string; sendNotificationEmail: unknown }[];
}

type FileResource = { name?: string; trashed?: boolean };

export function createDriveApiFake(drive: FakeDrive, options: DriveApiFakeOptions): DriveApiFake {
  const hidden = new Set(options.inaccessible ?? []);
  const permissions: DriveApiFake['permissions'] = [];
  const fileOf = (fileId: unknown) => {
    if (typeof fileId !== 'string') throw new GasException('Invalid argument: fileId');
    const file = drive.files.get(fileId);
    if (!file || hidden.has(fileId)) throw new GasException(`API call to drive.files.get failed with error: File not found: ${fileId}.`);
    return file;
  };
  const Files = {
    get(fileId: string, optionalArgs?: { fields?: string }) {
      const file = fileOf(fileId);
      const all = { id: file.id, name: file.name, mimeType: file.mimeType, parents: [...file.parentIds], trashed: file.trashed };
      if (!optionalArgs?.fields) return { id: all.id, name: all.name, mimeType: all.mimeType };
      const wanted = optionalArgs.fields.split(',').map((f) => f.trim());
      return Object.fromEntries(Object.entries(all).filter(([k]) => wanted.includes(k)));
    },
    update(resource: FileResource, fileId: string, _media?: unknown, optionalArgs?: { addParents?: string; removeParents?: string }) {
      const file = fileOf(fileId);
      if (resource.name !== undefined) file.name = resource.name;
      if (resource.trashed !== undefined) file.trashed = resource.trashed;
      if (optionalArgs?.addParents) {
        if (!drive.folders.has(optionalArgs.addParents)) throw new GasException(`API call to drive.files.update failed with error: File not found: ${optionalArgs.addParents}.`);
        const remove = (optionalArgs.removeParents ?? '').split(',').filter((x) => x);
        file.parentIds = [...file.parentIds.filter((p) => !remove.includes(p)), optionalArgs.addParents];
        drive.moves.push({ fileId, folderId: optionalArgs.addParents });
      }
      return { id: file.id, name: file.name };
    },
  };
  const Permissions = {
    create(resource: { role: string; type: string; emailAddress: string }, fileId: string, optionalArgs?: { sendNotificationEmail?: boolean }) {
      const file = fileOf(fileId);
      if (!['reader', 'commenter', 'writer'].includes(resource.role)) throw new GasException(`API call to drive.permissions.create failed with error: Invalid permission role: ${resource.role}`);
      permissions.push({ fileId, ...resource, sendNotificationEmail: optionalArgs?.sendNotificationEmail });
      const list = resource.role === 'commenter' ? file.commenters : resource.role === 'writer' ? file.editors : file.viewers;
      if (!list.includes(resource.emailAddress)) list.push(resource.emailAddress);
      drive.sharing.push({ fileId, action: 'add', role: resource.role === 'writer' ? 'editor' : resource.role === 'reader' ? 'viewer' : 'commenter', email: resource.emailAddress });
      return { id: `perm-${permissions.length}`, role: resource.role, type: resource.type };
    },
  };
  const service = { Files: counted(Files, 'Drive.Files', options.calls), Permissions: counted(Permissions, 'Drive.Permissions', options.calls) };
  return { Drive: service as unknown as GoogleAppsScript.Drive, permissions };
}
