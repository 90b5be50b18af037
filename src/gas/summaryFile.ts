/**
 * The new summary Doc as a file: its final name, its folder (beside the Sheet), who may edit and who
 * may comment, and its removal when a run fails. DocumentApp does what it can (name, editors) under the
 * documents scope; the rest goes through the Drive advanced service (v3), which works under the narrow
 * drive.file scope for files the add-on made. DriveApp would need the full drive scope.
 */

/** Gives the finished Doc its name and its editors; returns its address. */
export function nameAndShareWithEditors(docId: string, name: string, editors: string[]): string {
  const doc = DocumentApp.openById(docId).setName(name);
  if (editors.length) doc.addEditors(editors);
  return doc.getUrl();
}

/** Puts the Doc in the Sheet's folder and lets leadership comment. Returns what could not be done, in Vietnamese. */
export function placeBesideSheet(docId: string, spreadsheetId: string, commenters: string[]): string[] {
  const notes: string[] = [];
  if (typeof Drive === 'undefined') {
    notes.push('Dịch vụ Drive nâng cao chưa bật: văn bản nằm trong Drive của người tổng hợp và lãnh đạo chưa được mời nhận xét.');
    return notes;
  }
  try {
    const sheetParents = Drive.Files!.get(spreadsheetId, { fields: 'parents', supportsAllDrives: true }).parents ?? [];
    const docParents = Drive.Files!.get(docId, { fields: 'parents' }).parents ?? [];
    if (sheetParents.length) {
      const update = Drive.Files!.update as unknown as (resource: object, fileId: string, media: null, args: object) => unknown;
      update({}, docId, null, { addParents: sheetParents[0], removeParents: docParents.join(','), supportsAllDrives: true });
    }
  } catch (_e) {
    notes.push('Không chuyển được văn bản vào thư mục của bảng tính (Google chỉ cho tiện ích thấy tệp do tiện ích tạo); văn bản nằm trong Drive của người tổng hợp.');
  }
  const failed: string[] = [];
  for (const email of commenters) {
    try {
      Drive.Permissions!.create({ type: 'user', role: 'commenter', emailAddress: email }, docId, { sendNotificationEmail: true });
    } catch (_e) {
      failed.push(email);
    }
  }
  if (failed.length) notes.push(`Chưa mời được ${failed.join(', ')} nhận xét văn bản; hãy chia sẻ thủ công.`);
  return notes;
}

/** Sends a half-built Doc to the trash; false when even that failed (it keeps its "chưa xong" name). */
export function discard(docId: string): boolean {
  try {
    if (typeof Drive === 'undefined') return false;
    Drive.Files!.update({ trashed: true }, docId);
    return true;
  } catch (_e) {
    return false;
  }
}
