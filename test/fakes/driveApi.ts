/**
 * A fake of the Drive advanced service (Drive API v3, userSymbol "Drive") over the DriveApp fake's
 * records: the same files, folders and sharing. Only what the add-on uses: Files.get (with fields),
 * Files.create (metadata and a media blob, converted to a Google Doc when asked), Files.update (name,
 * trashed, addParents/removeParents), Files.export (alt=media, as live Apps Script needs it) and
 * Permissions.create. With the drive.file scope Drive answers only for files the app made; `inaccessible`
 * ids answer "File not found" as Drive does then. Methods called without their object throw (counted()).
 */
import { CallCounter, GasException, counted, unwrap } from './callCounter';
import { FAKE_MIME_TYPES, FakeBlob, newBlob } from './blob';
import type { FakeDrive } from './driveApp';
import { CommentsFake, createCommentsFake } from './driveComments';

/** One Files.create with a media blob: what was uploaded and what Drive was asked to make of it. */
export interface DriveUpload {
  fileId: string;
  name: string;
  /** The MIME type of the file made (Google Docs when converted). */
  mimeType: string;
  /** The MIME type of the uploaded blob. */
  mediaMimeType: string | null;
  bytes: Uint8Array;
  parents: string[];
  optionalArgs: Record<string, unknown>;
}

/** What Files.export gives for a Doc as PDF: a stand-in with the PDF signature and the Doc's id and name. */
export function fakePdfBytes(fileId: string, name: string): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.7\n% fake export of ${fileId}: ${name}\n%%EOF\n`);
}

export interface DriveApiFakeOptions {
  calls: CallCounter;
  /** Files the script may not see (not created by it, under drive.file). */
  inaccessible?: string[];
  /** Who the script runs as: the owner of the files it makes. */
  currentUser?: () => string;
}

export interface DriveApiFake {
  Drive: GoogleAppsScript.Drive;
  /** Every Files.create with media, in order. */
  uploads: DriveUpload[];
  /** Every Files.export, in order. */
  exports: { fileId: string; mimeType: string }[];
  /** Makes the next Files.create calls throw this message (tests of a failure halfway). */
  failCreate(message: string | null): void;
  /** Comments.list and Replies.create (driveComments.ts): leadership's comments on the Docs, and the replies posted. */
  comments: CommentsFake;
  /** Every Permissions.create, in order. */
  permissions: { fileId: string; role: string; type: string; emailAddress: string; sendNotificationEmail: unknown }[];
}

type FileResource = { name?: string; trashed?: boolean };

export function createDriveApiFake(drive: FakeDrive, options: DriveApiFakeOptions): DriveApiFake {
  const hidden = new Set(options.inaccessible ?? []);
  const permissions: DriveApiFake['permissions'] = [];
  const uploads: DriveUpload[] = [];
  const exports: DriveApiFake['exports'] = [];
  let createFailure: string | null = null;
  let made = 0;
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
    create(resource: { name?: unknown; mimeType?: unknown; parents?: unknown }, media?: unknown, optionalArgs?: Record<string, unknown>) {
      if (!resource || typeof resource !== 'object' || typeof resource.name !== 'string') throw new GasException('API call to drive.files.create failed with error: A file needs a name.');
      if (createFailure) throw new GasException(createFailure);
      const blob = media === undefined || media === null ? null : unwrap(media);
      if (blob !== null && !(blob instanceof FakeBlob)) throw new GasException("The parameters (Object,Object,Object) don't match the method signature for Drive.Files.create.");
      const mediaType = blob?.getContentType() ?? null;
      const mimeType = typeof resource.mimeType === 'string' ? resource.mimeType : (mediaType ?? 'application/octet-stream');
      if (mimeType === FAKE_MIME_TYPES.GOOGLE_DOCS && blob && mediaType !== FAKE_MIME_TYPES.MICROSOFT_WORD && mediaType !== 'text/html' && mediaType !== 'text/plain') {
        throw new GasException(`API call to drive.files.create failed with error: Conversion of ${mediaType} to a Google Doc is not supported.`);
      }
      const parents = resource.parents === undefined ? [drive.rootFolderId] : (resource.parents as unknown[]);
      if (!Array.isArray(parents) || parents.length !== 1) throw new GasException('API call to drive.files.create failed with error: A file must have exactly one parent.');
      for (const p of parents) if (typeof p !== 'string' || !drive.folders.has(p) || hidden.has(p)) throw new GasException(`API call to drive.files.create failed with error: File not found: ${String(p)}.`);
      made += 1;
      const id = `drive-file-${made}`;
      const url = mimeType === FAKE_MIME_TYPES.GOOGLE_DOCS ? `https://docs.google.com/document/d/${id}/edit?usp=drivesdk` : `https://drive.google.com/file/d/${id}/view?usp=drivesdk`;
      const file = drive.registerFile({ id, name: resource.name, mimeType, url, parentIds: parents as string[], ownerEmail: options.currentUser?.() });
      if (blob) uploads.push({ fileId: id, name: resource.name, mimeType, mediaMimeType: mediaType, bytes: blob._bytes().slice(), parents: [...file.parentIds], optionalArgs: { ...(optionalArgs ?? {}) } });
      const all: Record<string, unknown> = { kind: 'drive#file', id, name: file.name, mimeType, parents: [...file.parentIds], webViewLink: url };
      const wanted = typeof optionalArgs?.fields === 'string' ? optionalArgs.fields.split(',').map((f) => f.trim()) : ['kind', 'id', 'name', 'mimeType'];
      return Object.fromEntries(Object.entries(all).filter(([k]) => wanted.includes(k)));
    },
    export(fileId: string, mimeType: string, optionalArgs?: { alt?: string }) {
      const file = fileOf(fileId);
      // Live Apps Script's advanced service needs alt=media here (gas-fakes issue 117).
      if (optionalArgs?.alt !== 'media') throw new GasException('API call to drive.files.export failed with error: Export requires alt=media to download the exported content.');
      if (file.mimeType !== FAKE_MIME_TYPES.GOOGLE_DOCS) throw new GasException('API call to drive.files.export failed with error: Export only supports Docs Editors files.');
      if (mimeType !== FAKE_MIME_TYPES.PDF) throw new GasException(`API call to drive.files.export failed with error: The requested conversion is not supported: ${mimeType}.`);
      exports.push({ fileId, mimeType });
      return counted(
        newBlob(
          Array.from(fakePdfBytes(fileId, file.name), (b) => (b << 24) >> 24),
          FAKE_MIME_TYPES.PDF,
          `${file.name}.pdf`,
        ),
        'Blob',
        options.calls,
      );
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
  const comments = createCommentsFake(fileOf, () => options.currentUser?.() ?? 'me');
  const service = {
    Files: counted(Files, 'Drive.Files', options.calls),
    Permissions: counted(Permissions, 'Drive.Permissions', options.calls),
    Comments: counted(comments.Comments, 'Drive.Comments', options.calls),
    Replies: counted(comments.Replies, 'Drive.Replies', options.calls),
  };
  return { Drive: service as unknown as GoogleAppsScript.Drive, permissions, uploads, exports, comments, failCreate: (m) => (createFailure = m) };
}
