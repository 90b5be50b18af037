/**
 * The summary's files in Drive, through the Drive advanced service (v3), which works under the narrow
 * drive.file scope for files the add-on makes: the .docx uploaded and converted into a Google Doc in the
 * Sheet's folder, who may edit and who may comment, its final name, and its removal when a run fails.
 * Every call goes through `Drive.Files.x(...)` / `Drive.Permissions.x(...)`: service methods need their
 * receiver (a method taken off its object and called alone throws in Apps Script).
 */

/** Apps Script's MimeType enum (to the type checker the DOM library's MimeType shadows it). */
export function mimeTypes(): GoogleAppsScript.Base.MimeType {
  return MimeType as unknown as GoogleAppsScript.Base.MimeType;
}

export interface DriveFile {
  id: string;
  url: string;
}

/** The Drive advanced service, or a Vietnamese explanation of how to turn it on. */
export function driveService(): NonNullable<typeof Drive> {
  if (typeof Drive === 'undefined' || !Drive) {
    throw new Error('Dịch vụ Drive nâng cao (Drive API) chưa bật cho tiện ích: không tạo được văn bản. Hãy báo người quản trị tiện ích bật «Drive API» trong Dịch vụ (Services) của dự án Apps Script.');
  }
  return Drive;
}

/** Apps Script's bytes are Java bytes: signed, -128 … 127, in a plain array. */
export function blobOf(bytes: Uint8Array, mimeType: string, name: string): GoogleAppsScript.Base.Blob {
  const signed = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) signed[i] = (bytes[i] << 24) >> 24;
  return Utilities.newBlob(signed, mimeType, name);
}

/** The folder the Sheet is in, or null when Drive will not say (drive.file: the add-on did not make the Sheet). */
export function folderOfSheet(spreadsheetId: string): string | null {
  try {
    const parents = driveService().Files!.get(spreadsheetId, { fields: 'parents', supportsAllDrives: true }).parents ?? [];
    return parents[0] ?? null;
  } catch (_e) {
    return null;
  }
}

function created(file: { id?: string; webViewLink?: string }): DriveFile {
  if (!file.id) throw new Error('Drive không trả lại mã của tệp vừa tạo.');
  return { id: file.id, url: file.webViewLink ?? `https://drive.google.com/open?id=${file.id}` };
}

/** Uploads `blob` as a new file named `name` in `folder` (the user's Drive when null); `as` converts it (Google Docs). */
export function uploadFile(blob: GoogleAppsScript.Base.Blob, name: string, folder: string | null, as?: string): DriveFile {
  const resource: { name: string; mimeType?: string; parents?: string[] } = { name };
  if (as) resource.mimeType = as;
  if (folder) resource.parents = [folder];
  return created(driveService().Files!.create(resource, blob, { supportsAllDrives: true, fields: 'id,name,mimeType,webViewLink,parents' }));
}

/** The .docx converted into a Google Doc by Drive's import. */
export function createGoogleDoc(docx: GoogleAppsScript.Base.Blob, name: string, folder: string | null): DriveFile {
  return uploadFile(docx, name, folder, mimeTypes().GOOGLE_DOCS);
}

/** Shares the file with each address in `role`; returns the addresses that could not be added. */
export function shareFile(fileId: string, emails: string[], role: 'writer' | 'commenter', notify: boolean): string[] {
  const failed: string[] = [];
  for (const emailAddress of emails) {
    try {
      driveService().Permissions!.create({ type: 'user', role, emailAddress }, fileId, { sendNotificationEmail: notify, supportsAllDrives: true });
    } catch (_e) {
      failed.push(emailAddress);
    }
  }
  return failed;
}

export function renameFile(fileId: string, name: string): void {
  driveService().Files!.update({ name }, fileId, null as unknown as GoogleAppsScript.Base.Blob, { supportsAllDrives: true });
}

/** Sends a half-made file to the trash; false when even that failed (it keeps its "chưa xong" name). */
export function discard(fileId: string): boolean {
  try {
    driveService().Files!.update({ trashed: true }, fileId, null as unknown as GoogleAppsScript.Base.Blob, { supportsAllDrives: true });
    return true;
  } catch (_e) {
    return false;
  }
}
