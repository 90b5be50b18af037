/**
 * Who may edit what: a division's tab only its people and the Office; the settings tab only the Office;
 * titles, headers and computed columns nobody (but the owner, whom Google always keeps).
 * Without any e-mail to allow, a protection is a warning only and the Office is told.
 */
const TAG = 'Báo cáo KT-XH';

function sameSet(a: string[], b: string[]): boolean {
  const x = new Set(a.map((e) => e.toLowerCase()));
  return x.size === new Set(b.map((e) => e.toLowerCase())).size && b.every((e) => x.has(e.toLowerCase()));
}

function setEditors(protection: GoogleAppsScript.Spreadsheet.Protection, emails: string[]): void {
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
  const current = protection.getEditors().map((u) => u.getEmail());
  if (sameSet(current, emails)) return;
  const wanted = new Set(emails.map((e) => e.toLowerCase()));
  const extra = current.filter((e) => !wanted.has(e.toLowerCase()));
  if (extra.length) protection.removeEditors(extra);
  if (emails.length) protection.addEditors(emails);
}

/** Protects a whole sheet for these e-mails; a warning only when there are none. Returns true when it is a warning only. */
export function protectSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, description: string, emails: string[]): boolean {
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  const protection = existing.length ? existing[0] : sheet.protect();
  protection.setDescription(`${TAG}: ${description}`);
  const warningOnly = emails.length === 0;
  protection.setWarningOnly(warningOnly);
  if (!warningOnly) setEditors(protection, emails);
  return warningOnly;
}

/**
 * Locks ranges nobody should type into (A1 notations). Keeps protections that already cover the
 * same range, removes the add-on's stale ones, so running setup again costs little.
 */
export function lockRanges(sheet: GoogleAppsScript.Spreadsheet.Sheet, a1s: string[], description: string): void {
  const wanted = new Set(a1s);
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (!p.getDescription().startsWith(TAG)) continue;
    const a1 = p.getRange().getA1Notation();
    if (wanted.has(a1)) wanted.delete(a1);
    else p.remove();
  }
  for (const a1 of wanted) {
    const protection = sheet.getRange(a1).protect().setDescription(`${TAG}: ${description}`);
    setEditors(protection, []);
  }
}

/** The e-mails that may edit a division's tab: its people and the Office; once submitted, the Office only. */
export function divisionTabEditors(divisionEmails: string[], officeEmails: string[], submitted: boolean): string[] {
  if (submitted && officeEmails.length) return [...new Set(officeEmails)];
  // Without the division's own e-mails there is nobody to allow: a warning only, and the Office is told.
  return divisionEmails.length ? [...new Set([...divisionEmails, ...officeEmails])] : [];
}

/** Protects a division's tab for divisionTabEditors(). Returns true when it is a warning only. */
export function protectDivisionTab(sheet: GoogleAppsScript.Spreadsheet.Sheet, divisionName: string, divisionEmails: string[], officeEmails: string[], submitted: boolean): boolean {
  const locked = submitted && officeEmails.length > 0;
  return protectSheet(sheet, locked ? `tab của ${divisionName} (đã nộp: chỉ Văn phòng Sở sửa)` : `tab của ${divisionName}`, divisionTabEditors(divisionEmails, officeEmails, submitted));
}
