/** Who is using the add-on, and whether they are the Office. */
import type { Settings } from '../../core/settings';

export function currentUserEmail(): string {
  return (Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || '').toLowerCase();
}

/**
 * The Office: an e-mail listed in the settings. While no Office e-mail is set (a new Sheet),
 * whoever runs the add-on is treated as the Office, so it can be set up at all.
 */
export function isOffice(settings: Settings, email: string): boolean {
  if (settings.officeEmails.length === 0) return true;
  return settings.officeEmails.some((e) => e.toLowerCase() === email.toLowerCase());
}

/** The Office, or one of the division's people; a division with no e-mails yet is open to everyone (protection is a warning only then). */
export function canEditDivision(settings: Settings, tabEmails: string[], email: string): boolean {
  return isOffice(settings, email) || tabEmails.length === 0 || tabEmails.some((e) => e.toLowerCase() === email.toLowerCase());
}
